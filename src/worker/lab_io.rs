//! One family's part of a saved lab, for any family alike (`families.rs` calls these through
//! its `Each`): what Save writes of it — its settings, its model's weights (the copy kept at
//! its steps), its carried state and its training history's copies — and what Open does with
//! it. The carried state and the history are read back synchronously, so they are saved from
//! the CPU device only; on WebGPU a family is saved with its weights alone.

use crate::device::Backend;
use crate::i18n::Msg;
use crate::labfile::{SavedCopy, SavedFamily};
use crate::models::resume::{self, Exact};
use crate::worker::history::Snapshot;
use crate::worker::home::{W, Worker, now};
use crate::worker::lab::Kept;
use crate::worker::run::{Family, post_history, rebuild};

/// What a saved lab holds of the family, when it has trained: its entry and its weights (the
/// model's, then each history copy's).
pub fn saved<F: Family>(w: &mut Worker) -> Option<(SavedFamily, Vec<f32>)> {
    let cpu = matches!(w.backend, Some((Backend::Cpu, _)));
    let slot = F::slot(w);
    let lab = slot.lab.as_mut()?;
    let steps = lab.steps();
    steps.iter().any(|&s| s > 0).then_some(())?;
    let kept = slot.ctl.good.as_ref()?;
    let settings = serde_json::to_string(&slot.settings).ok()?;
    // The carried state belongs with weights kept at the lab's own steps.
    let carried = if cpu && kept.steps == steps { resume::write(lab) } else { Vec::new() };
    let mut values = kept.values.clone();
    let mut history = Vec::new();
    if cpu {
        // While a copy is viewed it is the lab in place: the copies after it are its future.
        let upto = slot.history.viewing.map_or(slot.history.snaps.len(), |i| i + 1);
        // Each copy is written once and kept so (a copy never changes): the browser's copy of
        // the lab, saved every few seconds, reads back only the copies taken since.
        for s in &mut slot.history.snaps[..upto] {
            if s.written.is_none() {
                s.written = s.lab.as_mut().and_then(|lab| resume::write_copy(lab).ok());
            }
            let Some((steps, v, carried)) = &s.written else { continue };
            history.push(SavedCopy {
                step: s.step,
                trained_ms: s.trained_ms,
                steps: steps.clone(),
                len: v.len() as u64,
                carried: carried.clone(),
            });
            values.extend_from_slice(v);
        }
    }
    let (len, trained_ms, every) = (kept.values.len() as u64, slot.ctl.trained_ms, slot.history.every);
    Some((SavedFamily { family: F::ID, settings, steps: kept.steps.clone(), len, carried, trained_ms, history, every }, values))
}

/// Builds the family with its saved settings, loads the saved model, keeps its history's copies
/// as the file holds them (each is built when first viewed), and says what happened in words.
pub fn open<F: Family>(saved: &SavedFamily, values: &[f32]) -> Msg {
    let who = F::ID.the_name();
    let settings: F::Settings = match serde_json::from_str(&saved.settings) {
        Ok(s) => s,
        Err(e) => return Msg::new("lab-family-unfit").nested("who", &who).arg("error", e),
    };
    W.with_borrow_mut(|w| (F::slot(w).settings, F::slot(w).wanted) = (settings.clone(), true));
    rebuild::<F>();
    let (live, parts) = saved.split(values);
    let said = W.with_borrow_mut(|w| {
        let here = carried_here(w);
        // The history's copies are kept as the file holds them and built when first viewed
        // (`scrub.rs`), so Open builds one model a family; a copy of another size than the
        // model is left out.
        let mut copies: Vec<_> = (saved.history.iter().zip(&parts))
            .filter(|(c, v)| v.len() == live.len() && c.steps.len() == saved.steps.len())
            .map(|(c, v)| Snapshot::opened(c.step, c.trained_ms, (c.steps.clone(), v.to_vec(), c.carried.clone())))
            .collect();
        let slot = F::slot(w);
        let lab = slot.lab.as_mut()?;
        let loaded = resume::open(lab, |l| l.reset(), (live, &saved.steps), &saved.carried, here);
        if loaded.is_err() {
            lab.reset();
        } else {
            slot.ctl.good = Some(Kept { steps: saved.steps.clone(), values: live.to_vec(), at_ms: now() });
            slot.ctl.trained_ms = saved.trained_ms;
            let step = saved.steps.first().copied().unwrap_or(0);
            copies.retain(|c| c.step <= step);
            if copies.is_empty() {
                slot.history.clear();
                let lab = &*lab;
                slot.history.record(step, saved.trained_ms, || lab.snapshot());
            } else {
                slot.history.opened(copies, saved.every);
            }
        }
        Some(loaded)
    });
    post_history::<F>();
    let at = saved.steps.iter().map(u64::to_string).collect::<Vec<_>>().join(" / ");
    let opened = |id: &str| Msg::new(id).nested("who", &who).arg("step", &at).nested("word", &F::ID.step_word());
    let restarts = |why: Msg| opened("lab-family-restarts").nested("why", &why);
    match said {
        Some(Ok(Exact::Yes)) => opened("lab-family-exact"),
        Some(Ok(Exact::NoneSaved)) => restarts(Msg::new("lab-why-none")),
        Some(Ok(Exact::NotHere)) => restarts(Msg::new("lab-why-device")),
        Some(Ok(Exact::Unfit(e))) => restarts(Msg::new("lab-why-unfit").arg("error", e)),
        Some(Err(e)) => Msg::new("lab-family-unfit").nested("who", &who).arg("error", e),
        None => Msg::new("lab-family-unbuilt").nested("who", &who),
    }
}

/// Whether a lab's carried state (its optimisers' moments and random streams) can be loaded
/// here: loading it makes tensors on burn's default device, so the CPU build on the CPU device
/// only.
pub fn carried_here(w: &Worker) -> bool {
    matches!(w.backend, Some((Backend::Cpu, _))) && !cfg!(feature = "webgpu")
}

/// A history copy opened from a file, loaded into `lab` (the family built afresh with its
/// settings); `None` when it does not fit.
pub fn built<L: crate::worker::lab::Lab>(mut lab: L, (steps, values, carried): &resume::CopyParts, here: bool) -> Option<L> {
    resume::open(&mut lab, |l| l.reset(), (values, steps), carried, here).ok()?;
    Some(lab)
}
