//! The VAE (and the plain autoencoder it is compared with): encoder, decoder and ELBO, its lab
//! (one or two runs), its URL keys and presets, its page state, and its page.

pub mod lab;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod parts;
pub mod protocol;
pub mod runs;
pub mod state;
pub mod url;
#[cfg(target_arch = "wasm32")]
pub mod worker;

// The family's face: the names the list's loops use (`families/mod.rs`).
pub use lab::VaeLab as Lab;
pub use protocol::{VaeCommand as Command, VaeUpdate as Update};
pub use state::{Act, VaePageView as View};
pub use url::VaeUrl as Url;
/// What one training step is called on this family's page (a message id).
pub const STEP_WORD: &str = "word-step";
#[cfg(target_arch = "wasm32")]
pub use worker::handle;
