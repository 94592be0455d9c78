//! Mode collapse on digits, made on purpose: the shipped digit GAN's G trained alone against
//! its frozen D (`DigitGan::step_g_alone`), judged every few steps as the Digit models page
//! judges it (100 samples per class against 100 real digits of the class, k = 3):
//!
//! ```sh
//! cargo run --example gan_collapse -- [--steps 300] [--lr 2e-4] [--every 50] [--classes 3,8]
//! cargo run --example gan_collapse -- --game --glr 2e-3 --dlr 2e-4 [--steps 400]
//! ```
//! `--game` continues the whole game instead (a D step, then a G step, on real digits of the
//! classes), at learning rates `--glr` and `--dlr`: the search for a setting that collapses.
//! Prints, per checkpoint, the mean over the classes of: read as asked, spread (real = 1),
//! precision and recall.

use std::time::Instant;

use genlab::data::glyphs::CLASSES;
use genlab::device;
use genlab::families::digit_gan::model::DigitGan;
use genlab::judge::classifier::Classifier;
use genlab::judge::report::{RealClass, judge, mean};

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let arg = |k: &str, d: &str| argv.iter().position(|a| a == k).and_then(|i| argv.get(i + 1)).cloned().unwrap_or_else(|| d.to_string());
    let steps: u64 = arg("--steps", "300").parse().expect("steps");
    let every: u64 = arg("--every", "50").parse().expect("every");
    let lr: f64 = arg("--lr", "2e-4").parse().expect("lr");
    let classes: Vec<usize> = arg("--classes", "0,1,2,3,4,5,6,7,8,9").split(',').map(|c| c.parse().expect("class")).collect();
    let read = |f: &str| std::fs::read(format!("www/models/{f}")).unwrap_or_else(|e| panic!("{f}: {e}"));
    let inf = device::cpu().without_autodiff();
    let clf = Classifier::from_bytes(&read("digits-classifier.bin"), &inf).expect("classifier");
    let mut gan = DigitGan::from_bytes(&read("digits-gan.bin"), &device::cpu(), 1).expect("gan");
    let game = argv.iter().any(|a| a == "--game");
    gan.config.g_lr = if game { arg("--glr", "2e-4").parse().expect("glr") } else { lr };
    gan.config.d_lr = arg("--dlr", "2e-4").parse().expect("dlr");
    let bank = std::sync::Arc::new(
        genlab::data::mnist::decode(&std::fs::read("www/data/mnist.png").expect("www/data/mnist.png")).expect("the real digits"),
    );
    let mut stream = genlab::data::stream::RealStream::new(bank.clone(), 7);
    let reals: Vec<RealClass> = classes.iter().map(|&c| RealClass::held(&clf, &bank, c, 100, 1_001)).collect();
    let t0 = Instant::now();
    for s in 0..=steps {
        if s % every == 0 {
            let rows: Vec<_> =
                classes.iter().zip(&reals).map(|(&c, real)| judge(&clf, gan.sample(&vec![c; 100], 10_000 + c as u64), real)).collect();
            let m = mean(&rows);
            println!(
                "step {s:4}: read {:.2}  spread {:.2}  precision {:.2}  recall {:.2}   ({:.0} s)",
                m.class_share,
                m.spread,
                m.precision,
                m.recall,
                t0.elapsed().as_secs_f64()
            );
        }
        if s < steps && game {
            // Real digits of the asked classes only, 64 a batch.
            let (mut px, mut ys) = (Vec::new(), Vec::new());
            while ys.len() < 64 {
                let (x, y) = stream.next(64);
                for (img, l) in x.chunks(784).zip(y) {
                    if classes.contains(&(l as usize)) && ys.len() < 64 {
                        px.extend_from_slice(img);
                        ys.push(l);
                    }
                }
            }
            let st = gan.step(&px, &ys);
            let _ = st.g_loss.into_scalar::<f32>();
        } else if s < steps {
            let batch: Vec<usize> = (0..64).map(|i| classes[i % classes.len()]).collect();
            let _ = gan.step_g_alone(&batch).into_scalar::<f32>();
        }
    }
    // `--grid FILE`: 8 samples of each class, a row each, as the last checkpoint draws them.
    if let Some(i) = argv.iter().position(|a| a == "--grid") {
        let path = &argv[i + 1];
        let x = gan.sample(&(0..CLASSES * 8).map(|i| i / 8).collect::<Vec<_>>(), 10_000).into_data().try_to_vec::<f32>().expect("f32");
        let img = image::GrayImage::from_fn(8 * 28, CLASSES as u32 * 28, |px, py| {
            let k = (py / 28 * 8 + px / 28) as usize;
            image::Luma([(255.0 * (1.0 - (x[k * 784 + ((py % 28) * 28 + px % 28) as usize] + 1.0) / 2.0)).clamp(0.0, 255.0) as u8])
        });
        img.save(path).expect("grid png");
        println!("wrote {path}");
    }
}
