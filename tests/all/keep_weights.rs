//! Weights kept from a lost GPU: every family's training state read back as one vector and
//! loaded into the same family built afresh (on the CPU device here) gives back the same
//! weights and step counts, and training goes on from there instead of from the seed.

use burn::prelude::Tensor;
use genlab::data::toy2d::{DatasetSpec, generate};
use genlab::device;
use genlab::families::diffusion::config::DiffusionConfig;
use genlab::families::diffusion::lab::DiffusionLab;
use genlab::families::gan::lab::GanLab;
use genlab::families::gan::runs::Phase;
use genlab::families::images::model::{ImageDdpm, ImageDdpmConfig};
use genlab::families::vae::lab::VaeLab;
use genlab::models::Weights;
use genlab::models::keep::KeepRuns;
use genlab::quality::Reference;
use genlab::state::url::UrlState;

fn read(pieces: Vec<Tensor<1>>) -> Vec<f32> {
    Tensor::cat(pieces, 0).into_data().try_to_vec::<f32>().unwrap()
}

fn kept(runs: &impl KeepRuns) -> (Vec<f32>, Vec<u64>) {
    let (pieces, steps) = runs.kept_pieces();
    (read(pieces), steps)
}

fn mean(v: &[f32]) -> f32 {
    v.iter().sum::<f32>() / v.len() as f32
}

fn losses(s: &mut DiffusionLab, n: usize) -> Vec<f32> {
    s.run(n).unwrap().into_data().try_to_vec::<f32>().unwrap()
}

fn reference(spec: &DatasetSpec, seed: u64) -> Reference {
    let fresh = generate(&DatasetSpec { n: 2000, ..spec.clone() }, seed + 1000);
    Reference { points: fresh.points, centres: fresh.centres, weights: vec![spec.weight, 1.0 - spec.weight], radius: 3.0 * spec.spread }
}

#[test]
fn a_diffusion_session_goes_on_from_its_kept_weights() {
    let data = generate(&DatasetSpec::default(), 42);
    let new = || DiffusionLab::new(genlab::device::Backend::Cpu, device::cpu(), data.points.clone(), 42, DiffusionConfig::default());
    let mut trained = new();
    let first = mean(&losses(&mut trained, 20));
    losses(&mut trained, 580);
    let (values, steps) = kept(&trained);
    assert_eq!(steps, vec![600]);

    let mut restored = new();
    restored.load_kept(&values, &steps).unwrap();
    assert_eq!(restored.step, 600);
    assert_eq!(kept(&restored).0, values, "the loaded weights are the kept ones");
    let (fresh_loss, restored_loss) = (mean(&losses(&mut new(), 20)), mean(&losses(&mut restored, 20)));
    let trained_loss = mean(&losses(&mut trained, 20));
    assert!(first > 0.6 && (fresh_loss - first).abs() < 0.1, "a fresh model starts high: {first} {fresh_loss}");
    assert!(restored_loss < 0.75 * fresh_loss, "restored {restored_loss} vs fresh {fresh_loss}");
    assert!((restored_loss - trained_loss).abs() < 0.15, "restored {restored_loss} vs trained {trained_loss}");
    assert_eq!(restored.step, 620);

    // Weights of another model (wider) are refused, not half-loaded.
    let mut wider = DiffusionLab::new(
        genlab::device::Backend::Cpu,
        device::cpu(),
        data.points.clone(),
        42,
        DiffusionConfig { hidden: 96, ..DiffusionConfig::default() },
    );
    assert!(wider.load_kept(&values, &steps).is_err());
    let mut narrower = DiffusionLab::new(
        genlab::device::Backend::Cpu,
        device::cpu(),
        data.points.clone(),
        42,
        DiffusionConfig { hidden: 32, ..DiffusionConfig::default() },
    );
    assert!(narrower.load_kept(&values, &steps).is_err());
}

#[test]
fn gan_runs_side_by_side_keep_their_weights_and_steps() {
    let (url, _) = UrlState::parse("page=gan&preset=collapse");
    let data = generate(&url.dataset, url.seed);
    let new = || GanLab::new(&device::cpu(), &data.points, reference(&url.dataset, url.seed), url.seed, &url.gan.runs());
    let mut lab = new();
    assert_eq!(lab.runs.len(), 2);
    lab.chunk(150, Phase::Both, false).unwrap().into_data();
    let (values, steps) = kept(&lab);
    assert_eq!(steps, vec![150, 150]);
    let mut again = new();
    assert_ne!(kept(&again).0, values);
    again.load_kept(&values, &steps).unwrap();
    assert_eq!(kept(&again), (values.clone(), steps.clone()));
    // Two runs' weights do not fit one run.
    let single = GanLab::new(&device::cpu(), &data.points, reference(&url.dataset, url.seed), url.seed, &url.gan.runs()[..1]);
    let mut single = single;
    assert!(single.load_kept(&values, &steps).is_err());
}

#[test]
fn vae_runs_keep_their_weights_and_steps() {
    let (url, _) = UrlState::parse("page=vae&preset=ae-vs-vae");
    let data = generate(&url.dataset, url.seed);
    let new =
        || VaeLab::new(&device::cpu(), &data.points, reference(&url.dataset, url.seed), url.seed, &url.vae.runs(), url.vae.temperature);
    let mut lab = new();
    lab.chunk(120, false).unwrap().into_data();
    let (values, steps) = kept(&lab);
    assert_eq!(steps, vec![120; lab.runs.len()]);
    let mut again = new();
    again.load_kept(&values, &steps).unwrap();
    assert_eq!(kept(&again), (values, steps));
}

#[test]
fn the_image_trainer_keeps_its_network_and_average() {
    let config = ImageDdpmConfig::new();
    let mut a = ImageDdpm::init(&config, &device::cpu(), 3);
    let pixels = genlab::data::glyphs::generate(8, 3);
    a.step(&pixels.pixels, &pixels.labels);
    let values = read(a.weight_pieces());
    let mut b = ImageDdpm::init(&config, &device::cpu(), 4);
    assert_ne!(read(b.weight_pieces()), values);
    let mut rest = values.as_slice();
    b.load_weights(&mut rest, a.steps_done()).unwrap();
    assert!(rest.is_empty());
    assert_eq!(read(b.weight_pieces()), values);
    assert_eq!(b.steps_done(), 1);
}
