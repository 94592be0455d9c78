//! The compare page: DDPM, flow matching, GAN and VAE trained on the same data on one clock,
//! measured by the same functions, with each explicit family's log-likelihood beside the GAN's
//! "implicit". The families take part through [`contender::Contender`]; this folder is not a
//! family and owns no model.

pub mod contender;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod protocol;
pub mod score;
#[cfg(target_arch = "wasm32")]
pub mod seats;
pub mod state;
pub mod url;
#[cfg(target_arch = "wasm32")]
pub mod worker;
