//! Tiny-image denoising: the image DDPM (U-Net), its reverse chain with guidance, the digit
//! classifier and the image scores, training in the browser, its URL keys, its page state, and
//! its page.

pub mod chain;
pub mod classifier;
pub mod lab;
pub mod metrics;
pub mod model;
pub mod protocol;
pub mod scores;
pub mod state;
pub mod unet;
pub mod url;
#[cfg(target_arch = "wasm32")]
pub mod page;
#[cfg(target_arch = "wasm32")]
pub mod train;
#[cfg(target_arch = "wasm32")]
pub mod worker;
