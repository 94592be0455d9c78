//! The page's side of one family — the twin of the worker's contract (`worker/lab.rs`): what
//! the reducer and the link do to every family alike. Each family implements [`FamilyView`]
//! in its own `state.rs` and [`FamilyUrl`] in its own `url.rs`; the family list
//! (`families/mod.rs`) generates the reducer's loops (an update folded in, an action, a
//! rewind, a divergence, a crash, new data, the "retrained" notice) and the link's fields from
//! them instead of a hand-written `match` each.

use crate::data::toy2d::DatasetSpec;
use crate::i18n::Msg;
use crate::state::page::Page;
use crate::state::shared::Shared;

/// A family's page state, as the reducer treats every family.
pub trait FamilyView: Clone {
    /// Trained on the 2-D data: rebuilt by the worker when the data changes, so the page says
    /// which trained models that drops.
    const ON_POINTS: bool = false;
    /// The family's own update (`worker/protocol.rs` wraps it).
    type Update;
    /// Its settings in the link (`state/url.rs` holds one of each).
    type Url: FamilyUrl;
    /// What its page can ask of the reducer (`Action::Family` wraps it).
    type Act;

    /// Folds one update in. True when it reports the seed's start (a reset, a rebuild): the
    /// family is then no longer diverged.
    fn fold(&mut self, u: Self::Update, notices: &mut Vec<Msg>) -> bool;

    /// Applies one of its page's actions to its settings and its page state (copied only when
    /// it changes).
    fn act(this: &mut Shared<Self>, url: &mut Self::Url, act: Self::Act);

    /// Training goes on from older steps (one per run): the curves are cut back to them.
    fn rewind_to(&mut self, _steps: &[u64]) {}

    /// Training stopped from outside (the worker paused it after a divergence).
    fn stop(&mut self);

    /// The worker crashed: nothing runs, loads or waits for an answer any more.
    fn crashed(&mut self) {
        self.stop();
    }

    /// The worker built the model again from the seed on a new device (its weights were not
    /// kept).
    fn rebuilt(&mut self) {}

    /// New 2-D data: whatever was drawn from the old model is gone.
    fn data_changed(&mut self) {}

    /// Its loss curves as shown (each run's, in order), for a saved lab.
    fn curves(&self) -> Vec<Vec<f32>> {
        Vec::new()
    }

    /// Curves saved with a lab, put back once the opened model has reported (a list that does
    /// not fit its runs changes nothing).
    fn set_curves(&mut self, _curves: &[Vec<f32>]) {}

    /// The most steps any of its runs has trained (0: untrained).
    fn trained(&self) -> u64 {
        0
    }

    /// The model was trained with settings other than the ones on screen (a setting moved
    /// after training keeps the model until the user retrains it).
    fn stale(&self, _url: &Self::Url) -> bool {
        false
    }
}

/// A family's settings in the shareable link.
pub trait FamilyUrl: Clone + Default + PartialEq {
    /// Reads one of its keys; false for keys that are not its own.
    fn read(&mut self, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool;

    /// Appends the keys that differ from the base a link starts from (the defaults, or a tour
    /// chapter's setup).
    fn write(&self, base: &Self, pairs: &mut Vec<(String, String)>);

    /// Applies its preset `id` (its settings, and the data where it has its own), returning the
    /// page that shows it; `None` when the id is not one of its presets.
    fn preset(&mut self, _id: &str, _data: &mut DatasetSpec) -> Option<Page> {
        None
    }
}
