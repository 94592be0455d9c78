//! What the model families share: layers and their initialisation (`blocks.rs`), parameters
//! read back and written to the host, and their moving average (`params.rs`, `weights.rs`,
//! `keep.rs`), the noise schedules and reverse samplers of both DDPMs (`schedule.rs`,
//! `samplers.rs`), a step's report and the minibatch sampler. Each family's own model lives in
//! its folder (`families/<name>/model.rs`). Nothing here imports web-sys, yew or gloo: it all
//! runs natively under `cargo test` on the CPU device.

pub mod blocks;
pub mod carry;
pub mod conv_stacks;
pub mod exact;
pub mod keep;
pub mod params;
pub mod resume;
pub mod rng;
pub mod samplers;
pub mod schedule;
pub mod time_mlp;
pub mod weights;

use burn::prelude::Tensor;

/// What one training step returns. The loss stays on the device: the worker adds many of them
/// up and reads the sum back once per chunk, so the GPU is not synchronised every step.
pub struct StepReport {
    /// Scalar loss of this step, `[1]`.
    pub loss: Tensor<1>,
}

/// A training state whose weights can be copied to the host and back. While a GPU trains, the
/// worker reads [`Weights::weight_pieces`] back every few seconds; if the device is lost, a
/// model built afresh on the CPU takes them with [`Weights::load_weights`] and training goes
/// on from there (the optimiser's moments start again; the weights and step count do not).
pub trait Weights {
    /// Every weight (the EMA copy included, where there is one), flattened in a fixed order,
    /// still on the device.
    fn weight_pieces(&self) -> Vec<Tensor<1>>;

    /// Takes the weights back, in the same order, from the front of `values` (advanced past
    /// them); `steps` is how many steps they had trained. Fails when `values` is too short.
    fn load_weights(&mut self, values: &mut &[f32], steps: u64) -> Result<(), String>;
}

/// A cheap, seeded minibatch sampler over a fixed point set (sampling with replacement).
#[derive(Clone)]
pub struct Batcher {
    points: Vec<[f32; 2]>,
    rng: crate::models::rng::StdRng,
}

impl Batcher {
    pub fn new(points: Vec<[f32; 2]>, seed: u64) -> Self {
        use rand::SeedableRng;
        Self { points, rng: crate::models::rng::StdRng::seed_from_u64(seed ^ 0x0062_6174_6368_6572) }
    }

    /// Continues with draws seeded from the current stream and `salt` (after weights kept from
    /// a lost GPU are loaded, so the first batches are not replayed).
    pub fn reseed(&mut self, salt: u64) {
        use rand::{RngExt, SeedableRng};
        self.rng = crate::models::rng::StdRng::seed_from_u64(self.rng.random::<u64>() ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    }

    /// Its stream, saved or opened exactly (`carry.rs`).
    pub fn carry(&mut self, c: &mut dyn carry::Carrier) {
        c.rng(&mut self.rng);
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

/// The noise a model samples with, kept apart from the noise it trains with: drawing samples
/// never changes how training goes on (a run's losses depend on its seed and step count only),
/// and a measurement can start from the same noise every time ([`SampleNoise::restart`]), so its
/// samples are a function of the weights alone — what the training-history scrubber shows.
#[derive(Clone, Debug)]
pub struct SampleNoise {
    seed: u64,
    rng: crate::models::rng::StdRng,
}

impl SampleNoise {
    pub fn new(seed: u64) -> Self {
        use rand::SeedableRng;
        let seed = seed ^ 0x5a4d_706c_6573;
        Self { seed, rng: crate::models::rng::StdRng::seed_from_u64(seed) }
    }

    /// Back to the stream's start: the next draws repeat the first ones.
    pub fn restart(&mut self) {
        use rand::SeedableRng;
        self.rng = crate::models::rng::StdRng::seed_from_u64(self.seed);
    }

    /// Its stream, saved or opened exactly (`carry.rs`).
    pub fn carry(&mut self, c: &mut dyn carry::Carrier) {
        c.rng(&mut self.rng);
    }

    /// `n` standard normal draws.
    pub fn normals(&mut self, n: usize) -> Vec<f32> {
        use rand_distr::{Distribution, StandardNormal};
        (0..n).map(|_| StandardNormal.sample(&mut self.rng)).collect()
    }
}
