//! The loop's side of one family ([`Control`]): running or not, its pace, its last good
//! weights, and the divergence guard that turns a non-finite readback into one plain message.
//! Pure: the native tests drive exactly what the worker drives.

use crate::i18n::Msg;
use crate::worker::lab::{Kept, Lab, NonFinite, Status, kind_of};
use crate::worker::pace::Pace;
use crate::worker::protocol::Update;

/// The loop's side of one family: running or not, its pace, its last good weights.
#[derive(Clone, Debug, Default)]
pub struct Control {
    pub running: bool,
    pub pace: Pace,
    /// The last kept weights that were all finite (after a chunk whose values were all finite).
    pub good: Option<Kept>,
    /// For a family measured apart from its chunks (diffusion): the last kept copy whose
    /// samples were then measured finite. Samples thrown to infinity fall back to it.
    pub verified: Option<Kept>,
    pub kept_ms: Option<f64>,
    /// Bumped by every rebuild, reset and restore: a readback in flight across one belongs to
    /// a model that is gone.
    pub generation: u64,
    /// The family diverged and waits for Restore or Reset; it does not train until then.
    pub diverged: bool,
    /// A chunk of this model is between its enqueue and its readback: the lab holds that
    /// chunk's layout, so the next one waits (a GPU readback takes long enough for a second
    /// request to arrive meanwhile).
    pub busy: bool,
    /// Wall time spent in this model's training chunks since it was built, in ms.
    pub trained_ms: f64,
    /// A history copy was taken since the page was last told the history's steps, and when it
    /// was last told: while training, at most once every [`HISTORY_EVERY_MS`] (one message
    /// and one render of the page fewer per chunk; issue 34).
    pub history_pending: bool,
    pub history_posted_ms: f64,
}

/// The fewest ms between two messages that tell the page a training family's history.
pub const HISTORY_EVERY_MS: f64 = 1_000.0;

impl Control {
    /// The model was rebuilt or reset: nothing kept belongs to it any more.
    pub fn rebuilt(&mut self) {
        self.running = false;
        self.pace.restart();
        self.good = None;
        self.verified = None;
        self.kept_ms = None;
        self.generation += 1;
        self.diverged = false;
        self.busy = false;
        self.trained_ms = 0.0;
        self.history_pending = false;
    }

    /// After a chunk of `n` steps that took a history copy (`recorded`) or not: whether to
    /// tell the page the history now. Always for a report or a step while paused (the copy is
    /// what the page then shows), at most every [`HISTORY_EVERY_MS`] while training.
    pub fn history_due(&mut self, recorded: bool, n: usize, now_ms: f64) -> bool {
        self.history_pending |= recorded;
        let due = self.history_pending && (n == 0 || !self.running || now_ms - self.history_posted_ms >= HISTORY_EVERY_MS);
        if due {
            (self.history_pending, self.history_posted_ms) = (false, now_ms);
        }
        due
    }

    pub fn status(&self) -> Status {
        Status { running: self.running, steps_per_sec: self.pace.shown_rate() }
    }

    /// Folds a chunk of `n` steps that took `ms` in. A non-finite value pauses the family at
    /// once and returns the one divergence update the page shows; otherwise the family's own
    /// update (its view scored when due: see [`Pace::score_due`]). `clock` reads the time in ms.
    pub fn finish<L: Lab>(&mut self, lab: &mut L, flat: &[f32], n: usize, ms: f64, clock: impl Fn() -> f64) -> Update
    where
        L::Report: Into<Update>,
    {
        self.pace.measured(n, ms);
        let t0 = clock();
        let score = L::SCORES_VIEW && self.pace.score_due(n, t0);
        match lab.read(flat, score, self.status()) {
            Ok(update) => {
                if score {
                    self.pace.scored(t0, clock());
                }
                update.into()
            }
            Err(bad) => self.diverge::<L>(bad, lab.steps().len()),
        }
    }

    /// Pauses the family and words what happened and what Restore does.
    pub fn diverge<L: Lab>(&mut self, bad: NonFinite, runs: usize) -> Update {
        self.running = false;
        self.diverged = true;
        let id = L::ID;
        let who = match runs {
            2 => Msg::new("notice-who-run").nested("who", &id.the_name()).arg("run", ["A", "B"][bad.run.min(1)]),
            _ => id.the_name(),
        };
        let restore_step = self.good.as_ref().map(|k| k.steps.get(bad.run).copied().unwrap_or(0));
        let back = match restore_step {
            Some(s) if s > 0 => Msg::new("notice-restore-back").nested("word", &id.step_word()).arg("step", s),
            _ => Msg::new("notice-restore-seed"),
        };
        let message = Msg::new("notice-diverged")
            .nested("who", &who)
            .nested("word", &id.step_word())
            .arg("step", bad.step)
            .nested("what", &Msg::new(bad.what))
            .nested("kind", &Msg::new(kind_of(bad.value)))
            .nested("advice", &id.advice())
            .nested("back", &back);
        Update::Diverged { family: id, message, restore_step: restore_step.unwrap_or(0) }
    }
}
