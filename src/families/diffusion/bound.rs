//! The DDPM's variational bound on the log-likelihood of data (Ho et al. 2020, eq. 5; Sohl-
//! Dickstein et al. 2015), in nats per point, for the fixed reverse variances σ_t² = β̃_t that
//! its sampler uses. With 0-based steps t = 0..T−1 and d = 2:
//!   −log p_θ(x) ≤ L_T + Σ_{t=1}^{T−1} L_t + L_0, where
//!   L_T = KL(q(x_{T−1} | x) ‖ N(0, I)) = ½ Σ_d [(1 − ᾱ) + ᾱ x_d² − 1 − ln(1 − ᾱ)],  ᾱ = ᾱ_{T−1},
//!   L_t = KL(q(x_{t−1} | x_t, x) ‖ p_θ(x_{t−1} | x_t)) = ‖μ̃ − μ_θ‖² / 2β̃_t
//!       = β_t / (2 α_t (1 − ᾱ_{t−1})) · ‖ε − ε_θ(x_t, t)‖²   (equal variances: closed form),
//!   L_0 = −log N(x; μ_θ(x_0, 0), β_0 I) = c² ‖ε − ε̂‖² / 2β_0 + (d/2) ln(2π β_0),
//!         c = β_0 / √(α_0 (1 − ᾱ_0))  (β̃_0 = 0, so the last step's variance is β_0, the other
//!         choice of Ho et al. §3.2).
//! The sum over t: the first 32 steps one by one, each with a few noise draws (their weights
//! fall as about 1/t and the first is the largest: sampling them would be noisy), the rest by stratified Monte Carlo, one timestep in each of `draws`
//! equal strata scaled by the stratum's size, each with fresh noise. The noise comes from its
//! own RNG seeded by `seed`, so a measurement never disturbs training. The plan is host maths
//! (tested with the exact ε̂ of Gaussian data); the network's ε̂ is one batch on the device.

use crate::models::rng::StdRng;
use burn::prelude::{Tensor, TensorData};
use rand::{RngExt, SeedableRng};
use rand_distr::{Distribution, StandardNormal};

use crate::families::diffusion::model::Ddpm;
use crate::models::schedule::Schedule;
use crate::models::time_mlp::time_embedding;

/// Smallest timesteps summed one by one (the terms there vary most, about as 1/t).
const EXACT: usize = 32;

/// The bound's Monte Carlo plan for a set of points: for each point, `per_point` rows of
/// (x_t, ε, t, weight) and a constant, so that
///   −bound(x) = constant + Σ_rows weight · ‖ε − ε̂(x_t, t)‖².
pub struct BoundPlan {
    pub per_point: usize,
    /// `[x_t (2), ε (2), t]` per row.
    pub rows: Vec<([f32; 2], [f32; 2], usize)>,
    pub weights: Vec<f64>,
    pub constants: Vec<f64>,
}

/// Plans the bound of `points` under `s`: L_T and L_0's constant exactly; L_0 and t = 1..EXACT
/// one by one with `repeats` noise draws each (their terms are the largest and noisiest); the
/// rest of 1..T−1 by `draws` strata (one random t each, scaled by the stratum's size).
pub fn plan(s: &Schedule, points: &[[f32; 2]], draws: usize, repeats: usize, seed: u64) -> BoundPlan {
    let big_t = s.len();
    let exact = EXACT.min(big_t - 1);
    let rest = big_t - 1 - exact;
    let draws = if rest == 0 { 0 } else { draws.clamp(1, rest) };
    let strata = if draws > 0 { rest as f64 / draws as f64 } else { 0.0 };
    let mut rng = StdRng::seed_from_u64(seed);
    let (beta0, ab_last) = (s.betas[0], s.alpha_bars[big_t - 1]);
    let repeats = repeats.max(1);
    let mut plan = BoundPlan { per_point: (1 + exact) * repeats + draws, rows: Vec::new(), weights: Vec::new(), constants: Vec::new() };
    for p in points {
        let sq = (p[0] as f64).powi(2) + (p[1] as f64).powi(2);
        let l_t = 0.5 * (2.0 * ((1.0 - ab_last) - 1.0 - (1.0 - ab_last).ln()) + ab_last * sq);
        plan.constants.push(l_t + (2.0 * std::f64::consts::PI * beta0).ln());
        let stratified = (0..draws).map(|k| {
            let t = 1 + exact + ((k as f64 + rng.random::<f64>()) * strata).floor().min((rest - 1) as f64) as usize;
            (t, strata)
        });
        let share = 1.0 / repeats as f64;
        let small = (0..=exact).flat_map(|t| std::iter::repeat_n((t, share), repeats));
        let terms: Vec<(usize, f64)> = small.chain(stratified.collect::<Vec<_>>()).collect();
        for (t, scale) in terms {
            let weight = if t == 0 {
                beta0 * beta0 / ((1.0 - beta0) * (1.0 - s.alpha_bars[0])) / (2.0 * beta0)
            } else {
                s.betas[t] / (2.0 * (1.0 - s.betas[t]) * (1.0 - s.alpha_bars[t - 1]))
            };
            let e: [f32; 2] = [StandardNormal.sample(&mut rng), StandardNormal.sample(&mut rng)];
            let (a, b) = (s.alpha_bars[t].sqrt(), (1.0 - s.alpha_bars[t]).sqrt());
            let xt = [0, 1].map(|c| (a * p[c] as f64 + b * e[c] as f64) as f32);
            plan.rows.push((xt, e, t));
            plan.weights.push(weight * scale);
        }
    }
    plan
}

impl BoundPlan {
    /// The bound per point (nats) from the network's ε̂ of every row, `[rows · 2]` flat.
    pub fn finish(&self, eps_hat: &[f32]) -> Vec<f64> {
        self.constants
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let rows = i * self.per_point..(i + 1) * self.per_point;
                let sum: f64 = rows
                    .map(|r| {
                        let (_, e, _) = self.rows[r];
                        let d = [0, 1].map(|k| (e[k] - eps_hat[2 * r + k]) as f64);
                        self.weights[r] * (d[0] * d[0] + d[1] * d[1])
                    })
                    .sum();
                -(c + sum)
            })
            .collect()
    }
}

impl Ddpm {
    /// The sampling network's ε̂ for every row of a plan, `[rows, 2]`, still on the device.
    pub fn bound_eps(&self, plan: &BoundPlan) -> Tensor<2> {
        let m = plan.rows.len();
        let big_t = self.schedule.len() as f32;
        let device = self.device.clone().without_autodiff();
        let flat: Vec<f32> = plan.rows.iter().flat_map(|(x, _, t)| [x[0], x[1], *t as f32 / big_t]).collect();
        let data = Tensor::<2>::from_data(TensorData::new(flat, [m, 3]), &device);
        let (xt, tau) = (data.clone().slice([0..m, 0..2]), data.slice([0..m, 2..3]));
        self.sampling_model().forward(Tensor::cat(vec![xt, time_embedding(tau, &self.freqs.clone().inner())], 1))
    }
}
