//! A tiny DDPM on 2-D points: an MLP that predicts the noise ε added to a point.
//!
//! Training (Ho et al. 2020, "Denoising Diffusion Probabilistic Models", Alg. 1):
//!   t ~ U{0..T−1},  ε ~ N(0, I),  x_t = √ᾱ_t · x_0 + √(1 − ᾱ_t) · ε,
//!   L_simple = ‖ε − ε_θ(x_t, t)‖²  (mean over the batch and both coordinates).
//! Sampling (Alg. 2): x_T ~ N(0, I), then for t = T−1..0
//!   x_{t−1} = 1/√α_t · (x_t − β_t / √(1 − ᾱ_t) · ε_θ(x_t, t)) + σ_t z,  σ_t² = β̃_t.
//! The time t enters through a sinusoidal embedding (Vaswani et al. 2017) of t / T, concatenated
//! to x_t; sampling folds it into the first layer's bias (`fold.rs`).
//!
//! All noise and timesteps are drawn on the host from one seeded RNG and uploaded with the
//! batch in a single `[b, 7]` tensor, so a run is reproducible on every device.

use crate::models::rng::StdRng;
use burn::config::Config;
use burn::module::Module;
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer};
use burn::prelude::{Device, Tensor, TensorData};
use rand::{RngExt, SeedableRng};
use rand_distr::{Distribution, StandardNormal};

use crate::models::params::ema_step;
use crate::models::schedule::{Schedule, ScheduleSpec};
use crate::models::time_mlp::{TimeMlp, frequencies, time_embedding};
use crate::models::{SampleNoise, StepReport};

/// Model, schedule and optimiser settings.
#[derive(Config, Debug)]
pub struct DdpmConfig {
    /// Width of each hidden layer.
    #[config(default = 64)]
    pub hidden: usize,
    /// Number of hidden layers.
    #[config(default = 2)]
    pub layers: usize,
    /// Frequencies of the time embedding (the embedding has twice as many features).
    #[config(default = "crate::models::time_mlp::TIME_FREQS")]
    pub time_freqs: usize,
    /// Noise schedule (kind, T, β range).
    #[config(default = "ScheduleSpec::default()")]
    pub schedule: ScheduleSpec,
    #[config(default = 2e-3)]
    pub learning_rate: f64,
    /// Decay of the exponential moving average of the weights that sampling uses.
    #[config(default = 0.995)]
    pub ema_decay: f64,
}

/// ε_θ(x_t, t): input `[b, 2 + 2·freqs]`, output `[b, 2]` (the shared time-conditioned MLP).
pub type EpsMlp = TimeMlp;

/// The DDPM trainer: network, optimiser, schedule and its own seeded RNG.
#[derive(Clone)]
pub struct Ddpm {
    pub config: DdpmConfig,
    pub schedule: Schedule,
    pub(crate) model: EpsMlp,
    /// Moving average of the weights, on the inference device: what sampling uses.
    pub(crate) ema: EpsMlp,
    pub(crate) steps_done: u64,
    optim: ModuleOptimizer,
    pub(crate) freqs: Tensor<2>,
    pub(crate) device: Device,
    pub(crate) rng: StdRng,
    /// The noise of chains and samples (never the training noise).
    pub(crate) sample_noise: SampleNoise,
}

impl Ddpm {
    fn eps(&self, model: &EpsMlp, xt: Tensor<2>, t_norm: Tensor<2>) -> Tensor<2> {
        let emb = time_embedding(t_norm, &self.freqs);
        model.forward(Tensor::cat(vec![xt, emb], 1))
    }

    pub(crate) fn normals(&mut self, n: usize) -> Vec<f32> {
        (0..n).map(|_| StandardNormal.sample(&mut self.rng)).collect()
    }
}

impl Ddpm {
    pub fn init(config: &DdpmConfig, device: &Device, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed);
        let model = TimeMlp::new(config.time_freqs, config.hidden, config.layers, &mut rng, device);
        // Frequencies 2^0 … 2^(k−1) times π over t/T ∈ [0, 1).
        let freqs = frequencies(config.time_freqs, device);
        Self {
            schedule: config.schedule.build(),
            config: config.clone(),
            ema: model.valid(),
            steps_done: 0,
            model,
            optim: AdamConfig::new().init(),
            freqs,
            device: device.clone(),
            rng,
            sample_noise: SampleNoise::new(seed),
        }
    }

    pub fn step(&mut self, batch: &[[f32; 2]]) -> StepReport {
        let b = batch.len();
        let steps = self.schedule.len();
        // One upload per step: [x0 (2), ε (2), t/T, √ᾱ_t, √(1−ᾱ_t)].
        let mut rows = Vec::with_capacity(b * 7);
        for p in batch {
            let t = self.rng.random_range(0..steps);
            let ab = self.schedule.alpha_bars[t];
            let e = self.normals(2);
            rows.extend_from_slice(&[p[0], p[1], e[0], e[1], t as f32 / steps as f32]);
            rows.extend_from_slice(&[ab.sqrt() as f32, (1.0 - ab).sqrt() as f32]);
        }
        let data = Tensor::<2>::from_data(TensorData::new(rows, [b, 7]), &self.device);
        let x0 = data.clone().slice([0..b, 0..2]); // [b, 2]
        let eps = data.clone().slice([0..b, 2..4]); // [b, 2]
        let t_norm = data.clone().slice([0..b, 4..5]); // [b, 1]
        let sab = data.clone().slice([0..b, 5..6]); // [b, 1]
        let s1mab = data.slice([0..b, 6..7]); // [b, 1]
        let xt = x0 * sab + eps.clone() * s1mab;
        let pred = self.eps(&self.model, xt, t_norm);
        let diff = pred - eps;
        let loss = (diff.clone() * diff).mean(); // [1]
        let grads = GradientsParams::from_grads(loss.backward(), &self.model);
        let model = self.model.clone();
        self.model = self.optim.step(self.config.learning_rate, model, grads);
        self.ema = ema_step(self.ema.clone(), &self.model, self.config.ema_decay, self.steps_done);
        self.steps_done += 1;
        StepReport { loss: loss.detach() }
    }

    pub fn sample(&mut self, n: usize) -> Tensor<2> {
        self.chain(n, crate::models::samplers::Sampler::Ddpm, 1).final_x()
    }
}

/// What the worker keeps of it while a GPU trains (`models/keep.rs`): every weight, the
/// moving average too, and the step count.
impl crate::models::Weights for Ddpm {
    fn weight_pieces(&self) -> Vec<burn::prelude::Tensor<1>> {
        [crate::models::params::pieces(&self.model), crate::models::params::pieces(&self.ema)].concat()
    }

    fn load_weights(&mut self, values: &mut &[f32], steps: u64) -> Result<(), String> {
        crate::models::keep::load_with_ema(&mut self.model, &mut self.ema, values)?;
        self.steps_done = steps;
        crate::models::keep::reseed(&mut self.rng, steps);
        Ok(())
    }
}

impl Ddpm {
    /// Its optimiser's state and random streams, saved or opened exactly (`models/carry.rs`).
    pub(crate) fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        crate::models::carry::optim(c, &mut self.model, &mut self.optim);
        c.rng(&mut self.rng);
        self.sample_noise.carry(c);
    }
}
