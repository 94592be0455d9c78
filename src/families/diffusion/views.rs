//! Plain snapshots of what the worker computed, as the page keeps them: a recorded reverse
//! chain and a noise field.

use crate::models::samplers::Sampler;

/// A reverse chain received from the worker: `frames` of `n` points each.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ChainView {
    pub n: usize,
    pub ts: Vec<usize>,
    pub sampler: Sampler,
    pub step: u64,
    /// The worker's time for the chain, in ms (without scoring and the transfer).
    pub ms: f64,
    /// x_t of every frame, frame after frame.
    pub xt: Vec<[f32; 2]>,
    /// x̂_0 of every frame.
    pub x0: Vec<[f32; 2]>,
}

impl ChainView {
    /// Points of frame `f` (x_t, or x̂_0 when `predicted`).
    pub fn frame(&self, f: usize, predicted: bool) -> &[[f32; 2]] {
        let f = f.min(self.ts.len().saturating_sub(1));
        let all = if predicted { &self.x0 } else { &self.xt };
        &all[f * self.n..(f + 1) * self.n]
    }
}

/// The learned noise field at one t.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FieldView {
    pub t: usize,
    pub points: Vec<[f32; 2]>,
    pub eps: Vec<[f32; 2]>,
    pub alpha_bar: f64,
}

pub(crate) fn pairs(v: &[f32]) -> Vec<[f32; 2]> {
    v.chunks_exact(2).map(|c| [c[0], c[1]]).collect()
}
