//! Model families and the trainer trait they share.
//!
//! Every family has the same shape (see `../shared/design.md`): a `Config` with defaults, `init`
//! on a device, its burn modules, its loss, `sample`, and one training `step` behind
//! [`Trainer`]. Nothing here imports web-sys, yew or gloo: it all runs natively under
//! `cargo test` on the CPU device.

pub mod blocks;
pub mod classifier;
pub mod ddpm;
pub mod ddpm_chain;
pub mod ddpm_fold;
pub mod gan;
pub mod gan_loss;
pub mod gan_view;
pub mod image_chain;
pub mod image_ddpm;
pub mod params;
pub mod samplers;
pub mod schedule;
pub mod unet;
pub mod vae;
pub mod vae_parts;
pub mod weights;

use burn::prelude::{Device, Tensor};

/// What one training step returns. The loss stays on the device: the worker adds many of them
/// up and reads the sum back once per chunk, so the GPU is not synchronised every step.
pub struct StepReport {
    /// Scalar loss of this step, `[1]`.
    pub loss: Tensor<1>,
}

/// One trainable model family, driven by the worker's training loop.
pub trait Trainer {
    /// The family's configuration (defaults, then `init`).
    type Config;

    /// Builds the modules and optimizer on `device`; all randomness derives from `seed`.
    fn init(config: &Self::Config, device: &Device, seed: u64) -> Self
    where
        Self: Sized;

    /// One optimisation step on a minibatch of 2-D points.
    fn step(&mut self, batch: &[[f32; 2]]) -> StepReport;

    /// Draws `n` samples from the model, `[n, 2]`, still on the device.
    fn sample(&mut self, n: usize) -> Tensor<2>;
}

/// A cheap, seeded minibatch sampler over a fixed point set (sampling with replacement).
pub struct Batcher {
    points: Vec<[f32; 2]>,
    rng: rand::rngs::StdRng,
}

impl Batcher {
    pub fn new(points: Vec<[f32; 2]>, seed: u64) -> Self {
        use rand::SeedableRng;
        Self { points, rng: rand::rngs::StdRng::seed_from_u64(seed ^ 0x6261_7463_6865_72) }
    }

    /// `size` points drawn uniformly with replacement; empty if the set is empty.
    pub fn next(&mut self, size: usize) -> Vec<[f32; 2]> {
        use rand::RngExt;
        if self.points.is_empty() {
            return Vec::new();
        }
        (0..size).map(|_| self.points[self.rng.random_range(0..self.points.len())]).collect()
    }
}
