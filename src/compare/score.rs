//! The compare page's measurements, the same functions for every family on the same number of
//! samples: the quality bar's metrics (per-mode share, share near the data, MMD², 2-D Fréchet),
//! the grid Jensen–Shannon divergence, and how many modes are covered.

use serde::{Deserialize, Serialize};

use crate::metrics::grid_js;
use crate::quality::{Quality, QualityBar, Reference, evaluate};

/// Samples each family draws for a measurement.
pub const SAMPLES: usize = 2000;
/// Held-out points the log-likelihoods are averaged over.
pub const HELD_OUT: usize = 500;
/// Cells per axis of the grid JS divergence (as the GAN page's meter).
pub const JS_BINS: usize = 20;
/// A mode counts as covered when it holds at least this fraction of its true weight.
pub const COVERED: f32 = 0.5;

/// One family's scores at one moment.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub quality: Quality,
    /// Jensen–Shannon divergence of the binned samples from the binned reference (nats, ≤ ln 2).
    pub js: f64,
    /// Modes holding at least half their true weight, of how many there are (0 of 0 for shapes
    /// without modes).
    pub covered: usize,
    pub modes: usize,
}

/// Scores `samples` against the reference; `half` is the half-width of the JS grid.
pub fn score(samples: &[[f32; 2]], reference: &Reference, half: f32, step: u64) -> Score {
    let quality = evaluate(samples, reference, &QualityBar::default(), step);
    let covered = quality.shares.iter().zip(&quality.weights).filter(|(s, w)| **s >= COVERED * **w && **w > 0.0).count();
    let js = grid_js(samples, &reference.points, JS_BINS, half);
    Score { modes: quality.weights.len(), covered, js, quality }
}

/// The half-width of the square the JS grid covers: the reference's extent plus a margin.
pub fn extent(reference: &Reference) -> f32 {
    let m = reference.points.iter().flat_map(|p| [p[0].abs(), p[1].abs()]).filter(|v| v.is_finite()).fold(1.0f32, f32::max);
    (m * 1.2).ceil()
}
