//! Noise schedules for diffusion: β_t and ᾱ_t as plain f64 maths (no tensors).
//!
//! Conventions follow Ho et al. 2020 (DDPM, arXiv:2006.11239) with 0-based t as in common
//! diffusion libraries: for t = 0..T−1, α_t = 1 − β_t and ᾱ_t = ∏_{s ≤ t} α_s. The forward
//! process has the closed form q(x_t | x_0) = N(√ᾱ_t x_0, (1 − ᾱ_t) I), and the posterior
//! variance used by the ancestral sampler is β̃_t = (1 − ᾱ_{t−1}) / (1 − ᾱ_t) · β_t (β̃_0 = 0).

use serde::{Deserialize, Serialize};

/// A discretised noise schedule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    pub betas: Vec<f64>,
    pub alpha_bars: Vec<f64>,
}

impl Schedule {
    /// β_t spaced linearly from `beta_start` to `beta_end` over `steps` steps (DDPM §4).
    pub fn linear(steps: usize, beta_start: f64, beta_end: f64) -> Self {
        let steps = steps.max(1);
        let betas = (0..steps)
            .map(|t| {
                let f = if steps == 1 { 0.0 } else { t as f64 / (steps - 1) as f64 };
                beta_start + f * (beta_end - beta_start)
            })
            .collect();
        Self::from_betas(betas)
    }

    /// Builds ᾱ from β.
    pub fn from_betas(betas: Vec<f64>) -> Self {
        let mut acc = 1.0;
        let alpha_bars = betas.iter().map(|b| {
            acc *= 1.0 - b;
            acc
        }).collect();
        Self { betas, alpha_bars }
    }

    /// Number of steps T.
    pub fn len(&self) -> usize {
        self.betas.len()
    }

    /// True when the schedule has no steps.
    pub fn is_empty(&self) -> bool {
        self.betas.is_empty()
    }

    /// ᾱ at the last step: how much of x_0 survives in x_T. Sampling from N(0, I) is only right
    /// when this is close to 0.
    pub fn final_alpha_bar(&self) -> f64 {
        self.alpha_bars.last().copied().unwrap_or(1.0)
    }

    /// β̃_t, the variance of q(x_{t−1} | x_t, x_0).
    pub fn posterior_variance(&self, t: usize) -> f64 {
        if t == 0 {
            return 0.0;
        }
        (1.0 - self.alpha_bars[t - 1]) / (1.0 - self.alpha_bars[t]) * self.betas[t]
    }

    /// Coefficients of one ancestral DDPM step for ε-prediction:
    /// x_{t−1} = c_x · x_t − c_eps · ε̂ + σ_t · z, returned as (c_x, c_eps, σ_t).
    pub fn ddpm_step_coefficients(&self, t: usize) -> (f64, f64, f64) {
        let alpha = 1.0 - self.betas[t];
        let c_x = 1.0 / alpha.sqrt();
        let c_eps = c_x * self.betas[t] / (1.0 - self.alpha_bars[t]).sqrt();
        (c_x, c_eps, self.posterior_variance(t).sqrt())
    }
}
