//! The diffusion model's settings: its network, optimiser, batch and noise schedule, as the
//! page and the link set them (each change builds the model again from the seed).

use crate::models::schedule::ScheduleSpec;

/// Settings the worker can change without touching the data (each change resets the model).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct DiffusionConfig {
    pub learning_rate: f64,
    pub batch: usize,
    /// Width of each hidden layer of ε_θ.
    pub hidden: usize,
    /// Number of hidden layers.
    pub layers: usize,
    pub schedule: ScheduleSpec,
}

impl DiffusionConfig {
    /// ε_θ's parameter count with these settings.
    pub fn params(&self) -> usize {
        crate::models::time_mlp::param_count(crate::models::time_mlp::TIME_FREQS, self.hidden, self.layers)
    }
}

impl Default for DiffusionConfig {
    fn default() -> Self {
        Self { learning_rate: 2e-3, batch: 256, hidden: 64, layers: 2, schedule: ScheduleSpec::default() }
    }
}
