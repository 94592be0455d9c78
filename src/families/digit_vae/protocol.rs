//! The digit VAE trainer's own messages (wrapped once by `worker/protocol.rs`).

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// Page → worker, for the 2-D digit VAE trained in the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DigitVaeCommand {
    /// Train until `Pause`: go on with the trainer there is, or build it (fetching the shipped
    /// VAE and the classifier the first time) from the shipped weights or, with `fresh`, from
    /// new ones drawn from `seed`. `beta` is the KL weight from the next step on.
    Train { fresh: bool, beta: f64, seed: u64 },
    /// The KL weight, while training or not.
    Beta { beta: f64 },
}

/// Worker → page, from the digit VAE trainer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DigitVaeUpdate {
    /// Bytes of the shipped VAE and classifier fetched so far, of `total` (0: unknown).
    Loading { done: usize, total: usize },
    /// The files could not be fetched or read, or there is no device: why, in the user's words.
    Failed { message: Msg },
    /// A chunk: the step count, the reconstruction and KL terms since the last update, the
    /// speed, and (each chunk) the latent plane, measured when scored.
    Training {
        steps: u64,
        recon: Vec<f32>,
        kl: Vec<f32>,
        steps_per_sec: f64,
        running: bool,
        fresh: bool,
        beta: f64,
        plane: Option<DigitVaePlane>,
    },
}

/// The latent plane at one step, over the prior's 3σ square (`VAE_HALF`, lineup/plane.rs).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DigitVaePlane {
    /// Codes μ(x) of the plane's real digits, x, y pairs, and their classes.
    pub codes: Vec<f32>,
    pub labels: Vec<u8>,
    /// The decoder's image of the grid's codes as 8-bit ink (`GRID²` digits, row-major from
    /// the top left).
    pub grid: Vec<u8>,
    pub measure: Option<DigitVaeMeasure>,
}

/// What one scored view measured.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DigitVaeMeasure {
    pub step: u64,
    /// Share of the grid's cells no real digit's code falls in (the holes).
    pub empty: f64,
    /// Share of the grid's codes decoded to a digit the classifier is sure of (p ≥ 0.9).
    pub sure: f64,
    /// How many of the ten classes the sure decodes are read as (1: one digit everywhere).
    pub classes: u32,
    /// Share of the real digits' codes outside the square (where the prior rarely samples).
    pub outside: f64,
    /// The chunk's mean reconstruction term and KL term per image (nats); `None` for a view
    /// with no step before it (where training starts).
    pub recon: Option<f64>,
    pub kl: Option<f64>,
}

impl crate::families::Payload for DigitVaeUpdate {}
