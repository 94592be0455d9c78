//! The training worker. Pure (also compiled natively): the message protocol, the contract every
//! family implements (`lab.rs`), the loop's side of a family (`control.rs`), its pacing
//! (`pace.rs`) and its training history (`history.rs`). In the browser: the worker's state (`home.rs`), the one training loop
//! (`run.rs`), the list of families it drives (`families.rs`), the device probe, run beside training (`probe.rs`), the weight files' fetch with progress (`fetch.rs`), the real digits (`digits.rs`),
//! the move of every model to another device, when a GPU is lost or measured faster (`handover.rs`), the history scrubber (`scrub.rs`), saving and opening a lab file (`save.rs`, each family's part in `lab_io.rs`), the 2-D chains' readback and scoring (`chain.rs`)
//! and the message pump (`wasm.rs`).

#[cfg(target_arch = "wasm32")]
pub mod chain;
pub mod control;
#[cfg(target_arch = "wasm32")]
pub mod digits;
#[cfg(target_arch = "wasm32")]
pub mod families;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod handover;
pub mod history;
#[cfg(target_arch = "wasm32")]
pub mod home;
pub mod lab;
#[cfg(target_arch = "wasm32")]
pub mod lab_io;
pub mod pace;
#[cfg(target_arch = "wasm32")]
pub mod probe;
pub mod protocol;
#[cfg(target_arch = "wasm32")]
pub mod run;
#[cfg(target_arch = "wasm32")]
pub mod save;
#[cfg(target_arch = "wasm32")]
pub mod scrub;
#[cfg(target_arch = "wasm32")]
pub mod shipped;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
