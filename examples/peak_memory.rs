//! Peak heap of the image page's heavy moments, natively on the same CPU backend the worker
//! uses in the browser (whose WebAssembly memory grows to the largest peak and never shrinks):
//!
//! ```sh
//! cargo run --example peak_memory
//! ```
//! Each line is the peak of live heap bytes during one operation, above what was live before
//! it: the classifier on 1,000 digits at once and in batches, a guided DDIM chain of one
//! scorecard batch, and one U-Net training step at the page's default batch.

use genlab::data::glyphs::CLASSES;
use genlab::device;
use genlab::families::images::chain::ChainRequest;
use genlab::families::images::model::{ImageDdpm, ImageDenoiser};
use genlab::heap::{Counting, peak, reset_peak};
use genlab::judge::classifier::{CLASSIFY_BATCH, Classifier, to_model_space};
use genlab::models::samplers::Sampler;

#[global_allocator]
static A: Counting = Counting;

/// Runs `f` and prints the peak of live heap above what was live before it.
fn measure<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let before = reset_peak();
    let out = f();
    println!("{label:<58} {:>7.1} MB", (peak() - before) as f64 / 1e6);
    out
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/www/models");
    let read = |f: &str| std::fs::read(format!("{dir}/{f}")).expect("shipped model");
    let inf = device::cpu().without_autodiff();
    let clf = Classifier::from_bytes(&read("digits-classifier.bin"), &inf).expect("classifier");
    let den = ImageDenoiser::from_bytes(&read("digits-unet.bin"), &inf).expect("unet");
    let bank = std::sync::Arc::new(
        genlab::data::mnist::decode(&std::fs::read("www/data/mnist.png").expect("www/data/mnist.png")).expect("the real digits"),
    );
    let real = genlab::data::real::held_mixed(&bank, 1000, 0x5eed);
    let x = to_model_space(&real, &inf);
    measure("classifier, 1,000 digits in one batch", || clf.predict_host(x.clone()));
    measure(&format!("classifier, 1,000 digits in batches of {CLASSIFY_BATCH}"), || clf.predict_batched(&x));
    for (n, w) in [(50, 0.0), (50, 1.0)] {
        let classes: Vec<Option<usize>> = (0..n).map(|i| Some(i % CLASSES)).collect();
        let req = ChainRequest { classes, sampler: Sampler::Ddim { steps: 10, eta: 1.0 }, guidance: w, clip: true, seed: 1, max_frames: 2 };
        measure(&format!("DDIM-10 chain of {n} images, guidance {w}"), || den.chain(&req).final_x().into_data());
    }
    let mut ddpm = ImageDdpm::resume(&den, &device::cpu(), 1);
    let mut data = genlab::data::stream::RealStream::new(bank, 1);
    for b in [32, 64] {
        let (px, y) = data.next(b);
        measure(&format!("one U-Net training step, batch {b}"), || ddpm.step(&px, &y).loss.into_scalar::<f32>());
    }
}
