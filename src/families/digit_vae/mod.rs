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
