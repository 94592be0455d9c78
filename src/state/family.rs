//! The page's side of one family — the twin of the worker's contract (`worker/lab.rs`): what
//! the reducer does to every family's page state alike. Each family implements it in its own
//! `state.rs`; `state/app.rs` lists the families once (`families!`), and the reducer's loops
//! (an update folded in, a rewind, a divergence, a crash, new data, the "retrained" notice)
//! follow from that list instead of a hand-written `match` each.

use crate::i18n::Msg;

/// A family's page state, as the reducer treats every family.
pub trait FamilyView: Clone {
    /// Trained on the 2-D data: rebuilt by the worker when the data changes, so the page says
    /// which trained models that drops.
    const ON_POINTS: bool = false;
    /// The family's own update (`worker/protocol.rs` wraps it).
    type Update;

    /// Folds one update in. True when it reports the seed's start (a reset, a rebuild): the
    /// family is then no longer diverged.
    fn fold(&mut self, u: Self::Update, notices: &mut Vec<Msg>) -> bool;

    /// Training goes on from older steps (one per run): the curves are cut back to them.
    fn rewind_to(&mut self, _steps: &[u64]) {}

    /// Training stopped from outside (the worker paused it after a divergence).
    fn stop(&mut self);

    /// The worker crashed: nothing runs, loads or waits for an answer any more.
    fn crashed(&mut self) {
        self.stop();
    }

    /// New 2-D data: whatever was drawn from the old model is gone.
    fn data_changed(&mut self) {}

    /// The most steps any of its runs has trained (0: untrained).
    fn trained(&self) -> u64 {
        0
    }
}
