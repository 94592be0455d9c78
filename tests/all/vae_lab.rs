//! The VAE page's sessions: views leave training untouched, the latent pad decodes, and the
//! "Autoencoder vs VAE" preset shows the seed text's claim at the page's default seed (42).

use genlab::data::toy2d::{DatasetSpec, generate};
use genlab::device;
use genlab::families::vae::lab::VaeLab;
use genlab::families::vae::runs::{CODES_N, GRID, PRIOR_N, VaeRunReport};
use genlab::quality::Reference;
use genlab::state::url::UrlState;

fn lab(query: &str) -> VaeLab {
    let (url, notices) = UrlState::parse(query);
    assert!(notices.is_empty(), "{notices:?}");
    let data = generate(&url.dataset, url.seed);
    let fresh = generate(&DatasetSpec { n: 2000, ..url.dataset.clone() }, url.seed + 1000);
    let w = url.dataset.weight;
    let reference = Reference { points: fresh.points, centres: fresh.centres, weights: vec![w, 1.0 - w], radius: 3.0 * url.dataset.spread };
    VaeLab::new(&device::cpu(), &data.points, reference, url.seed, &url.vae.runs(), url.vae.temperature)
}

fn train(lab: &mut VaeLab, steps: usize, view: bool) -> Vec<VaeRunReport> {
    let flat: Vec<f32> = lab.chunk(steps, view).unwrap().into_data().try_to_vec().unwrap();
    lab.finish(&flat)
}

#[test]
fn views_have_their_sizes_and_do_not_change_training() {
    let mut watched = lab("page=vae");
    let mut plain = lab("page=vae");
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..4 {
        a.extend(train(&mut watched, 25, true).remove(0).mse);
        b.extend(train(&mut plain, 25, false).remove(0).mse);
    }
    assert_eq!(a, b, "rendering views changed the training run");
    let v = train(&mut watched, 1, true).remove(0).view.unwrap();
    assert_eq!((v.mu.len(), v.logvar.len(), v.recon.len()), (2 * CODES_N, 2 * CODES_N, 2 * CODES_N));
    assert_eq!((v.prior.len(), v.grid.len()), (2 * PRIOR_N, 2 * GRID * GRID));
    let z: Vec<f32> = watched.decode_point([0.5, -1.0]).unwrap().into_data().try_to_vec().unwrap();
    assert_eq!(z.len(), 2);
    assert!(z.iter().all(|v| v.is_finite()));
}

/// Seed 42, 2,000 steps: the VAE's decoded prior samples cover both clusters (shares within
/// ±0.1, ≥ 90 % near a centre, MMD² < 0.01); the autoencoder's land off the data: at least 25
/// points more of them are far from both clusters (per 100) and MMD² is ten times larger.
#[test]
fn autoencoder_vs_vae_preset_shows_the_latent_holes() {
    let mut lab = lab("preset=ae-vs-vae");
    assert_eq!(lab.runs.len(), 2);
    let r = train(&mut lab, 2000, true);
    let (ae, vae) = (r[0].quality.as_ref().unwrap(), r[1].quality.as_ref().unwrap());
    println!("AE {ae:?}\nVAE {vae:?}");
    assert!(vae.shares.iter().all(|s| (s - 0.5).abs() <= 0.1), "VAE shares {:?}", vae.shares);
    assert!(vae.near >= 0.9 && vae.mmd2 < 0.01, "VAE near {} MMD² {}", vae.near, vae.mmd2);
    assert!((1.0 - ae.near) > (1.0 - vae.near) + 0.25, "far: AE {} vs VAE {}", 1.0 - ae.near, 1.0 - vae.near);
    assert!(ae.mmd2 > 10.0 * vae.mmd2, "MMD²: AE {} vs VAE {}", ae.mmd2, vae.mmd2);
    // The autoencoder has no KL term at all.
    assert!(r[0].kl.iter().all(|k| *k == 0.0));
}
