//! The 2-D DDPM end to end on the CPU device with fixed seeds: the tensor chain equals the
//! per-point formulas, and training reaches the quality bar on 50/50 and 80/20 two clusters.

use genlab::data::toy2d::{DatasetSpec, generate};
use genlab::device::{self, Backend};
use genlab::families::diffusion::config::DiffusionConfig;
use genlab::families::diffusion::lab::DiffusionLab;
use genlab::models::samplers::Sampler;
use genlab::quality::{QualityBar, Reference, evaluate};

fn rows(t: burn::prelude::Tensor<2>) -> Vec<[f32; 2]> {
    let v: Vec<f32> = t.into_data().try_to_vec().unwrap();
    v.chunks_exact(2).map(|c| [c[0], c[1]]).collect()
}

/// Training budget of the quality tests (steps of batch 256).
const BUDGET: usize = 1000;

fn reference(spec: &DatasetSpec, seed: u64) -> Reference {
    let fresh = generate(&DatasetSpec { n: 2000, ..spec.clone() }, seed + 1000);
    Reference { points: fresh.points, centres: fresh.centres, weights: vec![spec.weight, 1.0 - spec.weight], radius: 3.0 * spec.spread }
}

fn train_and_score(weight: f32, seed: u64) -> genlab::quality::Quality {
    let spec = DatasetSpec { weight, ..DatasetSpec::default() };
    let data = generate(&spec, seed);
    let mut s = DiffusionLab::new(Backend::Cpu, device::cpu(), data.points, seed, DiffusionConfig::default());
    for _ in 0..BUDGET / 100 {
        s.run(100).unwrap().into_data();
    }
    let samples = rows(s.sample(2000));
    evaluate(&samples, &reference(&spec, seed), &QualityBar::default(), s.step)
}

#[test]
fn balanced_two_clusters_reach_the_quality_bar() {
    let q = train_and_score(0.5, 42);
    assert!(q.passes, "{q:?}");
}

#[test]
fn imbalanced_two_clusters_reach_the_quality_bar() {
    let q = train_and_score(0.8, 42);
    assert!(q.passes, "{q:?}");
}

#[test]
fn fresh_data_meets_the_bar_and_an_untrained_model_does_not() {
    let spec = DatasetSpec::default();
    let r = reference(&spec, 3);
    let other = generate(&DatasetSpec { n: 2000, ..spec.clone() }, 77).points;
    let q = evaluate(&other, &r, &QualityBar::default(), 0);
    assert!(q.passes && q.mmd2 < 0.003, "{q:?}");
    let mut s = DiffusionLab::new(Backend::Cpu, device::cpu(), generate(&spec, 3).points, 3, DiffusionConfig::default());
    let q = evaluate(&rows(s.sample(2000)), &r, &QualityBar::default(), 0);
    assert!(!q.passes, "{q:?}");
}

#[test]
fn every_recorded_ddim_step_equals_its_formula() {
    let data = generate(&DatasetSpec::default(), 5);
    let mut s = DiffusionLab::new(Backend::Cpu, device::cpu(), data.points, 5, DiffusionConfig::default());
    s.run(50).unwrap().into_data();
    let n = 16;
    let chain = s.chain(n, Sampler::Ddim { steps: 10, eta: 0.0 }, 1000);
    assert_eq!(chain.ts.len(), 11, "{:?}", chain.ts);
    let (xt, x0) = (rows(chain.xt.clone()), rows(chain.x0.clone()));
    let schedule = genlab::models::schedule::ScheduleSpec::default().build();
    let pairs = genlab::models::samplers::ddim_pairs(schedule.len(), 10);
    for (f, &(t, prev)) in pairs.iter().enumerate() {
        let here = &xt[f * n..(f + 1) * n];
        let eps = rows(s.eps_field(here, t));
        for i in 0..n {
            let want = schedule.ddim_step(here[i], eps[i], t, prev, 0.0, [0.0, 0.0]);
            let got = xt[(f + 1) * n + i];
            assert!((want[0] - got[0]).abs() < 1e-4 && (want[1] - got[1]).abs() < 1e-4, "frame {f} point {i}: {want:?} vs {got:?}");
            let x0_want = genlab::models::samplers::predict_x0(here[i], eps[i], schedule.alpha_bars[t]);
            assert!((x0_want[0] - x0[f * n + i][0]).abs() < 1e-4);
        }
    }
}
