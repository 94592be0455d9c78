//! Flow matching's own messages: the page's commands and what the worker reports (wrapped once
//! by `worker/protocol.rs`).

use serde::{Deserialize, Serialize};

use crate::families::flow::chain::FlowSampler;
use crate::families::flow::config::FlowConfig;
use crate::quality::Quality;

/// Page → worker, for flow matching.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FlowCommand {
    /// Change the network or optimiser settings; resets the model.
    Configure { config: FlowConfig },
    /// Solve the ODE for `n` points from fresh noise and send about `frames` frames.
    Chain { n: usize, sampler: FlowSampler, frames: usize },
    /// The learned velocity v̂(x, t) on a `grid × grid` lattice over `[-half, half]²`.
    Field { t: f32, half: f32, grid: usize },
    /// The exact log-likelihood of the reference data, and log p on a `grid × grid` lattice.
    Density { half: f32, grid: usize },
}

/// Worker → page, from flow matching.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FlowUpdate {
    /// The losses of the steps run since the last update and the settings being trained.
    Progress { step: u64, losses: Vec<f32>, steps_per_sec: f64, running: bool, config: FlowConfig },
    /// Sample quality of a quick solve, measured during training.
    Metrics { quality: Quality, straightness: f64 },
    /// An ODE solve: `data` holds every frame's x_t, then every frame's x̂_0, each `n` points
    /// as `[x, y]` (beside the message as a Float32Array).
    Chain {
        n: usize,
        times: Vec<f32>,
        sampler: FlowSampler,
        step: u64,
        ms: f64,
        /// Mean path length over mean displacement (1 = straight).
        straightness: f64,
        #[serde(skip)]
        data: Vec<f32>,
    },
    /// v̂ on a lattice: `points` and `v` as `[x, y, …]`.
    Field { t: f32, points: Vec<f32>, v: Vec<f32> },
    /// Mean log-likelihood of the reference data (nats per point), and log p on a lattice over
    /// `[-half, half]²`, row by row from the bottom-left.
    Density { step: u64, mean_log_p: f64, half: f32, grid: usize, log_p: Vec<f32> },
}

impl crate::families::Payload for FlowUpdate {
    fn payload(&mut self) -> Option<&mut Vec<f32>> {
        match self {
            FlowUpdate::Chain { data, .. } => Some(data),
            _ => None,
        }
    }
}
