//! The VAE family's own messages (wrapped once by `worker/protocol.rs`).

use serde::{Deserialize, Serialize};

use crate::families::vae::runs::{VaeRunConfig, VaeRunReport};

/// Page → worker, for the VAE.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum VaeCommand {
    /// VAE page: (re)build its runs (1 or 2) on the current data and seed; prior samples are
    /// decoded at z = temperature · ε.
    Setup { runs: Vec<VaeRunConfig>, temperature: f32 },
    /// Re-render the views with another prior temperature (no training).
    Temperature { temperature: f32 },
    /// Draw the prior samples anew (the `draw`-th draw after the seed's own; 0 = the seed's).
    Resample { draw: u64 },
    /// Decode one latent point with every run (the latent pad).
    Decode { z: [f32; 2] },
}

/// Worker → page, from the VAE.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum VaeUpdate {
    /// VAE progress: per run, the loss terms since the last update, the view and the metrics
    /// of decoded prior samples.
    Progress { runs: Vec<VaeRunReport>, configs: Vec<VaeRunConfig>, running: bool, steps_per_sec: f64, temperature: f32 },
    /// Each run's decoded point for latent `z`.
    Decoded { z: [f32; 2], points: Vec<[f32; 2]> },
}

impl crate::families::Payload for VaeUpdate {}
