//! The GAN family's own messages (wrapped once by `worker/protocol.rs`).

use serde::{Deserialize, Serialize};

use crate::families::gan::runs::{GanRunConfig, GanRunReport, Phase};

/// Page → worker, for the GAN.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum GanCommand {
    /// GAN page: (re)build its runs (1, or 2 side by side) on the current data and seed.
    Setup {
        runs: Vec<GanRunConfig>,
    },
    /// Train the GAN runs in lock-step until `GanPause`, at most `speed` iterations per
    /// second (0: as fast as the device goes). Pauses the diffusion model.
    Start {
        speed: u32,
    },
    Pause,
    /// Run `n` iterations of `phase` (D only, G only, or both), then report.
    Step {
        n: u32,
        phase: Phase,
    },
    /// Fresh GAN weights from the seed.
    Reset,
}

/// Worker → page, from the GAN.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum GanUpdate {
    /// GAN progress: per run, the losses and gradient norms since the last update, the latest
    /// view and its mode-collapse meter; `half` is the half-width of the viewed square.
    Progress { runs: Vec<GanRunReport>, configs: Vec<GanRunConfig>, running: bool, steps_per_sec: f64, half: f32 },
}
