//! The GAN family in the worker: where its state lives, how it is built, and its own commands
//! (set-up, the step buttons for D or G alone; start, pause, step and reset are the loop's). It trains through the one loop (`run.rs`):
//! ~150 ms chunks (`pace::CHUNK_MS`) with one readback each, every run's view (fixed noise, D's surface, arrows,
//! manifold) rendered per chunk, so the page is redrawn ~7 times a second whatever the
//! training speed; a speed cap (iterations per second) slows the game down to watch it.

use crate::families::gan::lab::GanLab;
use crate::families::gan::protocol::GanCommand;
use crate::families::gan::runs::{GanRunConfig, Phase};
use crate::worker::home::{W, Worker};
use crate::worker::run::{Family, chunk, set_up};

impl Family for GanLab {
    type Settings = Vec<GanRunConfig>;

    fn build(w: &mut Worker, configs: &Vec<GanRunConfig>) -> Option<Self> {
        let (_, device) = w.backend.as_ref()?;
        (!configs.is_empty()).then(|| GanLab::new(device, &w.points, w.reference.clone(), w.seed, configs))
    }

    /// The whole lab, for the training history.
    fn snapshot(&self) -> Option<Self> {
        Some(self.clone())
    }
}

pub async fn handle(cmd: GanCommand) {
    match cmd {
        GanCommand::Setup { runs } => {
            set_up::<GanLab>(runs);
            chunk::<GanLab>(0).await;
        }
        GanCommand::StepPhase { n, phase } => {
            W.with_borrow_mut(|w| GanLab::slot(w).lab.as_mut().map(|l| l.phase = phase));
            chunk::<GanLab>(n as usize).await;
            W.with_borrow_mut(|w| GanLab::slot(w).lab.as_mut().map(|l| l.phase = Phase::Both));
        }
    }
}
