//! The digit GAN: a small class-conditional DCGAN on the built-in 28×28 digits, the image
//! sibling of the 2-D GAN, shipped trained (`www/models/digits-gan.bin`) so the Digit models
//! page can set its samples beside the VAE's and the diffusion model's for the same class, and
//! trained on in the page (`lab.rs`: the one family contract) to show mode collapse on images.

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
pub use lab::DigitGanLab as Lab;
pub use protocol::{DigitGanCommand as Command, DigitGanUpdate as Update};
pub use state::{Act, DigitGanPageView as View};
pub use url::DigitGanUrl as Url;
/// What one training step is called on this family's page (a message id).
pub const STEP_WORD: &str = "word-iteration";
#[cfg(target_arch = "wasm32")]
pub use worker::handle;
