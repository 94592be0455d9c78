//! The one training loop in the browser, for every family alike: it paces chunks (one
//! readback each), spaces scoring, keeps the last good weights (every 0.5 s on the CPU, 2 s on
//! WebGPU, where they also survive a lost device), pauses the other families while one trains,
//! and stops a family in the chunk whose numbers became NaN or infinite (`control.rs` words it).
//! A family is a [`Lab`] plus where its state lives in the worker ([`Family::slot`]) and how it
//! is built from the shared data and its own settings ([`Family::build`]).

use burn::prelude::Tensor;
use gloo::timers::future::TimeoutFuture;

use crate::i18n::Msg;
use crate::worker::home::{Hold, Slot, W, Worker, lost, now, post};
use crate::worker::lab::{Kept, Lab, NonFinite, first_non_finite};
use crate::worker::protocol::Update;

#[allow(async_fn_in_trait)]
pub trait Family: Lab<Report: Into<Update>> + Sized + 'static {
    /// They travel in a saved lab as JSON (`worker/save.rs`).
    type Settings: Default + Clone + PartialEq + serde::Serialize + serde::de::DeserializeOwned + 'static;
    /// Trained on the 2-D data: built again when the data changes.
    const USES_POINTS: bool = true;

    /// Its slot as first made (a family may start wanted, or with its own scoring pace).
    fn new_slot() -> Slot<Self, Self::Settings> {
        Slot::default()
    }

    fn slot(w: &mut Worker) -> &mut Slot<Self, Self::Settings> {
        w.slot(Self::new_slot)
    }

    /// Builds the lab on the worker's device, data and seed with the family's settings.
    fn build(w: &mut Worker, settings: &Self::Settings) -> Option<Self>;

    /// The device is gone: drop whatever else the family holds on it (before it is rebuilt).
    fn device_gone(_w: &mut Worker) {}

    /// A measurement between chunks, for a family whose view is not scored in the chunk.
    async fn measure() {}

    /// A copy of the whole lab for the training history; `None` for a family without one.
    fn snapshot(&self) -> Option<Self> {
        None
    }
}

/// Time between two kept copies of the weights, in ms (a GPU readback costs more).
fn keep_every(w: &Worker) -> f64 {
    if w.on_gpu() { 2000.0 } else { 500.0 }
}

/// Builds the family again from the seed (new settings, data or device); training stops.
pub fn rebuild<F: Family>() {
    W.with_borrow_mut(|w| {
        let wanted = F::slot(w).wanted;
        let settings = F::slot(w).settings.clone();
        let lab = if wanted { F::build(w, &settings) } else { None };
        let slot = F::slot(w);
        slot.lab = lab;
        slot.ctl.rebuilt();
        slot.history.clear();
        if let Some(lab) = &slot.lab {
            slot.history.record(0, 0.0, || lab.snapshot());
        }
    });
    post_history::<F>();
}

/// The family's training history as the page shows it.
pub fn post_history<F: Family>() {
    let update = W.with_borrow_mut(|w| {
        let h = &F::slot(w).history;
        Update::History { family: F::ID, steps: h.steps(), times: h.times(), viewing: h.viewing }
    });
    post(&update);
}

/// Before training: a copy from the past in the model's place becomes the model ("resume from
/// here"): the live model and the later copies are dropped, and the page's curves are cut back.
pub fn resume_here<F: Family>() {
    let resumed = W.with_borrow_mut(|w| {
        let slot = F::slot(w);
        let step = slot.history.resume()?;
        // What was kept belongs to the dropped future.
        (slot.ctl.good, slot.ctl.verified, slot.ctl.kept_ms) = (None, None, None);
        slot.ctl.trained_ms = slot.history.times().last().copied().unwrap_or(0.0);
        Some(slot.lab.as_ref().map_or(vec![step], |l| l.steps()))
    });
    if let Some(steps) = resumed {
        post(&Update::Rewind { family: F::ID, steps });
        post_history::<F>();
    }
}

/// Settings from the page: the family is built again when they differ from its own (a page
/// that is opened again sends the settings it shows, and must find its model as it left it).
pub fn set_up<F: Family>(settings: F::Settings) {
    let changed = W.with_borrow_mut(|w| {
        let slot = F::slot(w);
        let same = slot.wanted && slot.settings == settings && slot.lab.is_some();
        (slot.settings, slot.wanted) = (settings, true);
        !same
    });
    if changed {
        rebuild::<F>();
    }
}

/// Runs `n` steps of the family (and its view), reads back once, posts the update (or the
/// divergence). False when nothing was reported or the family diverged.
pub async fn chunk<F: Family>(n: usize) -> bool {
    // One chunk of a model at a time; a report-only request (n = 0) is answered by the one in
    // flight.
    while W.with_borrow_mut(|w| F::slot(w).ctl.busy) {
        if n == 0 {
            return false;
        }
        TimeoutFuture::new(5).await;
    }
    let t0 = now();
    let Some((tensor, generation)) = W.with_borrow_mut(|w| {
        let slot = F::slot(w);
        slot.ctl.busy = slot.lab.is_some() && !slot.ctl.diverged;
        // A diverged family shows its last update until Restore or Reset: its weights are not
        // numbers any more, so nothing is drawn from them.
        let lab = slot.lab.as_mut().filter(|_| !slot.ctl.diverged)?;
        Some((lab.enqueue(n, true), slot.ctl.generation))
    }) else {
        return false;
    };
    let flat = match tensor.map(Tensor::into_data_async) {
        Some(read) => match read.await {
            Ok(d) => d.try_to_vec::<f32>().unwrap_or_default(),
            Err(e) => {
                W.with_borrow_mut(|w| {
                    let ctl = &mut F::slot(w).ctl;
                    ctl.busy &= ctl.generation != generation;
                });
                lost(format!("{e:?}"));
                return false;
            }
        },
        None => Vec::new(),
    };
    let update = W.with_borrow_mut(|w| {
        let Slot { lab, ctl, history, .. } = F::slot(w);
        if ctl.generation != generation {
            return None; // rebuilt while the readback was in flight
        }
        ctl.busy = false;
        let lab = lab.as_mut()?;
        let update = ctl.finish(lab, &flat, n, now() - t0, now);
        let fine = !matches!(update, Update::Diverged { .. });
        let mut recorded = false;
        if fine && n > 0 {
            ctl.trained_ms += now() - t0;
            recorded = history.record(lab.steps()[0], ctl.trained_ms, || lab.snapshot());
        }
        let tell = ctl.history_due(recorded, n, now());
        Some((update, fine, tell))
    });
    let Some((update, fine, tell)) = update else { return false };
    post(&update);
    if tell {
        post_history::<F>();
    }
    fine
}

/// When due, reads the family's weights back and keeps them if every one is finite.
pub async fn keep<F: Family>() {
    let due = W.with_borrow_mut(|w| {
        let every = keep_every(w);
        let Slot { lab, ctl, .. } = F::slot(w);
        if ctl.kept_ms.is_some_and(|t| now() - t < every) {
            return None;
        }
        let (pieces, steps) = lab.as_ref()?.kept_pieces();
        if pieces.is_empty() || steps.iter().all(|&s| s == 0) {
            return None;
        }
        ctl.kept_ms = Some(now());
        Some((Tensor::cat(pieces, 0), steps, ctl.generation))
    });
    let Some((tensor, steps, generation)) = due else { return };
    // A failed read is the training loop's to report: it meets the same lost device.
    let Ok(Ok(values)) = tensor.into_data_async().await.map(|d| d.try_to_vec::<f32>()) else { return };
    let diverged = W.with_borrow_mut(|w| {
        let Slot { lab, ctl, .. } = F::slot(w);
        if ctl.generation != generation {
            return None;
        }
        match first_non_finite(&values) {
            None => {
                ctl.good = Some(Kept { steps, values, at_ms: now() });
                None
            }
            // Weights that are not numbers any more: the family diverged (its losses may lag).
            Some((_, value)) if !ctl.diverged => {
                let bad = NonFinite { run: 0, step: steps[0], what: "what-weights", value };
                Some(ctl.diverge::<F>(bad, lab.as_ref().map_or(1, |l| l.steps().len())))
            }
            Some(_) => None,
        }
    });
    diverged.iter().for_each(post);
}

/// Trains the family until it is paused, another family starts, or it diverges.
pub async fn train<F: Family>(speed: u32) {
    resume_here::<F>();
    let start = W.with_borrow_mut(|w| {
        w.pause_all();
        let slot = F::slot(w);
        if slot.lab.is_none() || slot.ctl.diverged {
            return false;
        }
        slot.ctl.running = true;
        slot.ctl.pace.speed = speed;
        !std::mem::replace(&mut slot.ctl.pace.looping, true)
    });
    if !start {
        return;
    }
    loop {
        let (running, n) = W.with_borrow_mut(|w| {
            let slot = F::slot(w);
            (slot.ctl.running && slot.lab.is_some(), slot.ctl.pace.per_chunk)
        });
        if !running {
            break;
        }
        // The device probe's timed steps run alone; a move to another device waits for no chunk.
        Hold::wait().await;
        let t0 = now();
        if chunk::<F>(n).await {
            keep::<F>().await;
            if !F::SCORES_VIEW && W.with_borrow_mut(|w| F::slot(w).ctl.pace.score_due(n, now())) {
                let t = now();
                F::measure().await;
                W.with_borrow_mut(|w| F::slot(w).ctl.pace.scored(t, now()));
            }
        }
        // Under a speed cap, wait out the rest of the chunk's share of a second.
        let wait = W.with_borrow_mut(|w| F::slot(w).ctl.pace.wait_ms(n, now() - t0));
        TimeoutFuture::new(wait as u32).await;
    }
    let diverged = W.with_borrow_mut(|w| {
        let ctl = &mut F::slot(w).ctl;
        ctl.pace.looping = false;
        ctl.diverged
    });
    if !diverged {
        chunk::<F>(0).await; // the final state, with `running: false`
    }
}

/// After a divergence: the last good weights (or the seed's start), paused. The optimiser
/// starts afresh: its moments may be as broken as the weights were.
pub async fn restore<F: Family>() {
    let said = W.with_borrow_mut(|w| {
        let Slot { lab, ctl, .. } = F::slot(w);
        let lab = lab.as_mut()?;
        let good = ctl.good.clone();
        lab.reset();
        let loaded = good.as_ref().map(|k| lab.load_kept(&k.values, &k.steps));
        ctl.rebuilt();
        (ctl.good, ctl.verified) = (good.clone(), good);
        match loaded {
            Some(Err(e)) => Some(Msg::new("notice-kept-unfit").arg("error", e).nested("who", &F::ID.name())),
            _ => None,
        }
    });
    if let Some(message) = said {
        post(&Update::Error { message, fatal: false });
    }
    chunk::<F>(0).await;
}

/// After a measurement drew samples from the family: samples thrown to infinity mean it
/// diverged even if its loss still reads finite (then the weights kept since the last finite
/// measurement are dropped too: they may hold the same broken numbers, and it pauses with one
/// message). Otherwise the weights kept so far are verified. False when it diverged.
pub fn verify<F: Family>(bad: Option<NonFinite>) -> bool {
    let update = W.with_borrow_mut(|w| {
        let ctl = &mut F::slot(w).ctl;
        match bad {
            Some(bad) => {
                ctl.good = ctl.verified.clone();
                Some((!ctl.diverged).then(|| ctl.diverge::<F>(bad, 1)))
            }
            None => {
                ctl.verified = ctl.good.clone();
                None
            }
        }
    });
    match update {
        Some(u) => {
            u.iter().for_each(post);
            false
        }
        None => true,
    }
}
