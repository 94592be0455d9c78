//! The weights that ship with the page (`www/models/`), as the page uses them: the classifier
//! recognises real digits, guided samples are mostly the requested class, their IS analogue is
//! far above that of noise and their Fréchet distance far below it, and a chain advanced in
//! pieces (as the worker runs it, with progress between the pieces) is the same chain.

use burn::prelude::{Tensor, TensorData};
use genlab::data::glyphs::{CLASSES, PIXELS, generate};
use genlab::device::cpu;
use genlab::image_metrics::{class_share, frechet_distance, inception_score};
use genlab::models::classifier::{Classifier, to_model_space};
use genlab::models::ddpm_chain::Sampler;
use genlab::models::image_chain::ChainRequest;
use genlab::models::image_ddpm::ImageDenoiser;
use rand::{SeedableRng, rngs::StdRng};
use rand_distr::{Distribution, StandardNormal};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/www/models");

fn shipped() -> (ImageDenoiser, Classifier) {
    let read = |f: &str| std::fs::read(format!("{DIR}/{f}")).unwrap_or_else(|e| panic!("{DIR}/{f}: {e}"));
    let dev = cpu();
    let den = ImageDenoiser::from_bytes(&read("digits-unet.bin"), &dev).expect("the U-Net file loads");
    let clf = Classifier::from_bytes(&read("digits-classifier.bin"), &dev).expect("the classifier file loads");
    (den, clf)
}

fn host(t: Tensor<2>) -> Vec<f32> {
    t.into_data().try_into_vec_as::<f32>().unwrap()
}

#[test]
fn shipped_samples_are_the_requested_digits() {
    let (den, clf) = shipped();
    let real = generate(400, 31);
    assert!(clf.accuracy(&real.pixels, &real.labels) >= 0.95);
    // 4 images of each class, DDIM-25 with guidance w = 1 (the page's defaults), seed 7.
    let wanted: Vec<usize> = (0..4 * CLASSES).map(|i| i % CLASSES).collect();
    let classes: Vec<Option<usize>> = wanted.iter().map(|c| Some(*c)).collect();
    let samples = den.sample(&classes, Sampler::Ddim { steps: 25, eta: 1.0 }, 1.0, 7);
    let (probs, feats) = clf.predict_host(samples);
    let share = class_share(&probs, CLASSES, &wanted);
    // Noise of the same shape, clipped to the pixel range like the samples.
    let mut rng = StdRng::seed_from_u64(8);
    let noise: Vec<f32> = (0..wanted.len() * PIXELS).map(|_| f32::clamp(StandardNormal.sample(&mut rng), -1.0, 1.0)).collect();
    let noise = Tensor::<2>::from_data(TensorData::new(noise, [wanted.len(), PIXELS]), &cpu().without_autodiff());
    let (noise_probs, noise_feats) = clf.predict_host(noise);
    let (_, real_feats) = clf.predict_host(to_model_space(&real.pixels, &cpu()));
    let (is, is_noise) = (inception_score(&probs, CLASSES), inception_score(&noise_probs, CLASSES));
    let dim = clf.config.features;
    let (fd, fd_noise) = (frechet_distance(&feats, &real_feats, dim), frechet_distance(&noise_feats, &real_feats, dim));
    eprintln!("requested class {share:.2} (chance 0.10), IS {is:.2} vs noise {is_noise:.2}, FD {fd:.1} vs noise {fd_noise:.1}");
    assert!(share >= 0.45, "only {share:.2} of the samples are the requested class");
    assert!(is > 2.0 * is_noise, "IS {is:.2} vs noise {is_noise:.2}");
    assert!(fd < 0.5 * fd_noise, "FD {fd:.1} vs noise {fd_noise:.1}");
}

#[test]
fn a_chain_run_in_pieces_is_the_whole_chain() {
    let (den, _) = shipped();
    let req = ChainRequest { classes: vec![Some(3), None], sampler: Sampler::Ddim { steps: 12, eta: 1.0 }, guidance: 2.0, clip: true, seed: 4, max_frames: 5 };
    let whole = den.chain(&req);
    let mut run = den.start(&req);
    assert_eq!(run.progress(), (0, 12));
    for k in [1, 4, 100] {
        run.advance(&den, k);
    }
    assert!(run.is_done());
    assert_eq!(run.progress(), (12, 12));
    let pieces = run.finish();
    assert_eq!(pieces.ts, whole.ts);
    assert_eq!(host(pieces.xt), host(whole.xt));
    assert_eq!(host(pieces.x0), host(whole.x0));
}
