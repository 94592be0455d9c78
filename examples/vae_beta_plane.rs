//! The latent plane trained here, swept over the KL weight β: the Digit models page's own
//! trainer (`DigitVaeLab`, the same seeds, batches, real digits and classifier as the browser's
//! worker), from the shipped 2-D VAE (or `--fresh`), measured every `--every` steps as the
//! page measures it:
//!
//! ```sh
//! cargo run --example vae_beta_plane -- [--betas 0,1,4,8] [--steps 300] [--every 50] [--seed 42] [--fresh]
//! ```
//! Prints per β and checkpoint, over the prior's 3σ square: the share of its 10×10 cells no
//! real digit's code falls in (holes), the share of grid codes decoded to a sure digit
//! (p ≥ 0.9), the share of codes outside the square, and the chunk's mean reconstruction and
//! KL terms.

use std::rc::Rc;
use std::time::Instant;

use genlab::device;
use genlab::families::digit_vae::lab::{DigitVaeLab, DigitVaeTrainSettings};
use genlab::families::digit_vae::protocol::DigitVaeUpdate;
use genlab::judge::classifier::Classifier;
use genlab::worker::control::Control;
use genlab::worker::lab::Lab;
use genlab::worker::protocol::Update;

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let arg = |k: &str, d: &str| argv.iter().position(|a| a == k).and_then(|i| argv.get(i + 1)).cloned().unwrap_or_else(|| d.to_string());
    let betas: Vec<f64> = arg("--betas", "0,1,4,8").split(',').map(|r| r.parse().expect("beta")).collect();
    let steps: usize = arg("--steps", "300").parse().expect("steps");
    let every: usize = arg("--every", "50").parse().expect("every");
    let seed: u64 = arg("--seed", "42").parse().expect("seed");
    let fresh = argv.iter().any(|a| a == "--fresh");
    let read = |f: &str| std::fs::read(format!("www/models/{f}")).unwrap_or_else(|e| panic!("{f}: {e}"));
    let clf = Rc::new(Classifier::from_bytes(&read("digits-classifier.bin"), &device::cpu().without_autodiff()).expect("classifier"));
    let shipped = Rc::new(read("digits-vae2d.bin"));
    let bank = std::sync::Arc::new(
        genlab::data::mnist::decode(&std::fs::read("www/data/mnist.png").expect("www/data/mnist.png")).expect("the real digits"),
    );
    for beta in betas {
        let mut lab =
            DigitVaeLab::new(&device::cpu(), Some(shipped.clone()), clf.clone(), bank.clone(), DigitVaeTrainSettings { fresh, beta, seed });
        let mut ctl = Control::default();
        let t0 = Instant::now();
        let mut n = 0;
        while n <= steps {
            let k = if n == 0 { 0 } else { every };
            let flat = lab.enqueue(k, true).map(|t| t.into_data().try_to_vec::<f32>().expect("f32")).unwrap_or_default();
            let Update::DigitVae(DigitVaeUpdate::Training { steps: at, plane: Some(p), .. }) = ctl.finish(&mut lab, &flat, 0, 1.0, || 0.0)
            else {
                println!("β {beta}: diverged or not measured at step {n}");
                break;
            };
            let m = p.measure.expect("scored");
            println!(
                "β {beta:4}: step {at:4}  holes {:3.0} %  sure {:3.0} % of {:2} classes  outside {:3.0} %  recon {:6.1}  KL {:5.2}   ({:.0} s)",
                100.0 * m.empty,
                100.0 * m.sure,
                m.classes,
                100.0 * m.outside,
                m.recon.unwrap_or(f64::NAN),
                m.kl.unwrap_or(f64::NAN),
                t0.elapsed().as_secs_f64()
            );
            n = at as usize + every;
        }
    }
}
