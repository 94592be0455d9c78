//! A family's training history: copies of its whole lab (weights, their moving average, the
//! optimiser's moments, the random streams and the step count) taken while it trains, so the
//! page can show the model as it was at any moment and train on from there.
//!
//! Bounded: at most [`MAX_SNAPSHOTS`]. A copy is taken when `every` steps have passed since the
//! last; when there are too many, every other one is dropped and `every` doubles, so the copies
//! always span the whole run, from its first step to its last few. Viewing the past puts a copy
//! in the lab's place and keeps the live lab aside; going live puts it back; training from the
//! past ("resume from here") drops the live lab and the later copies. Pure: the worker's slot
//! holds one per family (`run.rs`).

use crate::models::resume::CopyParts;

/// Most copies kept per family.
pub const MAX_SNAPSHOTS: usize = 64;
/// Steps between the first copies (doubles each time the history is thinned).
pub const FIRST_EVERY: u64 = 20;

/// One copy of the lab, with the step and training time it was taken at.
#[derive(Clone)]
pub struct Snapshot<L> {
    pub step: u64,
    pub trained_ms: f64,
    /// The copy as a lab: `None` for a copy opened from a file until it is first viewed (an
    /// opened lab builds only its live model; `written` holds the copy).
    pub lab: Option<L>,
    /// The copy as a file holds it (its steps, weights and carried state): written at its first
    /// save, or read from the file it was opened from. A copy never changes, so each save after
    /// the first reads nothing back.
    pub written: Option<CopyParts>,
}

impl<L> Snapshot<L> {
    /// A copy taken while training.
    pub fn taken(step: u64, trained_ms: f64, lab: L) -> Self {
        Snapshot { step, trained_ms, lab: Some(lab), written: None }
    }

    /// A copy opened from a file, built when first needed.
    pub fn opened(step: u64, trained_ms: f64, written: CopyParts) -> Self {
        Snapshot { step, trained_ms, lab: None, written: Some(written) }
    }
}

pub struct History<L> {
    pub snaps: Vec<Snapshot<L>>,
    pub every: u64,
    /// The live lab while a copy is viewed.
    pub ahead: Option<L>,
    /// Which copy is in the lab's place.
    pub viewing: Option<usize>,
}

impl<L> Default for History<L> {
    fn default() -> Self {
        Self { snaps: Vec::new(), every: FIRST_EVERY, ahead: None, viewing: None }
    }
}

impl<L> History<L> {
    /// After a chunk: keeps a copy (made by `copy`) when one is due. Nothing while viewing.
    /// True when a copy was taken.
    pub fn record(&mut self, step: u64, trained_ms: f64, copy: impl FnOnce() -> Option<L>) -> bool {
        if self.viewing.is_some() || self.snaps.last().is_some_and(|s| step < s.step + self.every) {
            return false;
        }
        let Some(lab) = copy() else { return false };
        self.snaps.push(Snapshot::taken(step, trained_ms, lab));
        if self.snaps.len() > MAX_SNAPSHOTS {
            let mut i = 0;
            self.snaps.retain(|_| {
                i += 1;
                (i - 1) % 2 == 0
            });
            self.every *= 2;
        }
        true
    }

    /// Each copy's step.
    pub fn steps(&self) -> Vec<u64> {
        self.snaps.iter().map(|s| s.step).collect()
    }

    /// Each copy's training time, in ms.
    pub fn times(&self) -> Vec<f64> {
        self.snaps.iter().map(|s| s.trained_ms).collect()
    }

    /// Copies opened from a saved lab, in step order, with the spacing they were taken at (at
    /// least the first's): the live lab is the one in place.
    pub fn opened(&mut self, mut snaps: Vec<Snapshot<L>>, every: u64) {
        snaps.sort_by_key(|s| s.step);
        snaps.truncate(MAX_SNAPSHOTS);
        *self = Self { snaps, every: every.max(FIRST_EVERY), ahead: None, viewing: None };
    }

    /// A new model (reset, new data or settings, another device): no history.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// A copy (made by `copy`) of copy `i`, to put in the lab's place; `current` is what is there
    /// now (kept aside when it is the live lab, dropped when it is another copy). A copy opened
    /// from a file is first built from what it was written as (by `build`, once). `Err(current)`
    /// when there is no such copy, or it cannot be built.
    pub fn view(
        &mut self,
        i: usize,
        current: L,
        copy: impl FnOnce(&L) -> Option<L>,
        build: impl FnOnce(&CopyParts) -> Option<L>,
    ) -> Result<L, L> {
        let Some(s) = self.snaps.get_mut(i) else { return Err(current) };
        if s.lab.is_none() {
            s.lab = s.written.as_ref().and_then(build);
        }
        let Some(copy) = s.lab.as_ref().and_then(copy) else { return Err(current) };
        if self.viewing.is_none() {
            self.ahead = Some(current);
        }
        self.viewing = Some(i);
        Ok(copy)
    }

    /// Back to the live lab (when a copy was being viewed).
    pub fn live(&mut self) -> Option<L> {
        self.viewing = None;
        self.ahead.take()
    }

    /// Trains on from the viewed copy: the live lab and the later copies are dropped. The step
    /// training goes on from, if a copy was being viewed.
    pub fn resume(&mut self) -> Option<u64> {
        let i = self.viewing.take()?;
        self.snaps.truncate(i + 1);
        self.ahead = None;
        self.snaps.last().map(|s| s.step)
    }
}

/// The copy nearest to `target` by `key` (its step, or its training time).
pub fn nearest(keys: &[f64], target: f64) -> Option<usize> {
    keys.iter().enumerate().min_by(|a, b| (a.1 - target).abs().total_cmp(&(b.1 - target).abs())).map(|(i, _)| i)
}
