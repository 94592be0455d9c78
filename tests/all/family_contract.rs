//! The one contract every family passes (`worker/lab.rs`): built from its settings, data and
//! seed; a chunk with one readback gives a finite report; its weights round-trip through a kept
//! copy (weights and steps), and with its carried state (optimisers, random streams) trains on
//! exactly as before; reset equals the seed's start; and one family's training leaves
//! another's bit-identical. Plus the loop's divergence guard: a NaN pauses the family in the
//! same chunk, with one message naming the family, the step and the cause.
//!
//! Every lab is built from a page link (`UrlState::parse`), exactly as the worker builds it.

use burn::prelude::Tensor;
use genlab::data::toy2d::{DatasetSpec, generate};
use genlab::device::{self, Backend};
use genlab::families::diffusion::lab::DiffusionLab;
use genlab::families::diffusion::protocol::DiffusionUpdate;
use genlab::families::digit_gan::lab::{DigitGanLab, DigitGanTrainSettings, DigitJudge};
use genlab::families::digit_gan::protocol::DigitGanUpdate;
use genlab::families::digit_vae::lab::{DigitVaeLab, DigitVaeTrainSettings};
use genlab::families::digit_vae::protocol::DigitVaeUpdate;
use genlab::families::flow::lab::FlowLab;
use genlab::families::flow::protocol::FlowUpdate;
use genlab::families::gan::lab::GanLab;
use genlab::families::gan::protocol::GanUpdate;
use genlab::families::images::lab::{ImageLab, ImageTrainSettings};
use genlab::families::images::model::ImageDdpmConfig;
use genlab::families::images::protocol::ImageUpdate;
use genlab::families::vae::lab::VaeLab;
use genlab::families::vae::protocol::VaeUpdate;
use genlab::judge::classifier::Classifier;
use genlab::models::carry::{Carried, Reader, Writer};
use genlab::models::keep::KeepRuns;
use genlab::quality::Reference;
use genlab::state::url::UrlState;
use genlab::worker::control::Control;
use genlab::worker::lab::{Lab, Status};
use genlab::worker::protocol::Update;

fn url(query: &str) -> UrlState {
    let (url, notices) = UrlState::parse(query);
    assert!(notices.is_empty(), "{query}: {notices:?}");
    url
}

fn reference(spec: &DatasetSpec, seed: u64) -> Reference {
    let fresh = generate(&DatasetSpec { n: 2000, ..spec.clone() }, seed + 1000);
    Reference { points: fresh.points, centres: fresh.centres, weights: vec![spec.weight, 1.0 - spec.weight], radius: 3.0 * spec.spread }
}

fn diffusion(query: &str) -> DiffusionLab {
    let u = url(query);
    DiffusionLab::new(Backend::Cpu, device::cpu(), generate(&u.dataset, u.seed).points, u.seed, u.diffusion.config.clone())
}

fn flow(query: &str) -> FlowLab {
    let u = url(query);
    FlowLab::new(Backend::Cpu, device::cpu(), generate(&u.dataset, u.seed).points, u.seed, u.flow.config.clone())
}

fn gan(query: &str) -> GanLab {
    let u = url(query);
    GanLab::new(&device::cpu(), &generate(&u.dataset, u.seed).points, reference(&u.dataset, u.seed), u.seed, &u.gan.runs())
}

fn vae(query: &str) -> VaeLab {
    let u = url(query);
    VaeLab::new(
        &device::cpu(),
        &generate(&u.dataset, u.seed).points,
        reference(&u.dataset, u.seed),
        u.seed,
        &u.vae.runs(),
        u.vae.temperature,
    )
}

/// One chunk as the worker runs it, with a synchronous readback.
fn chunk<L: Lab<Report: Into<Update>>>(lab: &mut L, ctl: &mut Control, n: usize) -> Update {
    let flat = lab.enqueue(n, true).map(|t| t.into_data().try_to_vec::<f32>().unwrap()).unwrap_or_default();
    ctl.finish(lab, &flat, n, 10.0, || 0.0)
}

fn kept(lab: &impl KeepRuns) -> (Vec<f32>, Vec<u64>) {
    let (pieces, steps) = lab.kept_pieces();
    (Tensor::cat(pieces, 0).into_data().try_to_vec::<f32>().unwrap(), steps)
}

/// The losses an update carries (every run's, in order).
fn losses(u: &Update) -> Vec<f32> {
    match u {
        Update::Diffusion(DiffusionUpdate::Progress { losses, .. }) => losses.clone(),
        Update::Flow(FlowUpdate::Progress { losses, .. }) => losses.clone(),
        Update::Gan(GanUpdate::Progress { runs, .. }) => {
            runs.iter().flat_map(|r| [r.curves.d_loss.clone(), r.curves.g_loss.clone()].concat()).collect()
        }
        Update::Vae(VaeUpdate::Progress { runs, .. }) => runs.iter().flat_map(|r| [r.mse.clone(), r.kl.clone()].concat()).collect(),
        Update::Images(ImageUpdate::Training { losses, .. }) => losses.clone(),
        Update::DigitGan(DigitGanUpdate::Training { d_loss, g_loss, .. }) => [d_loss.clone(), g_loss.clone()].concat(),
        Update::DigitVae(DigitVaeUpdate::Training { recon, kl, .. }) => [recon.clone(), kl.clone()].concat(),
        other => panic!("not a training report: {other:?}"),
    }
}

fn contract<L: Lab<Report: Into<Update>>>(make: impl Fn() -> L) {
    let name = format!("{:?}", L::ID);
    // Build: every run at step 0.
    let mut lab = make();
    assert!(lab.steps().iter().all(|&s| s == 0), "{name}: a new lab has trained");
    // A chunk: one readback, a finite report, every run 30 steps on.
    let mut ctl = Control::default();
    let u = chunk(&mut lab, &mut ctl, 30);
    assert!(!matches!(u, Update::Diverged { .. }), "{name}: {u:?}");
    let l = losses(&u);
    assert!(!l.is_empty() && l.iter().all(|v| v.is_finite()), "{name}: losses {l:?}");
    assert!(lab.steps().iter().all(|&s| s == 30), "{name}: steps {:?}", lab.steps());
    // Keep and restore: the same weights and steps in a lab built afresh.
    let (values, steps) = kept(&lab);
    let mut other = make();
    other.load_kept(&values, &steps).unwrap();
    assert_eq!(kept(&other), (values.clone(), steps.clone()), "{name}: keep/restore round trip");
    // Carry: with the optimisers' state and the random streams written to bytes and read into a
    // lab built afresh, it trains on exactly as the original; with the weights alone it does not.
    let mut writer = Writer::default();
    lab.carry(&mut writer);
    let bytes = writer.0.to_bytes();
    let mut opened = make();
    opened.load_kept(&values, &steps).unwrap();
    let mut reader = Reader::new(Carried::from_bytes(&bytes).unwrap());
    opened.carry(&mut reader);
    reader.finish().unwrap();
    let next = losses(&chunk(&mut lab, &mut Control::default(), 10));
    assert_eq!(losses(&chunk(&mut opened, &mut Control::default(), 10)), next, "{name}: an opened lab trains on differently");
    assert_eq!(kept(&opened), kept(&lab), "{name}: an opened lab's weights drift from the original's");
    assert_ne!(losses(&chunk(&mut other, &mut Control::default(), 10)), next, "{name}: the weights alone already train on exactly");
    // Reset: bit-identical to the seed's start, and it trains the same way again.
    let (fresh, first) = {
        let mut f = make();
        let first = losses(&chunk(&mut f, &mut Control::default(), 10));
        (make(), first)
    };
    lab.reset();
    assert_eq!(kept(&lab).0, kept(&fresh).0, "{name}: reset weights differ from the seed's start");
    assert_eq!(losses(&chunk(&mut lab, &mut Control::default(), 10)), first, "{name}: reset trains differently");
    // The kept copy was not disturbed by the reset.
    assert_ne!(kept(&lab).0, values, "{name}");
}

#[test]
fn the_diffusion_model_keeps_the_contract() {
    contract(|| diffusion("page=diffusion&seed=42"));
}

#[test]
fn flow_matching_keeps_the_contract() {
    contract(|| flow("page=flow&seed=42"));
    contract(|| flow("page=flow&fm_pairs=ot&seed=42"));
}

#[test]
fn the_gan_keeps_the_contract() {
    contract(|| gan("page=gan&compare=1&seed=42"));
}

/// The image trainer, fresh from the seed (no shipped weights natively), 4 digits a batch.
fn images() -> ImageLab {
    ImageLab::new(&device::cpu(), None, ImageDdpmConfig::new(), crate::bank(), ImageTrainSettings { fresh: true, batch: 4, seed: 42 })
}

#[test]
fn the_image_trainer_keeps_the_contract() {
    contract(images);
}

/// The digit GAN trainer, fresh from the seed, judged with the shipped classifier.
fn digit_gan() -> DigitGanLab {
    let clf =
        Classifier::from_bytes(&std::fs::read("www/models/digits-classifier.bin").unwrap(), &device::cpu().without_autodiff()).unwrap();
    DigitGanLab::new(
        &device::cpu(),
        None,
        std::rc::Rc::new(DigitJudge::new(clf, &crate::bank())),
        crate::bank(),
        DigitGanTrainSettings { fresh: true, ratio: 1.0, seed: 42 },
    )
}

#[test]
fn the_digit_gan_trainer_keeps_the_contract() {
    contract(digit_gan);
}

/// The 2-D digit VAE trainer, fresh from the seed, its plane read by the shipped classifier.
fn digit_vae() -> DigitVaeLab {
    let clf =
        Classifier::from_bytes(&std::fs::read("www/models/digits-classifier.bin").unwrap(), &device::cpu().without_autodiff()).unwrap();
    DigitVaeLab::new(&device::cpu(), None, std::rc::Rc::new(clf), crate::bank(), DigitVaeTrainSettings { fresh: true, beta: 1.0, seed: 42 })
}

#[test]
fn the_digit_vae_trainer_keeps_the_contract() {
    contract(digit_vae);
}

#[test]
fn the_vae_keeps_the_contract() {
    contract(|| vae("page=vae&vcompare=1&seed=42"));
}

#[test]
fn training_one_family_leaves_the_others_bit_identical() {
    // Reference run: the GAN and the VAE alone.
    let (mut g, mut v) = (gan("page=gan&seed=7"), vae("page=vae&seed=7"));
    let (mut gc, mut vc) = (Control::default(), Control::default());
    let alone: Vec<Vec<f32>> = (0..3).flat_map(|_| [losses(&chunk(&mut g, &mut gc, 20)), losses(&chunk(&mut v, &mut vc, 20))]).collect();
    // The same, with the diffusion model and flow matching training, resetting and sampling in
    // between.
    let (mut g, mut v, mut d, mut f) =
        (gan("page=gan&seed=7"), vae("page=vae&seed=7"), diffusion("page=diffusion&seed=7"), flow("page=flow&seed=7"));
    let (mut gc, mut vc, mut dc, mut fc) = (Control::default(), Control::default(), Control::default(), Control::default());
    let mut beside = Vec::new();
    for _ in 0..3 {
        chunk(&mut d, &mut dc, 25);
        chunk(&mut f, &mut fc, 25);
        beside.push(losses(&chunk(&mut g, &mut gc, 20)));
        d.reset();
        f.reset();
        let _ = d.sample(50).into_data();
        let _ = f.chain(50, genlab::families::flow::lab::METRICS_SAMPLER, 2).final_x().into_data();
        beside.push(losses(&chunk(&mut v, &mut vc, 20)));
    }
    assert_eq!(alone, beside);
}

/// Trains until the guard stops the family, at most `max` steps; the divergence update.
fn until_diverged<L: Lab<Report: Into<Update>>>(lab: &mut L, max: usize) -> (Update, Control, Vec<u64>) {
    let mut ctl = Control { running: true, ..Control::default() };
    let mut done = 0;
    while done < max {
        let before = lab.steps();
        let u = chunk(lab, &mut ctl, 25);
        done += 25;
        if let Update::Diverged { .. } = u {
            return (u, ctl, before);
        }
        // Keep a good copy after every finite chunk, as the loop does when due.
        let (values, steps) = kept(lab);
        if values.iter().all(|v| v.is_finite()) {
            ctl.good = Some(genlab::worker::lab::Kept { steps, values, at_ms: 0.0 });
        }
    }
    panic!("{:?} did not diverge within {max} steps", L::ID);
}

fn check_divergence<L: Lab<Report: Into<Update>>>(mut lab: L, max: usize, who: &str, cause: &str) {
    let (u, ctl, before) = until_diverged(&mut lab, max);
    let Update::Diverged { family, message, restore_step } = u else { unreachable!() };
    let message = message.text(genlab::i18n::Lang::En);
    assert_eq!(family, L::ID);
    // Paused in the same chunk, waiting for Restore.
    assert!(!ctl.running && ctl.diverged, "{message}");
    assert!(message.starts_with(who), "{message}");
    assert!(message.contains(cause), "{message}");
    assert!(message.contains("Restore"), "{message}");
    // The step named lies inside the chunk that diverged.
    let at: u64 = message.split(" at ").nth(1).unwrap().split([' ', ':']).nth(1).unwrap().parse().unwrap();
    assert!(at > before[0] && at <= before[0] + 25, "{message} (chunk from {})", before[0]);
    // Restore: the last good weights (kept before this chunk) or the seed's start, with a
    // fresh optimiser; finite again.
    assert_eq!(restore_step, ctl.good.as_ref().map_or(0, |k| k.steps[0]));
    lab.reset();
    if let Some(good) = &ctl.good {
        lab.load_kept(&good.values, &good.steps).unwrap();
    }
    let flat = lab.enqueue(1, true).unwrap().into_data().try_to_vec::<f32>().unwrap();
    assert!(lab.read(&flat, false, Status::default()).is_ok(), "{who}: not finite after Restore");
}

// The settings below came from `cargo run --example diverge_sweep` (the GAN's are reachable
// with the page's sliders; the end-to-end test uses the same link).

#[test]
fn a_gan_at_sgd_half_pauses_in_the_chunk_it_diverges() {
    // Seed 7 diverges at iteration 13, before any copy is kept: Restore starts from the seed.
    let lab = gan("page=gan&gopt=sgd&dopt=sgd&glr=0.5&dlr=0.5&seed=7");
    check_divergence(lab, 3000, "The GAN diverged at iteration", "G's loss became NaN");
}

#[test]
fn a_non_finite_loss_names_its_step_and_stops_the_diffusion_loop() {
    let mut s = diffusion("page=diffusion&seed=3");
    let mut ctl = Control { running: true, ..Control::default() };
    chunk(&mut s, &mut ctl, 40);
    ctl.good = Some(genlab::worker::lab::Kept { steps: vec![40], values: kept(&s).0, at_ms: 0.0 });
    // The next chunk's readback as if its third loss had become infinite.
    let mut flat = s.enqueue(5, false).unwrap().into_data().try_to_vec::<f32>().unwrap();
    flat[2] = f32::INFINITY;
    let u = ctl.finish(&mut s, &flat, 5, 10.0, || 0.0);
    let Update::Diverged { message, restore_step, .. } = u else { panic!("{u:?}") };
    let message = message.text(genlab::i18n::Lang::En);
    assert!(!ctl.running && ctl.diverged);
    assert_eq!(restore_step, 40);
    assert!(message.starts_with("The diffusion model diverged at step 43: its loss became infinite."), "{message}");
    assert!(message.ends_with("Restore goes back to the last good weights (step 40)."), "{message}");
    // Samples thrown to infinity count too (the live measurement's check, `worker/chain.rs`).
    use genlab::worker::lab::check_samples;
    assert!(check_samples(&[[0.0, 1.0], [f32::NAN, 0.0]], s.step).is_err());
    assert!(check_samples(&[[0.0, 1.0]], s.step).is_ok());
}

#[test]
fn a_family_s_id_is_its_serde_name() {
    use genlab::worker::lab::FamilyId;
    for f in [FamilyId::Diffusion, FamilyId::Flow, FamilyId::Gan, FamilyId::Vae, FamilyId::Images] {
        assert_eq!(serde_json::to_string(&f).unwrap(), format!("\"{}\"", f.id()));
    }
}

/// No VAE setting the page or a link can reach diverged in the sweep (`diverge_sweep vae`), so
/// its guard is checked on a readback made non-finite: run B's term and its step are named.
#[test]
fn a_non_finite_vae_readback_names_its_run_and_step() {
    let mut v = vae("page=vae&vcompare=1&seed=3");
    let mut ctl = Control { running: true, ..Control::default() };
    chunk(&mut v, &mut ctl, 20);
    let mut flat = v.enqueue(5, true).unwrap().into_data().try_to_vec::<f32>().unwrap();
    // The layout puts run A's values first; the last value read back is run B's.
    let last = flat.len() - 1;
    flat[last] = f32::NAN;
    let u = ctl.finish(&mut v, &flat, 5, 10.0, || 0.0);
    let Update::Diverged { family, message, .. } = u else { panic!("{u:?}") };
    let message = message.text(genlab::i18n::Lang::En);
    assert_eq!(family, genlab::families::FamilyId::Vae);
    assert!(!ctl.running && ctl.diverged, "{message}");
    assert!(message.starts_with("The VAE (run B) diverged at step"), "{message}");
    assert!(message.contains("NaN") && message.contains("Restore"), "{message}");
}

/// The image trainer has the same guard: a non-finite loss pauses it and names the step.
#[test]
fn a_non_finite_image_loss_pauses_the_image_trainer() {
    let mut lab = images();
    let mut ctl = Control { running: true, ..Control::default() };
    let mut flat = lab.enqueue(3, false).unwrap().into_data().try_to_vec::<f32>().unwrap();
    flat[1] = f32::NAN;
    let u = ctl.finish(&mut lab, &flat, 3, 10.0, || 0.0);
    let Update::Diverged { message, .. } = u else { panic!("{u:?}") };
    let message = message.text(genlab::i18n::Lang::En);
    assert!(!ctl.running && ctl.diverged);
    assert!(message.starts_with("The image model diverged at step 2: its loss became NaN"), "{message}");
}
