//! The compare page's clock in the worker: the four 2-D families trained in turn (round-robin
//! chunks, each through the one loop's `chunk`), with equal wall-clock time or equal steps a
//! round, and measured together: 2,000 samples from each scored by the same functions, and the
//! explicit families' log-likelihoods every third measurement. Each family's own state stays its
//! own: the clock only calls the shared loop on it.

use burn::prelude::Tensor;
use gloo::timers::future::TimeoutFuture;

use crate::compare::contender::Contender;
use crate::compare::protocol::{CompareCommand, CompareUpdate, Entry, Equal, LogLikelihood};
use crate::compare::score::{self, HELD_OUT, SAMPLES};
use crate::families::diffusion::lab::DiffusionLab;
use crate::families::flow::lab::FlowLab;
use crate::families::gan::lab::GanLab;
use crate::families::vae::lab::VaeLab;
use crate::state::series::pairs;
use crate::worker::history::nearest;
use crate::worker::home::{W, lost, now, post};
use crate::worker::protocol::HistoryAction;
use crate::worker::protocol::Update;
use crate::worker::run::{Family, chunk, keep, rebuild, resume_here};
use crate::worker::scrub::scrub;

/// Time between measurements while the clock runs, in ms.
const MEASURE_EVERY: f64 = 1500.0;
/// Likelihoods on every this many measurements.
const LIKELIHOOD_EVERY: u64 = 3;

/// The clock's own state in the worker.
#[derive(Default)]
struct Clock {
    running: bool,
    looping: bool,
    equal: Equal,
    measured_at: f64,
    measurements: u64,
}

fn clock<T>(f: impl FnOnce(&mut Clock) -> T) -> T {
    W.with_borrow_mut(|w| f(w.extra::<Clock>()))
}

/// A family's next chunk size, and whether it can train at all.
fn per_chunk<F: Family>() -> Option<usize> {
    W.with_borrow_mut(|w| {
        let slot = F::slot(w);
        (slot.lab.is_some() && !slot.ctl.diverged).then_some(slot.ctl.pace.per_chunk)
    })
}

/// One chunk of one family (the loop times it: `Control::trained_ms`).
async fn turn<F: Family>(n: usize) {
    W.with_borrow_mut(|w| F::slot(w).ctl.running = true);
    if chunk::<F>(n).await {
        keep::<F>().await;
    }
}

/// The training time of the model in the family's place: the live one's, or the copy's shown.
fn trained_ms<F: Family>() -> f64 {
    W.with_borrow_mut(|w| {
        let slot = F::slot(w);
        slot.history.viewing.and_then(|i| slot.history.snaps.get(i)).map_or(slot.ctl.trained_ms, |s| s.trained_ms)
    })
}

/// Each family one chunk: its own size (equal time), or the smallest of the four (equal steps).
async fn round(equal: Equal) {
    let sizes = [per_chunk::<DiffusionLab>(), per_chunk::<FlowLab>(), per_chunk::<GanLab>(), per_chunk::<VaeLab>()];
    let common = sizes.iter().flatten().copied().min().unwrap_or(1);
    let n = |own: Option<usize>| match equal {
        Equal::Time => own.unwrap_or(0),
        Equal::Steps => common,
    };
    turn::<DiffusionLab>(n(sizes[0])).await;
    turn::<FlowLab>(n(sizes[1])).await;
    turn::<GanLab>(n(sizes[2])).await;
    turn::<VaeLab>(n(sizes[3])).await;
}

/// One family's samples (and log-likelihood) read back once and scored.
async fn measure_one<F: Family + Contender>(likelihood: bool) -> Option<Entry> {
    let (reference, held) = W.with_borrow(|w| (w.reference.clone(), w.reference.points.iter().take(HELD_OUT).copied().collect::<Vec<_>>()));
    let (samples, pending, step) = W.with_borrow_mut(|w| {
        let slot = F::slot(w);
        let lab = slot.lab.as_mut().filter(|_| !slot.ctl.diverged)?;
        let samples = lab.draw(SAMPLES).reshape([SAMPLES * 2]);
        let pending = if likelihood { lab.log_likelihood(&held) } else { None };
        Some((samples, pending, lab.trained_steps()))
    })?;
    let split = SAMPLES * 2;
    let (values, kind, finish) = match pending {
        Some(p) => (Tensor::cat(vec![samples, p.values], 0), Some(p.kind), Some(p.finish)),
        None => (samples, None, None),
    };
    let mut flat = match values.into_data_async().await {
        Ok(d) => d.try_to_vec::<f32>().unwrap_or_default(),
        Err(e) => {
            lost(format!("{e:?}"));
            return None;
        }
    };
    let rest = flat.split_off(split.min(flat.len()));
    let points = pairs(&flat);
    let log_likelihood = match (kind, finish) {
        (Some(kind), Some(finish)) => Some(LogLikelihood { kind, nats: finish(&rest) }),
        _ => None,
    };
    let score = score::score(&points, &reference, score::extent(&reference), step);
    let train_ms = trained_ms::<F>();
    Some(Entry { family: F::ID, step, train_ms, samples: flat, score, log_likelihood })
}

/// Whether any of the four shows a copy from its training history.
fn any_past() -> bool {
    W.with_borrow_mut(|w| {
        [
            DiffusionLab::slot(w).history.viewing,
            FlowLab::slot(w).history.viewing,
            GanLab::slot(w).history.viewing,
            VaeLab::slot(w).history.viewing,
        ]
        .iter()
        .any(Option::is_some)
    })
}

/// Measures all four and posts one update (with likelihoods every third time while training,
/// and always when paused: a moment from the past, or the live models after it).
async fn measure() {
    let paused = !clock(|c| c.running);
    let likelihood = clock(|c| {
        c.measured_at = now();
        c.measurements += 1;
        paused || c.measurements % LIKELIHOOD_EVERY == 1
    });
    let entries: Vec<Entry> = [
        measure_one::<DiffusionLab>(likelihood).await,
        measure_one::<FlowLab>(likelihood).await,
        measure_one::<GanLab>(likelihood).await,
        measure_one::<VaeLab>(likelihood).await,
    ]
    .into_iter()
    .flatten()
    .collect();
    let past = any_past();
    if !entries.is_empty() {
        post(&Update::Compare(CompareUpdate::Measured { entries, measured_likelihood: likelihood, past }));
    }
}

fn resume_all() {
    for resume in [resume_here::<DiffusionLab>, resume_here::<FlowLab>, resume_here::<GanLab>, resume_here::<VaeLab>] {
        resume();
    }
}

/// Where a family's copies lie on the shared axis: training time, or steps.
fn keys<F: Family>(equal: Equal) -> Vec<f64> {
    W.with_borrow_mut(|w| {
        let h = &F::slot(w).history;
        match equal {
            Equal::Time => h.times(),
            Equal::Steps => h.steps().iter().map(|&s| s as f64).collect(),
        }
    })
}

/// All four to the same moment: `at` of the way along the longest history, each to its copy
/// nearest to that moment.
async fn scrub_all(at: f64, equal: Equal) {
    stop_all();
    let all = [keys::<DiffusionLab>(equal), keys::<FlowLab>(equal), keys::<GanLab>(equal), keys::<VaeLab>(equal)];
    let end = all.iter().filter_map(|k| k.last().copied()).fold(0.0, f64::max);
    let target = at.clamp(0.0, 1.0) * end;
    let show = |k: &Vec<f64>| HistoryAction::Show { index: nearest(k, target).unwrap_or(0) };
    scrub::<DiffusionLab>(show(&all[0])).await;
    scrub::<FlowLab>(show(&all[1])).await;
    scrub::<GanLab>(show(&all[2])).await;
    scrub::<VaeLab>(show(&all[3])).await;
    measure().await;
}

/// All four live again, or on from the moment shown.
async fn all_to(action: HistoryAction) {
    scrub::<DiffusionLab>(action).await;
    scrub::<FlowLab>(action).await;
    scrub::<GanLab>(action).await;
    scrub::<VaeLab>(action).await;
    measure().await;
}

/// Whether every family the clock drives is still running (a family's own page pauses them all).
fn all_running() -> bool {
    W.with_borrow_mut(|w| {
        let r = |running: bool, built: bool| running || !built;
        r(DiffusionLab::slot(w).ctl.running, DiffusionLab::slot(w).lab.is_some())
            && r(FlowLab::slot(w).ctl.running, FlowLab::slot(w).lab.is_some())
            && r(GanLab::slot(w).ctl.running, GanLab::slot(w).lab.is_some())
            && r(VaeLab::slot(w).ctl.running, VaeLab::slot(w).lab.is_some())
    })
}

fn stop_all() {
    W.with_borrow_mut(|w| w.pause_all());
    clock(|c| c.running = false);
}

async fn start(equal: Equal) {
    // Training from a moment of the past: every family goes on from its copy.
    resume_all();
    let first = W.with_borrow_mut(|w| {
        w.pause_all();
        let c = w.extra::<Clock>();
        (c.running, c.equal) = (true, equal);
        !std::mem::replace(&mut c.looping, true)
    });
    post(&Update::Compare(CompareUpdate::Running { running: true, equal }));
    if !first {
        return;
    }
    while clock(|c| c.running) {
        let equal = clock(|c| c.equal);
        round(equal).await;
        if !all_running() {
            clock(|c| c.running = false);
            break;
        }
        if clock(|c| now() - c.measured_at >= MEASURE_EVERY) {
            measure().await;
        }
        TimeoutFuture::new(0).await;
    }
    stop_all();
    let equal = clock(|c| {
        c.looping = false;
        c.equal
    });
    post(&Update::Compare(CompareUpdate::Running { running: false, equal }));
    // Each family's own page sees it stopped.
    chunk::<DiffusionLab>(0).await;
    chunk::<FlowLab>(0).await;
    chunk::<GanLab>(0).await;
    chunk::<VaeLab>(0).await;
    measure().await;
}

pub async fn handle(cmd: CompareCommand) {
    match cmd {
        CompareCommand::Start { equal } => start(equal).await,
        CompareCommand::Pause => stop_all(),
        CompareCommand::Step { equal } => {
            if !clock(|c| c.looping) {
                resume_all();
                round(equal).await;
                stop_all();
                measure().await;
            }
        }
        CompareCommand::Reset => {
            stop_all();
            rebuild::<DiffusionLab>();
            rebuild::<FlowLab>();
            rebuild::<GanLab>();
            rebuild::<VaeLab>();
            clock(|c| c.measurements = 0);
            chunk::<DiffusionLab>(0).await;
            chunk::<FlowLab>(0).await;
            chunk::<GanLab>(0).await;
            chunk::<VaeLab>(0).await;
            measure().await;
        }
        CompareCommand::Measure => measure().await,
        CompareCommand::Scrub { at, equal } => scrub_all(at, equal).await,
        CompareCommand::Live => all_to(HistoryAction::Live).await,
        CompareCommand::Resume => all_to(HistoryAction::Resume).await,
    }
}
