//! Application state: the shareable URL state and (in the browser) the one reducer.

pub mod gan_state;
pub mod image_state;
pub mod url;
pub mod url_gan;
pub mod url_images;
pub mod url_model;
pub mod url_vae;
pub mod vae_state;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod views;

pub use url::{Page, UrlState};
