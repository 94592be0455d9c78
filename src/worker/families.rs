//! The families the worker drives, one line each ([`all`]), and what it does to every one alike:
//! build them again on new data or a new device, report them, start, pause, step or reset one
//! ([`TrainOp`]), restore one after a divergence, and route each family's own commands to its
//! folder.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

use crate::families::FamilyId;
use crate::i18n::Msg;
use crate::labfile::SavedFamily;
use crate::worker::home::{W, Worker};
use crate::worker::lab::Kept;
use crate::worker::lab_io;
use crate::worker::protocol::{Command, HistoryAction, TrainOp};
use crate::worker::run::{Family, chunk, keep, rebuild, restore, train};
use crate::worker::scrub::scrub;

type Job = Pin<Box<dyn Future<Output = ()>>>;

/// What one family had when the device was lost: its first run's step, whether it was
/// training, and its last kept weights.
pub struct Before {
    pub step: u64,
    pub running: bool,
    pub kept: Option<Kept>,
}

/// What the worker does with any family, whichever it is.
pub trait Each {
    fn id(&self) -> FamilyId;
    fn uses_points(&self) -> bool;
    fn rebuild(&self);
    fn report(&self) -> Job;
    /// Start, pause, step or reset: the same for every family.
    fn train(&self, op: TrainOp) -> Job;
    fn restore(&self) -> Job;
    fn scrub(&self, action: HistoryAction) -> Job;
    fn device_gone(&self, w: &mut Worker);
    fn before(&self, w: &mut Worker) -> Option<Before>;
    /// Keeps the family's weights as they are now (before a move to another device).
    fn keep_now(&self) -> Job;
    /// Loads what was kept into the family rebuilt on the new device.
    fn load(&self, w: &mut Worker, kept: &Kept, running: bool) -> Option<Result<(), String>>;
    /// What a saved lab holds of the family (its settings and the weights last kept), when it
    /// has trained.
    fn saved(&self, w: &mut Worker) -> Option<(SavedFamily, Vec<f32>)>;
    /// Builds the family with the settings saved and loads the saved weights into it: what
    /// happened, in words.
    fn open(&self, saved: &SavedFamily, values: &[f32]) -> Msg;
}

struct The<F>(PhantomData<F>);

impl<F: Family> Each for The<F> {
    fn id(&self) -> FamilyId {
        F::ID
    }
    fn uses_points(&self) -> bool {
        F::USES_POINTS
    }
    fn rebuild(&self) {
        rebuild::<F>();
    }
    fn report(&self) -> Job {
        Box::pin(async {
            chunk::<F>(0).await;
        })
    }
    fn train(&self, op: TrainOp) -> Job {
        Box::pin(async move {
            match op {
                TrainOp::Start { speed } => train::<F>(speed).await,
                TrainOp::Pause => W.with_borrow_mut(|w| F::slot(w).ctl.running = false),
                TrainOp::Step { n } => drop(chunk::<F>(n as usize).await),
                TrainOp::Reset => {
                    rebuild::<F>();
                    chunk::<F>(0).await;
                }
            }
        })
    }
    fn restore(&self) -> Job {
        Box::pin(restore::<F>())
    }
    fn scrub(&self, action: HistoryAction) -> Job {
        Box::pin(scrub::<F>(action))
    }
    fn keep_now(&self) -> Job {
        Box::pin(async {
            // A copy kept at the lab's own steps is the lab as it is now: no second readback.
            let current = W.with_borrow_mut(|w| {
                let slot = F::slot(w);
                let steps = slot.lab.as_ref().map(|l| l.steps());
                let current = slot.ctl.good.as_ref().is_some_and(|k| Some(&k.steps) == steps.as_ref());
                if !current {
                    slot.ctl.kept_ms = None;
                }
                current
            });
            if !current {
                keep::<F>().await;
            }
        })
    }
    fn device_gone(&self, w: &mut Worker) {
        F::device_gone(w);
    }
    fn before(&self, w: &mut Worker) -> Option<Before> {
        let slot = F::slot(w);
        let step = slot.lab.as_ref()?.steps().first().copied().filter(|&s| s > 0)?;
        Some(Before { step, running: slot.ctl.running, kept: slot.ctl.good.take() })
    }
    fn load(&self, w: &mut Worker, kept: &Kept, running: bool) -> Option<Result<(), String>> {
        let slot = F::slot(w);
        let r = slot.lab.as_mut().map(|l| l.load_kept(&kept.values, &kept.steps));
        slot.ctl.running = running && matches!(r, Some(Ok(())));
        slot.ctl.good = Some(kept.clone());
        r
    }
    fn saved(&self, w: &mut Worker) -> Option<(SavedFamily, Vec<f32>)> {
        lab_io::saved::<F>(w)
    }
    fn open(&self, saved: &SavedFamily, values: &[f32]) -> Msg {
        lab_io::open::<F>(saved, values)
    }
}

macro_rules! loop_families {
    ($($field:ident: $id:ident $(($page:ident))?),* $(,)?) => {
        /// Every family, from the list (`families/mod.rs`).
        pub fn all() -> &'static [&'static dyn Each] {
            &[$(&The::<crate::families::$field::Lab>(PhantomData),)*]
        }

        /// A family's own commands, to its folder; its training, to its [`Each::train`].
        pub async fn route(cmd: Command) {
            match cmd {
                Command::Train { family, op } => {
                    if let Some(f) = one(family) {
                        f.train(op).await;
                    }
                }
                $(Command::$id(c) => crate::families::$field::handle(c).await,)*
                Command::Compare(c) => crate::compare::worker::handle(c).await,
                Command::Lineup(c) => crate::lineup::worker::handle(c).await,
                _ => {}
            }
        }
    };
}
crate::families::with_families!(loop_families);

/// The family `id`, from the list.
pub fn one(id: FamilyId) -> Option<&'static dyn Each> {
    all().iter().copied().find(|f| f.id() == id)
}

/// New data: every family trained on it is built again, each once.
pub fn rebuild_on_data() {
    all().iter().filter(|f| f.uses_points()).for_each(|f| f.rebuild());
}

/// A new device: every family is built again, each once.
pub fn rebuild_all() {
    all().iter().for_each(|f| f.rebuild());
}

/// Every family's current state to the page (after a rebuild or a move to the CPU).
pub async fn report_all() {
    for f in all() {
        f.report().await;
    }
}

/// A move through one family's training history.
pub async fn scrub_one(id: FamilyId, action: HistoryAction) {
    if let Some(f) = one(id) {
        f.scrub(action).await;
    }
}

/// After a divergence: the family's last good weights, paused.
pub async fn restore_one(id: FamilyId) {
    if let Some(f) = one(id) {
        f.restore().await;
    }
}

/// Every family waits (a new device is being chosen).
pub fn pause_all() {
    W.with_borrow_mut(Worker::pause_all);
}
