//! The image DDPM (U-Net ε-predictor with classifier-free guidance), the digit classifier,
//! their weight files and the image quality measures, on the CPU device with fixed seeds.

use burn::prelude::Tensor;
use genlab::data::glyphs::{CLASSES, PIXELS, generate};
use genlab::device::cpu;
use genlab::families::images::chain::ChainRequest;
use genlab::families::images::model::{ImageDdpm, ImageDdpmConfig, ImageDenoiser};
use genlab::families::images::unet::{shuffle, unshuffle};
use genlab::judge::classifier::{Classifier, ClassifierConfig, to_model_space};
use genlab::judge::metrics::{frechet_distance, frechet_gaussians, inception_score};
use genlab::metrics::frechet_gaussian;
use genlab::models::samplers::Sampler;
use genlab::models::weights::{Precision, decode, encode};

fn host(t: Tensor<2>) -> Vec<f32> {
    t.into_data().try_into_vec_as::<f32>().unwrap()
}

fn max_diff(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f32::max)
}

/// A fast config for the tests: short schedule, default network.
fn small() -> ImageDdpmConfig {
    let mut c = ImageDdpmConfig::new().with_warmup(1);
    c.schedule.steps = 20;
    c
}

fn inputs(n: usize, seed: u64) -> Tensor<2> {
    to_model_space(&generate(n, seed).pixels, &cpu().without_autodiff())
}

#[test]
fn unet_shapes_size_and_patch_round_trip() {
    let ddpm = ImageDdpm::init(&small(), &cpu(), 1);
    let den = ddpm.denoiser(true);
    assert!(den.num_params() <= 300_000, "{} params", den.num_params());
    let classes = [Some(3), None, Some(9)];
    assert_eq!(den.eps(inputs(3, 1), 5, &classes, 0.0).dims(), [3, PIXELS]);
    assert_eq!(den.eps(inputs(3, 1), 5, &classes, 2.0).dims(), [3, PIXELS]);
    let x = inputs(2, 2);
    for p in [1, 2, 4] {
        let back = shuffle(unshuffle(x.clone(), p), p);
        assert_eq!(host(back), host(x.clone()), "patch {p}");
    }
    // Space-to-depth puts pixel (2i + a, 2j + b) in channel 2a + b at (i, j).
    let folded = host(unshuffle(x.clone(), 2).reshape([2, 4 * 196]));
    let px = host(x);
    assert_eq!(folded[196 + 14 * 3 + 5], px[28 * 6 + 11]);
}

#[test]
fn training_batch_is_the_closed_form_and_drops_labels() {
    let mut ddpm = ImageDdpm::init(&ImageDdpmConfig::new(), &cpu(), 2);
    let set = generate(200, 3);
    let b = ddpm.noised_batch(&set.pixels, &set.labels);
    let (x0, eps, xt) = (host(b.x0.inner()), host(b.eps.inner()), host(b.xt.inner()));
    for i in 0..200 {
        let ab = ddpm.schedule.alpha_bars[b.ts[i]];
        for k in [0, 300, 783] {
            let j = i * PIXELS + k;
            assert!((x0[j] - (2.0 * set.pixels[j] - 1.0)).abs() < 1e-6);
            let want = ab.sqrt() as f32 * x0[j] + (1.0 - ab).sqrt() as f32 * eps[j];
            assert!((xt[j] - want).abs() < 1e-5, "row {i} pixel {k}");
        }
        assert!(b.classes[i].is_none_or(|c| c == set.labels[i] as usize));
    }
    let dropped = b.classes.iter().filter(|c| c.is_none()).count();
    assert!((10..=55).contains(&dropped), "{dropped}/200 dropped at p = 0.15");
    let cond = host(b.cond.inner());
    let w = ddpm.config.unet.cond_width();
    for (i, c) in b.classes.iter().enumerate() {
        let hot = &cond[i * w + w - CLASSES - 1..(i + 1) * w];
        assert_eq!(hot[c.unwrap_or(CLASSES)], 1.0);
        assert_eq!(hot.iter().sum::<f32>(), 1.0);
    }
}

#[test]
fn guided_eps_is_one_plus_w_cond_minus_w_uncond() {
    let den = ImageDdpm::init(&small(), &cpu(), 3).denoiser(false);
    let x = inputs(4, 4);
    let classes = [Some(0), Some(4), Some(7), None];
    let cond = host(den.eps(x.clone(), 11, &classes, 0.0));
    let uncond = host(den.eps(x.clone(), 11, &[None; 4], 0.0));
    let w = 2.5;
    let guided = host(den.eps(x, 11, &classes, w));
    let want: Vec<f32> = cond.iter().zip(&uncond).map(|(c, u)| (1.0 + w as f32) * c - w as f32 * u).collect();
    assert!(max_diff(&guided, &want) < 1e-4);
    assert!(max_diff(&cond, &uncond) > 1e-4, "the class must change the prediction");
}

#[test]
fn training_lowers_the_loss_and_moves_the_ema() {
    let mut ddpm = ImageDdpm::init(&ImageDdpmConfig::new().with_warmup(1).with_learning_rate(3e-3), &cpu(), 4);
    let set = generate(16, 5);
    let before = host(ddpm.denoiser(true).eps(inputs(2, 6), 10, &[Some(1), None], 0.0));
    let losses: Vec<f32> = (0..40).map(|_| ddpm.step(&set.pixels, &set.labels).loss.into_scalar::<f32>()).collect();
    let (first, last) = (losses[..5].iter().sum::<f32>() / 5.0, losses[35..].iter().sum::<f32>() / 5.0);
    assert!(last < 0.7 * first, "loss {first} → {last}");
    let after = host(ddpm.denoiser(true).eps(inputs(2, 6), 10, &[Some(1), None], 0.0));
    assert!(max_diff(&before, &after) > 1e-3);
    // Resuming starts from the EMA weights and keeps training them.
    let mut resumed = ImageDdpm::resume(&ddpm.denoiser(true), &cpu(), 9);
    assert_eq!(host(resumed.denoiser(false).eps(inputs(2, 6), 10, &[Some(1), None], 0.0)), after);
    assert!(resumed.step(&set.pixels, &set.labels).loss.into_scalar::<f32>().is_finite());
    assert!(max_diff(&host(resumed.denoiser(false).eps(inputs(2, 6), 10, &[Some(1), None], 0.0)), &after) > 1e-4);
}

#[test]
fn reverse_chains_follow_their_update_rules() {
    let den = ImageDdpm::init(&small(), &cpu(), 5).denoiser(false);
    let sched = den.schedule.clone();
    let req = |sampler, clip, seed| ChainRequest { classes: vec![Some(2), Some(5)], sampler, guidance: 1.0, clip, seed, max_frames: 100 };
    // Deterministic DDIM (η = 0), unclipped: x_{t'} = √ᾱ' x̂_0 + √(1 − ᾱ') ε̂, ε̂ recovered from x_t, x̂_0.
    let ch = den.chain(&req(Sampler::Ddim { steps: 5, eta: 0.0 }, false, 1));
    assert_eq!(ch.ts, vec![19, 15, 11, 7, 3, 0]);
    let (xt, x0) = (host(ch.xt.clone()), host(ch.x0.clone()));
    let frame = |v: &[f32], f: usize| v[f * 2 * PIXELS..(f + 1) * 2 * PIXELS].to_vec();
    for f in 0..5 {
        let (a, a_prev) = (sched.alpha_bars[ch.ts[f]], if f < 4 { sched.alpha_bars[ch.ts[f + 1]] } else { 1.0 });
        let (x, x0f, next) = (frame(&xt, f), frame(&x0, f), frame(&xt, f + 1));
        for k in (0..2 * PIXELS).step_by(97) {
            let e = (x[k] as f64 - a.sqrt() * x0f[k] as f64) / (1.0 - a).sqrt();
            let want = a_prev.sqrt() * x0f[k] as f64 + (1.0 - a_prev).sqrt() * e;
            assert!((next[k] as f64 - want).abs() < 1e-3 * (1.0 + want.abs()), "frame {f} pixel {k}");
        }
    }
    // Ancestral DDPM, unclipped: x_{t−1} − (c_x x_t − c_ε ε̂) is σ_t z with z ~ N(0, 1).
    let ch = den.chain(&req(Sampler::Ddpm, false, 2));
    assert_eq!(ch.ts.len(), 21);
    let (xt, x0) = (host(ch.xt.clone()), host(ch.x0.clone()));
    let mut z = Vec::new();
    for f in 0..19 {
        let t = ch.ts[f];
        let a = sched.alpha_bars[t];
        let (c_x, c_eps, sigma) = sched.ddpm_step_coefficients(t);
        let (x, x0f, next) = (frame(&xt, f), frame(&x0, f), frame(&xt, f + 1));
        for k in 0..2 * PIXELS {
            let e = (x[k] as f64 - a.sqrt() * x0f[k] as f64) / (1.0 - a).sqrt();
            z.push((next[k] as f64 - (c_x * x[k] as f64 - c_eps * e)) / sigma);
        }
    }
    let mean = z.iter().sum::<f64>() / z.len() as f64;
    let var = z.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / z.len() as f64;
    assert!(mean.abs() < 0.03 && (var - 1.0).abs() < 0.05, "z mean {mean} var {var}");
    // Seeded: the same request gives the same images, another seed others; clipped x̂_0 stays in range.
    let a = host(den.chain(&req(Sampler::Ddim { steps: 4, eta: 1.0 }, true, 3)).final_x());
    assert_eq!(a, host(den.chain(&req(Sampler::Ddim { steps: 4, eta: 1.0 }, true, 3)).final_x()));
    assert_ne!(a, host(den.chain(&req(Sampler::Ddim { steps: 4, eta: 1.0 }, true, 4)).final_x()));
    assert!(host(den.chain(&req(Sampler::Ddpm, true, 5)).x0).iter().all(|v| v.abs() <= 1.0 + 1e-6));
}

#[test]
fn weight_files_round_trip() {
    let den = ImageDdpm::init(&small(), &cpu(), 6).denoiser(true);
    let dev = cpu();
    let want = host(den.eps(inputs(3, 7), 9, &[Some(1), Some(8), None], 1.5));
    let f32_bytes = den.to_bytes(Precision::F32);
    let back = ImageDenoiser::from_bytes(&f32_bytes, &dev).unwrap();
    assert_eq!(back.config.schedule, den.config.schedule);
    assert_eq!(host(back.eps(inputs(3, 7), 9, &[Some(1), Some(8), None], 1.5)), want);
    let f16_bytes = den.to_bytes(Precision::F16);
    assert!(f16_bytes.len() < f32_bytes.len() * 52 / 100, "{} vs {}", f16_bytes.len(), f32_bytes.len());
    let half = ImageDenoiser::from_bytes(&f16_bytes, &dev).unwrap();
    let got = host(half.eps(inputs(3, 7), 9, &[Some(1), Some(8), None], 1.5));
    assert!(max_diff(&got, &want) < 0.02, "f16 changes ε̂ by {}", max_diff(&got, &want));
    // Broken files are errors, not panics.
    assert!(ImageDenoiser::from_bytes(&f16_bytes[..f16_bytes.len() - 3], &dev).is_err());
    assert!(ImageDenoiser::from_bytes(b"PNG....", &dev).is_err());
    let clf = Classifier::init(&ClassifierConfig::new(), &dev, 1);
    let clf_bytes = clf.to_bytes(Precision::F32);
    assert!(ImageDenoiser::from_bytes(&clf_bytes, &dev).unwrap_err().contains("not an image DDPM"));
    let clf2 = Classifier::from_bytes(&clf_bytes, &dev).unwrap();
    assert_eq!(clf2.predict_host(inputs(4, 8)), clf.predict_host(inputs(4, 8)));
    // A file missing a tensor is refused by name.
    let mut file = decode(&f16_bytes).unwrap();
    let gone = file.tensors.remove(3).name;
    let cut = encode(&file.json, &file.tensors, Precision::F16);
    assert!(ImageDenoiser::from_bytes(&cut, &dev).unwrap_err().contains(&format!("missing tensor {gone}")));
}

#[test]
fn inception_score_extremes() {
    let k = CLASSES;
    let confident: Vec<f32> = (0..50 * k).map(|i| if i % k == (i / k) % k { 1.0 } else { 0.0 }).collect();
    assert!((inception_score(&confident, k) - k as f64).abs() < 1e-9);
    let uniform = vec![1.0 / k as f32; 50 * k];
    assert!((inception_score(&uniform, k) - 1.0).abs() < 1e-6);
    // Two classes, p(y|x) = (0.9, 0.1) and (0.1, 0.9): marginal ½, KL = 0.9 ln 1.8 + 0.1 ln 0.2.
    let two = [0.9, 0.1, 0.1, 0.9];
    let want = (0.9f64 * 1.8f64.ln() + 0.1 * 0.2f64.ln()).exp();
    assert!((inception_score(&two, 2) - want).abs() < 1e-6);
}

#[test]
fn frechet_distance_against_references() {
    // Identical sets: 0.
    let feats: Vec<f32> = (0..400 * 8).map(|i| ((i * 7919 % 1013) as f32 / 1013.0).sin()).collect();
    assert!(frechet_distance(&feats, &feats, 8).abs() < 1e-6);
    // 2-D: the same number as the closed-form 2-D Fréchet of `metrics.rs`.
    let (ma, ca) = ([0.5, -1.0], [[2.0, 0.3], [0.3, 1.0]]);
    let (mb, cb) = ([0.0, 0.2], [[1.0, -0.4], [-0.4, 0.5]]);
    let flat = |c: [[f64; 2]; 2]| vec![c[0][0], c[0][1], c[1][0], c[1][1]];
    let got = frechet_gaussians(&ma, &flat(ca), &mb, &flat(cb), 2);
    assert!((got - frechet_gaussian(ma, ca, mb, cb)).abs() < 1e-9);
    // Diagonal covariances: Σ (√a − √b)², plus the mean term.
    let (a, b) = ([4.0, 1.0, 0.25], [1.0, 9.0, 0.25]);
    let diag = |d: [f64; 3]| (0..9).map(|k| if k % 4 == 0 { d[k / 4] } else { 0.0 }).collect::<Vec<_>>();
    let got = frechet_gaussians(&[1.0, 0.0, 0.0], &diag(a), &[0.0; 3], &diag(b), 3);
    assert!((got - (1.0 + 1.0 + 4.0 + 0.0)).abs() < 1e-9);
}

#[test]
fn classifier_learns_the_digits() {
    let dev = cpu();
    let mut clf = Classifier::init(&ClassifierConfig::new(), &dev, 7);
    let train = generate(300 * 32, 11);
    for s in 0..300 {
        let r = s * 32..(s + 1) * 32;
        clf.step(&train.pixels[r.start * PIXELS..r.end * PIXELS], &train.labels[r]);
    }
    let test = generate(500, 12);
    let acc = clf.accuracy(&test.pixels, &test.labels);
    assert!(acc >= 0.9, "accuracy {acc}");
    let (p, f) = clf.predict_host(to_model_space(&test.pixels[..10 * PIXELS], &dev));
    assert_eq!((p.len(), f.len()), (10 * CLASSES, 10 * clf.config.features));
    assert!(p.chunks(CLASSES).all(|r| (r.iter().sum::<f32>() - 1.0).abs() < 1e-4));
}
