//! The shipped digit GAN and VAEs (`www/models/`, written by `examples/train_digits.rs`),
//! judged as the issue asks: each draws the class asked for, and the families' variety is
//! asserted as it was measured (with margins), not as the seed claims it. Same seeds and sizes
//! as `cargo run --example train_digits -- --eval --per-class 50`.

use burn::prelude::Tensor;
use genlab::data::glyphs::CLASSES;
use genlab::device::cpu;
use genlab::families::digit_gan::model::DigitGan;
use genlab::families::digit_vae::model::DigitVae;
use genlab::families::images::model::ImageDenoiser;
use genlab::judge::classifier::Classifier;
use genlab::judge::report::{ClassReport, RealClass, judge, mean};
use genlab::models::samplers::Sampler;

const N: usize = 50;

fn read(f: &str) -> Vec<u8> {
    let path = format!("{}/www/models/{f}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn judged(clf: &Classifier, reals: &[RealClass], sample: impl Fn(&[usize], u64) -> Tensor<2>) -> ClassReport {
    mean(&(0..CLASSES).map(|c| judge(clf, sample(&vec![c; N], 10_000 + c as u64), &reals[c])).collect::<Vec<_>>())
}

#[test]
fn each_family_draws_the_class_asked_for_and_its_variety_is_as_measured() {
    let dev = cpu().without_autodiff();
    let clf = Classifier::from_bytes(&read("digits-classifier.bin"), &dev).unwrap();
    let gan = DigitGan::from_bytes(&read("digits-gan.bin"), &dev, 1).expect("the GAN file loads");
    let vae = DigitVae::from_bytes(&read("digits-cvae.bin"), &dev, 1).expect("the VAE file loads");
    let unet = ImageDenoiser::from_bytes(&read("digits-unet.bin"), &dev).unwrap();
    let reals: Vec<RealClass> = (0..CLASSES).map(|c| RealClass::draw(&clf, c, N, 1_001)).collect();
    let g = judged(&clf, &reals, |c, s| gan.sample(c, s));
    let v = judged(&clf, &reals, |c, s| vae.sample(c, s));
    let d = judged(&clf, &reals, |c, s| {
        let c: Vec<Option<usize>> = c.iter().map(|k| Some(*k)).collect();
        unet.sample(&c, Sampler::Ddim { steps: 25, eta: 1.0 }, 1.0, s)
    });
    println!("GAN {g:?}\nVAE {v:?}\ndiffusion {d:?}");
    // Measured (2026-12-02): read as asked GAN 0.982, VAE 0.874, diffusion 0.972.
    assert!(g.class_share >= 0.93 && v.class_share >= 0.80 && d.class_share >= 0.92);
    // Recall (covers the real digits' variety), measured VAE 0.928 > diffusion 0.798 > GAN 0.630:
    // the GAN gives the least variety, as the seed says; the VAE's blur covers the most.
    assert!(v.recall >= d.recall + 0.05 && d.recall >= g.recall + 0.08, "recall");
    // Spread relative to real digits, measured diffusion 0.912 > GAN 0.844, VAE 1.324 (its
    // samples wander off the digits: more spread than the data).
    assert!(d.spread >= g.spread + 0.03 && v.spread >= 1.15, "spread");
    // Precision (looks like real digits), measured diffusion 0.826, GAN 0.818, VAE 0.528.
    assert!(v.precision + 0.15 <= g.precision.min(d.precision), "precision");
}

#[test]
fn the_vae_codes_follow_its_prior_and_both_planes_decode_to_digits() {
    let dev = cpu().without_autodiff();
    let clf = Classifier::from_bytes(&read("digits-classifier.bin"), &dev).unwrap();
    let pixels: Vec<f32> = (0..CLASSES).flat_map(|c| RealClass::draw(&clf, c, 30, 7).pixels).collect();
    let classes: Vec<usize> = (0..CLASSES * 30).map(|i| i / 30).collect();
    for (file, variational) in [("digits-vae2d.bin", true), ("digits-ae2d.bin", false)] {
        let model = DigitVae::from_bytes(&read(file), &dev, 1).expect("loads");
        assert_eq!((model.config.latent, model.config.variational), (2, variational));
        let (mu, _) = model.encode(&pixels, &classes);
        if variational {
            // The KL term pulls the codes of real digits onto N(0, I): measured rms 1.07, 1.11.
            for axis in 0..2 {
                let v: Vec<f32> = mu.iter().skip(axis).step_by(2).copied().collect();
                let mean = v.iter().sum::<f32>() / v.len() as f32;
                let rms = (v.iter().map(|x| x * x).sum::<f32>() / v.len() as f32).sqrt();
                assert!(mean.abs() < 0.3 && (0.8..1.3).contains(&rms), "axis {axis}: mean {mean}, rms {rms}");
            }
        }
        // A 6×6 grid over [−2, 2]²: most points decode to a digit the judge is sure of
        // (measured on 16×16 over the codes' box: VAE 0.78, autoencoder 0.91).
        let z: Vec<f32> = (0..36).flat_map(|i| [-2.0 + 0.8 * (i % 6) as f32, -2.0 + 0.8 * (i / 6) as f32]).collect();
        let (probs, _) = clf.predict_host(model.decode(&z, &[0; 36]));
        let sure = probs.chunks(CLASSES).filter(|p| p.iter().cloned().fold(0.0, f32::max) >= 0.9).count();
        assert!(sure >= 18, "{file}: {sure} of 36 grid points decode to a sure digit");
    }
}
