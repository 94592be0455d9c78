//! The trainer trait on the tiny DDPM, on the CPU device with a fixed seed.

use genlab::data::toy2d::{DatasetSpec, generate};
use genlab::device::{self, Backend};
use genlab::families::diffusion::config::DiffusionConfig;
use genlab::families::diffusion::lab::DiffusionLab;
use genlab::models::schedule::Schedule;

fn mean(v: &[f32]) -> f32 {
    v.iter().sum::<f32>() / v.len() as f32
}

#[test]
fn loss_falls_on_the_cpu_device() {
    let data = generate(&DatasetSpec::default(), 42);
    let mut s = DiffusionLab::new(Backend::Cpu, device::cpu(), data.points, 42, DiffusionConfig::default());
    let losses: Vec<f32> = s.run(400).unwrap().into_data().try_to_vec().unwrap();
    assert_eq!(losses.len(), 400);
    assert_eq!(s.step, 400);
    let (first, last) = (mean(&losses[..50]), mean(&losses[350..]));
    assert!(last < 0.75 * first, "loss did not fall: {first} -> {last}");
}

#[test]
fn same_seed_same_losses() {
    let data = generate(&DatasetSpec::default(), 1);
    let run = || {
        let mut s = DiffusionLab::new(Backend::Cpu, device::cpu(), data.points.clone(), 9, DiffusionConfig::default());
        s.run(20).unwrap().into_data().try_to_vec::<f32>().unwrap()
    };
    assert_eq!(run(), run());
}

#[test]
fn samples_are_finite_and_reset_restores_the_start() {
    let data = generate(&DatasetSpec::default(), 2);
    let mut s = DiffusionLab::new(Backend::Cpu, device::cpu(), data.points, 2, DiffusionConfig::default());
    let before: Vec<f32> = s.run(5).unwrap().into_data().try_to_vec().unwrap();
    let samples: Vec<f32> = s.sample(100).into_data().try_to_vec().unwrap();
    assert_eq!(samples.len(), 200);
    assert!(samples.iter().all(|v| v.is_finite()));
    s.reset();
    assert_eq!(s.step, 0);
    let again: Vec<f32> = s.run(5).unwrap().into_data().try_to_vec().unwrap();
    assert_eq!(before, again);
}

#[test]
fn default_schedule_reaches_noise() {
    let s = Schedule::linear(200, 1e-4, 0.05);
    assert!(s.final_alpha_bar() < 0.01, "ᾱ_T = {}", s.final_alpha_bar());
    let (c_x, c_eps, sigma) = s.ddpm_step_coefficients(10);
    let (b, ab) = (s.betas[10], s.alpha_bars[10]);
    assert!((c_x - 1.0 / (1.0 - b).sqrt()).abs() < 1e-12);
    assert!((c_eps - b / ((1.0 - b).sqrt() * (1.0 - ab).sqrt())).abs() < 1e-12);
    assert!((sigma * sigma - (1.0 - s.alpha_bars[9]) / (1.0 - ab) * b).abs() < 1e-12);
}
