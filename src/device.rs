//! The only place that names concrete burn devices.
//!
//! In the browser the models run on burn's wgpu backend over WebGPU, initialised asynchronously
//! (`Device::wgpu_options().init_async()`); burn's pure-Rust CPU backend, flex, is the fallback
//! and the device of every native test. Both are wrapped in burn's autodiff decorator so the
//! same model code trains on either.

use burn::prelude::Device;
use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// What the user asked for: a fixed backend, or "Auto" (a short measured probe decides).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceChoice {
    #[default]
    Auto,
    WebGpu,
    Cpu,
}

impl DeviceChoice {
    pub const ALL: [DeviceChoice; 3] = [DeviceChoice::Auto, DeviceChoice::WebGpu, DeviceChoice::Cpu];

    pub fn id(self) -> &'static str {
        match self {
            DeviceChoice::Auto => "auto",
            DeviceChoice::WebGpu => "webgpu",
            DeviceChoice::Cpu => "cpu",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.id() == id)
    }

    /// Whether the worker should load the build with burn's GPU stack (it still falls back to
    /// the CPU build where the browser offers no WebGPU adapter).
    pub fn wants_gpu_module(self) -> bool {
        self != DeviceChoice::Cpu
    }

    /// The message id of its name on the page (`ui.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            DeviceChoice::Auto => "ui-device-auto",
            DeviceChoice::WebGpu => "ui-device-webgpu",
            DeviceChoice::Cpu => "ui-device-cpu",
        }
    }
}

/// A backend that actually runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Backend {
    WebGpu,
    Cpu,
}

impl Backend {
    pub fn label(self) -> &'static str {
        match self {
            Backend::WebGpu => "WebGPU",
            Backend::Cpu => "CPU",
        }
    }
}

/// burn's pure-Rust CPU device (flex), with autodiff.
pub fn cpu() -> Device {
    Device::flex().autodiff()
}

/// Opens a backend. WebGPU can fail (no adapter, blocked by the browser, a native build):
/// the error is a message for the page, never a panic.
pub async fn open(backend: Backend) -> Result<Device, Msg> {
    match backend {
        Backend::Cpu => Ok(cpu()),
        Backend::WebGpu => open_webgpu().await,
    }
}

/// The page and the CPU worker are built without burn's GPU stack; `www/worker.js` loads the
/// GPU build only where the browser offers an adapter and leaves its reason here otherwise.
#[cfg(all(target_arch = "wasm32", not(feature = "webgpu")))]
async fn open_webgpu() -> Result<Device, Msg> {
    // `www/worker.js` leaves a message id, perhaps with a detail after ':'.
    let why = js_sys::Reflect::get(&js_sys::global(), &"GENLAB_NO_GPU".into()).ok().and_then(|v| v.as_string());
    Err(match why.as_deref().map(|w| w.split_once(':').unwrap_or((w, ""))) {
        Some((id, detail)) if id.starts_with("gpu-") => Msg::new(id).arg("detail", detail.chars().take(160).collect::<String>()),
        _ => Msg::new("gpu-cpu-build"),
    })
}

#[cfg(all(target_arch = "wasm32", feature = "webgpu"))]
async fn open_webgpu() -> Result<Device, Msg> {
    let has_gpu = web_sys_gpu_present();
    if !has_gpu {
        return Err(Msg::new("gpu-missing"));
    }
    // burn's wgpu runtime can be initialised once per page; later requests reuse it.
    thread_local! {
        static GPU: std::cell::RefCell<Option<Device>> = const { std::cell::RefCell::new(None) };
    }
    if let Some(d) = GPU.with_borrow(|g| g.clone()) {
        return Ok(d);
    }
    let d = Device::wgpu_options().init_async().await.map(Device::autodiff).map_err(|e| explain(&e.to_string()))?;
    GPU.with_borrow_mut(|g| *g = Some(d.clone()));
    Ok(d)
}

#[cfg(all(target_arch = "wasm32", feature = "webgpu"))]
fn web_sys_gpu_present() -> bool {
    let global = js_sys::global();
    js_sys::Reflect::get(&global, &"navigator".into())
        .and_then(|nav| js_sys::Reflect::get(&nav, &"gpu".into()))
        .map(|gpu| !gpu.is_undefined() && !gpu.is_null())
        .unwrap_or(false)
}

/// A message for the page from a wgpu start-up error; the raw text stays in the console.
#[cfg(all(target_arch = "wasm32", feature = "webgpu"))]
fn explain(raw: &str) -> Msg {
    web_sys::console::warn_1(&format!("WebGPU start-up error: {raw}").into());
    let lower = raw.to_lowercase();
    if lower.contains("no adapter") || lower.contains("no suitable") || lower.contains("found no adapters") {
        Msg::new("gpu-no-adapter")
    } else if lower.contains("device") && lower.contains("lost") {
        Msg::new("gpu-lost-at-start")
    } else {
        Msg::new("gpu-failed").arg("detail", raw.chars().take(160).collect::<String>())
    }
}

#[cfg(not(target_arch = "wasm32"))]
async fn open_webgpu() -> Result<Device, Msg> {
    Err(Msg::new("gpu-native"))
}
