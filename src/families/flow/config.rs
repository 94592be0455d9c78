//! Flow matching's settings as the page and the link set them (each change builds the model
//! again from the seed), and the sampler the page uses.

use crate::families::flow::chain::{FlowSampler, Solver};
use crate::families::flow::coupling::Coupling;

/// Network, optimiser and batch.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct FlowConfig {
    pub learning_rate: f64,
    pub batch: usize,
    /// Width of each hidden layer of v_θ.
    pub hidden: usize,
    /// Number of hidden layers.
    pub layers: usize,
    /// How noise is paired with data in a batch.
    pub coupling: Coupling,
}

impl FlowConfig {
    /// v_θ's parameter count with these settings.
    pub fn params(&self) -> usize {
        crate::models::time_mlp::param_count(crate::models::time_mlp::TIME_FREQS, self.hidden, self.layers)
    }
}

impl Default for FlowConfig {
    fn default() -> Self {
        Self { learning_rate: 2e-3, batch: 256, hidden: 64, layers: 2, coupling: Coupling::Independent }
    }
}

/// The ODE solver the page's reverse view uses.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct FlowSamplerSettings {
    pub solver: Solver,
    pub steps: usize,
}

impl Default for FlowSamplerSettings {
    fn default() -> Self {
        Self { solver: Solver::Euler, steps: 50 }
    }
}

impl FlowSamplerSettings {
    pub fn sampler(&self) -> FlowSampler {
        FlowSampler { solver: self.solver, steps: self.steps }
    }
}
