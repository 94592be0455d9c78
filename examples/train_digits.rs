//! Trains the digit GAN and the digit VAEs natively, writes their weight files, and judges
//! every image family on the same classes (the seed's first picture, in numbers):
//!
//! ```sh
//! cargo run --release --example train_digits -- --seed 1 --out www/models/
//! ```
//! (the shipped files came from these seeds and step counts, in the optimised dev profile, run
//! as two processes: `--only gan` and `--only cvae,vae2d,ae2d`; each model draws its own
//! seeded stream, so that is the same work). Models (f16 files in `--out`): `digits-gan.bin` (class-conditional DCGAN, `--gan-steps`, default 4,000),
//! `digits-cvae.bin` (class-conditional VAE, 8-D latent), `digits-vae2d.bin` and
//! `digits-ae2d.bin` (unconditional VAE and autoencoder with a 2-D latent, for the latent
//! plane), each `--vae-steps` (default 2,500). `--only gan,cvae,vae2d,ae2d` trains some; `--eval` trains none
//! and judges the files in `--out` (with the shipped classifier and U-Net): per family and
//! class, the share read as the class asked for, the spread relative to real digits, and
//! precision / recall (`--per-class` samples against as many real digits of the class), and
//! the time to sample 16 images. `--gan-lr R` trains (or `--eval` reads) a GAN with both
//! learning rates at R, written to `--gan-file` (default `digits-gan.bin`): the search for a
//! setting that collapses. `--grid FILE` writes a PNG: one band per family, a row per
//! class. The models train on the real digits' training split (`src/data/mnist.rs`; `--data
//! glyphs` trains on the stroke digits instead) and are always judged against held-out real
//! digits, by the judge `--judge FILE` in `--out` (default `digits-classifier.bin`, trained on
//! real digits by `examples/train_judge.rs`). Every draw is seeded.

use std::time::Instant;

use burn::prelude::Tensor;
use std::sync::Arc;

use genlab::data::glyphs::{CLASSES, DigitStream, PIXELS};
use genlab::data::mnist::{self, DigitBank};
use genlab::data::stream::RealStream;
use genlab::device;
use genlab::families::digit_gan::model::{DigitGan, DigitGanConfig};
use genlab::families::digit_vae::model::{DigitVae, DigitVaeConfig};
use genlab::families::images::model::ImageDenoiser;
use genlab::judge::classifier::Classifier;
use genlab::judge::report::{ClassReport, RealClass, as_samples, judge, mean};
use genlab::models::samplers::Sampler;
use genlab::models::weights::Precision;

struct Args {
    seed: u64,
    out: String,
    gan_lr: Option<f64>,
    gan_file: String,
    gan_steps: u64,
    vae_steps: u64,
    batch: usize,
    only: Vec<String>,
    eval_only: bool,
    per_class: usize,
    grid: Option<String>,
    /// `glyphs` (the stroke digits) or `real` (MNIST's training split; judged on its held-out).
    data: String,
    /// The judge's file in `--out`.
    judge: String,
}

fn args() -> Args {
    let mut a = Args {
        seed: 1,
        out: "www/models".into(),
        gan_lr: None,
        gan_file: "digits-gan.bin".into(),
        gan_steps: 4000,
        vae_steps: 2500,
        batch: 64,
        only: vec![],
        eval_only: false,
        per_class: 100,
        grid: None,
        data: "real".into(),
        judge: "digits-classifier.bin".into(),
    };
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let mut it = argv.iter();
    while let Some(k) = it.next() {
        let mut v = || it.next().unwrap_or_else(|| panic!("{k} needs a value")).clone();
        match k.as_str() {
            "--seed" => a.seed = v().parse().expect("seed"),
            "--out" => a.out = v().trim_end_matches('/').to_string(),
            "--gan-lr" => a.gan_lr = Some(v().parse().expect("learning rate")),
            "--gan-file" => a.gan_file = v(),
            "--gan-steps" => a.gan_steps = v().parse().expect("steps"),
            "--vae-steps" => a.vae_steps = v().parse().expect("steps"),
            "--batch" => a.batch = v().parse().expect("batch"),
            "--only" => a.only = v().split(',').map(String::from).collect(),
            "--per-class" => a.per_class = v().parse().expect("per-class"),
            "--grid" => a.grid = Some(v()),
            "--eval" => a.eval_only = true,
            "--data" => a.data = v(),
            "--judge" => a.judge = v(),
            other => panic!("unknown argument {other}"),
        }
    }
    a
}

/// The shipped VAE variants: file stem and configuration.
fn vae_variants() -> [(&'static str, DigitVaeConfig); 3] {
    [
        ("cvae", DigitVaeConfig::new().with_latent(8).with_conditional(true)),
        ("vae2d", DigitVaeConfig::new()),
        ("ae2d", DigitVaeConfig::new().with_variational(false)),
    ]
}

fn wanted(a: &Args, name: &str) -> bool {
    !a.eval_only && (a.only.is_empty() || a.only.iter().any(|o| o == name))
}

fn save(path: &str, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("writing {path}: {e}"));
    println!("  wrote {path} ({} bytes)", bytes.len());
}

fn real_digits() -> DigitBank {
    mnist::decode(&std::fs::read("www/data/mnist.png").expect("www/data/mnist.png")).expect("the real digits")
}

fn scalar(t: Tensor<1>) -> f64 {
    t.into_scalar::<f32>() as f64
}

/// A seeded source of (pixels, labels) batches.
type Batches = Box<dyn FnMut(usize) -> (Vec<f32>, Vec<u8>)>;

/// Trains for `steps` batches from a seeded digit stream; `step` returns two losses to print.
fn train_loop(a: &Args, salt: u64, steps: u64, names: [&str; 2], mut step: impl FnMut(&[f32], &[u8]) -> (f64, f64)) {
    let mut data: Batches = if a.data == "real" {
        let mut s = RealStream::new(Arc::new(real_digits()), a.seed ^ salt);
        Box::new(move |b| s.next(b))
    } else {
        let mut s = DigitStream::new(a.seed ^ salt, 20_000);
        Box::new(move |b| s.next(b))
    };
    let (t0, mut acc) = (Instant::now(), (0.0, 0.0));
    for s in 1..=steps {
        let (x, y) = data(a.batch);
        let (l0, l1) = step(&x, &y);
        acc = (acc.0 + l0, acc.1 + l1);
        if s % 500 == 0 {
            println!(
                "  step {s}: {} {:.3}  {} {:.3}  {:.1} it/s",
                names[0],
                acc.0 / 500.0,
                names[1],
                acc.1 / 500.0,
                s as f64 / t0.elapsed().as_secs_f64()
            );
            acc = (0.0, 0.0);
        }
    }
}

fn train_gan(a: &Args) {
    let config = match a.gan_lr {
        Some(lr) => DigitGanConfig::new().with_g_lr(lr).with_d_lr(lr),
        None => DigitGanConfig::new(),
    };
    let mut gan = DigitGan::init(&config, &device::cpu(), a.seed);
    println!("digit GAN: {} params, {} steps of batch {}", gan.num_params(), a.gan_steps, a.batch);
    train_loop(a, 0x0067_616e, a.gan_steps, ["L_D", "L_G"], |x, y| {
        let s = gan.step(x, y);
        (scalar(s.d_loss), scalar(s.g_loss))
    });
    save(&format!("{}/{}", a.out, a.gan_file), &gan.to_bytes(Precision::F16));
}

fn train_vae(a: &Args, name: &str, config: &DigitVaeConfig) {
    let mut vae = DigitVae::init(config, &device::cpu(), a.seed);
    println!("digit {name}: {} params, {} steps of batch {}", vae.num_params(), a.vae_steps, a.batch);
    train_loop(a, 0x0076_6165, a.vae_steps, ["recon (nats)", "KL (nats)"], |x, y| {
        let s = vae.step(x, y);
        (scalar(s.recon), scalar(s.kl))
    });
    save(&format!("{}/digits-{name}.bin", a.out), &vae.to_bytes(Precision::F16));
}

/// A family's sampler: classes and a seed → model-space images.
type Sampler16<'a> = Box<dyn Fn(&[usize], u64) -> Tensor<2> + 'a>;

/// The diffusion model as the images page samples by default: DDIM-25, η = 1, guidance `w`
/// (ε̂ = (1 + w) ε_c − w ε_∅; the page's default is w = 1, w = 0 is plain conditional).
fn diffusion(unet: &ImageDenoiser, classes: &[usize], seed: u64, w: f64) -> Tensor<2> {
    let c: Vec<Option<usize>> = classes.iter().map(|k| Some(*k)).collect();
    unet.sample(&c, Sampler::Ddim { steps: 25, eta: 1.0 }, w, seed)
}

/// Share of grid points `z` (pairs) with no code of `codes` (pairs) within `r`: the plane's
/// empty area.
fn empty_share(z: &[f32], codes: &[f32], r: f32) -> f64 {
    let near = |p: &[f32]| codes.chunks(2).any(|c| (c[0] - p[0]).powi(2) + (c[1] - p[1]).powi(2) <= r * r);
    z.chunks(2).filter(|p| !near(p)).count() as f64 / (z.len() / 2) as f64
}

/// The latent plane of a 2-D model: where real digits' codes lie, and how much of the plane
/// between them decodes to something the judge finds among real digits (the rest: holes).
fn plane(name: &str, model: &DigitVae, clf: &Classifier, reals: &[RealClass]) {
    let pixels: Vec<f32> = reals.iter().flat_map(|r| r.pixels.iter().copied()).collect();
    let classes: Vec<usize> = reals.iter().flat_map(|r| vec![r.class; r.pixels.len() / PIXELS]).collect();
    let (mu, _) = model.encode(&pixels, &classes);
    let (xs, ys): (Vec<f32>, Vec<f32>) = mu.chunks(2).map(|z| (z[0], z[1])).unzip();
    let range = |v: &[f32]| {
        let mut v = v.to_vec();
        v.sort_by(f32::total_cmp);
        (v[v.len() / 100], v[v.len() * 99 / 100])
    };
    let ((x0, x1), (y0, y1)) = (range(&xs), range(&ys));
    let sd = |v: &[f32]| (v.iter().map(|x| x * x).sum::<f32>() / v.len() as f32).sqrt();
    let g = 16;
    let z: Vec<f32> = (0..g * g)
        .flat_map(|i| [x0 + (x1 - x0) * (i % g) as f32 / (g - 1) as f32, y0 + (y1 - y0) * (i / g) as f32 / (g - 1) as f32])
        .collect();
    let decoded = model.decode(&z, &vec![0; g * g]);
    let (probs, feats) = clf.predict_host(decoded);
    let confident = probs.chunks(CLASSES).filter(|p| p.iter().cloned().fold(0.0, f32::max) >= 0.9).count();
    let real: Vec<f32> = reals.iter().flat_map(|r| r.features.iter().copied()).collect();
    let pr = genlab::judge::variety::precision_recall(&real, &feats, clf.config.features, 3);
    let cell = ((x1 - x0) / (g - 1) as f32).max((y1 - y0) / (g - 1) as f32);
    let empty = empty_share(&z, &mu, cell);
    println!(
        "  {name}: codes of real digits x [{x0:.2}, {x1:.2}] y [{y0:.2}, {y1:.2}] (rms {:.2}, {:.2}); a {g}×{g} grid over that box: {:.2} with no code within a cell, {:.2} read with p ≥ 0.9, precision {:.2}",
        sd(&xs),
        sd(&ys),
        empty,
        confident as f64 / (g * g) as f64,
        pr.precision
    );
}

fn print_row(name: &str, r: &ClassReport) {
    println!(
        "  {name:<10} n {:>5}  class {:.3}  spread {:.3}  precision {:.3}  recall {:.3}",
        r.n, r.class_share, r.spread, r.precision, r.recall
    );
}

fn main() {
    let a = args();
    std::fs::create_dir_all(&a.out).expect("out dir");
    if wanted(&a, "gan") {
        train_gan(&a);
    }
    for (name, config) in vae_variants() {
        if wanted(&a, name) {
            train_vae(&a, name, &config);
        }
    }
    let inf = device::cpu().without_autodiff();
    let read = |f: &str| std::fs::read(format!("{}/{f}", a.out)).unwrap_or_else(|e| panic!("{f}: {e}"));
    let clf = Classifier::from_bytes(&read(&a.judge), &inf).expect("judge");
    let exists = |f: &str| std::path::Path::new(&format!("{}/{f}", a.out)).exists();
    let gan = exists(&a.gan_file).then(|| DigitGan::from_bytes(&read(&a.gan_file), &inf, a.seed).expect("gan"));
    let cvae = exists("digits-cvae.bin").then(|| DigitVae::from_bytes(&read("digits-cvae.bin"), &inf, a.seed).expect("cvae"));
    let unet = ImageDenoiser::from_bytes(&read("digits-unet.bin"), &inf).expect("unet");
    let mut families: Vec<(&str, Sampler16)> = Vec::new();
    if let Some(gan) = &gan {
        families.push(("GAN", Box::new(|c: &[usize], s| gan.sample(c, s))));
    }
    if let Some(cvae) = &cvae {
        families.push(("VAE", Box::new(|c: &[usize], s| cvae.sample(c, s))));
    }
    families.push(("diffusion", Box::new(|c: &[usize], s| diffusion(&unet, c, s, 1.0))));
    families.push(("diff. w=0", Box::new(|c: &[usize], s| diffusion(&unet, c, s, 0.0))));
    let n = a.per_class;
    // The references: held-out real digits (the first n of each class; the "real" row is the
    // next n, another draw of the same hand).
    let bank = real_digits();
    assert!(2 * n <= mnist::HELD_PER_CLASS, "--per-class at most {}", mnist::HELD_PER_CLASS / 2);
    let (reals, others): (Vec<RealClass>, Vec<Vec<f32>>) = (0..CLASSES)
        .map(|c| {
            let held = bank.held_of(c, 2 * n).pixels;
            (RealClass::of(&clf, c, held[..n * PIXELS].to_vec()), held[n * PIXELS..].to_vec())
        })
        .unzip();
    let mut grid: Vec<Vec<f32>> = Vec::new();
    println!("judged by {} on {n} samples per class against {n} held-out real digits of the class (k = 3)", a.judge);
    let real_rows: Vec<ClassReport> = (0..CLASSES).map(|c| judge(&clf, as_samples(&others[c]), &reals[c])).collect();
    print_row("real", &mean(&real_rows));
    for (name, sample) in &families {
        let t = Instant::now();
        let _ = sample(&(0..16).map(|i| i % CLASSES).collect::<Vec<_>>(), 7).into_data();
        let ms16 = t.elapsed().as_secs_f64() * 1e3;
        let mut rows = Vec::new();
        let mut band = Vec::new();
        for (c, real) in reals.iter().enumerate() {
            let x = sample(&vec![c; n], 10_000 + c as u64);
            band.extend(x.clone().slice([0..8, 0..PIXELS]).into_data().try_into_vec_as::<f32>().expect("f32"));
            rows.push(judge(&clf, x, real));
        }
        print_row(name, &mean(&rows));
        println!("    16 images in {ms16:.1} ms; per class (class share / spread / precision / recall):");
        for (c, r) in rows.iter().enumerate() {
            println!("    {c}: {:.2} / {:.2} / {:.2} / {:.2}", r.class_share, r.spread, r.precision, r.recall);
        }
        grid.push(band);
    }
    for name in ["vae2d", "ae2d"] {
        if exists(&format!("digits-{name}.bin")) {
            let model = DigitVae::from_bytes(&read(&format!("digits-{name}.bin")), &inf, a.seed).expect(name);
            plane(name, &model, &clf, &reals);
        }
    }
    if let Some(path) = &a.grid {
        let (cols, rows) = (8u32, (CLASSES * grid.len()) as u32);
        let img = image::GrayImage::from_fn(cols * 28, rows * 28, |x, y| {
            let (band, class, col) = ((y / 28) as usize / CLASSES, (y / 28) as usize % CLASSES, (x / 28) as usize);
            let v = grid[band][(class * 8 + col) * PIXELS + ((y % 28) * 28 + x % 28) as usize];
            image::Luma([(255.0 * (1.0 - (v + 1.0) / 2.0)).clamp(0.0, 255.0) as u8])
        });
        img.save(path).expect("grid png");
        println!("wrote {path}");
    }
}
