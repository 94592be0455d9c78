//! Keeping a training state: each family implements [`Weights`] beside its model (which
//! modules make up its training state, in a fixed order), so the worker can keep a host copy
//! while a GPU trains and load it into the same family built afresh on the CPU when the GPU is
//! lost (`worker/handover.rs`).
//!
//! What survives: every weight (the EMA copies too) and the step count. What starts again:
//! the optimisers' moment estimates (Adam's m and v), and the random draws, which are re-seeded
//! from the old stream and the step count so they do not replay the first steps.

use crate::models::rng::StdRng;
use rand::{RngExt, SeedableRng};

use crate::models::Weights;
use crate::models::carry::Carrier;
use crate::models::params::load_flat;
use burn::module::Module;
use burn::prelude::Tensor;

/// A stream re-seeded from its own next draw and the step count: weights loaded into a model
/// built afresh do not replay the first steps' draws.
pub fn reseed(rng: &mut StdRng, steps: u64) {
    *rng = StdRng::seed_from_u64(rng.random::<u64>() ^ steps.wrapping_mul(0x9e37_79b9_7f4a_7c15));
}

/// A network and its moving average, loaded in that order (the DDPM's and flow matching's).
pub fn load_with_ema<M: Module>(model: &mut M, ema: &mut M, values: &mut &[f32]) -> Result<(), String> {
    *model = load_flat(model.clone(), values)?;
    *ema = load_flat(ema.clone(), values)?;
    Ok(())
}

/// A page's whole training state (one run, or runs side by side), kept the same way: every
/// run's weights in order, and each run's step count.
pub trait KeepRuns {
    fn kept_pieces(&self) -> (Vec<Tensor<1>>, Vec<u64>);

    /// Loads what [`KeepRuns::kept_pieces`] read back into the same runs built afresh; fails
    /// (and the caller starts from the seed) when the runs no longer match.
    fn load_kept(&mut self, values: &[f32], steps: &[u64]) -> Result<(), String>;

    /// Visits what training on exactly needs beyond the weights — every optimiser's state and
    /// random stream, in a fixed order — to save it or to open it after [`KeepRuns::load_kept`]
    /// (`carry.rs`).
    fn carry(&mut self, c: &mut dyn Carrier);
}

/// [`KeepRuns::load_kept`] for runs that each hold one [`Weights`] and a step counter.
pub fn load_runs<'a, T: Weights + 'a>(
    runs: impl ExactSizeIterator<Item = (&'a mut T, &'a mut u64)>,
    values: &[f32],
    steps: &[u64],
) -> Result<(), String> {
    if runs.len() != steps.len() {
        return Err(format!("{} runs kept, {} now", steps.len(), runs.len()));
    }
    let mut rest = values;
    for ((model, step), &kept) in runs.zip(steps) {
        model.load_weights(&mut rest, kept)?;
        *step = kept;
    }
    if rest.is_empty() { Ok(()) } else { Err("the kept weights are longer than the model".into()) }
}
