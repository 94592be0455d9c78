//! A class-conditional image DDPM with classifier-free guidance, on 28×28 digits.
//!
//! Training (Ho et al. 2020, Alg. 1, with the label dropout of Ho & Salimans 2022,
//! "Classifier-Free Diffusion Guidance", arXiv:2207.12598, Alg. 1):
//!   x_0 = 2 · pixels − 1 ∈ [−1, 1]^784,  t ~ U{0..T−1},  ε ~ N(0, I),
//!   c ← ∅ with probability p_uncond,  x_t = √ᾱ_t x_0 + √(1 − ᾱ_t) ε,
//!   L = mean ‖ε − ε_θ(x_t, t, c)‖².
//! Guided prediction used by the samplers (Ho & Salimans 2022, eq. 6):
//!   ε̂ = (1 + w) ε_θ(x_t, t, c) − w ε_θ(x_t, t, ∅)   (w = 0: plain conditional model).
//! Sampling uses an exponential moving average of the weights (see `params.rs`).
//! Every random draw (t, ε, label dropout, and the weights) comes from one seeded host RNG
//! and is uploaded with the batch as one `[b, 2·784 + 2 + cond]` tensor per step.

use crate::models::rng::StdRng;
use burn::config::Config;
use burn::module::Module;
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer};
use burn::prelude::{Device, Tensor, TensorData};
use rand::{RngExt, SeedableRng};
use rand_distr::{Distribution, StandardNormal};

use crate::data::glyphs::PIXELS;
use crate::families::images::unet::{UNet, UNetConfig, cond_features};
use crate::models::StepReport;
use crate::models::params::{collect, ema_step, replace};
use crate::models::schedule::{Schedule, ScheduleKind, ScheduleSpec};
use crate::models::weights::{Precision, decode_model, encode_model};

/// Network, schedule and training settings of the image DDPM.
#[derive(Config, Debug)]
pub struct ImageDdpmConfig {
    #[config(default = "UNetConfig::new().with_channels(vec![16, 32]).with_patch(2)")]
    pub unet: UNetConfig,
    /// DDPM's schedule: linear β from 10⁻⁴ to 0.02 over T = 1000 (ᾱ_T ≈ 4·10⁻⁵).
    #[config(default = "ScheduleSpec { kind: ScheduleKind::Linear, steps: 1000, beta_start: 1e-4, beta_end: 0.02 }")]
    pub schedule: ScheduleSpec,
    /// Probability of training a sample with the null class (classifier-free guidance).
    #[config(default = 0.15)]
    pub p_uncond: f64,
    #[config(default = 1e-3)]
    pub learning_rate: f64,
    /// Steps of linear learning-rate warm-up.
    #[config(default = 200)]
    pub warmup: u64,
    #[config(default = 0.999)]
    pub ema_decay: f64,
}

/// The guidance mix ε̂ = (1 + w) ε_c − w ε_∅.
pub fn guide(eps_cond: Tensor<2>, eps_uncond: Tensor<2>, w: f64) -> Tensor<2> {
    eps_cond.mul_scalar(1.0 + w) - eps_uncond.mul_scalar(w)
}

/// A trained ε-network ready to sample: the EMA weights on an inference (non-autodiff)
/// device. This is what a weight file holds and what the page loads.
#[derive(Clone, Debug)]
pub struct ImageDenoiser {
    pub config: ImageDdpmConfig,
    pub schedule: Schedule,
    pub(crate) net: UNet,
    pub(crate) device: Device,
}

/// The `kind` written into image-DDPM weight files.
pub const UNET_KIND: &str = "genlab-image-ddpm";

impl ImageDenoiser {
    /// Guided ε̂ at step `t` for images `x` `[n, 784]` and one class per image (`None` = ∅).
    /// With w ≠ 0 the conditional and unconditional passes run as one batch of 2n.
    pub fn eps(&self, x: Tensor<2>, t: usize, classes: &[Option<usize>], w: f64) -> Tensor<2> {
        let n = classes.len();
        let guided = w != 0.0;
        let mut rows = Vec::new();
        for c in classes {
            cond_features(&self.config.unet, t, *c, &mut rows);
        }
        if guided {
            for _ in classes {
                cond_features(&self.config.unet, t, None, &mut rows);
            }
        }
        let m = if guided { 2 * n } else { n };
        let cond = Tensor::<2>::from_data(TensorData::new(rows, [m, self.config.unet.cond_width()]), &self.device);
        if !guided {
            return self.net.forward(x, cond);
        }
        let out = self.net.forward(Tensor::cat(vec![x.clone(), x], 0), cond); // [2n, 784]
        guide(out.clone().slice([0..n, 0..PIXELS]), out.slice([n..2 * n, 0..PIXELS]), w)
    }

    /// Number of scalar parameters.
    pub fn num_params(&self) -> usize {
        self.net.num_params()
    }

    /// The weight file: header JSON (kind and config) and every parameter.
    pub fn to_bytes(&self, precision: Precision) -> Vec<u8> {
        encode_model(UNET_KIND, &self.config, &collect(&self.net), precision)
    }

    /// Rebuilds a denoiser from a weight file's bytes on `device` (an autodiff device is
    /// stripped: sampling needs no gradients).
    pub fn from_bytes(bytes: &[u8], device: &Device) -> Result<Self, String> {
        let (config, tensors): (ImageDdpmConfig, _) = decode_model(bytes, UNET_KIND, "an image DDPM", &ImageDdpmConfig::new())?;
        let device = device.clone().without_autodiff();
        let blank = config.unet.init(&mut StdRng::seed_from_u64(0), &device);
        let net = replace(blank, tensors)?;
        Ok(Self { schedule: config.schedule.build(), config, net, device })
    }
}

/// One training batch: x_0 and ε `[b, 784]`, x_t = √ᾱ_t x_0 + √(1 − ᾱ_t) ε, the
/// conditioning rows `[b, cond_width]`, and the drawn t and (possibly dropped) class per row.
pub struct NoisedBatch {
    pub x0: Tensor<2>,
    pub eps: Tensor<2>,
    pub xt: Tensor<2>,
    pub cond: Tensor<2>,
    pub ts: Vec<usize>,
    pub classes: Vec<Option<usize>>,
}

/// The trainer: network, its EMA, optimiser, schedule and seeded RNG.
pub struct ImageDdpm {
    pub config: ImageDdpmConfig,
    pub schedule: Schedule,
    pub(crate) model: UNet,
    pub(crate) ema: UNet,
    pub(crate) steps_done: u64,
    /// Added to the step count in the EMA warm-up (a resumed run keeps the full decay).
    ema_offset: u64,
    optim: ModuleOptimizer,
    device: Device,
    pub(crate) rng: StdRng,
}

impl ImageDdpm {
    /// Builds the network (host-seeded weights) and its optimiser on `device`.
    pub fn init(config: &ImageDdpmConfig, device: &Device, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed);
        let model = config.unet.init(&mut rng, device);
        Self {
            config: config.clone(),
            schedule: config.schedule.build(),
            ema: model.valid(),
            model,
            steps_done: 0,
            ema_offset: 0,
            optim: AdamConfig::new().init(),
            device: device.clone(),
            rng,
        }
    }

    /// Continues training from a denoiser's (EMA) weights, with a fresh optimiser: the current
    /// network and its average both start at those weights.
    pub fn resume(den: &ImageDenoiser, device: &Device, seed: u64) -> Self {
        let mut t = Self::init(&den.config, device, seed);
        t.model = replace(t.model, collect(&den.net)).expect("same configuration");
        t.ema = den.net.clone();
        t.ema_offset = 100_000;
        t
    }

    /// Optimisation steps taken by this trainer.
    pub fn steps_done(&self) -> u64 {
        self.steps_done
    }

    /// Draws t, ε and the label dropout for a batch (`pixels`: `n × 784` in [0, 1]) and
    /// builds x_t, all in one upload.
    pub fn noised_batch(&mut self, pixels: &[f32], labels: &[u8]) -> NoisedBatch {
        let (b, cw) = (labels.len(), self.config.unet.cond_width());
        let big_t = self.schedule.len();
        let width = 2 * PIXELS + 2 + cw;
        let (mut rows, mut ts, mut classes) = (Vec::with_capacity(b * width), Vec::new(), Vec::new());
        for (i, &label) in labels.iter().enumerate() {
            let t = self.rng.random_range(0..big_t);
            let ab = self.schedule.alpha_bars[t];
            rows.extend(pixels[i * PIXELS..(i + 1) * PIXELS].iter().map(|p| 2.0 * p - 1.0));
            rows.extend((0..PIXELS).map(|_| Distribution::<f32>::sample(&StandardNormal, &mut self.rng)));
            rows.extend_from_slice(&[ab.sqrt() as f32, (1.0 - ab).sqrt() as f32]);
            let dropped = self.rng.random_bool(self.config.p_uncond.clamp(0.0, 1.0));
            let class = (!dropped).then_some(label as usize);
            cond_features(&self.config.unet, t, class, &mut rows);
            ts.push(t);
            classes.push(class);
        }
        let data = Tensor::<2>::from_data(TensorData::new(rows, [b, width]), &self.device);
        let x0 = data.clone().slice([0..b, 0..PIXELS]); // [b, 784]
        let eps = data.clone().slice([0..b, PIXELS..2 * PIXELS]); // [b, 784]
        let sab = data.clone().slice([0..b, 2 * PIXELS..2 * PIXELS + 1]); // [b, 1]
        let s1mab = data.clone().slice([0..b, 2 * PIXELS + 1..2 * PIXELS + 2]); // [b, 1]
        let cond = data.slice([0..b, 2 * PIXELS + 2..width]); // [b, cw]
        let xt = x0.clone() * sab + eps.clone() * s1mab;
        NoisedBatch { x0, eps, xt, cond, ts, classes }
    }

    /// One step of Alg. 1 on `pixels` (`n × 784` in [0, 1]) with their `labels`.
    pub fn step(&mut self, pixels: &[f32], labels: &[u8]) -> StepReport {
        let batch = self.noised_batch(pixels, labels);
        let diff = self.model.forward(batch.xt, batch.cond) - batch.eps;
        let loss = (diff.clone() * diff).mean(); // [1]
        let grads = GradientsParams::from_grads(loss.backward(), &self.model);
        let warm = ((self.steps_done + 1) as f64 / self.config.warmup.max(1) as f64).min(1.0);
        self.model = self.optim.step(self.config.learning_rate * warm, self.model.clone(), grads);
        self.ema = ema_step(self.ema.clone(), &self.model, self.config.ema_decay, self.steps_done + self.ema_offset);
        self.steps_done += 1;
        StepReport { loss: loss.detach() }
    }

    /// The EMA network as a sampler (`ema = false`: the current iterate instead).
    pub fn denoiser(&self, ema: bool) -> ImageDenoiser {
        let net = if ema { self.ema.clone() } else { self.model.valid() };
        ImageDenoiser { config: self.config.clone(), schedule: self.schedule.clone(), net, device: self.device.clone().without_autodiff() }
    }
}

/// What the worker keeps of it while a GPU trains (`models/keep.rs`): every weight, the
/// moving average too, and the step count.
impl crate::models::Weights for ImageDdpm {
    fn weight_pieces(&self) -> Vec<burn::prelude::Tensor<1>> {
        [crate::models::params::pieces(&self.model), crate::models::params::pieces(&self.ema)].concat()
    }

    fn load_weights(&mut self, values: &mut &[f32], steps: u64) -> Result<(), String> {
        self.model = crate::models::params::load_flat(self.model.clone(), values)?;
        self.ema = crate::models::params::load_flat(self.ema.clone(), values)?;
        self.steps_done = steps;
        crate::models::keep::reseed(&mut self.rng, steps);
        Ok(())
    }
}

impl ImageDdpm {
    /// Its optimiser's state and random streams, saved or opened exactly (`models/carry.rs`).
    pub(crate) fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        crate::models::carry::optim(c, &mut self.model, &mut self.optim);
        c.rng(&mut self.rng);
    }
}
