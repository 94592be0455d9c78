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
