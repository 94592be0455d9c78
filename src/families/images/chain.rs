//! Reverse chains of the image DDPM: ancestral DDPM and DDIM from x_T ~ N(0, I), keeping
//! frames of x_t and of the model's x̂_0 for the page.
//!
//! Per step, with the guided ε̂ of `model.rs`:
//!   x̂_0 = (x_t − √(1 − ᾱ_t) ε̂) / √ᾱ_t, clipped to [−1, 1] when `clip` (the pixel range;
//!         Ho et al. 2020's sampler clips it too)
//!   DDPM (Ho et al. 2020 eqs. 6–7, the posterior mean written through x̂_0):
//!     x_{t−1} = √ᾱ_{t−1} β_t/(1 − ᾱ_t) · x̂_0 + √α_t (1 − ᾱ_{t−1})/(1 − ᾱ_t) · x_t + σ_t z,
//!     σ_t² = β̃_t; unclipped this is exactly `Schedule::ddpm_step`.
//!   DDIM (Song et al. 2020 eq. 12): x_{t'} = √ᾱ' x̂_0 + √(1 − ᾱ' − σ²) ε̂ + σ z,
//!     σ = η √((1 − ᾱ')/(1 − ᾱ_t)) √(1 − ᾱ_t/ᾱ'), "trailing" timesteps (`samplers.rs`).
//! z and x_T come from a host RNG seeded by the request, so a chain is the same on every
//! device and for every call with the same seed.

use crate::models::rng::StdRng;
use burn::prelude::{Tensor, TensorData};
use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};

use crate::data::glyphs::PIXELS;
use crate::families::images::model::ImageDenoiser;
use crate::models::samplers::{Chain, Sampler};
use crate::models::samplers::{ddim_pairs, ddim_sigma};

/// What to sample.
#[derive(Clone, Debug, PartialEq)]
pub struct ChainRequest {
    /// One entry per image: the class to condition on, or `None` for the null class.
    pub classes: Vec<Option<usize>>,
    pub sampler: Sampler,
    /// Guidance weight w (0 = conditional model alone).
    pub guidance: f64,
    /// Clip x̂_0 to [−1, 1] at every step.
    pub clip: bool,
    pub seed: u64,
    /// About how many frames to keep (always the first and the last).
    pub max_frames: usize,
}

/// A reverse chain in progress, advanced a few steps at a time so a worker can report
/// progress and stay responsive during a 1000-step chain. [`ImageDenoiser::chain`] is
/// `start`, then `advance` to the end, then `finish`.
pub struct ChainRun {
    req: ChainRequest,
    pairs: Vec<(usize, Option<usize>)>,
    every: usize,
    done: usize,
    x: Tensor<2>,
    rng: StdRng,
    ts: Vec<usize>,
    xs: Vec<Tensor<2>>,
    x0s: Vec<Tensor<2>>,
}

impl ChainRun {
    /// Steps taken and steps in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.done, self.pairs.len())
    }

    pub fn is_done(&self) -> bool {
        self.done >= self.pairs.len()
    }

    /// The current x_t, `[n, 784]` (read it back to wait for a GPU to catch up).
    pub fn current(&self) -> Tensor<2> {
        self.x.clone()
    }

    /// Runs up to `k` more steps of the chain.
    pub fn advance(&mut self, den: &ImageDenoiser, k: usize) {
        let end = self.done.saturating_add(k).min(self.pairs.len());
        while self.done < end {
            self.step(den);
        }
    }

    fn noise(&mut self, device: &burn::prelude::Device) -> Tensor<2> {
        let n = self.req.classes.len();
        let z: Vec<f32> = (0..n * PIXELS).map(|_| StandardNormal.sample(&mut self.rng)).collect();
        Tensor::<2>::from_data(TensorData::new(z, [n, PIXELS]), device)
    }

    fn step(&mut self, den: &ImageDenoiser) {
        let (i, (t, prev)) = (self.done, self.pairs[self.done]);
        let sched = &den.schedule;
        let x = self.x.clone();
        let eps = den.eps(x.clone(), t, &self.req.classes, self.req.guidance);
        let ab = sched.alpha_bars[t];
        let mut x0 = (x.clone() - eps.clone().mul_scalar((1.0 - ab).sqrt())).div_scalar(ab.sqrt());
        if self.req.clip {
            x0 = x0.clamp(-1.0, 1.0);
        }
        if i % self.every == 0 {
            self.ts.push(t);
            self.xs.push(x.clone());
            self.x0s.push(x0.clone());
        }
        let ab_prev = prev.map_or(1.0, |p| sched.alpha_bars[p]);
        let (next, sigma) = match self.req.sampler {
            Sampler::Ddpm => {
                let beta = sched.betas[t];
                let c0 = ab_prev.sqrt() * beta / (1.0 - ab);
                let ct = (1.0 - beta).sqrt() * (1.0 - ab_prev) / (1.0 - ab);
                (x0.mul_scalar(c0) + x.mul_scalar(ct), sched.posterior_variance(t).sqrt())
            }
            Sampler::Ddim { eta, .. } => {
                let sigma = ddim_sigma(ab, ab_prev, eta);
                let dir = (1.0 - ab_prev - sigma * sigma).max(0.0).sqrt();
                // With x̂_0 clipped, the direction term uses the ε that the clipped x̂_0 implies,
                // ε = (x_t − √ᾱ_t x̂_0)/√(1 − ᾱ_t), so the two terms stay consistent.
                let eps = if self.req.clip { (x - x0.clone().mul_scalar(ab.sqrt())).div_scalar((1.0 - ab).sqrt()) } else { eps };
                (x0.mul_scalar(ab_prev.sqrt()) + eps.mul_scalar(dir), sigma)
            }
        };
        self.x = if sigma > 0.0 { next + self.noise(&den.device).mul_scalar(sigma) } else { next };
        if prev.is_none() {
            self.ts.push(0);
            self.xs.push(self.x.clone());
            self.x0s.push(self.x.clone());
        }
        self.done += 1;
    }

    /// The recorded frames (call when [`is_done`](Self::is_done)).
    pub fn finish(self) -> Chain {
        let n = self.req.classes.len();
        Chain { n, ts: self.ts, xt: Tensor::cat(self.xs, 0), x0: Tensor::cat(self.x0s, 0), path: None }
    }
}

impl ImageDenoiser {
    /// The (t, t_prev) pairs a chain with `sampler` visits, from T − 1 down to the last step.
    fn pairs(&self, sampler: Sampler) -> Vec<(usize, Option<usize>)> {
        let big_t = self.schedule.len();
        match sampler {
            Sampler::Ddpm => (0..big_t).rev().map(|t| (t, t.checked_sub(1))).collect(),
            Sampler::Ddim { steps, .. } => ddim_pairs(big_t, steps.clamp(1, big_t)),
        }
    }

    /// Denoising steps a chain with `sampler` takes.
    pub fn chain_steps(&self, sampler: Sampler) -> usize {
        self.pairs(sampler).len()
    }

    /// Starts a reverse chain for `req.classes.len()` images from x_T ~ N(0, I).
    pub fn start(&self, req: &ChainRequest) -> ChainRun {
        let pairs = self.pairs(req.sampler);
        let every = pairs.len().div_ceil(req.max_frames.max(2) - 1).max(1);
        let rng = StdRng::seed_from_u64(req.seed ^ 0x63_6861_696e);
        let x = Tensor::<2>::zeros([1, 1], &self.device);
        let mut run = ChainRun { req: req.clone(), pairs, every, done: 0, x, rng, ts: Vec::new(), xs: Vec::new(), x0s: Vec::new() };
        run.x = run.noise(&self.device); // x_T
        run
    }

    /// Runs a whole reverse chain: frames of x_t and x̂_0 in model space, `[frames · n, 784]`;
    /// the last frame (listed as t = 0) holds the finished images.
    pub fn chain(&self, req: &ChainRequest) -> Chain {
        let mut run = self.start(req);
        run.advance(self, usize::MAX);
        run.finish()
    }

    /// Finished samples only, `[n, 784]` in model space (keeps two frames).
    pub fn sample(&self, classes: &[Option<usize>], sampler: Sampler, guidance: f64, seed: u64) -> Tensor<2> {
        let req = ChainRequest { classes: classes.to_vec(), sampler, guidance, clip: true, seed, max_frames: 2 };
        self.chain(&req).final_x()
    }
}
