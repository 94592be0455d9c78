//! The exact reverse process of a Gaussian mixture (the landing's animation): its posterior
//! mean has the closed form's limits, and DDPM's sampler with the ideal ε̂ draws the data —
//! right shares per cluster, right spread — from pure noise.

use genlab::data::toy2d::{DatasetKind, DatasetSpec, mixture};
use genlab::models::exact::{exact_chain, ideal_eps, posterior_mean};
use genlab::models::schedule::ScheduleSpec;

fn spec(weight: f32) -> DatasetSpec {
    DatasetSpec { kind: DatasetKind::TwoClusters, weight, ..DatasetSpec::default() }
}

#[test]
fn the_posterior_mean_has_the_right_limits() {
    let mix = mixture(&spec(0.5)).unwrap();
    // No noise: the clean point is the point itself.
    let m = posterior_mean(&mix, [0.3, -1.2], 1.0 - 1e-12);
    assert!((m[0] - 0.3).abs() < 1e-6 && (m[1] + 1.2).abs() < 1e-6, "{m:?}");
    // All noise: nothing is known, so the data's mean (the midpoint of equal clusters).
    let m = posterior_mean(&mix, [5.0, 5.0], 0.0);
    assert!(m[0].abs() < 1e-9 && m[1].abs() < 1e-9, "{m:?}");
    // Far on one side at moderate noise: that cluster's centre pulls the estimate.
    let m = posterior_mean(&mix, [4.0, 0.0], 0.5);
    assert!(m[0] > mix.centres[1][0] * 0.9, "{m:?}");
}

#[test]
fn one_gaussian_gives_the_textbook_denoiser() {
    let mut mix = mixture(&spec(1.0)).unwrap();
    mix.weights = vec![1.0, 0.0];
    let (c, s2, ab) = (mix.centres[0], mix.sd * mix.sd, 0.3f64);
    let x = [0.7, -0.4];
    let a = ab.sqrt();
    let gain = a * s2 / (ab * s2 + 1.0 - ab);
    let want = [c[0] + gain * (x[0] - a * c[0]), c[1] + gain * (x[1] - a * c[1])];
    let got = posterior_mean(&mix, x, ab);
    assert!((got[0] - want[0]).abs() < 1e-12 && (got[1] - want[1]).abs() < 1e-12, "{got:?} vs {want:?}");
    // Tweedie: x_t = √ᾱ E[x_0|x_t] + √(1−ᾱ) ε*.
    let e = ideal_eps(&mix, x, ab);
    assert!((a * got[0] + (1.0 - ab).sqrt() * e[0] - x[0]).abs() < 1e-12);
}

#[test]
fn the_exact_chain_draws_the_data_from_noise() {
    let sp = spec(0.9);
    let mix = mixture(&sp).unwrap();
    let schedule = ScheduleSpec::default().build();
    let frames = exact_chain(&mix, &schedule, 4000, 51, 3);
    assert_eq!(frames.len(), 51);
    let spread = |pts: &[[f32; 2]]| (pts.iter().map(|p| (p[0] * p[0] + p[1] * p[1]) as f64).sum::<f64>() / pts.len() as f64).sqrt();
    // The first frame is N(0, I) noise: about √2 from the origin on average (rms).
    assert!((spread(&frames[0]) - 2f64.sqrt()).abs() < 0.06, "{}", spread(&frames[0]));
    let last = frames.last().unwrap();
    let right = last.iter().filter(|p| p[0] > 0.0).count() as f64 / last.len() as f64;
    // Weight 0.9 goes to the left cluster (x < 0).
    assert!((right - 0.1).abs() < 0.02, "right share {right}");
    // Each point lands near a centre, with the data's spread (s = 0.5 by default).
    let near: Vec<f64> = last
        .iter()
        .map(|p| mix.centres.iter().map(|c| ((p[0] as f64 - c[0]).powi(2) + (p[1] as f64 - c[1]).powi(2)).sqrt()).fold(f64::MAX, f64::min))
        .collect();
    let rms = (near.iter().map(|d| d * d).sum::<f64>() / near.len() as f64 / 2.0).sqrt();
    assert!((rms / mix.sd - 1.0).abs() < 0.1, "rms {rms} vs sd {}", mix.sd);
}
