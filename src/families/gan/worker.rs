//! The GAN family in the worker: where its state lives, how it is built, and its own commands
//! (set-up, the step buttons for D or G alone). It trains through the one loop (`run.rs`):
//! ~100 ms chunks with one readback each, every run's view (fixed noise, D's surface, arrows,
//! manifold) rendered per chunk, so the page is redrawn ~10 times a second whatever the
//! training speed; a speed cap (iterations per second) slows the game down to watch it.

use crate::families::gan::lab::GanLab;
use crate::families::gan::runs::{GanRunConfig, Phase};
use crate::worker::protocol::Command;
use crate::worker::run::{chunk, rebuild, set_up, train, Family, Slot};
use crate::worker::wasm::{Worker, W};

impl Family for GanLab {
    type Settings = Vec<GanRunConfig>;

    fn slot(w: &mut Worker) -> &mut Slot<Self, Vec<GanRunConfig>> {
        &mut w.gan
    }

    fn build(w: &Worker, configs: &Vec<GanRunConfig>) -> Option<Self> {
        let (_, device) = w.backend.as_ref()?;
        (!configs.is_empty()).then(|| GanLab::new(device, &w.points, w.reference.clone(), w.seed, configs))
    }
}

pub(crate) async fn handle(cmd: Command) {
    match cmd {
        Command::GanSetup { runs } => {
            set_up::<GanLab>(runs);
            chunk::<GanLab>(0).await;
        }
        Command::GanStart { speed } => train::<GanLab>(speed).await,
        Command::GanPause => W.with_borrow_mut(|w| w.gan.ctl.running = false),
        Command::GanStep { n, phase } => {
            W.with_borrow_mut(|w| w.gan.lab.as_mut().map(|l| l.phase = phase));
            chunk::<GanLab>(n as usize).await;
            W.with_borrow_mut(|w| w.gan.lab.as_mut().map(|l| l.phase = Phase::Both));
        }
        Command::GanReset => {
            rebuild::<GanLab>();
            chunk::<GanLab>(0).await;
        }
        _ => {}
    }
}
