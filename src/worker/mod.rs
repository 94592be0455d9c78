//! The training worker: its message protocol, the device-agnostic training session, and (in
//! the browser) the web-worker glue that runs the session off the UI thread.

pub mod protocol;
pub mod gan_lab;
pub mod gan_session;
pub mod lab;
pub mod pace;
pub mod session;
pub mod vae_session;
#[cfg(target_arch = "wasm32")]
mod gan_wasm;
#[cfg(target_arch = "wasm32")]
mod image_train;
#[cfg(target_arch = "wasm32")]
mod image_wasm;
#[cfg(target_arch = "wasm32")]
mod keep;
#[cfg(target_arch = "wasm32")]
mod run;
#[cfg(target_arch = "wasm32")]
mod tasks;
#[cfg(target_arch = "wasm32")]
mod vae_wasm;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
