//! Mode collapse trained here, swept over G's learning rate ÷ D's: the Digit models page's own
//! trainer (`DigitGanLab`, the same seeds, batches and judge as the browser's worker), from the
//! shipped GAN, measured every `--every` iterations as the page's meter measures it:
//!
//! ```sh
//! cargo run --example collapse_ratio -- [--ratios 1,2,3,5,7,10] [--steps 100] [--every 10] [--seed 42]
//! ```
//! Prints per ratio and checkpoint: read as asked, spread within a class (real = 1), the
//! number of classes read, and whether the page flags near-copies; then the first iteration at
//! which it did (or "none").

use std::rc::Rc;
use std::time::Instant;

use genlab::device;
use genlab::families::digit_gan::lab::{DigitGanLab, DigitGanTrainSettings, DigitJudge};
use genlab::families::digit_gan::protocol::DigitGanUpdate;
use genlab::families::digit_gan::state::DigitGanTrainView;
use genlab::judge::classifier::Classifier;
use genlab::worker::control::Control;
use genlab::worker::lab::Lab;
use genlab::worker::protocol::Update;

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let arg = |k: &str, d: &str| argv.iter().position(|a| a == k).and_then(|i| argv.get(i + 1)).cloned().unwrap_or_else(|| d.to_string());
    let ratios: Vec<f64> = arg("--ratios", "1,2,3,5,7,10").split(',').map(|r| r.parse().expect("ratio")).collect();
    let steps: usize = arg("--steps", "100").parse().expect("steps");
    let every: usize = arg("--every", "10").parse().expect("every");
    let seed: u64 = arg("--seed", "42").parse().expect("seed");
    let read = |f: &str| std::fs::read(format!("www/models/{f}")).unwrap_or_else(|e| panic!("{f}: {e}"));
    let clf = Classifier::from_bytes(&read("digits-classifier.bin"), &device::cpu().without_autodiff()).expect("classifier");
    let bank = std::sync::Arc::new(
        genlab::data::mnist::decode(&std::fs::read("www/data/mnist.png").expect("www/data/mnist.png")).expect("the real digits"),
    );
    let judge = Rc::new(DigitJudge::new(clf, &bank));
    let shipped = Rc::new(read("digits-gan.bin"));
    for ratio in ratios {
        let mut lab = DigitGanLab::new(
            &device::cpu(),
            Some(shipped.clone()),
            judge.clone(),
            bank.clone(),
            DigitGanTrainSettings { fresh: false, ratio, seed },
        );
        let mut ctl = Control::default();
        let (t0, mut first) = (Instant::now(), None);
        let mut n = 0;
        while n <= steps {
            let k = if n == 0 { 0 } else { every };
            let flat = lab.enqueue(k, true).map(|t| t.into_data().try_to_vec::<f32>().expect("f32")).unwrap_or_default();
            let Update::DigitGan(DigitGanUpdate::Training { steps: at, measure: Some(m), .. }) =
                ctl.finish(&mut lab, &flat, 0, 1.0, || 0.0)
            else {
                println!("ratio {ratio}: diverged or not measured at iteration {n}");
                break;
            };
            if m.near_copies && first.is_none() {
                first = Some(at);
            }
            println!(
                "ratio {ratio:4}: iteration {at:4}  read {:.2}  spread {:.2}  classes read {:2}  near-copies {}   ({:.0} s)",
                m.read_as_asked,
                m.spread,
                DigitGanTrainView::classes_read(&m),
                m.near_copies,
                t0.elapsed().as_secs_f64()
            );
            n = at as usize + every;
        }
        println!("ratio {ratio}: first flagged at {}", first.map_or("none".into(), |s| format!("iteration {s}")));
    }
}
