//! GenLab: train and watch small generative models (GAN, VAE, DDPM, flow matching) live in the
//! browser, and compare them on one screen.
//!
//! The crate compiles natively, where `cargo test` checks the pure parts (data, models, metrics,
//! URL state, every family's lab) on burn's CPU device, and to WebAssembly three times: the
//! page's module (feature `page`: the Yew UI, on the main thread), the CPU worker's (`worker`: a
//! module web worker that runs the families' labs, `src/families/`) and the WebGPU worker's
//! (`worker` + `webgpu`). The start function below looks at the global scope to tell whether it
//! runs in the page or in the worker.

pub mod compare;
pub mod data;
pub mod describe;
pub mod device;
pub mod families;
/// A seeded fuzzer for every outside input (native: it runs in `cargo test` and an example).
#[cfg(not(target_arch = "wasm32"))]
pub mod fuzz;
/// A counting allocator for the examples that measure a peak heap (native only).
#[cfg(not(target_arch = "wasm32"))]
pub mod heap;
pub mod i18n;
pub mod judge;
pub mod labfile;
pub mod lineup;
pub mod metrics;
pub mod models;
pub mod palette;
pub mod quality;
pub mod state;
pub mod tour;
pub mod worker;

#[cfg(target_arch = "wasm32")]
pub mod render;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Runs the linker's static constructors exactly once (see `start::run_constructors_once`).
/// The page and the worker do this in their start function; a browser test binary, whose start
/// function is the test harness's, must call it before touching the GPU.
#[cfg(target_arch = "wasm32")]
pub fn init_wasm_runtime() {
    start::run_constructors_once();
}

#[cfg(target_arch = "wasm32")]
mod start {
    use wasm_bindgen::prelude::*;

    unsafe extern "C" {
        fn __wasm_call_ctors();
    }

    /// burn's GPU stack registers its kernels through static constructors. wasm-ld would re-run
    /// them around every exported call (5× slower WebGPU training in the prototype); running
    /// them once here is what the `inventory` crate documents for wasm.
    pub fn run_constructors_once() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| unsafe { __wasm_call_ctors() });
    }

    #[wasm_bindgen(start)]
    pub fn start() {
        console_error_panic_hook::set_once();
        run_constructors_once();
        // The page's module is built with `page` only and the workers' with `worker` only
        // (Cargo.toml), so each leaves the other's code out.
        match web_sys::window() {
            // The app's page has <main id="app">; a test harness page does not.
            #[cfg(feature = "page")]
            Some(w) if w.document().and_then(|d| d.get_element_by_id("app")).is_some() => crate::ui::run_app(),
            Some(_) => {}
            #[cfg(feature = "worker")]
            None => crate::worker::wasm::run_worker(),
            #[cfg(not(feature = "worker"))]
            None => {}
        }
    }
}
