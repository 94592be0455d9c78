//! The lineup page: the seed's first picture. The image GAN, the image VAE and the image
//! diffusion model draw the same digit class side by side, beside real digits of that class,
//! and the judge (`judge/`) measures each family's quality and variety the same way. This
//! folder is not a family and trains nothing: its worker side loads the three shipped models
//! and the classifier and samples them; the page draws what comes back.

#[cfg(target_arch = "wasm32")]
pub mod coders;
#[cfg(target_arch = "wasm32")]
pub mod held;
pub mod pad;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod plan;
pub mod plane;
pub mod protocol;
pub mod state;
pub mod url;
pub mod walk;
#[cfg(target_arch = "wasm32")]
pub mod worker;
