//! Noise schedules and diffusion samplers against their closed-form definitions, computed here
//! by hand in f64 independently of the implementation.

use genlab::models::samplers::{ddim_pairs, ddim_timesteps, predict_x0, q_sample};
use genlab::models::schedule::{STEPS_RANGE, Schedule, ScheduleKind, ScheduleSpec};
use rand::{SeedableRng, rngs::StdRng};
use rand_distr::{Distribution, StandardNormal};
use std::f64::consts::PI;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * (1.0 + b.abs())
}

fn all_kinds(steps: usize) -> Vec<Schedule> {
    ScheduleKind::ALL.into_iter().map(|kind| ScheduleSpec { kind, steps, ..ScheduleSpec::default() }.build()).collect()
}

#[test]
fn linear_matches_definition() {
    let s = Schedule::linear(200, 1e-4, 0.05);
    for t in [0, 1, 57, 100, 199] {
        assert!(close(s.betas[t], 1e-4 + t as f64 / 199.0 * (0.05 - 1e-4), 1e-12));
    }
    let ab3: f64 = (0..=3).map(|t| 1.0 - s.betas[t]).product();
    assert!(close(s.alpha_bars[3], ab3, 1e-12));
}

#[test]
fn cosine_matches_improved_ddpm_eq_17() {
    let big_t = 100usize;
    let f = |t: f64| (((t / big_t as f64) + 0.008) / 1.008 * PI / 2.0).cos().powi(2);
    let s = Schedule::cosine(big_t);
    assert_eq!(s.len(), big_t);
    for i in [0usize, 1, 10, 50, 90, 98, 99] {
        let beta = (1.0 - f(i as f64 + 1.0) / f(i as f64)).min(0.999);
        assert!(close(s.betas[i], beta, 1e-12), "β_{i}: {} vs {beta}", s.betas[i]);
    }
    // Without the clip the product telescopes: ᾱ_i = f(i + 1) / f(0).
    for i in [0usize, 5, 40, 80, 98] {
        assert!(close(s.alpha_bars[i], f(i as f64 + 1.0) / f(0.0), 1e-10));
    }
    assert_eq!(s.betas[big_t - 1], 0.999, "the last β is clipped");
    for t in [10, 200, 1000] {
        assert!(Schedule::cosine(t).betas.iter().all(|&b| b > 0.0 && b <= 0.999));
    }
}

#[test]
fn sigmoid_matches_definition() {
    let (big_t, b0, b1) = (50usize, 1e-4, 0.05);
    let s = Schedule::sigmoid(big_t, b0, b1);
    for i in [0usize, 1, 24, 25, 49] {
        let v = -6.0 + 12.0 * i as f64 / (big_t - 1) as f64;
        let beta = 1.0 / (1.0 + (-v).exp()) * (b1 - b0) + b0;
        assert!(close(s.betas[i], beta, 1e-12));
    }
    assert!(s.betas.iter().all(|&b| b > b0 && b < b1));
    assert!(s.betas.windows(2).all(|w| w[1] > w[0]));
}

#[test]
fn alpha_bar_strictly_decreasing_in_unit_interval() {
    for steps in [10, 200, 1000] {
        for s in all_kinds(steps) {
            assert_eq!(s.len(), steps);
            assert!(s.alpha_bars.iter().all(|&a| a > 0.0 && a < 1.0), "{:?}", s.alpha_bars);
            assert!(s.alpha_bars.windows(2).all(|w| w[1] < w[0]));
            for t in [0, steps / 2, steps - 1] {
                let ab = s.alpha_bars[t];
                assert!(close(s.log_snr(t), (ab / (1.0 - ab)).ln(), 1e-9));
            }
            assert!((1..steps).all(|t| s.log_snr(t) < s.log_snr(t - 1)));
        }
    }
}

#[test]
fn kinds_and_spec() {
    for k in ScheduleKind::ALL {
        assert_eq!(ScheduleKind::from_id(k.id()), Some(k));
        assert!(!k.label().is_empty());
        assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{}\"", k.id()));
    }
    assert_eq!(ScheduleKind::from_id("quadratic"), None);
    let d = ScheduleSpec::default();
    assert_eq!((d.kind, d.steps, d.beta_start, d.beta_end), (ScheduleKind::Linear, 200, 1e-4, 0.05));
    assert_eq!(d.build(), Schedule::linear(200, 1e-4, 0.05));
    let cos = ScheduleSpec { kind: ScheduleKind::Cosine, steps: 5000, ..d.clone() };
    assert_eq!(cos.build(), Schedule::cosine(STEPS_RANGE.1));
    let sig = ScheduleSpec { kind: ScheduleKind::Sigmoid, steps: 3, ..d };
    assert_eq!(sig.build().len(), STEPS_RANGE.0);
    let back: ScheduleSpec = serde_json::from_str(r#"{"kind":"cosine","steps":50}"#).unwrap();
    assert_eq!((back.kind, back.steps, back.beta_end), (ScheduleKind::Cosine, 50, 0.05));
}

#[test]
fn q_sample_moments() {
    let (x0, ab) = ([1.5f32, -2.0f32], 0.3f64);
    let mut rng = StdRng::seed_from_u64(7);
    let n = 200_000;
    let (mut sum, mut sq) = ([0.0f64; 2], [0.0f64; 2]);
    for _ in 0..n {
        let eps = [StandardNormal.sample(&mut rng), StandardNormal.sample(&mut rng)];
        let x = q_sample(x0, eps, ab);
        for k in 0..2 {
            sum[k] += x[k] as f64;
            sq[k] += (x[k] as f64).powi(2);
        }
    }
    for k in 0..2 {
        let mean = sum[k] / n as f64;
        let var = sq[k] / n as f64 - mean * mean;
        assert!((mean - ab.sqrt() * x0[k] as f64).abs() < 0.01, "mean {mean}");
        assert!((var - (1.0 - ab)).abs() < 0.01, "var {var}");
    }
}

#[test]
fn predict_x0_inverts_q_sample() {
    let (x0, eps) = ([0.7f32, -1.2f32], [-0.4f32, 1.9f32]);
    for ab in [0.999, 0.5, 0.05] {
        let xt = q_sample(x0, eps, ab);
        let by_hand = [0, 1].map(|k| ab.sqrt() * x0[k] as f64 + (1.0 - ab).sqrt() * eps[k] as f64);
        assert!((0..2).all(|k| close(xt[k] as f64, by_hand[k], 1e-6)));
        let back = predict_x0(xt, eps, ab);
        assert!((0..2).all(|k| (back[k] - x0[k]).abs() < 1e-4), "{back:?}");
    }
}

#[test]
fn ddpm_step_by_hand() {
    let s = Schedule::linear(200, 1e-4, 0.05);
    let (xt, eps, z) = ([0.3f32, -0.8f32], [1.1f32, 0.2f32], [-0.5f32, 0.9f32]);
    for t in [1usize, 50, 199] {
        let (b, ab, ab_prev) = (s.betas[t], s.alpha_bars[t], s.alpha_bars[t - 1]);
        let sigma = ((1.0 - ab_prev) / (1.0 - ab) * b).sqrt();
        let got = s.ddpm_step(xt, eps, t, z);
        for k in 0..2 {
            let mean = (xt[k] as f64 - b / (1.0 - ab).sqrt() * eps[k] as f64) / (1.0 - b).sqrt();
            assert!(close(got[k] as f64, mean + sigma * z[k] as f64, 1e-6), "t={t}");
        }
    }
    // At t = 0 no noise is added.
    assert_eq!(s.ddpm_step(xt, eps, 0, z), s.ddpm_step(xt, eps, 0, [0.0, 0.0]));
}

#[test]
fn ddim_step_by_hand() {
    let s = Schedule::cosine(100);
    let (xt, eps, z) = ([0.3f32, -0.8f32], [1.1f32, 0.2f32], [-0.5f32, 0.9f32]);
    for (t, prev, eta) in [(80usize, Some(60usize), 0.0f64), (80, Some(60), 0.5), (50, Some(49), 1.0), (9, None, 1.0)] {
        let ab = s.alpha_bars[t];
        let ap = prev.map_or(1.0, |p| s.alpha_bars[p]);
        let sigma = eta * ((1.0 - ap) / (1.0 - ab)).sqrt() * (1.0 - ab / ap).sqrt();
        let got = s.ddim_step(xt, eps, t, prev, eta, z);
        for k in 0..2 {
            let x0 = (xt[k] as f64 - (1.0 - ab).sqrt() * eps[k] as f64) / ab.sqrt();
            let want = ap.sqrt() * x0 + (1.0 - ap - sigma * sigma).sqrt() * eps[k] as f64 + sigma * z[k] as f64;
            assert!(close(got[k] as f64, want, 1e-5), "t={t} prev={prev:?} η={eta}: {} vs {want}", got[k]);
        }
    }
}

#[test]
fn deterministic_ddim_with_exact_noise_recovers_x0() {
    let s = Schedule::linear(200, 1e-4, 0.05);
    let (x0, eps, z) = ([1.25f32, -0.5f32], [0.3f32, -1.7f32], [9.0f32, 9.0f32]);
    let xt = q_sample(x0, eps, s.alpha_bars[150]);
    let got = s.ddim_step(xt, eps, 150, None, 0.0, z);
    assert!((0..2).all(|k| (got[k] - x0[k]).abs() < 1e-4), "{got:?}");
    // To an intermediate step it lands exactly on q_sample with the same ε.
    let mid = s.ddim_step(xt, eps, 150, Some(40), 0.0, z);
    let want = q_sample(x0, eps, s.alpha_bars[40]);
    assert!((0..2).all(|k| (mid[k] - want[k]).abs() < 1e-4));
    // Chaining a whole 10-step run with the exact ε also ends at x0.
    let mut x = q_sample(x0, eps, s.alpha_bars[199]);
    for (t, prev) in ddim_pairs(200, 10) {
        x = s.ddim_step(x, eps, t, prev, 0.0, z);
    }
    assert!((0..2).all(|k| (x[k] - x0[k]).abs() < 1e-3), "{x:?}");
}

#[test]
fn ddim_with_eta_one_on_consecutive_steps_is_ddpm() {
    let s = Schedule::sigmoid(100, 1e-4, 0.05);
    let (xt, eps, z) = ([0.3f32, -0.8f32], [1.1f32, 0.2f32], [-0.5f32, 0.9f32]);
    for t in [1usize, 30, 99] {
        let a = s.ddim_step(xt, eps, t, Some(t - 1), 1.0, z);
        let b = s.ddpm_step(xt, eps, t, z);
        assert!((0..2).all(|k| (a[k] - b[k]).abs() < 1e-4), "t={t}: {a:?} vs {b:?}");
    }
}

#[test]
fn ddim_timesteps_trailing() {
    assert_eq!(ddim_timesteps(1000, 10), vec![999, 899, 799, 699, 599, 499, 399, 299, 199, 99]);
    assert_eq!(ddim_timesteps(10, 4), vec![9, 7, 4, 1]); // numpy rounds 7.5 → 8, 2.5 → 2
    assert_eq!(ddim_timesteps(200, 200), (0..200).rev().collect::<Vec<_>>());
    assert_eq!(ddim_timesteps(200, 0), vec![199]);
    assert_eq!(ddim_timesteps(50, 500).len(), 50);
    assert!(ddim_timesteps(0, 5).is_empty());
    for steps in [10, 37, 200, 1000] {
        for n in [1, 3, 7, 10, steps / 3, steps] {
            let ts = ddim_timesteps(steps, n);
            assert_eq!((ts.len(), ts[0]), (n, steps - 1));
            assert!(ts.windows(2).all(|w| w[1] < w[0]));
        }
    }
    assert_eq!(ddim_pairs(10, 4), vec![(9, Some(7)), (7, Some(4)), (4, Some(1)), (1, None)]);
}
