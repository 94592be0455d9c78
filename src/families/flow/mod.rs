//! Flow matching on 2-D points: its velocity MLP, its ODE solves and exact likelihood, its
//! settings, its lab, its messages, its URL keys, its page state, and its page.

pub mod chain;
pub mod config;
pub mod coupling;
pub mod lab;
pub mod likelihood;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod protocol;
pub mod state;
pub mod url;
#[cfg(target_arch = "wasm32")]
pub mod worker;
