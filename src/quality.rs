//! The quality bar for 2-D samples: one summary of the shared metrics, and the pass/fail rule
//! the diffusion page (and its tests) report.
//!
//! A model passes when (1) every mode's share of samples is within `share_tol` of its true
//! weight (mode coverage: a collapsed model fails here even if its Gaussian fit is good),
//! (2) at least `near_min` of the samples lie within `radius` of some mode centre (no smear of
//! points between or around the modes), and (3) MMD² against fresh data is below `mmd2_max`.

use serde::{Deserialize, Serialize};

use crate::metrics::{frechet_2d, mmd2_rbf, mode_coverage};

/// Thresholds of the bar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QualityBar {
    pub share_tol: f32,
    pub near_min: f32,
    pub mmd2_max: f64,
}

impl Default for QualityBar {
    /// ±0.05 shares, 95 % near a centre, MMD² < 0.01. Two independent 1000-point draws of the
    /// default two clusters have MMD² of order 1e-3 (tests/quality.rs measures it), while a
    /// model that drops a third of one cluster is far above 0.01.
    fn default() -> Self {
        Self { share_tol: 0.05, near_min: 0.95, mmd2_max: 0.01 }
    }
}

/// What the reference data says a good sample looks like.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// Fresh data from the same distribution (not the training points).
    pub points: Vec<[f32; 2]>,
    /// Mode centres (empty for shapes without discrete modes).
    pub centres: Vec<[f32; 2]>,
    /// True share of each mode.
    pub weights: Vec<f32>,
    /// "Near a centre" radius (3 σ of a cluster).
    pub radius: f32,
}

/// The metrics of one batch of samples.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Quality {
    pub shares: Vec<f32>,
    pub weights: Vec<f32>,
    pub near: f32,
    pub mmd2: f64,
    pub frechet: f64,
    pub passes: bool,
    /// Training step the samples were drawn at.
    pub step: u64,
}

/// Scores `samples` against the reference.
pub fn evaluate(samples: &[[f32; 2]], reference: &Reference, bar: &QualityBar, step: u64) -> Quality {
    let finite: Vec<[f32; 2]> = samples.iter().copied().filter(|p| p[0].is_finite() && p[1].is_finite()).collect();
    let all_finite = finite.len() == samples.len() && !samples.is_empty();
    let (shares, near) = if reference.centres.is_empty() {
        (Vec::new(), f32::NAN)
    } else {
        let c = mode_coverage(&finite, &reference.centres, reference.radius);
        (c.shares, c.near)
    };
    let mmd2 = if all_finite { mmd2_rbf(&finite, &reference.points) } else { f64::NAN };
    let frechet = if all_finite { frechet_2d(&finite, &reference.points) } else { f64::NAN };
    let shares_ok = shares.iter().zip(&reference.weights).all(|(s, w)| (s - w).abs() <= bar.share_tol);
    let near_ok = reference.centres.is_empty() || near >= bar.near_min;
    let passes = all_finite && shares_ok && near_ok && mmd2 < bar.mmd2_max;
    Quality { shares, weights: reference.weights.clone(), near, mmd2, frechet, passes, step }
}
