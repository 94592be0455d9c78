//! Trains the shipped image models natively and writes their weight files:
//!
//! ```sh
//! cargo run --release --example train_images -- --seed 1 --minutes 20 --out www/models/
//! ```
//! First the digit classifier (a minute), then the class-conditional U-Net DDPM for `--minutes`
//! on freshly generated digits (`--images` per epoch, a new seed every epoch), checkpointing
//! every two minutes; `--steps N` trains exactly N U-Net steps instead of a time budget (every
//! draw is seeded, so the work no longer depends on the machine's speed). `--eval` skips
//! training and scores the files in `--out`; `--grid FILE`
//! also writes a PNG of guided samples (one row per class); `--time-ddpm` times a full
//! 1000-step guided chain of 16 images; `--resume` continues from the U-Net file in `--out`
//! (fresh optimiser, the classifier kept); `--lean` trains the cheaper U-Net (no middle block,
//! additive skips). `--data real` (the default; the shipped U-Net) trains on the real digits'
//! training split (`src/data/mnist.rs`), judges with `digits-classifier.bin` in `--out` (the
//! judge trained on real digits by `examples/train_judge.rs`; no classifier is trained here)
//! and compares against held-out real digits; `--data glyphs` trains on stroke digits.
//! Everything is seeded.

use std::sync::Arc;
use std::time::Instant;

use genlab::data::glyphs::{CLASSES, DigitStream, ImageSet, PIXELS, generate};
use genlab::data::mnist::{self, DigitBank};
use genlab::data::stream::RealStream;
use genlab::device;
use genlab::families::images::model::{ImageDdpm, ImageDdpmConfig, ImageDenoiser};
use genlab::judge::classifier::{Classifier, ClassifierConfig, to_model_space};
use genlab::judge::metrics::{class_share, frechet_distance, inception_score};
use genlab::models::samplers::Sampler;
use genlab::models::weights::Precision;
use rand::{SeedableRng, rngs::StdRng};

/// Command-line settings (see the module docs; defaults in `args`).
struct Args {
    seed: u64,
    minutes: f64,
    steps: u64,
    out: String,
    images: usize,
    batch: usize,
    classifier_steps: usize,
    eval_only: bool,
    per_class: usize,
    guidance: f64,
    ddim: usize,
    grid: Option<String>,
    time_ddpm: bool,
    resume: bool,
    lean: bool,
    /// `glyphs` or `real`.
    data: String,
}

fn args() -> Args {
    let mut a = Args {
        seed: 1,
        minutes: 20.0,
        steps: 0,
        out: "www/models/".into(),
        images: 20_000,
        batch: 64,
        classifier_steps: 1500,
        eval_only: false,
        per_class: 64,
        guidance: 2.0,
        ddim: 50,
        grid: None,
        time_ddpm: false,
        resume: false,
        lean: false,
        data: "real".into(),
    };
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let mut it = argv.iter();
    while let Some(k) = it.next() {
        let mut v = || it.next().unwrap_or_else(|| panic!("{k} needs a value")).clone();
        match k.as_str() {
            "--seed" => a.seed = v().parse().expect("seed"),
            "--minutes" => a.minutes = v().parse().expect("minutes"),
            "--steps" => a.steps = v().parse().expect("steps"),
            "--out" => a.out = v(),
            "--images" => a.images = v().parse().expect("images"),
            "--batch" => a.batch = v().parse().expect("batch"),
            "--classifier-steps" => a.classifier_steps = v().parse().expect("steps"),
            "--per-class" => a.per_class = v().parse().expect("per-class"),
            "--guidance" => a.guidance = v().parse().expect("guidance"),
            "--ddim" => a.ddim = v().parse().expect("ddim"),
            "--grid" => a.grid = Some(v()),
            "--eval" => a.eval_only = true,
            "--time-ddpm" => a.time_ddpm = true,
            "--resume" => a.resume = true,
            "--lean" => a.lean = true,
            "--data" => a.data = v(),
            other => panic!("unknown argument {other}"),
        }
    }
    a
}

fn real_digits() -> DigitBank {
    mnist::decode(&std::fs::read("www/data/mnist.png").expect("www/data/mnist.png")).expect("the real digits")
}

/// `n` held-out real digits whose classes cycle 0, 1, …, 9 (the `part`-th run of `n / 10` of
/// each class).
fn references(n: usize, part: usize) -> ImageSet {
    let bank = real_digits();
    let per = n / CLASSES;
    let by_class: Vec<ImageSet> = (0..CLASSES).map(|c| bank.held_of(c, (part + 1) * per)).collect();
    let mut set = ImageSet { pixels: Vec::new(), labels: Vec::new() };
    for i in 0..per * CLASSES {
        let (c, j) = (i % CLASSES, part * per + i / CLASSES);
        set.pixels.extend_from_slice(by_class[c].image(j));
        set.labels.push(c as u8);
    }
    set
}

fn scalar(t: burn::prelude::Tensor<1>) -> f32 {
    t.into_scalar::<f32>()
}

fn train_classifier(a: &Args) -> Classifier {
    let dev = device::cpu();
    let mut clf = Classifier::init(&ClassifierConfig::new(), &dev, a.seed);
    println!("classifier: {} params", clf.num_params());
    let mut data = DigitStream::new(a.seed ^ 0xC1A5, 10_000);
    let t0 = Instant::now();
    let mut acc = 0.0;
    for s in 1..=a.classifier_steps {
        let (x, y) = data.next(a.batch);
        acc += scalar(clf.step(&x, &y).loss);
        if s % 250 == 0 {
            println!("  classifier step {s}: loss {:.4} ({:.1} it/s)", acc / 250.0, s as f64 / t0.elapsed().as_secs_f64());
            acc = 0.0;
        }
    }
    let test = generate(2000, 424_242);
    println!("  classifier accuracy on 2000 fresh digits: {:.4}", clf.accuracy(&test.pixels, &test.labels));
    clf
}

fn save(path: &str, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("writing {path}: {e}"));
    println!("  wrote {path} ({} bytes)", bytes.len());
}

fn train_unet(a: &Args) -> ImageDenoiser {
    let dev = device::cpu();
    let path = format!("{}/digits-unet.bin", a.out.trim_end_matches('/'));
    let mut ddpm = if a.resume {
        let den = ImageDenoiser::from_bytes(&std::fs::read(&path).expect("--resume needs the U-Net file"), &dev).expect("unet");
        ImageDdpm::resume(&den, &dev, a.seed)
    } else {
        let mut config = ImageDdpmConfig::new();
        if a.lean {
            // No middle block, additive skips: ≈ 4.3 M multiply-adds per image instead of 6.3 M.
            config.unet = config.unet.with_middle(false).with_add_skips(true);
        }
        ImageDdpm::init(&config, &dev, a.seed)
    };
    println!("U-Net: {} params, batch {}, {:.1} minutes", ddpm.denoiser(true).num_params(), a.batch, a.minutes);
    let (mut glyphs, mut real) = if a.data == "real" {
        (None, Some(RealStream::new(Arc::new(real_digits()), a.seed)))
    } else {
        (Some(DigitStream::new(a.seed, a.images)), None)
    };
    let (t0, mut last_save, mut acc, mut n) = (Instant::now(), Instant::now(), 0.0f64, 0);
    let more = |done: u64, secs: f64| if a.steps > 0 { done < a.steps } else { secs < a.minutes * 60.0 };
    while more(ddpm.steps_done(), t0.elapsed().as_secs_f64()) {
        let (x, y) = match (&mut glyphs, &mut real) {
            (Some(g), _) => g.next(a.batch),
            (_, Some(r)) => r.next(a.batch),
            _ => unreachable!(),
        };
        acc += scalar(ddpm.step(&x, &y).loss) as f64;
        n += 1;
        let s = ddpm.steps_done();
        if s % 200 == 0 {
            let secs = t0.elapsed().as_secs_f64();
            println!(
                "  step {s}: loss {:.4}  {:.2} it/s  {:.1} min  epoch {}",
                acc / n as f64,
                s as f64 / secs,
                secs / 60.0,
                glyphs.as_ref().map_or_else(|| real.as_ref().map_or(0, |r| r.epoch), |g| g.epoch)
            );
            (acc, n) = (0.0, 0);
        }
        if last_save.elapsed().as_secs() >= 120 {
            save(&path, &ddpm.denoiser(true).to_bytes(Precision::F16));
            last_save = Instant::now();
        }
    }
    println!("U-Net done: {} steps in {:.1} min", ddpm.steps_done(), t0.elapsed().as_secs_f64() / 60.0);
    let den = ddpm.denoiser(true);
    save(&path, &den.to_bytes(Precision::F16));
    den
}

fn host(t: burn::prelude::Tensor<2>) -> Vec<f32> {
    t.into_data().try_into_vec_as::<f32>().expect("f32")
}

fn evaluate(a: &Args, den: &ImageDenoiser, clf: &Classifier) {
    let inf = device::cpu().without_autodiff();
    // Timing of the page's workloads: guided ε̂ for 16 images, a DDIM-50 chain of 16.
    let classes16: Vec<Option<usize>> = (0..16).map(|i| Some(i % CLASSES)).collect();
    let x16 = to_model_space(&vec![0.5; 16 * PIXELS], &inf);
    for (label, w) in [("forward, 16 images, one pass", 0.0), ("guided ε̂, 16 images (one batch of 32)", a.guidance)] {
        let run = || host(den.eps(x16.clone(), 500, &classes16, w));
        (0..3).for_each(|_| drop(run()));
        let t = Instant::now();
        (0..20).for_each(|_| drop(run()));
        println!("{label}: {:.2} ms", t.elapsed().as_secs_f64() * 50.0);
    }
    let t = Instant::now();
    let _ = host(den.sample(&classes16, Sampler::Ddim { steps: 50, eta: 0.0 }, a.guidance, 7));
    println!("DDIM-50, 16 guided images: {:.2} s", t.elapsed().as_secs_f64());
    if a.time_ddpm {
        let t = Instant::now();
        let _ = host(den.sample(&classes16, Sampler::Ddpm, a.guidance, 7));
        println!("DDPM-1000, 16 guided images: {:.1} s", t.elapsed().as_secs_f64());
    }

    let (k, per) = (CLASSES, a.per_class);
    let wanted: Vec<usize> = (0..k * per).map(|i| i % k).collect();
    let classes: Vec<Option<usize>> = wanted.iter().map(|c| Some(*c)).collect();
    let t = Instant::now();
    let samples = den.sample(&classes, Sampler::Ddim { steps: a.ddim, eta: 1.0 }, a.guidance, a.seed + 99);
    let samples = samples.clamp(-1.0, 1.0);
    println!("{} samples (DDIM-{}, η = 1, w = {}) in {:.1} s", k * per, a.ddim, a.guidance, t.elapsed().as_secs_f64());
    let pixels = host(samples.clone());
    let (p_s, f_s) = clf.predict_host(samples);
    let real = references(k * per, 0);
    let (p_r, f_r) = clf.predict_host(to_model_space(&real.pixels, &inf));
    let mut rng = StdRng::seed_from_u64(5);
    let noise: Vec<f32> = (0..k * per * PIXELS).map(|_| rand::RngExt::random_range(&mut rng, -1.0f32..1.0)).collect();
    let noise = burn::prelude::Tensor::<2>::from_data(burn::prelude::TensorData::new(noise, [k * per, PIXELS]), &inf);
    let (p_n, f_n) = clf.predict_host(noise);
    let dim = clf.config.features;
    let real2 = references(k * per, 1);
    let (_, f_r2) = clf.predict_host(to_model_space(&real2.pixels, &inf));
    println!("share classified as the requested class: {:.3}", class_share(&p_s, k, &wanted));
    for c in 0..k {
        let idx: Vec<usize> = (0..k * per).filter(|i| wanted[*i] == c).collect();
        let rows: Vec<f32> = idx.iter().flat_map(|i| p_s[i * k..(i + 1) * k].to_vec()).collect();
        print!("{c}:{:.2} ", class_share(&rows, k, &vec![c; idx.len()]));
    }
    println!();
    println!(
        "IS analogue: samples {:.3}, real {:.3}, uniform noise {:.3}",
        inception_score(&p_s, k),
        inception_score(&p_r, k),
        inception_score(&p_n, k)
    );
    println!(
        "Fréchet (features, d = {dim}) to real: samples {:.3}, other real {:.3}, noise {:.3}",
        frechet_distance(&f_s, &f_r, dim),
        frechet_distance(&f_r2, &f_r, dim),
        frechet_distance(&f_n, &f_r, dim)
    );
    if let Some(path) = &a.grid {
        write_grid(path, &pixels, per.min(12), k);
    }
}

/// A PNG of the first `cols` samples of each class, one row per class (ink dark).
fn write_grid(path: &str, pixels: &[f32], cols: usize, rows: usize) {
    let side = 28u32;
    let img = image::GrayImage::from_fn(side * cols as u32, side * rows as u32, |x, y| {
        let (c, r) = ((x / side) as usize, (y / side) as usize);
        let i = c * rows + r; // samples cycle through the classes
        let v = pixels[i * PIXELS + ((y % side) * side + x % side) as usize];
        image::Luma([(255.0 * (1.0 - (v + 1.0) / 2.0)).clamp(0.0, 255.0) as u8])
    });
    img.save(path).expect("grid png");
    println!("wrote {path}");
}

fn main() {
    let a = args();
    let dir = a.out.trim_end_matches('/').to_string();
    std::fs::create_dir_all(&dir).expect("out dir");
    let judge = "digits-classifier.bin";
    let (unet_path, clf_path) = (format!("{dir}/digits-unet.bin"), format!("{dir}/{judge}"));
    let inf = device::cpu().without_autodiff();
    let (den, clf) = if a.eval_only {
        let den = ImageDenoiser::from_bytes(&std::fs::read(&unet_path).expect("unet file"), &inf).expect("unet");
        let clf = Classifier::from_bytes(&std::fs::read(&clf_path).expect("classifier file"), &inf).expect("classifier");
        (den, clf)
    } else {
        let clf = if a.resume || a.data == "real" {
            Classifier::from_bytes(&std::fs::read(&clf_path).expect("classifier file"), &inf).expect("classifier")
        } else {
            let clf = train_classifier(&a);
            save(&clf_path, &clf.to_bytes(Precision::F16));
            clf
        };
        (train_unet(&a), clf)
    };
    println!("U-Net {} params", den.num_params());
    evaluate(&a, &den, &clf);
}
