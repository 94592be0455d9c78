//! Sweep: how sample quality of the 2-D DDPM evolves with training, for a few settings.
//! Run: `cargo run --release --example quality_sweep`.
use genlab::data::toy2d::{DatasetSpec, generate};
use genlab::device::{self, Backend};
use genlab::families::diffusion::config::DiffusionConfig;
use genlab::families::diffusion::lab::DiffusionLab;
use genlab::quality::{QualityBar, Reference, evaluate};

fn main() {
    let spec = DatasetSpec::default();
    let fresh = generate(&DatasetSpec { n: 2000, ..spec.clone() }, 1003);
    let r = Reference { points: fresh.points, centres: fresh.centres, weights: vec![0.5, 0.5], radius: 1.5 };
    for (lr, batch, hidden) in [(2e-3, 256, 64), (1e-3, 256, 64), (2e-3, 512, 64), (1e-3, 256, 128)] {
        for seed in [3u64, 4] {
            let cfg = DiffusionConfig { learning_rate: lr, batch, hidden, ..DiffusionConfig::default() };
            let mut s = DiffusionLab::new(Backend::Cpu, device::cpu(), generate(&spec, seed).points, seed, cfg);
            let mut line = format!("lr {lr} batch {batch} width {hidden} seed {seed}:");
            for _ in 0..12 {
                s.run(250).unwrap().into_data();
                let v: Vec<f32> = s.sample(2000).into_data().try_to_vec().unwrap();
                let pts: Vec<[f32; 2]> = v.chunks_exact(2).map(|c| [c[0], c[1]]).collect();
                let q = evaluate(&pts, &r, &QualityBar::default(), s.step);
                line += &format!(" {:.2}{}", q.shares[0], if q.passes { "✓" } else { "✗" });
            }
            println!("{line}");
        }
    }
}
