//! The training worker: its message protocol, the device-agnostic training session, and (in
//! the browser) the web-worker glue that runs the session off the UI thread.

pub mod protocol;
pub mod lab;
pub mod pace;
#[cfg(target_arch = "wasm32")]
pub mod keep;
#[cfg(target_arch = "wasm32")]
pub mod run;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
