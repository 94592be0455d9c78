//! How GAN settings behave on the 2-D datasets: the sweep behind the GAN page's presets.
//!
//! `cargo run --release --example gan_sweep -- [loss] [g_lr] [d_lr] [d_steps] [steps] [seeds] [g_optim] [d_optim] [noise] [dataset] [weight] [separation] [every]`
//! prints, every `every` (500) iterations, the per-mode shares of 2,000 fixed-noise fakes, the share
//! near a mode, the grid JS divergence and G's mean gradient norm over those iterations.

use genlab::data::toy2d::{DatasetKind, DatasetSpec, generate};
use genlab::device;
use genlab::families::gan::lab::GanLab;
use genlab::families::gan::loss::GanLoss;
use genlab::families::gan::model::OptimKind;
use genlab::families::gan::runs::{GanRunConfig, Phase};
use genlab::quality::Reference;

fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize, d: &str| a.get(i).cloned().unwrap_or_else(|| d.to_string());
    let loss = GanLoss::from_id(&arg(0, "ns")).expect("loss: minimax|ns|lsgan|wgan-gp");
    let (g_lr, d_lr): (f64, f64) = (arg(1, "1e-3").parse().unwrap(), arg(2, "1e-3").parse().unwrap());
    let d_steps: usize = arg(3, "1").parse().unwrap();
    let steps: usize = arg(4, "3000").parse().unwrap();
    let seeds: Vec<u64> = arg(5, "1,2,3").split(',').map(|s| s.parse().unwrap()).collect();
    let optim = |s: String| if s == "sgd" { OptimKind::Sgd } else { OptimKind::Adam };
    let (g_optim, d_optim) = (optim(arg(6, "adam")), optim(arg(7, "adam")));
    let noise: usize = arg(8, "2").parse().unwrap();
    let kind = DatasetKind::from_id(&arg(9, "two_clusters")).expect("dataset id");
    let weight: f32 = arg(10, "0.5").parse().unwrap();
    let separation: f32 = arg(11, "4").parse().unwrap();
    let spec = DatasetSpec { kind, weight, separation, ..DatasetSpec::default() };
    for seed in seeds {
        let data = generate(&spec, seed);
        let fresh = generate(&DatasetSpec { n: 2000, ..spec.clone() }, seed + 1000);
        let weights = match kind {
            DatasetKind::TwoClusters => vec![weight, 1.0 - weight],
            _ => vec![1.0 / fresh.centres.len() as f32; fresh.centres.len()],
        };
        let radius = if kind == DatasetKind::TwoClusters { 3.0 * spec.spread } else { 0.9 * spec.spread };
        let reference = Reference { points: fresh.points, centres: fresh.centres, weights, radius };
        let mut config = GanRunConfig::default();
        config.model = config
            .model
            .with_loss(loss)
            .with_g_lr(g_lr)
            .with_d_lr(d_lr)
            .with_d_steps(d_steps)
            .with_g_optim(g_optim)
            .with_d_optim(d_optim)
            .with_noise_dim(noise);
        let mut lab = GanLab::new(&device::cpu(), &data.points, reference, seed, &[config]);
        let t0 = std::time::Instant::now();
        let mut line = format!("seed {seed}:");
        let every: usize = arg(12, "500").parse().unwrap();
        for _ in 0..steps / every {
            let flat: Vec<f32> = lab.chunk(every, Phase::Both, true).unwrap().into_data().try_to_vec().unwrap();
            let r = &lab.finish(&flat)[0];
            let m = r.meter.as_ref().unwrap();
            let gn = r.curves.g_grad_norm.iter().sum::<f32>() / r.curves.g_grad_norm.len() as f32;
            let shares: Vec<String> = m.quality.shares.iter().map(|s| format!("{s:.2}")).collect();
            line += &format!(" | {} [{}] near {:.2} js {:.3} |g| {:.3}", r.step, shares.join(" "), m.quality.near, m.js, gn);
        }
        println!("{line}  ({:.1} s)", t0.elapsed().as_secs_f64());
    }
}
