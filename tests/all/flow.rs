//! Flow matching end to end on the CPU device with fixed seeds: its loss and its Euler and Heun
//! steps against their formulas, the quality bar on 50/50 and 80/20 within a stated budget,
//! straighter paths than the DDPM's on the same data, and an exact likelihood that is a density.

use genlab::data::toy2d::{DatasetSpec, generate, log_density};
use genlab::device::{self, Backend};
use genlab::families::diffusion::config::DiffusionConfig;
use genlab::families::diffusion::lab::DiffusionLab;
use genlab::families::flow::chain::{FlowSampler, Solver, euler_step, heun_step};
use genlab::families::flow::config::FlowConfig;
use genlab::families::flow::coupling::{Coupling, assign};
use genlab::families::flow::lab::{FlowLab, METRICS_SAMPLER};
use genlab::families::flow::model::{Flow, FlowModelConfig, path_point};
use genlab::metrics::straightness;
use genlab::models::samplers::Sampler;
use genlab::quality::{QualityBar, Reference, evaluate};

fn rows(t: burn::prelude::Tensor<2>) -> Vec<[f32; 2]> {
    let v: Vec<f32> = t.into_data().try_to_vec().unwrap();
    v.chunks_exact(2).map(|c| [c[0], c[1]]).collect()
}

fn floats(t: burn::prelude::Tensor<1>) -> Vec<f32> {
    t.into_data().try_to_vec().unwrap()
}

/// Training budget of the quality tests: steps of batch 256 (the DDPM's budget too).
const BUDGET: usize = 1000;

fn reference(spec: &DatasetSpec, seed: u64) -> Reference {
    let fresh = generate(&DatasetSpec { n: 2000, ..spec.clone() }, seed + 1000);
    Reference { points: fresh.points, centres: fresh.centres, weights: vec![spec.weight, 1.0 - spec.weight], radius: 3.0 * spec.spread }
}

fn trained(spec: &DatasetSpec, seed: u64, steps: usize) -> FlowLab {
    let mut lab = FlowLab::new(Backend::Cpu, device::cpu(), generate(spec, seed).points, seed, FlowConfig::default());
    for _ in 0..steps / 100 {
        lab.run(100).unwrap().into_data();
    }
    lab
}

#[test]
fn the_loss_is_the_squared_error_to_the_straight_paths_velocity() {
    let flow = Flow::init(&FlowModelConfig::new(), &device::cpu(), 7);
    let x0 = [[1.5, -0.5], [-2.0, 0.3], [0.1, 0.2]];
    let eps = [[0.3, 1.1], [-0.7, 0.4], [2.0, -1.0]];
    let t = [0.1, 0.5, 0.93];
    // By hand: x_t on the straight path, the network's v there (a fresh model's moving average
    // equals its training weights), the squared error to ε − x_0, averaged over 3 × 2 values.
    let mut want = 0.0;
    for i in 0..3 {
        let (xt, u) = path_point(x0[i], eps[i], t[i]);
        let v = rows(flow.velocity(&[xt], t[i]))[0];
        want += ((v[0] - u[0]).powi(2) + (v[1] - u[1]).powi(2)) as f64 / 6.0;
    }
    let got = floats(flow.loss(&x0, &eps, &t))[0] as f64;
    assert!((got - want).abs() < 1e-5 * want.max(1.0), "{got} vs {want}");
    assert_eq!(path_point([2.0, 0.0], [0.0, 1.0], 0.25), ([1.5, 0.25], [-2.0, 1.0]));
}

fn check_steps(solver: Solver) {
    let spec = DatasetSpec::default();
    let lab = trained(&spec, 11, 200);
    let flow = lab.trainer();
    let k = 8;
    let n = 12;
    let start: Vec<f32> = (0..n * 2).map(|i| ((i * 37 % 17) as f32 - 8.0) / 4.0).collect();
    let x1 = burn::prelude::Tensor::<2>::from_data(burn::prelude::TensorData::new(start, [n, 2]), &device::cpu().without_autodiff());
    let chain = flow.chain_from(x1, FlowSampler { solver, steps: k }, 1000);
    assert_eq!(chain.times.len(), k + 1);
    let xs = rows(chain.xt.clone());
    let h = 1.0 / k as f32;
    for i in 0..k {
        let here = &xs[i * n..(i + 1) * n];
        let t = chain.times[i];
        assert!((t - (1.0 - i as f32 * h)).abs() < 1e-6);
        let v1 = rows(flow.velocity(here, t));
        for j in 0..n {
            let want = match solver {
                Solver::Euler => euler_step(here[j], v1[j], h),
                Solver::Heun => {
                    let guess = euler_step(here[j], v1[j], h);
                    heun_step(here[j], v1[j], rows(flow.velocity(&[guess], t - h))[0], h)
                }
            };
            let got = xs[(i + 1) * n + j];
            assert!((got[0] - want[0]).abs() < 1e-4 && (got[1] - want[1]).abs() < 1e-4, "step {i} point {j}: {got:?} vs {want:?}");
        }
    }
    // The recorded path lengths are the sums of the steps' lengths.
    let paths = floats(chain.path.reshape([n]));
    for j in 0..n {
        let want: f32 = (0..k)
            .map(|i| {
                let (a, b) = (xs[i * n + j], xs[(i + 1) * n + j]);
                (a[0] - b[0]).hypot(a[1] - b[1])
            })
            .sum();
        assert!((paths[j] - want).abs() < 1e-3 * want.max(1.0), "{} vs {want}", paths[j]);
    }
}

#[test]
fn every_euler_step_equals_its_formula() {
    check_steps(Solver::Euler);
}

#[test]
fn every_heun_step_equals_its_formula() {
    check_steps(Solver::Heun);
}

fn score(weight: f32) -> genlab::quality::Quality {
    let spec = DatasetSpec { weight, ..DatasetSpec::default() };
    let mut lab = trained(&spec, 42, BUDGET);
    let samples = rows(lab.chain(2000, METRICS_SAMPLER, 2).final_x());
    evaluate(&samples, &reference(&spec, 42), &QualityBar::default(), lab.step)
}

#[test]
fn balanced_two_clusters_reach_the_quality_bar() {
    let q = score(0.5);
    assert!(q.passes, "{q:?}");
}

#[test]
fn imbalanced_two_clusters_reach_the_quality_bar() {
    let q = score(0.8);
    assert!(q.passes, "{q:?}");
}

fn ratio(xs: &[[f32; 2]], n: usize, frames: usize) -> f64 {
    let paths: Vec<f32> = (0..n)
        .map(|j| {
            (0..frames - 1)
                .map(|i| {
                    let (a, b) = (xs[i * n + j], xs[(i + 1) * n + j]);
                    (a[0] - b[0]).hypot(a[1] - b[1])
                })
                .sum()
        })
        .collect();
    straightness(&paths, &xs[..n], &xs[(frames - 1) * n..])
}

#[test]
fn with_transport_pairs_its_paths_are_straighter_than_the_ddpms_and_few_steps_work() {
    let spec = DatasetSpec::default();
    let points = generate(&spec, 5).points;
    let ot = FlowConfig { coupling: Coupling::Ot, ..FlowConfig::default() };
    let (mut flow, mut paired) = (
        FlowLab::new(Backend::Cpu, device::cpu(), points.clone(), 5, FlowConfig::default()),
        FlowLab::new(Backend::Cpu, device::cpu(), points.clone(), 5, ot),
    );
    let mut ddpm = DiffusionLab::new(Backend::Cpu, device::cpu(), points, 5, DiffusionConfig::default());
    for _ in 0..BUDGET / 100 {
        flow.run(100).unwrap().into_data();
        paired.run(100).unwrap().into_data();
        ddpm.run(100).unwrap().into_data();
    }
    let n = 1000;
    // All deterministic with 50 network calls: flow matching's Euler, the DDPM's DDIM (η = 0).
    let euler = |steps| FlowSampler { solver: Solver::Euler, steps };
    let independent = ratio(&rows(flow.chain(n, euler(50), 1000).xt), n, 51);
    let transport = ratio(&rows(paired.chain(n, euler(50), 1000).xt), n, 51);
    let ddim = ratio(&rows(ddpm.chain(n, Sampler::Ddim { steps: 50, eta: 0.0 }, 1000).xt), n, 51);
    eprintln!("path length / displacement: flow matching {independent:.3} (independent pairs), {transport:.3} (OT pairs); DDIM {ddim:.3}");
    assert!(transport < 1.02, "OT pairs {transport}");
    assert!(transport + 0.02 < ddim, "OT pairs {transport} vs DDIM {ddim}");
    assert!(transport + 0.1 < independent, "OT pairs {transport} vs independent {independent}");
    // Few steps: two Euler steps of the paired flow against two DDIM steps of the DDPM.
    let r = reference(&spec, 5);
    let bar = QualityBar::default();
    let two = evaluate(&rows(paired.chain(2000, euler(2), 2).final_x()), &r, &bar, 0);
    let ddim_two = evaluate(&rows(ddpm.chain(2000, Sampler::Ddim { steps: 2, eta: 0.0 }, 2).final_x()), &r, &bar, 0);
    eprintln!(
        "2 steps: flow matching (OT) MMD² {:.4} near {:.3}; DDIM MMD² {:.4} near {:.3}",
        two.mmd2, two.near, ddim_two.mmd2, ddim_two.near
    );
    assert!(two.mmd2 < ddim_two.mmd2, "{two:?} vs {ddim_two:?}");
}

#[test]
fn its_exact_likelihood_is_a_density_close_to_the_data_s() {
    let spec = DatasetSpec::default();
    let lab = trained(&spec, 3, BUDGET);
    // ∫ p = 1 over the plane: a 64 × 64 lattice over [−6, 6]² holds all but a sliver of it.
    let (g, half) = (64usize, 6.0f32);
    let cell = 2.0 * half / g as f32;
    let lattice: Vec<[f32; 2]> =
        (0..g * g).map(|k| [-half + ((k % g) as f32 + 0.5) * cell, -half + ((k / g) as f32 + 0.5) * cell]).collect();
    let mass: f64 = floats(lab.log_likelihood(&lattice)).iter().map(|&l| (l as f64).exp() * (cell * cell) as f64).sum();
    assert!((mass - 1.0).abs() < 0.05, "the density integrates to {mass}");
    // Held-out data: the model's mean log-likelihood is at most the true one (Gibbs' inequality,
    // up to sampling noise) and close to it.
    let held = generate(&DatasetSpec { n: 500, ..spec.clone() }, 999).points;
    let model: f64 = floats(lab.log_likelihood(&held)).iter().map(|&l| l as f64).sum::<f64>() / 500.0;
    let truth: f64 = held.iter().map(|&p| log_density(&spec, p).unwrap()).sum::<f64>() / 500.0;
    eprintln!("held-out log-likelihood: model {model:.3}, true {truth:.3} nats");
    assert!(model < truth + 0.05 && model > truth - 0.3, "model {model} vs true {truth}");
}

#[test]
fn the_assignment_is_the_cheapest_permutation() {
    // Every permutation of 6, against the Hungarian method, on seeded random costs.
    fn perms(n: usize) -> Vec<Vec<usize>> {
        if n == 0 {
            return vec![vec![]];
        }
        perms(n - 1)
            .into_iter()
            .flat_map(|p| {
                (0..n).map(move |k| {
                    let mut q = p.clone();
                    q.insert(k, n - 1);
                    q
                })
            })
            .collect()
    }
    let n = 6;
    for seed in 0..20u64 {
        let cost: Vec<f64> = (0..n * n).map(|i| ((i as u64 * 2654435761 + seed * 97) % 1000) as f64 / 10.0).collect();
        let total = |p: &[usize]| p.iter().enumerate().map(|(i, &j)| cost[i * n + j]).sum::<f64>();
        let best = perms(n).iter().map(|p| total(p)).fold(f64::INFINITY, f64::min);
        let got = assign(&cost, n);
        let mut seen = got.clone();
        seen.sort();
        assert_eq!(seen, (0..n).collect::<Vec<_>>());
        assert!((total(&got) - best).abs() < 1e-9, "seed {seed}: {} vs {best}", total(&got));
    }
}

/// The parameter counts the DDPM's and flow matching's pages state (pure, from the settings)
/// are the built networks' own, at the defaults and at the sliders' ends.
#[test]
fn the_pages_parameter_counts_are_the_networks_own() {
    use burn::module::Module;
    use genlab::models::rng::StdRng;
    use genlab::models::time_mlp::{TIME_FREQS, TimeMlp};
    use rand::SeedableRng;
    let dev = device::cpu();
    for (hidden, layers) in [(64, 2), (8, 1), (512, 6), (40, 3)] {
        let built = TimeMlp::new(TIME_FREQS, hidden, layers, &mut StdRng::seed_from_u64(1), &dev).num_params();
        assert_eq!(DiffusionConfig { hidden, layers, ..DiffusionConfig::default() }.params(), built, "{hidden}×{layers}");
        assert_eq!(FlowConfig { hidden, layers, ..FlowConfig::default() }.params(), built, "{hidden}×{layers}");
    }
}
