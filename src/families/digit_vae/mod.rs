//! The digit VAE: a small convolutional VAE on the built-in 28×28 digits, and its plain
//! autoencoder sibling. Shipped trained (`www/models/`): a class-conditional one for the images
//! page's side-by-side samples, and an unconditional pair with a 2-D latent for the latent
//! plane of digits (the VAE's filled plane beside the autoencoder's holes); the 2-D VAE is
//! trained on in the page (`lab.rs`: the one family contract) with its KL weight β as the knob.

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
pub use lab::DigitVaeLab as Lab;
pub use protocol::{DigitVaeCommand as Command, DigitVaeUpdate as Update};
pub use state::{Act, DigitVaePageView as View};
pub use url::DigitVaeUrl as Url;
/// What one training step is called on this family's page (a message id).
pub const STEP_WORD: &str = "word-step";
#[cfg(target_arch = "wasm32")]
pub use worker::handle;
