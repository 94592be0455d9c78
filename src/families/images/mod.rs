//! Tiny-image denoising: the image DDPM (U-Net), its reverse chain with guidance, training in
//! the browser, its URL keys, its page state, and its page. Its images are judged by
//! `crate::judge` (the classifier and the scores every image family shares).

pub mod chain;
pub mod lab;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod protocol;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod train;
pub mod unet;
pub mod url;
#[cfg(target_arch = "wasm32")]
pub mod worker;

// The family's face: the names the list's loops use (`families/mod.rs`).
pub use lab::ImageLab as Lab;
pub use protocol::{ImageCommand as Command, ImageUpdate as Update};
pub use state::{Act, ImagePageView as View};
pub use url::ImagesUrl as Url;
/// What one training step is called on this family's page (a message id).
pub const STEP_WORD: &str = "word-step";
#[cfg(target_arch = "wasm32")]
pub use worker::handle;
