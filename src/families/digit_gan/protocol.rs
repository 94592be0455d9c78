//! The digit GAN trainer's own messages (wrapped once by `worker/protocol.rs`).

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// Page → worker, for the digit GAN trained in the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DigitGanCommand {
    /// Train until `Pause`: go on with the trainer there is, or build it (fetching the shipped
    /// GAN and the classifier the first time) from the shipped weights or, with `fresh`, from
    /// new ones drawn from `seed`. `ratio` is G's learning rate over D's, from the next
    /// iteration on.
    Train { fresh: bool, ratio: f64, seed: u64 },
    /// G's learning rate over D's, while training or not.
    Ratio { ratio: f64 },
}

/// Worker → page, from the digit GAN trainer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DigitGanUpdate {
    /// Bytes of the shipped GAN and classifier fetched so far, of `total` (0: unknown).
    Loading { done: usize, total: usize },
    /// The files could not be fetched or read, or there is no device: why, in the user's words.
    Failed { message: Msg },
    /// A chunk: the step count, D's and G's losses since the last update, the speed, and (each
    /// chunk) the first `SHOW` samples of every class as 8-bit ink, with (when scored) the
    /// judge's verdict on all `PER_CLASS` of each.
    Training {
        steps: u64,
        d_loss: Vec<f32>,
        g_loss: Vec<f32>,
        steps_per_sec: f64,
        running: bool,
        fresh: bool,
        ratio: f64,
        shown: Option<Vec<u8>>,
        measure: Option<DigitGanMeasure>,
    },
}

/// What one scored view measured.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DigitGanMeasure {
    pub step: u64,
    /// Share of the samples the classifier reads as the class asked for.
    pub read_as_asked: f64,
    /// Spread within a class relative to real digits' (1 = as varied), mean over the classes.
    pub spread: f64,
    /// How many samples (of all classes) are read as each class: empty bars are lost modes.
    pub reads: Vec<u32>,
    /// Spread under `NEAR_COPIES` (judge/variety.rs): each class draws near-copies of one image.
    pub near_copies: bool,
}

impl crate::families::Payload for DigitGanUpdate {}
