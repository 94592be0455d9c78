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

// The family's face: the names the list's loops use (`families/mod.rs`).
pub use lab::DiffusionLab as Lab;
pub use protocol::{DiffusionCommand as Command, DiffusionUpdate as Update};
pub use state::{Act, DiffusionPageView as View};
pub use url::DiffusionUrl as Url;
/// What one training step is called on this family's page (a message id).
pub const STEP_WORD: &str = "word-step";
#[cfg(target_arch = "wasm32")]
pub use worker::handle;
