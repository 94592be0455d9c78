//! The 2-D diffusion model (DDPM): its ε-MLP and schedules, the reverse samplers and the folded
//! chain, its lab (the training session), its URL keys, its views, and its page.

pub mod chain;
pub mod config;
pub mod fold;
pub mod lab;
pub mod model;
pub mod protocol;
pub mod state;
pub mod url;
#[cfg(target_arch = "wasm32")]
pub mod page;
#[cfg(target_arch = "wasm32")]
pub mod worker;
