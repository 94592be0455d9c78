//! Native benchmark on burn's CPU device (flex): training speed of the 2×64 ε-MLP (batch 256),
//! time to the quality bar on two clusters, reverse-chain times for 2,000 points, and GAN
//! training speed (2×64 G and D, batch 256).
//! Run: `cargo run --release --example bench_native` (figures go in the README);
//! `… --example bench_native -- chain [hidden]` times only the reverse chains, five runs each
//! (optionally with another hidden width than the default 64).

use std::time::Instant;

use genlab::data::toy2d::{DatasetSpec, generate};
use genlab::device::{self, Backend};
use genlab::families::diffusion::config::DiffusionConfig;
use genlab::families::diffusion::lab::DiffusionLab;
use genlab::models::samplers::Sampler;
use genlab::models::schedule::ScheduleSpec;
use genlab::quality::{QualityBar, Reference, evaluate};

fn points(t: burn::prelude::Tensor<2>) -> Vec<[f32; 2]> {
    let v: Vec<f32> = t.into_data().try_to_vec().unwrap();
    v.chunks_exact(2).map(|c| [c[0], c[1]]).collect()
}

fn main() {
    let spec = DatasetSpec::default();
    let data = generate(&spec, 1);
    if std::env::args().nth(1).as_deref() == Some("chain") {
        let hidden = std::env::args().nth(2).map_or(64, |h| h.parse().expect("a hidden width"));
        return chains(data.points, 5, hidden);
    }
    let mut s = DiffusionLab::new(Backend::Cpu, device::cpu(), data.points.clone(), 1, DiffusionConfig::default());
    let _ = s.run(20).map(|t| t.into_data()); // warm-up
    for chunk in [1usize, 50] {
        let t0 = Instant::now();
        let mut steps = 0;
        while t0.elapsed().as_secs_f64() < 3.0 {
            let _ = s.run(chunk).map(|t| t.into_data());
            steps += chunk;
        }
        let rate = steps as f64 / t0.elapsed().as_secs_f64();
        println!("training, readback every {chunk:>2} step(s): {rate:.0} steps/s");
    }

    // Time to the quality bar: check every 100 steps with a DDIM-50 sample of 1,000 points.
    let fresh = generate(&DatasetSpec { n: 2000, ..spec.clone() }, 1001);
    let reference = Reference { points: fresh.points, centres: fresh.centres, weights: vec![0.5, 0.5], radius: 1.5 };
    let mut s = DiffusionLab::new(Backend::Cpu, device::cpu(), data.points.clone(), 1, DiffusionConfig::default());
    let t0 = Instant::now();
    loop {
        s.run(100).unwrap().into_data();
        let q = evaluate(
            &points(s.chain(1000, Sampler::Ddim { steps: 50, eta: 1.0 }, 2).final_x()),
            &reference,
            &QualityBar::default(),
            s.step,
        );
        if q.passes || s.step >= 20_000 {
            println!(
                "quality bar {} at step {} after {:.2} s (checks included)",
                if q.passes { "reached" } else { "NOT reached" },
                s.step,
                t0.elapsed().as_secs_f64()
            );
            break;
        }
    }

    chains(data.points.clone(), 1, 64);
    // GAN: one D + one G step per iteration, 2×64 both, batch 256, Adam, non-saturating loss;
    // one readback per 100 iterations, without and with the page's view (rendered once per chunk).
    for view in [false, true] {
        let config = genlab::families::gan::runs::GanRunConfig { batch: 256, ..Default::default() };
        let mut lab = genlab::families::gan::lab::GanLab::new(&device::cpu(), &data_gan(), Reference::default(), 1, &[config]);
        let phase = genlab::families::gan::runs::Phase::Both;
        lab.chunk(20, phase, view).unwrap().into_data();
        let t0 = Instant::now();
        for _ in 0..10 {
            let flat: Vec<f32> = lab.chunk(100, phase, view).unwrap().into_data().try_to_vec().unwrap();
            lab.finish(&flat);
        }
        println!(
            "GAN training{}: {:.0} iterations/s",
            if view { " with a view per 100 iterations" } else { "" },
            1000.0 / t0.elapsed().as_secs_f64()
        );
    }
}

fn data_gan() -> Vec<[f32; 2]> {
    generate(&DatasetSpec::default(), 1).points
}

/// Reverse chains on 2,000 points with T = 1000 (DDPM's linear 1e-4 → 0.02): the best and the
/// median of `runs` runs of each sampler, ε-MLP 2 × `hidden`.
fn chains(points: Vec<[f32; 2]>, runs: usize, hidden: usize) {
    let schedule = ScheduleSpec { steps: 1000, beta_start: 1e-4, beta_end: 0.02, ..ScheduleSpec::default() };
    let mut s =
        DiffusionLab::new(Backend::Cpu, device::cpu(), points, 1, DiffusionConfig { schedule, hidden, ..DiffusionConfig::default() });
    s.run(10).unwrap().into_data();
    for (name, sampler) in [
        ("DDPM, 1000 steps", Sampler::Ddpm),
        ("DDIM, 100 steps", Sampler::Ddim { steps: 100, eta: 0.0 }),
        ("DDIM, 50 steps", Sampler::Ddim { steps: 50, eta: 0.0 }),
    ] {
        let mut ms: Vec<f64> = (0..runs)
            .map(|_| {
                let t0 = Instant::now();
                let _ = s.chain(2000, sampler, 100).final_x().into_data();
                t0.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        ms.sort_by(f64::total_cmp);
        let spread = if runs > 1 { format!(" (best {:.0}, median of {runs})", ms[0]) } else { String::new() };
        println!("reverse chain, 2000 points, {name}: {:.0} ms{spread} (100 frames kept)", ms[runs / 2]);
    }
}
