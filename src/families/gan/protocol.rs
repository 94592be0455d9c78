//! The GAN family's own messages (wrapped once by `worker/protocol.rs`).

use serde::{Deserialize, Serialize};

use crate::families::gan::runs::{GanRunConfig, GanRunReport, Phase};

/// Page → worker, for the GAN.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum GanCommand {
    /// GAN page: (re)build its runs (1, or 2 side by side) on the current data and seed.
    Setup { runs: Vec<GanRunConfig> },
    /// Run `n` iterations of D alone or G alone (`phase`), then report. (Training both, in
    /// lock-step, is `Command::Train` like every family's.)
    StepPhase { n: u32, phase: Phase },
}

/// Worker → page, from the GAN.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum GanUpdate {
    /// GAN progress: per run, the losses and gradient norms since the last update, the latest
    /// view and its mode-collapse meter; `half` is the half-width of the viewed square.
    Progress { runs: Vec<GanRunReport>, configs: Vec<GanRunConfig>, running: bool, steps_per_sec: f64, half: f32 },
}

impl crate::families::Payload for GanUpdate {}
