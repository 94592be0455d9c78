//! The image family's own messages (wrapped once by `worker/protocol.rs`).

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::judge::scores::ImageScores;
use crate::models::samplers::Sampler;

/// Real digits in the Images page's dataset grid (the first 15 are noised in the forward view).
pub const DATASET_N: usize = 40;

/// Page → worker, for the image model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ImageCommand {
    /// Image page: fetch and load the shipped denoiser and classifier (`www/models/`) and the
    /// real digits (`www/data/`).
    Load,
    /// Denoise one image per entry of `classes` (None: unconditional) from pure noise with
    /// guidance weight `guidance`, keeping about `frames` frames; the finished images are
    /// classified. Cancels a running chain or measurement.
    Chain { classes: Vec<Option<usize>>, sampler: Sampler, guidance: f64, seed: u64, frames: usize },
    /// Sample one image per entry of `classes` (at most 1,000) and score them with the
    /// classifier, beside real digits of the same classes and pure noise at the same n.
    Score { classes: Vec<Option<usize>>, sampler: Sampler, guidance: f64, seed: u64 },
    /// The dataset grid's [`DATASET_N`] held-out real digits for `seed` (answered once the
    /// real digits are loaded).
    Digits { seed: u64 },
    /// Stop the running chain or measurement.
    Cancel,
    /// Train the image DDPM in the worker until it is paused (`Command::Train`): continue from the shipped
    /// weights, or (`fresh`) from new ones drawn from the seed.
    Train { fresh: bool, batch: usize, seed: u64 },
    /// Sample with the model trained here (its moving average) or with the shipped one.
    UseTrained { trained: bool },
}

/// Worker → page, from the image model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ImageUpdate {
    /// The image denoiser: loaded (with its parameter count and file size) or why not.
    Model { loaded: bool, params: usize, bytes: usize, message: Option<Msg> },
    /// The dataset grid's held-out real digits for `seed`: [`DATASET_N`] × 784 ink bytes
    /// (255 = full ink), classes 0–9 in turn.
    Digits { seed: u64, ink: Vec<u8> },
    /// Bytes of the model files fetched so far, of `total` (0 when the size is unknown).
    Loading { done: usize, total: usize },
    /// The running image task was cancelled: no more progress will come for it.
    Stopped,
    /// A long image task (`"chain"` or `"score"`) has done `done` of `total` denoising steps.
    Progress { task: String, done: usize, total: usize, ms: f64 },
    /// An image reverse chain: `data` holds every frame's x_t, then every frame's x̂_0, each
    /// frame `n × 784` pixels in [−1, 1]; it travels beside the CBOR message as a Float32Array.
    /// `predicted`: the classifier's class and confidence for each finished image.
    Chain {
        n: usize,
        /// Denoising steps the chain took (`ts` lists only the kept frames).
        steps: usize,
        ts: Vec<usize>,
        classes: Vec<Option<usize>>,
        guidance: f64,
        sampler: Sampler,
        ms: f64,
        predicted: Vec<(u8, f32)>,
        model: Msg,
        #[serde(skip)]
        data: Vec<f32>,
    },
    /// The scorecard of sampled images (`classes` says what was asked for), with real digits
    /// and noise scored at the same n.
    Scored {
        classes: Msg,
        guidance: f64,
        sampler: Sampler,
        ms: f64,
        model: Msg,
        samples: ImageScores,
        real: ImageScores,
        noise: ImageScores,
    },
    /// Training in the browser: steps so far, the losses since the last update, the speed.
    Training { steps: u64, losses: Vec<f32>, steps_per_sec: f64, running: bool, trained_in_use: bool, fresh: bool },
}

impl crate::families::Payload for ImageUpdate {
    fn payload(&mut self) -> Option<&mut Vec<f32>> {
        match self {
            ImageUpdate::Chain { data, .. } => Some(data),
            _ => None,
        }
    }
}
