//! The one contract every family's training state implements ([`Lab`]). The loop's side of a
//! family is `control.rs`; both are pure: the native tests drive exactly what the worker
//! drives, with a synchronous readback where the browser awaits one.
//!
//! One chunk is: [`Lab::enqueue`] `n` steps (and a view) as one flat tensor → one readback →
//! `Control::finish`, which either hands back the family's update for the page or, when any
//! value read back is NaN or infinite, pauses that family in the same chunk and returns one
//! plain divergence message instead. Non-finite numbers therefore never reach the page's views.

use burn::prelude::Tensor;

pub use crate::families::FamilyId;
use crate::models::keep::KeepRuns;

/// Whether the family is training and how fast, as the page shows it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Status {
    pub running: bool,
    pub steps_per_sec: f64,
}

/// The first non-finite value a chunk read back: which run, at which step, and what it was.
#[derive(Clone, Debug, PartialEq)]
pub struct NonFinite {
    pub run: usize,
    pub step: u64,
    /// What became non-finite, as a message id: "what-loss" ("its loss"), "what-generated", …
    pub what: &'static str,
    pub value: f32,
}

/// A family's whole training state on one device (one run, or two side by side).
pub trait Lab: KeepRuns {
    const ID: FamilyId;
    /// The loop scores the view read back with each chunk (GAN, VAE); false for a family that
    /// measures with a separate task between chunks (the diffusion model's quick chain).
    const SCORES_VIEW: bool = true;
    /// The family's own update for the page (`protocol.rs` wraps it).
    type Report;

    /// Each run's step count.
    fn steps(&self) -> Vec<u64>;

    /// Enqueues `n` training steps of every run, and every run's view when `view`, as one flat
    /// tensor to read back once. `None` when there is nothing to run or show.
    fn enqueue(&mut self, n: usize, view: bool) -> Option<Tensor<1>>;

    /// Splits a readback into the page's update; `score` measures the view's quality now.
    /// `Err` names the first non-finite value (then nothing is reported).
    fn read(&mut self, flat: &[f32], score: bool, status: Status) -> Result<Self::Report, NonFinite>;

    /// Back to the seed's start: the same weights, batches and views as when first built.
    fn reset(&mut self);
}

/// The first non-finite value of `values`, with its index.
pub fn first_non_finite(values: &[f32]) -> Option<(usize, f32)> {
    values.iter().position(|v| !v.is_finite()).map(|i| (i, values[i]))
}

/// A one-run family's readback of `flat.len()` losses ending at `step`: the first non-finite
/// one, named by its own step.
pub fn check_losses(flat: &[f32], step: u64) -> Result<(), NonFinite> {
    match first_non_finite(flat) {
        Some((k, value)) => Err(NonFinite { run: 0, step: step - flat.len() as u64 + k as u64 + 1, what: "what-loss", value }),
        None => Ok(()),
    }
}

/// Samples thrown to infinity mean the model diverged, even while its loss reads finite.
pub fn check_samples(samples: &[[f32; 2]], step: u64) -> Result<(), NonFinite> {
    match samples.iter().flatten().find(|v| !v.is_finite()) {
        Some(&value) => Err(NonFinite { run: 0, step, what: "what-samples", value }),
        None => Ok(()),
    }
}

/// "NaN", "infinite" (a message id).
pub fn kind_of(v: f32) -> &'static str {
    if v.is_nan() { "word-nan" } else { "word-infinite" }
}

/// A copy of a family's weights on the host, with each run's step count.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    pub steps: Vec<u64>,
    pub values: Vec<f32>,
    pub at_ms: f64,
}
