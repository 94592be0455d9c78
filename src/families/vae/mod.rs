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
