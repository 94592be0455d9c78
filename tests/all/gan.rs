//! The GAN family: losses against their formulas, D's input gradient and the gradient penalty
//! against finite differences, and the presets' teaching claims at their seeds (CPU device).

use burn::module::Param;
use burn::prelude::{Tensor, TensorData};
use genlab::data::toy2d::{DatasetKind, generate};
use genlab::device;
use genlab::families::gan::lab::GanLab;
use genlab::families::gan::loss::{GanLoss, d_loss, g_loss, g_slope};
use genlab::families::gan::model::{Gan, GanConfig, gradient_penalty};
use genlab::families::gan::runs::{GanRunReport, Phase};
use genlab::quality::Reference;
use genlab::state::url::UrlState;

fn col(v: &[f32]) -> Tensor<2> {
    Tensor::from_data(TensorData::new(v.to_vec(), [v.len(), 1]), &device::cpu())
}

fn scalar(t: Tensor<1>) -> f32 {
    t.into_data().try_to_vec::<f32>().unwrap()[0]
}

fn mean(v: impl Iterator<Item = f64>) -> f64 {
    let v: Vec<f64> = v.collect();
    v.iter().sum::<f64>() / v.len() as f64
}

const REAL: [f32; 3] = [2.0, -0.5, 0.3];
const FAKE: [f32; 3] = [-1.5, 0.7, 4.0];

#[test]
fn each_loss_equals_its_formula() {
    let sig = |l: f32| 1.0 / (1.0 + (-l as f64).exp());
    let (r, f) = (REAL.map(|v| v as f64), FAKE.map(|v| v as f64));
    let logistic_d = mean(r.iter().map(|&l| -sig(l as f32).ln())) + mean(f.iter().map(|&l| -(1.0 - sig(l as f32)).ln()));
    let cases = [
        (GanLoss::Minimax, logistic_d, mean(f.iter().map(|&l| (1.0 - sig(l as f32)).ln()))),
        (GanLoss::NonSaturating, logistic_d, mean(f.iter().map(|&l| -sig(l as f32).ln()))),
        (
            GanLoss::LeastSquares,
            0.5 * mean(r.iter().map(|l| (l - 1.0).powi(2))) + 0.5 * mean(f.iter().map(|l| l * l)),
            0.5 * mean(f.iter().map(|l| (l - 1.0).powi(2))),
        ),
        (GanLoss::Wasserstein, mean(f.iter().copied()) - mean(r.iter().copied()), -mean(f.iter().copied())),
    ];
    for (loss, want_d, want_g) in cases {
        let got_d = scalar(d_loss(loss, col(&REAL), col(&FAKE)));
        let got_g = scalar(g_loss(loss, col(&FAKE)));
        assert!((got_d as f64 - want_d).abs() < 1e-5, "{loss:?} D: {got_d} vs {want_d}");
        assert!((got_g as f64 - want_g).abs() < 1e-5, "{loss:?} G: {got_g} vs {want_g}");
    }
}

#[test]
fn arrow_slope_is_the_derivative_of_the_per_point_g_loss() {
    for loss in GanLoss::ALL {
        for l in [-3.0f32, -0.4, 0.0, 1.2, 3.5] {
            let h = 1e-2;
            let fd = (scalar(g_loss(loss, col(&[l + h]))) - scalar(g_loss(loss, col(&[l - h])))) / (2.0 * h);
            assert!((fd - g_slope(loss, l)).abs() < 1e-3, "{loss:?} at {l}: {fd} vs {}", g_slope(loss, l));
        }
    }
    // The saturating loss's slope vanishes where D rejects a fake; the non-saturating one's does not.
    assert!(g_slope(GanLoss::Minimax, -6.0).abs() < 0.003 && g_slope(GanLoss::NonSaturating, -6.0).abs() > 0.99);
}

fn critic() -> Gan {
    Gan::init(&GanConfig::new().with_d_hidden(16).with_d_layers(2), &device::cpu(), 7)
}

fn d_at(gan: &Gan, p: [f32; 2]) -> f64 {
    let x = Tensor::<2>::from_data(TensorData::new(p.to_vec(), [1, 2]), &device::cpu());
    gan.discriminator().critic(x).into_data().try_to_vec::<f32>().unwrap()[0] as f64
}

#[test]
fn critic_input_gradient_matches_finite_differences() {
    let gan = critic();
    let pts = [[0.3f32, -0.8], [1.7, 0.4], [-2.2, 1.1]];
    let flat: Vec<f32> = pts.iter().flatten().copied().collect();
    let x = Tensor::<2>::from_data(TensorData::new(flat, [3, 2]), &device::cpu());
    let g: Vec<f32> = gan.discriminator().critic_input_grad(x).into_data().try_to_vec().unwrap();
    let h = 1e-3;
    for (i, p) in pts.iter().enumerate() {
        for axis in 0..2 {
            let (mut lo, mut hi) = (*p, *p);
            lo[axis] -= h;
            hi[axis] += h;
            let fd = (d_at(&gan, hi) - d_at(&gan, lo)) / (2.0 * h as f64);
            assert!((fd - g[2 * i + axis] as f64).abs() < 2e-3, "point {i} axis {axis}: fd {fd} vs {}", g[2 * i + axis]);
        }
    }
}

#[test]
fn gradient_penalty_and_its_weight_gradient_match_finite_differences() {
    let gan = critic();
    let pts = vec![0.5f32, 0.2, -1.0, 1.5, 2.0, -0.3, -0.1, -2.0];
    let x = || Tensor::<2>::from_data(TensorData::new(pts.clone(), [4, 2]), &device::cpu());
    let gp = gradient_penalty(gan.discriminator(), x());
    // The penalty's value from finite-difference input gradients.
    let h = 1e-3f32;
    let mut want = 0.0;
    for p in pts.chunks(2) {
        let g: Vec<f64> = (0..2)
            .map(|a| {
                let (mut lo, mut hi) = ([p[0], p[1]], [p[0], p[1]]);
                lo[a] -= h;
                hi[a] += h;
                (d_at(&gan, hi) - d_at(&gan, lo)) / (2.0 * h as f64)
            })
            .collect();
        want += ((g[0] * g[0] + g[1] * g[1]).sqrt() - 1.0).powi(2) / 4.0;
    }
    let got = scalar(gp.clone()) as f64;
    assert!((got - want).abs() < 1e-3 * want.max(1.0), "penalty {got} vs finite differences {want}");
    // Its gradient with respect to one weight of D's first layer, against a finite difference
    // of the penalty in that weight: the penalty really trains D.
    let d = gan.discriminator();
    let grads = gradient_penalty(d, x()).backward();
    let w = d.hidden[0].weight.val();
    let analytic = w.grad(&grads).unwrap().into_data().try_to_vec::<f32>().unwrap()[0] as f64;
    let shifted = |delta: f32| {
        let mut v: Vec<f32> = w.clone().into_data().try_to_vec().unwrap();
        v[0] += delta;
        let mut d2 = d.clone();
        d2.hidden[0].weight = Param::from_tensor(Tensor::from_data(TensorData::new(v, w.dims()), &device::cpu()));
        scalar(gradient_penalty(&d2, x())) as f64
    };
    let eps = 1e-2;
    let fd = (shifted(eps) - shifted(-eps)) / (2.0 * eps as f64);
    assert!((analytic - fd).abs() < 0.02 * fd.abs().max(0.05), "∂GP/∂w {analytic} vs finite difference {fd}");
}

fn lab_for(query: &str, seed_override: Option<u64>) -> GanLab {
    let (url, notices) = UrlState::parse(query);
    assert!(notices.is_empty(), "{notices:?}");
    let seed = seed_override.unwrap_or(url.seed);
    let data = generate(&url.dataset, seed);
    let fresh = generate(&genlab::data::toy2d::DatasetSpec { n: 2000, ..url.dataset.clone() }, seed + 1000);
    assert_eq!(url.dataset.kind, DatasetKind::TwoClusters);
    let weights = vec![url.dataset.weight, 1.0 - url.dataset.weight];
    let reference = Reference { points: fresh.points, centres: fresh.centres, weights, radius: 3.0 * url.dataset.spread };
    GanLab::new(&device::cpu(), &data.points, reference, seed, &url.gan.runs())
}

fn train(lab: &mut GanLab, steps: usize) -> Vec<GanRunReport> {
    let flat: Vec<f32> = lab.chunk(steps, Phase::Both, true).unwrap().into_data().try_to_vec().unwrap();
    lab.finish(&flat)
}

/// "Stable" at the default seed (42): both clusters within ±0.1 of 50/50 after 3,000 iterations.
#[test]
fn stable_preset_covers_both_clusters() {
    let mut lab = lab_for("preset=stable", None);
    let r = train(&mut lab, 3000);
    let q = &r[0].meter.as_ref().unwrap().quality;
    assert!(q.shares.iter().all(|s| (s - 0.5).abs() <= 0.1), "shares {:?}", q.shares);
    assert!(q.near > 0.9, "near {}", q.near);
}

/// "Mode collapse": run A (SGD) puts under 10 % on one cluster at 2,000 iterations and is still
/// collapsed at 3,000 (seeds 42 and 7) and 6,000 (seed 42); at seed 42 run B (Adam) starts on
/// one cluster too but has found both, within ±0.1 of 50/50, by 6,000: collapse goes away.
#[test]
fn collapse_preset_collapses_reproducibly_and_adam_recovers() {
    for seed in [42, 7] {
        let mut lab = lab_for("preset=collapse", Some(seed));
        let until = if seed == 42 { [2000, 1000, 3000] } else { [2000, 1000, 0] };
        for steps in until.into_iter().filter(|&s| s > 0) {
            let r = train(&mut lab, steps);
            let shares = &r[0].meter.as_ref().unwrap().quality.shares;
            assert!(shares.iter().any(|&s| s < 0.1), "seed {seed} step {}: shares {shares:?}", r[0].step);
            if r[1].step == 6000 {
                let b = &r[1].meter.as_ref().unwrap().quality.shares;
                assert!(b.iter().all(|s| (s - 0.5).abs() <= 0.1), "Adam at 6000: {b:?}");
            }
        }
    }
}

/// "Vanishing gradient": over the first 50 iterations G's gradient norm under the saturating
/// loss (run A) is under a tenth of the non-saturating loss's (run B), same data and seed.
#[test]
fn saturating_loss_starves_the_generator_early() {
    let mut lab = lab_for("preset=vanishing", None);
    let r = train(&mut lab, 50);
    let avg = |v: &[f32]| v.iter().sum::<f32>() / v.len() as f32;
    let (sat, ns) = (avg(&r[0].curves.g_grad_norm), avg(&r[1].curves.g_grad_norm));
    assert_eq!(r[0].curves.g_grad_norm.len(), 50);
    assert!(sat < 0.1 * ns, "saturating {sat} vs non-saturating {ns}");
}

/// The tour's variety chapter (90/10 data, plain SGD at 0.05 for both players, seed 42): past
/// 500 iterations the small mode never gets half its weight (0.05) at the chapter's check marks,
/// and by 1,000 it has none of the points, while over 90 % of them sit near the big mode.
/// (Measured: shares 0.00 at 1,000, 2,000, 2,500 and 3,000; 0.14 at 1,500 — hence the last
/// check is on the marks the task needs, not on every one.)
#[test]
fn the_variety_chapters_gan_drops_the_small_mode() {
    let setup = genlab::tour::chapters::CHAPTERS.iter().find(|c| c.id == "variety").unwrap().setup;
    let mut lab = lab_for(setup, None);
    let r = train(&mut lab, 1000);
    let q = &r[0].meter.as_ref().unwrap().quality;
    assert_eq!(r.len(), 1, "the link sets one GAN run");
    assert!(q.shares[1] < 0.05, "small mode's share at 1,000: {:?}", q.shares);
    assert!(q.near > 0.9, "near {}", q.near);
    let r = train(&mut lab, 1000);
    let q = &r[0].meter.as_ref().unwrap().quality;
    assert!(q.shares[1] < 0.05, "small mode's share at 2,000: {:?}", q.shares);
}
