//! The training history, with the four 2-D families' real labs on the CPU device (fixed seeds):
//! the copies stay under their bound and span the whole run; the samples drawn from a copy are
//! the samples the model drew when it was at that step (the same noise); and training on from a
//! copy gives exactly the losses the original run had from that step.

use burn::prelude::Tensor;
use genlab::compare::contender::Contender;
use genlab::data::toy2d::{DatasetSpec, generate};
use genlab::device::{self, Backend};
use genlab::families::diffusion::lab::DiffusionLab;
use genlab::families::flow::lab::FlowLab;
use genlab::families::gan::lab::GanLab;
use genlab::families::vae::lab::VaeLab;
use genlab::quality::Reference;
use genlab::state::UrlState;
use genlab::worker::history::{History, MAX_SNAPSHOTS};
use genlab::worker::lab::Lab;

fn floats<const D: usize>(t: Tensor<D>) -> Vec<f32> {
    t.into_data().try_to_vec::<f32>().unwrap()
}

fn points() -> Vec<[f32; 2]> {
    generate(&DatasetSpec::default(), 7).points
}

fn diffusion() -> DiffusionLab {
    DiffusionLab::new(Backend::Cpu, device::cpu(), points(), 7, UrlState::default().diffusion.config)
}
fn flow() -> FlowLab {
    FlowLab::new(Backend::Cpu, device::cpu(), points(), 7, UrlState::default().flow.config)
}
fn gan() -> GanLab {
    GanLab::new(&device::cpu(), &points(), Reference::default(), 7, &UrlState::default().gan.runs())
}
fn vae() -> VaeLab {
    let u = UrlState::default();
    VaeLab::new(&device::cpu(), &points(), Reference::default(), 7, &u.vae.runs(), u.vae.temperature)
}

/// `n` steps, their losses read back (no view).
fn losses<L: Lab>(lab: &mut L, n: usize) -> Vec<f32> {
    lab.enqueue(n, false).map(floats).unwrap_or_default()
}

fn check<L: Lab + Contender + Clone>(make: fn() -> L) {
    let name = format!("{:?}", L::ID);
    let mut lab = make();
    let mut history = History::default();
    history.record(0, 0.0, || Some(lab.clone()));
    losses(&mut lab, 60);
    // At step 60: a copy, and the samples the model gives now.
    history.record(60, 1.0, || Some(lab.clone()));
    let at_60 = floats(lab.draw(300));
    // The original run goes on: its next 40 losses, then 200 more steps.
    let next = losses(&mut lab, 40);
    losses(&mut lab, 200);
    assert_ne!(floats(lab.draw(300)), at_60, "{name}: training changed nothing");
    // The copy at step 60 draws the same samples it drew then.
    let i = history.steps().iter().position(|&s| s == 60).unwrap();
    let mut past = history.view(i, lab, |l| Some(l.clone()), |_| None).ok().unwrap();
    assert_eq!(floats(past.draw(300)), at_60, "{name}: a copy's samples differ from the model's at that step");
    // Resume from here: the same next losses as the original run from that step.
    assert_eq!(history.resume(), Some(60));
    assert!(history.ahead.is_none() && history.steps() == vec![0, 60], "{name}");
    assert_eq!(losses(&mut past, 40), next, "{name}: resuming trains differently");
}

#[test]
fn a_copy_draws_what_the_model_drew_and_resumes_exactly_diffusion() {
    check(diffusion);
}

#[test]
fn a_copy_draws_what_the_model_drew_and_resumes_exactly_flow() {
    check(flow);
}

#[test]
fn a_copy_draws_what_the_model_drew_and_resumes_exactly_gan() {
    check(gan);
}

#[test]
fn a_copy_draws_what_the_model_drew_and_resumes_exactly_vae() {
    check(vae);
}

#[test]
fn the_history_stays_bounded_and_spans_the_run() {
    // 2,000 chunks of 37 steps (74,000 steps), a copy offered after each.
    let mut h: History<u64> = History::default();
    let mut step = 0;
    h.record(0, 0.0, || Some(0));
    for _ in 0..2000 {
        step += 37;
        h.record(step, step as f64, || Some(step));
        assert!(h.snaps.len() <= MAX_SNAPSHOTS, "{} copies", h.snaps.len());
    }
    let steps = h.steps();
    assert_eq!(steps[0], 0, "the first copy is the seed's start");
    assert!(step - steps.last().unwrap() <= h.every, "last copy {} of {step}", steps.last().unwrap());
    assert!(steps.len() >= MAX_SNAPSHOTS / 2, "only {} copies", steps.len());
    // Evenly spread: no gap more than twice the spacing.
    let gaps: Vec<u64> = steps.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(gaps.iter().all(|&g| g <= 2 * h.every), "{gaps:?}");
    // Viewing, going live, and an index out of range.
    let copy = |s: &u64| Some(*s);
    let unbuilt = |_: &_| None;
    assert_eq!(h.view(3, 999, copy, unbuilt), Ok(steps[3]));
    assert_eq!(h.view(5, steps[3], copy, unbuilt), Ok(steps[5]), "a second view keeps the live lab aside");
    assert_eq!(h.live(), Some(999));
    assert_eq!(h.view(10_000, 999, copy, unbuilt), Err(999));
}
