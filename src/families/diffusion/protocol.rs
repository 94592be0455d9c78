//! The diffusion family's own messages: the page's commands for the 2-D DDPM and what it
//! reports (wrapped once by `worker/protocol.rs`).

use serde::{Deserialize, Serialize};

use crate::families::diffusion::config::DiffusionConfig;
use crate::models::samplers::Sampler;
use crate::quality::Quality;

/// Page → worker, for the diffusion model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DiffusionCommand {
    /// Change the model, schedule or optimiser settings; resets the model.
    Configure { config: DiffusionConfig },
    /// Draw `n` samples from the current model.
    Sample { n: usize },
    /// Run the reverse chain for `n` points and send about `frames` frames of x_t and x̂_0.
    Chain { n: usize, sampler: Sampler, frames: usize },
    /// The model's ε̂ on a `grid × grid` lattice over `[-half, half]²` at timestep `t`.
    Field { t: usize, half: f32, grid: usize },
}

/// Worker → page, from the diffusion model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DiffusionUpdate {
    /// Training progress: the losses of the steps run since the last update, and the settings
    /// the current model is being trained with.
    Progress { step: u64, losses: Vec<f32>, steps_per_sec: f64, running: bool, config: DiffusionConfig },
    /// Sample quality (the shared metrics) of a quick sample, measured during training.
    Metrics { quality: Quality },
    /// A reverse chain. `data` holds every frame's x_t, then every frame's x̂_0, each frame
    /// `n` points as `[x, y]`; it travels beside the CBOR message as a Float32Array, not inside it.
    Chain {
        n: usize,
        ts: Vec<usize>,
        sampler: Sampler,
        step: u64,
        /// Time the worker took to run the chain and read it back, in ms: without scoring and
        /// the transfer to the page.
        #[serde(default)]
        ms: f64,
        /// Mean path length over mean displacement of the chain's points (1 = straight).
        #[serde(default)]
        straightness: f64,
        #[serde(skip)]
        data: Vec<f32>,
    },
    /// ε̂ on a lattice: `points` and `eps` as `[x, y, …]`.
    Field { t: usize, points: Vec<f32>, eps: Vec<f32>, alpha_bar: f64 },
    /// Samples as `[x0, y0, x1, y1, …]`.
    Samples { points: Vec<f32>, step: u64 },
}

impl crate::families::Payload for DiffusionUpdate {
    fn payload(&mut self) -> Option<&mut Vec<f32>> {
        match self {
            DiffusionUpdate::Chain { data, .. } => Some(data),
            _ => None,
        }
    }
}
