//! Trains the judge — the digit classifier behind every image figure (`src/judge/`) — on the
//! real digits' training split, and reads it on the held-out split (`src/data/mnist.rs`):
//!
//! ```sh
//! cargo run --release --example train_judge -- --seed 1 --steps 6000 --out www/models/digits-classifier.bin
//! cargo run --release --example train_judge -- --eval www/models/digits-classifier.bin
//! ```
//! Batches of `--batch` (64) class-balanced training digits, each shifted by a seeded whole
//! number of pixels in [−2, 2] on both axes (MNIST centres by the centre of mass, so real and
//! drawn digits sit up to a few pixels off); Adam at `--lr` (10⁻³), a tenth of it for the last
//! quarter of the steps. Every `--every` steps it prints the held-out accuracy; at the end the
//! accuracy of each class and the time.

use std::sync::Arc;
use std::time::Instant;

use genlab::data::glyphs::{CLASSES, PIXELS, SIDE};
use genlab::data::mnist::{self, HELD_PER_CLASS};
use genlab::data::stream::RealStream;
use genlab::device;
use genlab::judge::classifier::{Classifier, ClassifierConfig, argmax, to_model_space};
use genlab::models::weights::Precision;
use rand::{RngExt, SeedableRng, rngs::StdRng};

/// `img` moved by (dx, dy) pixels, the uncovered edge blank.
fn shift(img: &[f32], dx: i32, dy: i32) -> Vec<f32> {
    let s = SIDE as i32;
    (0..s * s)
        .map(|i| {
            let (x, y) = (i % s - dx, i / s - dy);
            if (0..s).contains(&x) && (0..s).contains(&y) { img[(y * s + x) as usize] } else { 0.0 }
        })
        .collect()
}

/// Held-out accuracy, overall and per class.
fn held_out(clf: &Classifier, bank: &mnist::DigitBank) -> (f64, Vec<f64>) {
    let (_, held) = bank.split();
    let set = bank.subset(&held);
    let (p, _) = clf.predict_batched(&to_model_space(&set.pixels, &device::cpu().without_autodiff()));
    let mut right = [0usize; CLASSES];
    for (row, l) in p.chunks(CLASSES).zip(&set.labels) {
        if argmax(row) == *l as usize {
            right[*l as usize] += 1;
        }
    }
    let per: Vec<f64> = right.iter().map(|&r| r as f64 / HELD_PER_CLASS as f64).collect();
    (right.iter().sum::<usize>() as f64 / set.len() as f64, per)
}

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let (mut seed, mut steps, mut batch, mut lr, mut every) = (1u64, 6000usize, 64usize, 1e-3, 500usize);
    let (mut out, mut eval, mut wide) = (None::<String>, None::<String>, false);
    let mut it = argv.iter();
    while let Some(k) = it.next() {
        let mut v = || it.next().unwrap_or_else(|| panic!("{k} needs a value")).clone();
        match k.as_str() {
            "--seed" => seed = v().parse().expect("seed"),
            "--steps" => steps = v().parse().expect("steps"),
            "--batch" => batch = v().parse().expect("batch"),
            "--lr" => lr = v().parse().expect("learning rate"),
            "--every" => every = v().parse().expect("every"),
            "--out" => out = Some(v()),
            "--eval" => eval = Some(v()),
            "--wide" => wide = true,
            other => panic!("unknown argument {other}"),
        }
    }
    let bank = Arc::new(mnist::decode(&std::fs::read("www/data/mnist.png").expect("www/data/mnist.png")).expect("digits"));
    if let Some(path) = eval {
        let clf = Classifier::from_bytes(&std::fs::read(&path).expect("judge file"), &device::cpu().without_autodiff()).expect("judge");
        let (acc, per) = held_out(&clf, &bank);
        println!("{path}: held-out accuracy {acc:.4}; per class {per:.3?}");
        return;
    }
    let mut config = ClassifierConfig::new().with_learning_rate(lr);
    if wide {
        config = config.with_c0(32).with_c1(64);
    }
    let mut clf = Classifier::init(&config, &device::cpu(), seed);
    println!("judge: {} params, {steps} steps of {batch}", clf.num_params());
    let mut stream = RealStream::new(bank.clone(), seed);
    let mut rng = StdRng::seed_from_u64(seed ^ 0x0073_6869_6674);
    let t0 = Instant::now();
    let mut loss = 0.0;
    for s in 1..=steps {
        if s == steps * 3 / 4 + 1 {
            clf.config.learning_rate = lr / 10.0;
        }
        let (px, labels) = stream.next(batch);
        let moved: Vec<f32> = px.chunks(PIXELS).flat_map(|d| shift(d, rng.random_range(-2..=2), rng.random_range(-2..=2))).collect();
        loss += clf.step(&moved, &labels).loss.into_scalar::<f32>();
        if s % every == 0 || s == steps {
            let (acc, _) = held_out(&clf, &bank);
            println!("step {s}: loss {:.4}, held-out {acc:.4} ({:.1} it/s)", loss / every as f32, s as f64 / t0.elapsed().as_secs_f64());
            loss = 0.0;
        }
    }
    let (acc, per) = held_out(&clf, &bank);
    println!("held-out accuracy {acc:.4}; per class {per:.3?}; {:.1} min", t0.elapsed().as_secs_f64() / 60.0);
    if let Some(path) = out {
        let bytes = clf.to_bytes(Precision::F16);
        std::fs::write(&path, &bytes).expect("write the judge");
        let back = Classifier::from_bytes(&bytes, &device::cpu().without_autodiff()).expect("reads back");
        println!("{path}: {} bytes; f16 held-out accuracy {:.4}", bytes.len(), held_out(&back, &bank).0);
    }
}
