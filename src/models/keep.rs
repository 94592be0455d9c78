//! [`Weights`] for every model family: which modules make up a training state, in a fixed
//! order, so the worker can keep a host copy while a GPU trains and load it into the same
//! family built afresh on the CPU when the GPU is lost (`worker/device_loss.rs`).
//!
//! What survives: every weight (the EMA copies too) and the step count. What starts again:
//! the optimisers' moment estimates (Adam's m and v), and the random draws, which are re-seeded
//! from the old stream and the step count so they do not replay the first steps.

use crate::models::rng::StdRng;
use rand::{RngExt, SeedableRng};

use crate::families::diffusion::model::Ddpm;
use crate::families::flow::model::Flow;
use crate::families::gan::model::Gan;
use crate::families::images::model::ImageDdpm;
use crate::families::vae::model::Vae;
use crate::models::Weights;
use crate::models::params::{load_flat, pieces};
use burn::module::Module;
use burn::prelude::Tensor;

/// A stream re-seeded from its own next draw and the step count: weights loaded into a model
/// built afresh do not replay the first steps' draws.
pub fn reseed(rng: &mut StdRng, steps: u64) {
    *rng = StdRng::seed_from_u64(rng.random::<u64>() ^ steps.wrapping_mul(0x9e37_79b9_7f4a_7c15));
}

/// A network and its moving average, loaded in that order (the DDPM's and flow matching's).
fn load_with_ema<M: Module>(model: &mut M, ema: &mut M, values: &mut &[f32]) -> Result<(), String> {
    *model = load_flat(model.clone(), values)?;
    *ema = load_flat(ema.clone(), values)?;
    Ok(())
}

impl Weights for Ddpm {
    fn weight_pieces(&self) -> Vec<Tensor<1>> {
        [pieces(&self.model), pieces(&self.ema)].concat()
    }

    fn load_weights(&mut self, values: &mut &[f32], steps: u64) -> Result<(), String> {
        load_with_ema(&mut self.model, &mut self.ema, values)?;
        self.steps_done = steps;
        reseed(&mut self.rng, steps);
        Ok(())
    }
}

impl Weights for Flow {
    fn weight_pieces(&self) -> Vec<Tensor<1>> {
        [pieces(&self.model), pieces(&self.ema)].concat()
    }

    fn load_weights(&mut self, values: &mut &[f32], steps: u64) -> Result<(), String> {
        load_with_ema(&mut self.model, &mut self.ema, values)?;
        self.steps_done = steps;
        reseed(&mut self.rng, steps);
        Ok(())
    }
}

impl Weights for Gan {
    fn weight_pieces(&self) -> Vec<Tensor<1>> {
        [pieces(&self.g), pieces(&self.d)].concat()
    }

    fn load_weights(&mut self, values: &mut &[f32], steps: u64) -> Result<(), String> {
        self.g = load_flat(self.g.clone(), values)?;
        self.d = load_flat(self.d.clone(), values)?;
        reseed(&mut self.rng, steps);
        Ok(())
    }
}

impl Weights for Vae {
    fn weight_pieces(&self) -> Vec<Tensor<1>> {
        pieces(&self.net)
    }

    fn load_weights(&mut self, values: &mut &[f32], steps: u64) -> Result<(), String> {
        self.net = load_flat(self.net.clone(), values)?;
        reseed(&mut self.rng, steps);
        Ok(())
    }
}

impl Weights for ImageDdpm {
    fn weight_pieces(&self) -> Vec<Tensor<1>> {
        [pieces(&self.model), pieces(&self.ema)].concat()
    }

    fn load_weights(&mut self, values: &mut &[f32], steps: u64) -> Result<(), String> {
        self.model = load_flat(self.model.clone(), values)?;
        self.ema = load_flat(self.ema.clone(), values)?;
        self.steps_done = steps;
        reseed(&mut self.rng, steps);
        Ok(())
    }
}

/// A page's whole training state (one run, or runs side by side), kept the same way: every
/// run's weights in order, and each run's step count.
pub trait KeepRuns {
    fn kept_pieces(&self) -> (Vec<Tensor<1>>, Vec<u64>);

    /// Loads what [`KeepRuns::kept_pieces`] read back into the same runs built afresh; fails
    /// (and the caller starts from the seed) when the runs no longer match.
    fn load_kept(&mut self, values: &[f32], steps: &[u64]) -> Result<(), String>;
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
