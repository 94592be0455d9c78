//! Messages between the page and the training worker: commands in, updates out. Updates carry
//! plain vectors and numbers, never tensors. Both travel as JSON strings.

use serde::{Deserialize, Serialize};

use crate::device::{Backend, DeviceChoice};

/// Page → worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Command {
    /// Pick (or re-pick) the device; `Auto` runs the measured probe.
    Init { device: DeviceChoice },
    /// Replace the training data and seed; resets the model.
    SetData { points: Vec<[f32; 2]>, seed: u64 },
    /// Change training hyper-parameters; resets the model.
    Configure { learning_rate: f64, batch: usize, hidden: usize },
    /// Train continuously until `Pause`.
    Start,
    Pause,
    /// Train exactly `n` steps, then report.
    Step { n: u32 },
    /// Fresh weights from the seed.
    Reset,
    /// Draw `n` samples from the current model.
    Sample { n: usize },
}

/// One device's measured speed in the probe.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProbeResult {
    pub backend: Backend,
    /// Training steps per second after warm-up (2×64 MLP, batch 256).
    pub steps_per_sec: f64,
    /// Time of the first step, shader compilation included, in ms.
    pub first_step_ms: f64,
}

/// Worker → page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Update {
    /// The worker's module is loaded and takes commands.
    Ready,
    /// What the worker is doing while it cannot train yet ("Starting WebGPU…").
    Status { message: String },
    /// The device in use, why, and the probe's figures.
    Device { backend: Backend, probe: Vec<ProbeResult>, notice: Option<String> },
    /// Training progress: the losses of the steps run since the last update.
    Progress { step: u64, losses: Vec<f32>, steps_per_sec: f64, running: bool },
    /// Samples as `[x0, y0, x1, y1, …]`.
    Samples { points: Vec<f32>, step: u64 },
    /// Something failed; `fatal` means the worker must be restarted.
    Error { message: String, fatal: bool },
}

impl Command {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl Update {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
