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
