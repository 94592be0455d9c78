//! A reverse chain split between two workers (the browser's helper, `worker/helper.rs`): the
//! helper's half comes from a session rebuilt from the kept weights, and the halves are joined
//! frame by frame. The joined chain must be one chain: same frames, each point where its half
//! put it, and samples that meet the quality bar like the unsplit chain's.

use burn::prelude::Tensor;
use genlab::data::toy2d::{generate, DatasetSpec};
use genlab::device::{self, Backend};
use genlab::models::ddpm_chain::{join_frames, Sampler};
use genlab::models::keep::KeepRuns;
use genlab::quality::{evaluate, QualityBar, Reference};
use genlab::worker::session::{Session, SessionConfig};

fn flat(chain: genlab::models::ddpm_chain::Chain) -> (Vec<usize>, Vec<f32>) {
    (chain.ts, Tensor::cat(vec![chain.xt, chain.x0], 0).into_data().try_to_vec().unwrap())
}

#[test]
fn frames_join_point_wise() {
    // Two frames of x_t and two of x̂_0: a has 1 point per frame, b has 2.
    let a = [1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5];
    let b = [10.0, 10.5, 11.0, 11.5, 20.0, 20.5, 21.0, 21.5, 30.0, 30.5, 31.0, 31.5, 40.0, 40.5, 41.0, 41.5];
    let j = join_frames(&a, 1, &b, 2, 2);
    assert_eq!(j.len(), 24);
    assert_eq!(&j[..6], &[1.0, 1.5, 10.0, 10.5, 11.0, 11.5]);
    assert_eq!(&j[6..12], &[2.0, 2.5, 20.0, 20.5, 21.0, 21.5]);
    assert_eq!(&j[18..], &[4.0, 4.5, 40.0, 40.5, 41.0, 41.5]);
}

#[test]
fn a_chain_split_with_the_helper_meets_the_bar_like_the_whole_chain() {
    let spec = DatasetSpec { weight: 0.8, ..DatasetSpec::default() };
    let seed = 42;
    let data = generate(&spec, seed);
    let mut s = Session::new(Backend::Cpu, device::cpu(), data.points, seed, SessionConfig::default());
    for _ in 0..10 {
        s.run(100).unwrap().into_data();
    }
    let fresh = generate(&DatasetSpec { n: 2000, ..spec.clone() }, seed + 1000);
    let reference = Reference { points: fresh.points, centres: fresh.centres, weights: vec![0.8, 0.2], radius: 3.0 * spec.spread };
    let sampler = Sampler::Ddim { steps: 50, eta: 1.0 };

    let (pieces, steps) = s.kept_pieces();
    let weights: Vec<f32> = Tensor::cat(pieces, 0).into_data().try_to_vec().unwrap();
    let mut helper = Session::from_kept(SessionConfig::default(), seed ^ 7, steps[0], &weights).unwrap();
    let (ts_a, a) = flat(s.chain(1000, sampler, 10));
    let (ts_b, b) = flat(helper.chain(1000, sampler, 10));
    assert_eq!(ts_a, ts_b, "both halves keep the same frames");
    let joined = join_frames(&a, 1000, &b, 1000, ts_a.len());
    let last = (ts_a.len() - 1) * 2000 * 2;
    let samples: Vec<[f32; 2]> = joined[last..last + 4000].chunks_exact(2).map(|c| [c[0], c[1]]).collect();
    let q = evaluate(&samples, &reference, &QualityBar::default(), s.step);
    assert!(q.passes, "joined chain: {q:?}");
    let helper_only: Vec<[f32; 2]> = samples[1000..].to_vec();
    let qh = evaluate(&helper_only, &reference, &QualityBar::default(), s.step);
    assert!(qh.passes, "the helper's half alone: {qh:?}");

    // Without the kept weights the helper's half is noise-like and fails the bar.
    let mut untrained = Session::new(Backend::Cpu, device::cpu(), Vec::new(), seed ^ 7, SessionConfig::default());
    let (_, u) = flat(untrained.chain(1000, sampler, 10));
    let bad: Vec<[f32; 2]> = u[(ts_a.len() - 1) * 2000..(ts_a.len() - 1) * 2000 + 2000].chunks_exact(2).map(|c| [c[0], c[1]]).collect();
    assert!(!evaluate(&bad, &reference, &QualityBar::default(), 0).passes);
}
