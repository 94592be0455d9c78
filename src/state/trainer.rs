//! A trainer of the Digit models page as the page knows it (`digit_gan`, `digit_vae`): the
//! shipped files' load progress, why it could not start, whether Train waits for its first
//! answer, and the family's own training view `T`. The family folds its training updates into
//! `T`; the rest is the same for both, here.

use serde::Serialize;

use crate::i18n::Msg;

/// A training view that can say it stopped.
pub trait TrainView: Default {
    fn stop(&mut self);
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TrainerPage<T> {
    /// Bytes fetched of the shipped files (`None` when not loading).
    pub loading: Option<(usize, usize)>,
    /// Why the trainer could not start.
    pub failed: Option<Msg>,
    /// Train was pressed and nothing has come back yet.
    pub asked: bool,
    pub train: Option<T>,
}

impl<T: TrainView> TrainerPage<T> {
    /// Whether Train is waiting for its first answer (the buttons wait too).
    pub fn busy(&self) -> bool {
        self.asked || self.loading.is_some()
    }

    /// Train was pressed.
    pub fn ask(&mut self) {
        (self.asked, self.failed) = (true, None);
    }

    pub fn loaded(&mut self, done: usize, total: usize) {
        self.loading = Some((done, total));
    }

    /// The files could not be had, or there is no device: said under the buttons.
    pub fn fail(&mut self, message: Msg) {
        (self.loading, self.asked, self.failed) = (None, false, Some(message));
    }

    /// A training update came: nothing waits any more; the view to fold it into.
    pub fn training(&mut self) -> &mut T {
        (self.loading, self.asked, self.failed) = (None, false, None);
        self.train.get_or_insert_with(T::default)
    }

    /// Training stopped from outside (a crash, a lost device): nothing runs any more.
    pub fn stopped(&mut self) {
        (self.loading, self.asked) = (None, false);
        if let Some(t) = self.train.as_mut() {
            t.stop();
        }
    }
}
