//! The folded sampling network (`families/diffusion/fold.rs`) against the unfolded one. At several
//! timesteps the folded ε̂ = x W₁ˣ + c_t → … equals ε_θ([x, e(t)]) evaluated by the full
//! network on the concatenated input, with e(t) written out here by hand; and the DDPM chain
//! built on it records x̂_0 frames that equal the per-point formula with the unfolded ε̂.

use burn::prelude::{Device, Tensor, TensorData};
use genlab::data::toy2d::{DatasetSpec, generate};
use genlab::device;
use genlab::families::diffusion::model::{Ddpm, DdpmConfig};
use genlab::models::Batcher;
use genlab::models::samplers::Sampler;
use genlab::models::samplers::predict_x0;
use genlab::models::schedule::ScheduleSpec;

fn rows(t: Tensor<2>) -> Vec<[f32; 2]> {
    let v: Vec<f32> = t.into_data().try_to_vec().unwrap();
    v.chunks_exact(2).map(|c| [c[0], c[1]]).collect()
}

/// A model a few dozen steps into training (so the EMA weights are not the initial ones).
fn trained(config: &DdpmConfig, seed: u64) -> Ddpm {
    let mut model = Ddpm::init(config, &device::cpu(), seed);
    let mut batcher = Batcher::new(generate(&DatasetSpec::default(), seed).points, seed);
    for _ in 0..30 {
        model.step(&batcher.next(256)).loss.into_data();
    }
    model
}

/// A 9 × 9 lattice over [−4, 4]², past the data in every direction.
fn lattice() -> Vec<[f32; 2]> {
    (0..81).map(|k| [-4.0 + (k % 9) as f32, -4.0 + (k / 9) as f32]).collect()
}

/// `[x, y, sin(a_0) … sin(a_{k−1}), cos(a_0) … cos(a_{k−1})]`, a_i = (t / T) · π · 2^i.
fn full_input(points: &[[f32; 2]], t: usize, big_t: usize, freqs: usize) -> Vec<f32> {
    let a: Vec<f32> = (0..freqs).map(|i| t as f32 / big_t as f32 * (std::f32::consts::PI * 2f32.powi(i as i32))).collect();
    points.iter().flat_map(|p| [p[0], p[1]].into_iter().chain(a.iter().map(|v| v.sin())).chain(a.iter().map(|v| v.cos()))).collect()
}

fn assert_folded_equals_full(config: &DdpmConfig, seed: u64) {
    let model = trained(config, seed);
    let big_t = model.schedule.len();
    let ts = [big_t - 1, big_t / 2, 37, 1, 0];
    let folded = model.fold_eps(&ts);
    assert_eq!(folded.len(), ts.len());
    let points = lattice();
    let device = Device::flex();
    let x = Tensor::<2>::from_data(TensorData::new(points.iter().flat_map(|p| *p).collect::<Vec<_>>(), [points.len(), 2]), &device);
    let width = 2 + 2 * config.time_freqs;
    for (i, &t) in ts.iter().enumerate() {
        let input =
            Tensor::<2>::from_data(TensorData::new(full_input(&points, t, big_t, config.time_freqs), [points.len(), width]), &device);
        let want = rows(model.sampling_model().forward(input));
        let got = rows(folded.forward(x.clone(), i));
        for (p, (w, g)) in want.iter().zip(&got).enumerate() {
            for k in 0..2 {
                assert!((w[k] - g[k]).abs() <= 1e-5 * (1.0 + w[k].abs()), "{config:?} t = {t}, point {p}: {w:?} vs {g:?}");
            }
        }
    }
}

#[test]
fn folded_eps_equals_the_full_network_on_the_concatenated_input() {
    assert_folded_equals_full(&DdpmConfig::new(), 3);
}

#[test]
fn folding_holds_for_other_depths_widths_and_embeddings() {
    assert_folded_equals_full(&DdpmConfig::new().with_layers(1).with_hidden(32), 4);
    assert_folded_equals_full(&DdpmConfig::new().with_layers(3).with_hidden(48).with_time_freqs(4), 5);
}

#[test]
fn every_ddpm_frame_x0_equals_its_formula_with_the_unfolded_eps() {
    let schedule = ScheduleSpec { steps: 100, ..ScheduleSpec::default() };
    let mut model = trained(&DdpmConfig::new().with_schedule(schedule), 6);
    let n = 32;
    let chain = model.chain(n, Sampler::Ddpm, 1000);
    assert_eq!(chain.ts.len(), 101, "every step is a frame, then the sample");
    let (xt, x0) = (rows(chain.xt.clone()), rows(chain.x0.clone()));
    for (f, &t) in chain.ts[..100].iter().enumerate() {
        let here = &xt[f * n..(f + 1) * n];
        let eps = rows(model.eps_field(here, t));
        for i in 0..n {
            let want = predict_x0(here[i], eps[i], model.schedule.alpha_bars[t]);
            let got = x0[f * n + i];
            let tol = 1e-4 * (1.0 + want[0].abs().max(want[1].abs()));
            assert!((want[0] - got[0]).abs() < tol && (want[1] - got[1]).abs() < tol, "t = {t} point {i}: {want:?} vs {got:?}");
        }
    }
}
