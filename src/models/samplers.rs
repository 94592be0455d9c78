//! Forward noising and reverse-step samplers for 2-D points, as plain maths with the noise
//! passed in (so every step is deterministic and testable; the caller owns the RNG).
//!
//! Forward process (Ho et al. 2020, DDPM, arXiv:2006.11239, eq. 4):
//! x_t = √ᾱ_t · x_0 + √(1 − ᾱ_t) · ε, ε ~ N(0, I); inverted for a predicted ε̂ as
//! x̂_0 = (x_t − √(1 − ᾱ_t) · ε̂) / √ᾱ_t.
//!
//! DDPM ancestral step (DDPM Algorithm 2 with σ_t² = β̃_t):
//! x_{t−1} = (x_t − β_t / √(1 − ᾱ_t) · ε̂) / √α_t + σ_t · z, using
//! [`Schedule::ddpm_step_coefficients`]; at t = 0, σ_0 = 0 and the noise is ignored.
//!
//! DDIM step (Song et al. 2020, arXiv:2010.02502, eq. 12) from t to an earlier t' with
//! ᾱ' = ᾱ_{t'} (or 1 when t' is "before the first step"):
//! σ = η · √((1 − ᾱ')/(1 − ᾱ_t)) · √(1 − ᾱ_t/ᾱ'),
//! x_{t'} = √ᾱ' · x̂_0 + √(1 − ᾱ' − σ²) · ε̂ + σ · z.
//! η = 0 is the deterministic DDIM sampler; η = 1 with consecutive steps is DDPM with
//! σ_t² = β̃_t. x̂_0 is not clipped.
//!
//! Timesteps for an n-step DDIM run use the "trailing" spacing of common diffusion libraries
//! (diffusers' `timestep_spacing = "trailing"`, Lin et al. 2023, arXiv:2305.08891 §3.3):
//! t_i = round(T − i·T/n) − 1 for i = 0..n−1, so the first step is always T − 1 (pure noise)
//! and the last lands at T/n − 1, from where the final step goes to ᾱ' = 1.
//! All arithmetic is done in f64 and rounded to f32 at the end.

use burn::prelude::Tensor;
use serde::{Deserialize, Serialize};

use crate::models::schedule::Schedule;

/// Draws x_t from q(x_t | x_0) with the given standard-normal noise:
/// x_t = √ᾱ · x_0 + √(1 − ᾱ) · ε.
pub fn q_sample(x0: [f32; 2], eps: [f32; 2], alpha_bar: f64) -> [f32; 2] {
    let (a, s) = (alpha_bar.sqrt(), (1.0 - alpha_bar).sqrt());
    [0, 1].map(|k| (a * x0[k] as f64 + s * eps[k] as f64) as f32)
}

/// The x_0 implied by x_t and a noise prediction: x̂_0 = (x_t − √(1 − ᾱ) · ε̂) / √ᾱ.
pub fn predict_x0(xt: [f32; 2], eps_hat: [f32; 2], alpha_bar: f64) -> [f32; 2] {
    predict_x0_f64(xt, eps_hat, alpha_bar).map(|v| v as f32)
}

fn predict_x0_f64(xt: [f32; 2], eps_hat: [f32; 2], alpha_bar: f64) -> [f64; 2] {
    let (a, s) = (alpha_bar.sqrt(), (1.0 - alpha_bar).sqrt());
    [0, 1].map(|k| (xt[k] as f64 - s * eps_hat[k] as f64) / a)
}

/// σ of a DDIM step from ᾱ_t to ᾱ' (eq. 16 of the DDIM paper, scaled by η):
/// σ = η · √((1 − ᾱ')/(1 − ᾱ_t)) · √(1 − ᾱ_t/ᾱ').
pub fn ddim_sigma(alpha_bar_t: f64, alpha_bar_prev: f64, eta: f64) -> f64 {
    let ratio = ((1.0 - alpha_bar_prev) / (1.0 - alpha_bar_t)).max(0.0);
    let step = (1.0 - alpha_bar_t / alpha_bar_prev).max(0.0);
    eta * ratio.sqrt() * step.sqrt()
}

/// One DDIM update given ᾱ_t and ᾱ' directly (see the module docs). The "direction pointing to
/// x_t" coefficient √(1 − ᾱ' − σ²) is floored at 0, which only matters for η > 1.
pub fn ddim_update(xt: [f32; 2], eps_hat: [f32; 2], alpha_bar_t: f64, alpha_bar_prev: f64, eta: f64, z: [f32; 2]) -> [f32; 2] {
    let x0 = predict_x0_f64(xt, eps_hat, alpha_bar_t);
    let sigma = ddim_sigma(alpha_bar_t, alpha_bar_prev, eta);
    let dir = (1.0 - alpha_bar_prev - sigma * sigma).max(0.0).sqrt();
    let a = alpha_bar_prev.sqrt();
    [0, 1].map(|k| (a * x0[k] + dir * eps_hat[k] as f64 + sigma * z[k] as f64) as f32)
}

impl Schedule {
    /// One ancestral DDPM step x_t → x_{t−1} for ε-prediction with σ_t² = β̃_t:
    /// x_{t−1} = c_x · x_t − c_eps · ε̂ + σ_t · z (coefficients from
    /// [`Schedule::ddpm_step_coefficients`]). At t = 0 σ_0 = 0, so `z` has no effect.
    pub fn ddpm_step(&self, xt: [f32; 2], eps_hat: [f32; 2], t: usize, z: [f32; 2]) -> [f32; 2] {
        let (c_x, c_eps, sigma) = self.ddpm_step_coefficients(t);
        [0, 1].map(|k| (c_x * xt[k] as f64 - c_eps * eps_hat[k] as f64 + sigma * z[k] as f64) as f32)
    }

    /// One DDIM step from t to `t_prev` (< t), or to ᾱ' = 1 when `t_prev` is `None`; `eta`
    /// scales the injected noise `z` (0 = deterministic). See the module docs for the formula.
    pub fn ddim_step(&self, xt: [f32; 2], eps_hat: [f32; 2], t: usize, t_prev: Option<usize>, eta: f64, z: [f32; 2]) -> [f32; 2] {
        debug_assert!(t_prev.is_none_or(|p| p < t), "DDIM steps go backwards in time");
        let prev = t_prev.map_or(1.0, |p| self.alpha_bars[p]);
        ddim_update(xt, eps_hat, self.alpha_bars[t], prev, eta, z)
    }
}

/// `n` evenly spaced, strictly descending timesteps out of `steps` ("trailing" spacing):
/// t_i = round_half_even(T − i·T/n) − 1, so the first is T − 1. `n` is clamped to 1..=T
/// (n = T gives every step); returns an empty list when T = 0.
pub fn ddim_timesteps(steps: usize, n: usize) -> Vec<usize> {
    if steps == 0 {
        return Vec::new();
    }
    let n = n.clamp(1, steps);
    let stride = steps as f64 / n as f64;
    (0..n).map(|i| (steps as f64 - i as f64 * stride).round_ties_even() as usize - 1).collect()
}

/// The (t, t_prev) pairs an n-step DDIM run visits: consecutive entries of
/// [`ddim_timesteps`], ending with (t_last, None).
pub fn ddim_pairs(steps: usize, n: usize) -> Vec<(usize, Option<usize>)> {
    let ts = ddim_timesteps(steps, n);
    ts.iter().enumerate().map(|(i, &t)| (t, ts.get(i + 1).copied())).collect()
}

/// Which reverse sampler runs the chain.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Sampler {
    /// Ancestral DDPM over all T steps.
    Ddpm,
    /// DDIM over `steps` evenly spaced timesteps with stochasticity `eta` (0 = deterministic).
    Ddim { steps: usize, eta: f64 },
}

/// A recorded chain: frames of x_t and x̂_0, stacked `[frames · n, d]` (d = 2 for points,
/// 784 for images), with each frame's t.
pub struct Chain {
    pub n: usize,
    /// Timestep of each frame's x_t; the last frame is the finished sample (listed as t = 0,
    /// after the final step).
    pub ts: Vec<usize>,
    pub xt: Tensor<2>,
    pub x0: Tensor<2>,
    /// Each point's path length Σ‖x_{t'} − x_t‖ over every step, `[n, 1]` (2-D chains only).
    pub path: Option<Tensor<2>>,
}

impl Chain {
    /// The final samples, `[n, d]`.
    pub fn final_x(&self) -> Tensor<2> {
        let [rows, d] = self.xt.dims();
        self.xt.clone().slice([rows - self.n..rows, 0..d])
    }
}
