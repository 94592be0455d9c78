//! The lineup page's messages (wrapped once by `worker/protocol.rs`).

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::lineup::plan::{Contestant, Row};

/// Page → worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LineupCommand {
    /// Fetch and load the shipped GAN, VAE, U-Net and classifier (`www/models/`).
    Load,
    /// Draw the lineup for `pick` (one class, or 0–9 in turn) at `seed`; cancels one running.
    Sample { pick: Option<usize>, seed: u64 },
    /// Stop the running lineup.
    Cancel,
}

/// One family's column of a lineup.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Column {
    /// `None`: real digits (another draw).
    pub family: Option<Contestant>,
    /// Time to draw the 16 shown samples and read them back, in ms (`None` for real digits).
    pub ms: Option<f64>,
    /// The classifier's class and confidence for each shown image.
    pub predicted: Vec<(u8, f32)>,
    pub row: Row,
}

/// Worker → page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LineupUpdate {
    /// Bytes of the model files fetched so far, of `total`.
    Loading { done: usize, total: usize },
    /// The models: loaded (parameters of the GAN, VAE and U-Net; bytes of all four files) or why not.
    Model { loaded: bool, params: Vec<usize>, bytes: usize, message: Option<Msg> },
    /// Drawing: `done` of `total` samples (all families together), now `family`'s.
    Progress { done: usize, total: usize, family: Contestant },
    /// The running lineup was cancelled.
    Stopped,
    /// A finished lineup: the columns GAN, VAE, diffusion, real; `data` holds each column's
    /// shown images in that order (`SHOW × 784` each, in [−1, 1]), beside the message.
    Drawn {
        pick: Option<usize>,
        seed: u64,
        ms: f64,
        columns: Vec<Column>,
        #[serde(skip)]
        data: Vec<f32>,
    },
}
