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

/// While a family trains, the page hears of new copies at most once a second (one message and
/// one render of the page fewer per chunk), and never misses one: a copy taken since the last
/// message is told by the next due one, by a report, or as soon as training stops.
#[test]
fn the_page_hears_of_new_copies_at_most_once_a_second_and_never_misses_one() {
    use genlab::worker::control::{Control, HISTORY_EVERY_MS};
    let mut ctl = Control { running: true, ..Control::default() };
    // Training: a copy every chunk of 100 ms for 3 s.
    let told: Vec<f64> = (0..30).map(|i| i as f64 * 100.0 + 5_000.0).filter(|&t| ctl.history_due(true, 50, t)).collect();
    assert_eq!(told.first(), Some(&5_000.0), "the first copy is told at once");
    assert!(told.windows(2).all(|w| w[1] - w[0] >= HISTORY_EVERY_MS), "{told:?}");
    assert_eq!(told.len(), 3, "{told:?}");
    // A copy taken just after a message waits; a chunk with no copy then tells it when due.
    assert!(!ctl.history_due(true, 50, 7_950.0));
    assert!(ctl.history_due(false, 50, 8_000.0), "the waiting copy is told when due");
    assert!(!ctl.history_due(false, 50, 8_100.0), "nothing new: nothing to tell");
    // A copy just before a report, or once training stopped, is told at once.
    assert!(!ctl.history_due(true, 50, 8_400.0));
    assert!(ctl.history_due(false, 0, 8_450.0), "a report tells what waits");
    ctl.running = false;
    assert!(ctl.history_due(true, 10, 8_500.0), "a step while paused tells its copy at once");
    // A rebuilt model has nothing waiting.
    ctl.running = true;
    assert!(!ctl.history_due(true, 50, 8_600.0));
    ctl.rebuilt();
    assert!(!ctl.history_due(false, 0, 8_700.0));
}
