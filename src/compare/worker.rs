//! The compare page's clock in the worker: the four 2-D families trained in turn (round-robin
//! chunks, each through the one loop's `chunk`), with equal wall-clock time or equal steps a
//! round, and measured together: 2,000 samples from each scored by the same functions, and the
//! explicit families' log-likelihoods every third measurement. Each family's own state stays its
//! own: the clock only calls the shared loop on it, through the list of contenders (`seats.rs`).

use gloo::timers::future::TimeoutFuture;

use crate::compare::protocol::{CompareCommand, CompareUpdate, Entry, Equal};
use crate::compare::seats::contenders;
use crate::worker::history::nearest;
use crate::worker::home::{W, now, post};
use crate::worker::protocol::HistoryAction;
use crate::worker::protocol::Update;

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

/// Each family one chunk: its own size (equal time), or the smallest of the four (equal steps).
async fn round(equal: Equal) {
    let sizes = contenders().map(|c| c.per_chunk());
    let common = sizes.iter().flatten().copied().min().unwrap_or(1);
    for (c, own) in contenders().into_iter().zip(sizes) {
        c.turn(match equal {
            Equal::Time => own.unwrap_or(0),
            Equal::Steps => common,
        })
        .await;
    }
}

/// Whether any of the four shows a copy from its training history.
fn any_past() -> bool {
    contenders().iter().any(|c| c.viewing().is_some())
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
    let mut entries: Vec<Entry> = Vec::new();
    for c in contenders() {
        entries.extend(c.measure(likelihood).await);
    }
    let past = any_past();
    if !entries.is_empty() {
        post(&Update::Compare(CompareUpdate::Measured { entries, measured_likelihood: likelihood, past }));
    }
}

fn resume_all() {
    contenders().iter().for_each(|c| c.resume());
}

/// All four to the same moment: `at` of the way along the longest history, each to its copy
/// nearest to that moment.
async fn scrub_all(at: f64, equal: Equal) {
    stop_all();
    let all = contenders().map(|c| c.keys(equal));
    let end = all.iter().filter_map(|k| k.last().copied()).fold(0.0, f64::max);
    let target = at.clamp(0.0, 1.0) * end;
    for (c, k) in contenders().into_iter().zip(&all) {
        c.scrub(HistoryAction::Show { index: nearest(k, target).unwrap_or(0) }).await;
    }
    measure().await;
}

/// All four live again, or on from the moment shown.
async fn all_to(action: HistoryAction) {
    for c in contenders() {
        c.scrub(action).await;
    }
    measure().await;
}

/// Whether every family the clock drives is still running (a family's own page pauses them all).
fn all_running() -> bool {
    contenders().iter().all(|c| c.running())
}

/// Every contender's state to its own page.
async fn report_all() {
    for c in contenders() {
        c.report().await;
    }
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
    report_all().await;
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
            contenders().iter().for_each(|c| c.rebuild());
            clock(|c| c.measurements = 0);
            report_all().await;
            measure().await;
        }
        CompareCommand::Measure => measure().await,
        CompareCommand::Scrub { at, equal } => scrub_all(at, equal).await,
        CompareCommand::Live => all_to(HistoryAction::Live).await,
        CompareCommand::Resume => all_to(HistoryAction::Resume).await,
    }
}
