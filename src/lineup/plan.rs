//! What one lineup draws and how it is judged. Pure.
//!
//! For a pick (one class, or 0–9 in turn) each family draws [`JUDGED`] samples: the first
//! [`SHOW`] are drawn alone (the grid, and the time to sample 16) and the rest in further parts
//! with their own seeds. [`JUDGED`] real digits of the same classes are the reference every
//! family is judged against; another [`JUDGED`] real digits, drawn apart, are judged the same
//! way and give the row that says what "as good as real" reads as at this n.
//! The measures (`judge/report.rs`, `judge/scores.rs`): the share read as asked, the spread
//! (mean pairwise feature distance relative to real digits'), k-NN precision and recall
//! (Kynkäänniemi et al. 2019, arXiv:1904.06991), and the IS and FD analogues.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::data::glyphs::CLASSES;
use crate::data::mnist::DigitBank;
use crate::data::real::held_draws;
use crate::judge::report::{ClassReport, judge_features};
use crate::judge::scores::{FeatureReference, score};
pub use crate::judge::variety::{NEAR_COPIES, class_spread};
use crate::models::samplers::Sampler;

/// Samples shown per family (a 4 × 4 grid).
pub const SHOW: usize = 16;
/// Samples judged per family, and real digits in the reference.
pub const JUDGED: usize = 100;
/// The diffusion model's sampler and guidance weight: DDIM-25 with η = 1 at w = 1, where the
/// shipped U-Net reads 98 % as asked (README, "Image denoiser").
pub const SAMPLER: Sampler = Sampler::Ddim { steps: 25, eta: 1.0 };
pub const GUIDANCE: f64 = 1.0;
/// Salt of the two real draws (the reference, and the one judged like a family).
const REFERENCE: u64 = 0x7265_6665;

/// The three families of the lineup, in the order they are drawn and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contestant {
    Gan,
    Vae,
    Diffusion,
}

impl Contestant {
    pub const ALL: [Contestant; 3] = [Contestant::Gan, Contestant::Vae, Contestant::Diffusion];

    pub fn id(self) -> &'static str {
        match self {
            Contestant::Gan => "gan",
            Contestant::Vae => "vae",
            Contestant::Diffusion => "diffusion",
        }
    }

    /// The parts its samples are drawn in: the shown ones first, then the rest (the diffusion
    /// model in chains of at most 50 images, the scorecard's bounded batch).
    pub fn parts(self) -> Vec<Range<usize>> {
        match self {
            Contestant::Gan | Contestant::Vae => vec![0..SHOW, SHOW..JUDGED],
            Contestant::Diffusion => vec![0..SHOW, SHOW..58, 58..JUDGED],
        }
    }
}

/// The seed of part `k` of a lineup drawn at `seed`.
pub fn part_seed(seed: u64, k: usize) -> u64 {
    seed.wrapping_add(1_000 * k as u64)
}

/// The class each of `n` samples is asked for: `pick`, or 0–9 in turn (`None`).
pub fn asked(pick: Option<usize>, n: usize) -> Vec<usize> {
    (0..n).map(|i| pick.unwrap_or(i % CLASSES)).collect()
}

/// The reference's pixels and the other real draw's, in model space [−1, 1], both `JUDGED`
/// held-out real digits of the classes of `pick`, no digit in both (`data/real.rs`).
pub fn real_sets(bank: &DigitBank, pick: Option<usize>, seed: u64) -> (Vec<f32>, Vec<f32>) {
    let a = asked(pick, JUDGED);
    let to_model = |v: Vec<f32>| v.into_iter().map(|p| 2.0 * p - 1.0).collect::<Vec<f32>>();
    let mut sets = held_draws(bank, &a, 2, seed ^ REFERENCE).into_iter().map(to_model);
    let (reference, another) = (sets.next().unwrap_or_default(), sets.next().unwrap_or_default());
    (reference, another)
}

/// One row of the variety table: the judge's verdict and the IS and FD analogues.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub report: ClassReport,
    /// IS analogue of the judged samples (for one class, near 1 is right: one class, clearly).
    pub is: f64,
    /// FD analogue against the reference's Gaussian fit.
    pub fd: f64,
    /// Histogram of the classes read in the judged samples.
    pub hist: Vec<u32>,
    /// Spread within each class asked for, relative to real digits of that class, averaged
    /// over the classes (for one class, the spread itself): near-copies show here even when
    /// ten classes are drawn, where the pooled spread stays high.
    pub class_spread: f64,
}

/// The row of `n` judged samples from the classifier's outputs (`probs` `n × 10`, `features`
/// `n × dim`), beside the reference's features `real`.
pub fn row(probs: &[f32], features: &[f32], pick: Option<usize>, real: &[f32], dim: usize) -> Row {
    let n = probs.len() / CLASSES;
    let a = asked(pick, n);
    let report = judge_features(probs, features, &a, real, dim);
    let reference = FeatureReference::fit(real, dim);
    let wanted: Vec<Option<usize>> = a.iter().map(|c| Some(*c)).collect();
    let s = score(probs, features, &reference, &wanted);
    Row { report, is: s.is, fd: s.fd, hist: s.hist, class_spread: class_spread(features, &a, real, dim) }
}

/// Whether a family's row says its samples are near-copies of each other (what a collapsed
/// generator draws). False for a spread that could not be measured.
pub fn near_copies(row: &Row) -> bool {
    row.class_spread.is_finite() && row.class_spread < NEAR_COPIES
}
