//! The four 2-D families on the compare page's clock, one line each ([`contenders`]), and what
//! the clock does to each of them alike — the compare page's twin of `worker/families.rs::all`.
//! A family takes part by implementing [`Contender`] and adding its line here; the clock
//! (`worker.rs`) only loops over the list.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

use burn::prelude::Tensor;

use crate::compare::contender::Contender;
use crate::compare::protocol::{Entry, Equal, LogLikelihood};
use crate::compare::score::{self, HELD_OUT, SAMPLES};
use crate::families::diffusion::lab::DiffusionLab;
use crate::families::flow::lab::FlowLab;
use crate::families::gan::lab::GanLab;
use crate::families::vae::lab::VaeLab;
use crate::state::series::pairs;
use crate::worker::home::{W, lost};
use crate::worker::protocol::HistoryAction;
use crate::worker::run::{Family, chunk, keep, rebuild, resume_here};
use crate::worker::scrub::scrub;

type Job<T = ()> = Pin<Box<dyn Future<Output = T>>>;

/// What the clock does with any family on it, whichever it is.
pub trait Seat {
    /// Its next chunk size, when it can train at all.
    fn per_chunk(&self) -> Option<usize>;
    /// One chunk of `n` steps through the one loop.
    fn turn(&self, n: usize) -> Job;
    /// Its samples (and, with `likelihood`, its log-likelihood) read back once and scored.
    fn measure(&self, likelihood: bool) -> Job<Option<Entry>>;
    /// The copy of its training history in its place, if any.
    fn viewing(&self) -> Option<usize>;
    /// Before training: the copy shown becomes the model (`run::resume_here`).
    fn resume(&self);
    /// Where its copies lie on the shared axis: training time, or steps.
    fn keys(&self, equal: Equal) -> Vec<f64>;
    fn scrub(&self, action: HistoryAction) -> Job;
    /// Still running, or not built (nothing to stop): a family's own page pauses them all.
    fn running(&self) -> bool;
    /// Back to the seed's start.
    fn rebuild(&self);
    /// Its state to its own page.
    fn report(&self) -> Job;
}

struct The<F>(PhantomData<F>);

/// The four, one line each.
pub fn contenders() -> [&'static dyn Seat; 4] {
    [&The::<DiffusionLab>(PhantomData), &The::<FlowLab>(PhantomData), &The::<GanLab>(PhantomData), &The::<VaeLab>(PhantomData)]
}

impl<F: Family + Contender> Seat for The<F> {
    fn per_chunk(&self) -> Option<usize> {
        per_chunk::<F>()
    }
    fn turn(&self, n: usize) -> Job {
        Box::pin(turn::<F>(n))
    }
    fn measure(&self, likelihood: bool) -> Job<Option<Entry>> {
        Box::pin(measure_one::<F>(likelihood))
    }
    fn viewing(&self) -> Option<usize> {
        W.with_borrow_mut(|w| F::slot(w).history.viewing)
    }
    fn resume(&self) {
        resume_here::<F>();
    }
    fn keys(&self, equal: Equal) -> Vec<f64> {
        keys::<F>(equal)
    }
    fn scrub(&self, action: HistoryAction) -> Job {
        Box::pin(scrub::<F>(action))
    }
    fn running(&self) -> bool {
        W.with_borrow_mut(|w| {
            let slot = F::slot(w);
            slot.ctl.running || slot.lab.is_none()
        })
    }
    fn rebuild(&self) {
        rebuild::<F>();
    }
    fn report(&self) -> Job {
        Box::pin(async {
            chunk::<F>(0).await;
        })
    }
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
