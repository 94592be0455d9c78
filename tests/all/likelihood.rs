//! Explicit vs implicit, as numbers: each explicit family's estimate of the log-likelihood of
//! held-out data, against the true density of the two clusters (fixed seeds, CPU device).
//! Gibbs' inequality puts every model at or below the truth on average; a bound (the DDPM's,
//! the VAE's ELBO) sits further below; training raises each.

use genlab::data::toy2d::{DatasetSpec, generate, log_density};
use genlab::device::{self, Backend};
use genlab::families::diffusion::bound::plan;
use genlab::families::diffusion::config::DiffusionConfig;
use genlab::families::diffusion::lab::DiffusionLab;
use genlab::families::vae::lab::VaeLab;
use genlab::families::vae::runs::VaeRunConfig;
use genlab::quality::Reference;

const BUDGET: usize = 1000;

fn mean(t: burn::prelude::Tensor<1>) -> f64 {
    let v: Vec<f32> = t.into_data().try_to_vec().unwrap();
    v.iter().map(|&x| x as f64).sum::<f64>() / v.len() as f64
}

fn held_out(spec: &DatasetSpec) -> (Vec<[f32; 2]>, f64) {
    let held = generate(&DatasetSpec { n: 500, ..spec.clone() }, 999).points;
    let truth = held.iter().map(|&p| log_density(spec, p).unwrap()).sum::<f64>() / held.len() as f64;
    (held, truth)
}

#[test]
fn the_ddpm_bound_is_below_the_truth_and_rises_with_training() {
    let spec = DatasetSpec::default();
    let (held, truth) = held_out(&spec);
    let mut lab = DiffusionLab::new(Backend::Cpu, device::cpu(), generate(&spec, 3).points, 3, DiffusionConfig::default());
    let bound = |lab: &DiffusionLab| {
        let (plan, eps) = lab.log_likelihood_bound(&held);
        let v = plan.finish(&eps.into_data().try_to_vec::<f32>().unwrap());
        v.iter().sum::<f64>() / v.len() as f64
    };
    let untrained = bound(&lab);
    for _ in 0..BUDGET / 100 {
        lab.run(100).unwrap().into_data();
    }
    let trained = bound(&lab);
    // The page's estimate (32 steps one by one, 32 strata) against every timestep one by one.
    let full = plan(&lab.trainer().schedule, &held, 999, 16, 5);
    let every =
        full.finish(&lab.trainer().bound_eps(&full).into_data().try_to_vec::<f32>().unwrap()).iter().sum::<f64>() / held.len() as f64;
    eprintln!("DDPM bound: untrained {untrained:.3}, trained {trained:.3} (all steps {every:.3}); true {truth:.3} nats");
    assert!(trained < truth + 0.05, "bound {trained} above the truth {truth}");
    assert!(trained > untrained + 1.0, "training raised the bound from {untrained} to {trained}");
    assert!((every - trained).abs() < 0.25, "the page's estimate {trained} vs every step {every}");
}

/// For Gaussian data N(0, s² I) everything is known in closed form: x_t ~ N(0, v_t I) with
/// v_t = ᾱ_t s² + 1 − ᾱ_t, the best ε̂ is E[ε | x_t] = √(1 − ᾱ_t) x_t / v_t, its error is
/// E‖ε − ε̂‖² = d (1 − (1 − ᾱ_t)/v_t), so the bound of the best DDPM is a sum of known terms.
/// The plan's Monte Carlo estimate with that ε̂ must match it (this checks every weight and
/// constant), and it lies below the true log-density: by 3.2 nats at the page's default schedule
/// (T = 200, β from 10⁻⁴ to 0.05, whose first step is 3.5 times the noise level before it), by
/// 0.9 at T = 1000, β to 0.02 — the bound's gap is the coarse first steps, not the network.
#[test]
fn with_the_best_noise_prediction_the_bound_is_its_closed_form() {
    use genlab::models::schedule::ScheduleSpec;
    let sd = 0.5f64;
    let d = 2.0;
    let points: Vec<[f32; 2]> =
        generate(&DatasetSpec { n: 400, separation: 0.5, spread: sd as f32, weight: 1.0, ..DatasetSpec::default() }, 4)
            .points
            .iter()
            .map(|p| [p[0] + 0.25, p[1]])
            .collect();
    let truth = points
        .iter()
        .map(|p| -((p[0] as f64).powi(2) + (p[1] as f64).powi(2)) / (2.0 * sd * sd) - (2.0 * std::f64::consts::PI * sd * sd).ln())
        .sum::<f64>()
        / 400.0;
    let mut gaps = Vec::new();
    for spec in [ScheduleSpec::default(), ScheduleSpec { steps: 1000, beta_end: 0.02, ..ScheduleSpec::default() }] {
        let s = spec.build();
        let (b, ab) = (&s.betas, &s.alpha_bars);
        let v = |t: usize| ab[t] * sd * sd + 1.0 - ab[t];
        let err = |t: usize| d * (1.0 - (1.0 - ab[t]) / v(t));
        let last = ab[s.len() - 1];
        let mean_sq = points.iter().map(|p| (p[0] as f64).powi(2) + (p[1] as f64).powi(2)).sum::<f64>() / 400.0;
        let l_big_t = 0.5 * (d * ((1.0 - last) - 1.0 - (1.0 - last).ln()) + last * mean_sq);
        let l_t: f64 = (1..s.len()).map(|t| b[t] / (2.0 * (1.0 - b[t]) * (1.0 - ab[t - 1])) * err(t)).sum();
        let l_0 =
            b[0] * b[0] / ((1.0 - b[0]) * (1.0 - ab[0])) * err(0) / (2.0 * b[0]) + (d / 2.0) * (2.0 * std::f64::consts::PI * b[0]).ln();
        let closed = -(l_big_t + l_t + l_0);
        let plan = plan(&s, &points, 32, 4, 9);
        let eps: Vec<f32> = plan.rows.iter().flat_map(|(x, _, t)| x.map(|c| ((1.0 - ab[*t]).sqrt() * c as f64 / v(*t)) as f32)).collect();
        let got = plan.finish(&eps).iter().sum::<f64>() / 400.0;
        eprintln!("T = {}: Monte Carlo {got:.3}, closed form {closed:.3}, true {truth:.3}", s.len());
        assert!((got - closed).abs() < 0.1, "Monte Carlo {got} vs closed form {closed}");
        assert!(closed < truth, "closed form {closed} vs true {truth}");
        gaps.push(truth - closed);
    }
    assert!(gaps[1] + 1.0 < gaps[0], "a finer schedule closes the gap: {gaps:?}");
}

#[test]
fn the_vae_elbo_is_below_the_truth_and_the_autoencoder_has_none() {
    let spec = DatasetSpec::default();
    let (held, truth) = held_out(&spec);
    let reference = Reference::default();
    let points = generate(&spec, 3).points;
    let ae = VaeRunConfig { model: VaeRunConfig::default().model.with_variational(false), ..Default::default() };
    let mut lab = VaeLab::new(&device::cpu(), &points, reference, 3, &[VaeRunConfig::default(), ae], 1.0);
    let untrained = mean(lab.runs[0].vae.elbo(&held, 16, 5).unwrap());
    for _ in 0..BUDGET / 100 {
        let _ = lab.chunk(100, false).unwrap().into_data();
    }
    let trained = mean(lab.runs[0].vae.elbo(&held, 16, 5).unwrap());
    eprintln!("VAE ELBO: untrained {untrained:.3}, trained {trained:.3}; true {truth:.3} nats");
    assert!(trained < truth + 0.05, "ELBO {trained} above the truth {truth}");
    assert!(trained > untrained + 1.0, "training raised the ELBO from {untrained} to {trained}");
    assert!(lab.runs[1].vae.elbo(&held, 16, 5).is_none());
}
