//! The 2-D diffusion model (DDPM): its ε-MLP, its reverse chains (and the folded network they
//! run), its settings, its lab, its messages, its URL keys, its page state, and its page.

pub mod bound;
pub mod chain;
pub mod config;
pub mod fold;
pub mod lab;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod protocol;
pub mod state;
pub mod url;
#[cfg(target_arch = "wasm32")]
pub mod worker;
