//! How the share of samples read as the requested class moves with the guidance weight w, for
//! a few samplers, with the shipped (or any) weights:
//!
//! ```sh
//! cargo run --release --example guidance_sweep -- [DIR] [PER_CLASS]
//! ```
//! DIR holds `digits-unet.bin` and `digits-classifier.bin` (default `www/models/`); PER_CLASS
//! images of each digit per setting (default 10). Prints one line per (sampler, w).

use genlab::data::glyphs::CLASSES;
use genlab::device;
use genlab::families::images::chain::ChainRequest;
use genlab::families::images::model::ImageDenoiser;
use genlab::judge::classifier::Classifier;
use genlab::judge::metrics::{class_share, inception_score};
use genlab::models::samplers::Sampler;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().cloned().unwrap_or_else(|| "www/models/".into());
    let per: usize = args.get(1).and_then(|v| v.parse().ok()).unwrap_or(10);
    let read = |f: &str| std::fs::read(format!("{dir}/{f}")).expect("weights");
    let dev = device::cpu();
    let den = ImageDenoiser::from_bytes(&read("digits-unet.bin"), &dev).expect("U-Net");
    let clf = Classifier::from_bytes(&read("digits-classifier.bin"), &dev).expect("classifier");
    let wanted: Vec<usize> = (0..per * CLASSES).map(|i| i % CLASSES).collect();
    let classes: Vec<Option<usize>> = wanted.iter().map(|c| Some(*c)).collect();
    let samplers = [
        ("DDIM-25 η=1 clip", Sampler::Ddim { steps: 25, eta: 1.0 }, true),
        ("DDIM-25 η=1 no clip", Sampler::Ddim { steps: 25, eta: 1.0 }, false),
        ("DDIM-25 η=0 clip", Sampler::Ddim { steps: 25, eta: 0.0 }, true),
    ];
    for (name, sampler, clip) in samplers {
        for w in [0.0, 1.0, 2.0, 3.0, 4.0] {
            let req = ChainRequest { classes: classes.clone(), sampler, guidance: w, clip, seed: 11, max_frames: 2 };
            let x = den.chain(&req).final_x().clamp(-1.0, 1.0);
            let (p, _) = clf.predict_host(x);
            println!(
                "{name:>20}  w = {w:.0}: read as asked {:.2}, IS {:.2}",
                class_share(&p, CLASSES, &wanted),
                inception_score(&p, CLASSES)
            );
        }
    }
}
