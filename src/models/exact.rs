//! The exact reverse process of a Gaussian-mixture dataset: what a perfect DDPM would learn.
//!
//! Forward: q(x_t | x_0) = N(√ᾱ_t x_0, (1 − ᾱ_t) I). For data p(x_0) = Σ_k w_k N(c_k, s² I) the
//! noised marginal is again a mixture, p(x_t) = Σ_k w_k N(√ᾱ_t c_k, (ᾱ_t s² + 1 − ᾱ_t) I), and
//! the posterior mean of the clean point is, with responsibilities r_k(x_t) of that mixture,
//!
//!   E[x_0 | x_t] = Σ_k r_k(x_t) · (c_k + g_t (x_t − √ᾱ_t c_k)),   g_t = √ᾱ_t s² / (ᾱ_t s² + 1 − ᾱ_t).
//!
//! Tweedie's formula then gives the ideal noise prediction ε*(x_t) = (x_t − √ᾱ_t E[x_0|x_t]) / √(1 − ᾱ_t),
//! the target the network ε_θ regresses (Ho et al. 2020, eq. 14). Running DDPM's ancestral step
//! with ε* samples the data exactly as T grows: the landing animates it while the real model
//! trains, and the pages can set a learned chain beside it.

use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};

use crate::data::toy2d::Mixture;
use crate::models::rng::StdRng;
use crate::models::schedule::Schedule;

/// E[x_0 | x_t] for data drawn from `mix`, at noise level ᾱ = `alpha_bar`.
pub fn posterior_mean(mix: &Mixture, x: [f64; 2], alpha_bar: f64) -> [f64; 2] {
    let a = alpha_bar.sqrt();
    let var = alpha_bar * mix.sd * mix.sd + 1.0 - alpha_bar;
    let gain = a * mix.sd * mix.sd / var;
    // Responsibilities in log space (all components share one variance).
    let logits: Vec<f64> = mix
        .centres
        .iter()
        .zip(&mix.weights)
        .map(|(c, w)| {
            let d2 = (x[0] - a * c[0]).powi(2) + (x[1] - a * c[1]).powi(2);
            if *w > 0.0 { w.ln() - d2 / (2.0 * var) } else { f64::NEG_INFINITY }
        })
        .collect();
    let top = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let weights: Vec<f64> = logits.iter().map(|l| (l - top).exp()).collect();
    let total: f64 = weights.iter().sum();
    let mut m = [0.0; 2];
    for (c, r) in mix.centres.iter().zip(&weights) {
        for d in 0..2 {
            m[d] += r / total * (c[d] + gain * (x[d] - a * c[d]));
        }
    }
    m
}

/// The ideal ε̂(x_t, t) of Tweedie's formula.
pub fn ideal_eps(mix: &Mixture, x: [f64; 2], alpha_bar: f64) -> [f64; 2] {
    let m = posterior_mean(mix, x, alpha_bar);
    let (a, s) = (alpha_bar.sqrt(), (1.0 - alpha_bar).sqrt().max(1e-12));
    [(x[0] - a * m[0]) / s, (x[1] - a * m[1]) / s]
}

/// `n` points run through DDPM's ancestral sampler with the ideal ε̂, from x_T ~ N(0, I) to x_0.
/// Returns `frames` snapshots (the first is the noise, the last the samples), evenly spaced in t.
pub fn exact_chain(mix: &Mixture, schedule: &Schedule, n: usize, frames: usize, seed: u64) -> Vec<Vec<[f32; 2]>> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut gauss = || -> f64 { StandardNormal.sample(&mut rng) };
    let mut x: Vec<[f64; 2]> = (0..n).map(|_| [gauss(), gauss()]).collect();
    let steps = schedule.len();
    let frames = frames.clamp(2, steps + 1);
    let keep = |done: usize| (0..frames).any(|f| f * steps / (frames - 1) == done);
    let snap = |x: &[[f64; 2]]| x.iter().map(|p| [p[0] as f32, p[1] as f32]).collect::<Vec<_>>();
    let mut out = vec![snap(&x)];
    for (done, t) in (0..steps).rev().enumerate() {
        let (c_x, c_eps, sigma) = schedule.ddpm_step_coefficients(t);
        let ab = schedule.alpha_bars[t];
        for p in x.iter_mut() {
            let e = ideal_eps(mix, *p, ab);
            let z = if t > 0 { [gauss(), gauss()] } else { [0.0, 0.0] };
            *p = [c_x * p[0] - c_eps * e[0] + sigma * z[0], c_x * p[1] - c_eps * e[1] + sigma * z[1]];
        }
        if keep(done + 1) && out.len() < frames {
            out.push(snap(&x));
        }
    }
    out
}
