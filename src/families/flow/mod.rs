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

// The family's face: the names the list's loops use (`families/mod.rs`).
pub use lab::FlowLab as Lab;
pub use protocol::{FlowCommand as Command, FlowUpdate as Update};
pub use state::{Act, FlowPageView as View};
pub use url::FlowUrl as Url;
/// What one training step is called on this family's page (a message id).
pub const STEP_WORD: &str = "word-step";
#[cfg(target_arch = "wasm32")]
pub use worker::handle;
