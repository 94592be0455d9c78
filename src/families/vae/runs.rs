//! What one VAE run is set up with and what it reports: its settings, its view (codes,
//! reconstructions, prior samples, the decoded latent lattice) and its per-step loss terms.

use serde::{Deserialize, Serialize};

use crate::families::vae::model::VaeConfig;
use crate::quality::Quality;

/// Prior samples decoded per view, data points encoded per view, latent grid per axis.
pub const PRIOR_N: usize = 2000;
pub const CODES_N: usize = 600;
pub const GRID: usize = 15;
/// Half-width of the latent square the grid (and the latent plane) covers.
pub const LATENT_HALF: f32 = 3.0;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VaeRunConfig {
    pub model: VaeConfig,
    pub batch: usize,
}

impl Default for VaeRunConfig {
    fn default() -> Self {
        Self { model: VaeConfig::new(), batch: 256 }
    }
}

/// One view of a run, split from the readback. Flat `[x, y, …]` vectors.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VaeView {
    /// μ(x) of the first `CODES_N` data points.
    pub mu: Vec<f32>,
    /// log σ²(x) of the same points.
    pub logvar: Vec<f32>,
    /// x̂(μ(x)) of the same points.
    pub recon: Vec<f32>,
    /// x̂(z) at the fixed prior draws z = temperature · ε.
    pub prior: Vec<f32>,
    /// x̂ of the `GRID × GRID` latent lattice over `[−LATENT_HALF, LATENT_HALF]²`, row-major.
    pub grid: Vec<f32>,
}

/// What one run reports after a chunk: per-step terms, the view and the metrics of the
/// decoded prior samples.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VaeRunReport {
    pub step: u64,
    /// Per step: mean ‖x − x̂‖² (the reconstruction term without its 1/(2σ_x²)) and the KL.
    pub mse: Vec<f32>,
    pub kl: Vec<f32>,
    pub view: Option<VaeView>,
    pub quality: Option<Quality>,
}
