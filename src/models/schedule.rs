//! Noise schedules for diffusion: β_t and ᾱ_t as plain f64 maths (no tensors).
//!
//! Conventions follow Ho et al. 2020 (DDPM, arXiv:2006.11239) with 0-based t as in common
//! diffusion libraries: for t = 0..T−1, α_t = 1 − β_t and ᾱ_t = ∏_{s ≤ t} α_s. The forward
//! process has the closed form q(x_t | x_0) = N(√ᾱ_t x_0, (1 − ᾱ_t) I), and the posterior
//! variance used by the ancestral sampler is β̃_t = (1 − ᾱ_{t−1}) / (1 − ᾱ_t) · β_t (β̃_0 = 0).
//!
//! Three β schedules are offered ([`ScheduleKind`]):
//! - **linear** (DDPM §4): β_i = β_start + i/(T−1) · (β_end − β_start).
//! - **cosine** (Nichol & Dhariwal 2021, improved DDPM, arXiv:2102.09672, eq. 17):
//!   f(u) = cos²((u + s)/(1 + s) · π/2) with s = 0.008 and u = t/T, ᾱ(u) = f(u)/f(0), discretised
//!   0-based exactly like `betas_for_alpha_bar` in the improved-diffusion / diffusers code:
//!   β_i = min(1 − ᾱ((i+1)/T) / ᾱ(i/T), 0.999) for i = 0..T−1. The clip only bites at the
//!   last step; β_start and β_end are not used.
//! - **sigmoid** (as in GeoDiff, Xu et al. 2022, arXiv:2203.02923, and later libraries):
//!   β_i = σ(v_i) · (β_end − β_start) + β_start with v = linspace(−6, 6, T) and σ the logistic
//!   function, so β stays inside (β_start, β_end) and is flat at both ends.
//!
//! The log signal-to-noise ratio is λ_t = ln(ᾱ_t / (1 − ᾱ_t)) (Kingma et al. 2021, VDM,
//! arXiv:2107.00630); it is strictly decreasing in t whenever every β_t > 0.

use serde::{Deserialize, Serialize};
use std::f64::consts::FRAC_PI_2;

/// Offset s of the cosine schedule (improved DDPM eq. 17): keeps β_0 from being tiny.
pub const COSINE_S: f64 = 0.008;
/// Upper clip on cosine-schedule β, avoiding a singular last step (improved DDPM §3.2).
pub const COSINE_MAX_BETA: f64 = 0.999;
/// Allowed number of diffusion steps T, shared by the URL validator and the sliders.
pub const STEPS_RANGE: (usize, usize) = (10, 1000);

/// Which family of β_t a schedule uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScheduleKind {
    /// β linear in t (DDPM).
    #[default]
    Linear,
    /// ᾱ following a squared cosine (improved DDPM).
    Cosine,
    /// β following a logistic curve (GeoDiff).
    Sigmoid,
}

impl ScheduleKind {
    /// Every kind, in the order the UI lists them.
    pub const ALL: [ScheduleKind; 3] = [ScheduleKind::Linear, ScheduleKind::Cosine, ScheduleKind::Sigmoid];

    /// Stable id used in URLs and test hooks.
    pub fn id(self) -> &'static str {
        match self {
            ScheduleKind::Linear => "linear",
            ScheduleKind::Cosine => "cosine",
            ScheduleKind::Sigmoid => "sigmoid",
        }
    }

    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            ScheduleKind::Linear => "Linear",
            ScheduleKind::Cosine => "Cosine",
            ScheduleKind::Sigmoid => "Sigmoid",
        }
    }

    /// Inverse of [`ScheduleKind::id`].
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// Everything that determines a schedule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScheduleSpec {
    pub kind: ScheduleKind,
    /// Diffusion steps T, within [`STEPS_RANGE`].
    pub steps: usize,
    /// First β (linear, sigmoid); unused by cosine.
    pub beta_start: f64,
    /// Last β (linear, sigmoid); unused by cosine.
    pub beta_end: f64,
}

impl Default for ScheduleSpec {
    /// The DDPM page's defaults (same as `DdpmConfig`): linear, T = 200, β from 1e-4 to 0.05.
    fn default() -> Self {
        Self { kind: ScheduleKind::Linear, steps: 200, beta_start: 1e-4, beta_end: 0.05 }
    }
}

impl ScheduleSpec {
    /// Builds the schedule; `steps` is clamped into [`STEPS_RANGE`].
    pub fn build(&self) -> Schedule {
        let steps = self.steps.clamp(STEPS_RANGE.0, STEPS_RANGE.1);
        match self.kind {
            ScheduleKind::Linear => Schedule::linear(steps, self.beta_start, self.beta_end),
            ScheduleKind::Cosine => Schedule::cosine(steps),
            ScheduleKind::Sigmoid => Schedule::sigmoid(steps, self.beta_start, self.beta_end),
        }
    }
}

/// ᾱ(u) of the cosine schedule at continuous time u = t/T ∈ [0, 1], normalised so ᾱ(0) = 1.
pub fn cosine_alpha_bar(u: f64) -> f64 {
    let f = |u: f64| ((u + COSINE_S) / (1.0 + COSINE_S) * FRAC_PI_2).cos().powi(2);
    f(u) / f(0.0)
}

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

    /// Cosine schedule (improved DDPM eq. 17), 0-based as in `betas_for_alpha_bar`:
    /// β_i = min(1 − ᾱ((i+1)/T) / ᾱ(i/T), 0.999).
    pub fn cosine(steps: usize) -> Self {
        let steps = steps.max(1);
        let t = steps as f64;
        let betas = (0..steps)
            .map(|i| {
                let ratio = cosine_alpha_bar((i + 1) as f64 / t) / cosine_alpha_bar(i as f64 / t);
                (1.0 - ratio).min(COSINE_MAX_BETA)
            })
            .collect();
        Self::from_betas(betas)
    }

    /// Sigmoid schedule (GeoDiff): β_i = σ(v_i)(β_end − β_start) + β_start, v = linspace(−6, 6, T).
    pub fn sigmoid(steps: usize, beta_start: f64, beta_end: f64) -> Self {
        let steps = steps.max(1);
        let betas = (0..steps)
            .map(|i| {
                let f = if steps == 1 { 0.0 } else { i as f64 / (steps - 1) as f64 };
                let v = -6.0 + 12.0 * f;
                beta_start + (beta_end - beta_start) / (1.0 + (-v).exp())
            })
            .collect();
        Self::from_betas(betas)
    }

    /// Builds ᾱ from β.
    pub fn from_betas(betas: Vec<f64>) -> Self {
        let mut acc = 1.0;
        let alpha_bars = betas
            .iter()
            .map(|b| {
                acc *= 1.0 - b;
                acc
            })
            .collect();
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

    /// Log signal-to-noise ratio λ_t = ln(ᾱ_t / (1 − ᾱ_t)), computed as ln ᾱ − ln(1 − ᾱ).
    pub fn log_snr(&self, t: usize) -> f64 {
        let ab = self.alpha_bars[t];
        ab.ln() - (-ab).ln_1p()
    }
}
