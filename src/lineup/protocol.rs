//! The lineup page's messages (wrapped once by `worker/protocol.rs`).

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::lineup::plan::{Contestant, Row};
use crate::lineup::plane::{Coder, PlaneView};

/// Page → worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LineupCommand {
    /// Fetch and load the shipped GAN, VAE, U-Net and classifier (`www/models/`) and the real
    /// digits (`www/data/`).
    Load,
    /// Draw the lineup for `pick` (one class, or 0–9 in turn) at `seed`, the GAN's and the
    /// VAE's codes scaled by `psi`; cancels one running.
    Sample { pick: Option<usize>, seed: u64, psi: f64 },
    /// Stop the running lineup.
    Cancel,
    /// The latent planes of the 2-D VAE and autoencoder, with real digits' codes drawn from `seed`.
    Planes { seed: u64 },
    /// Decode `z` with `coder` and read the digit.
    Decode { coder: Coder, z: [f32; 2] },
    /// A drawn digit (784 ink values in [0, 1]): read it, and encode and reconstruct it with both coders.
    Encode { pixels: Vec<f32> },
    /// "Start from a real digit": held-out real digit number `n` (class `n % 10`) on the pad,
    /// answered with [`LineupUpdate::Given`] and then read and encoded as a drawing.
    EncodeReal { n: u64 },
    /// Walk the GAN and the conditional VAE from a sample of class `from` to one of `to`
    /// (their codes drawn from `seed`).
    Walk { from: usize, to: usize, seed: u64 },
}

/// A drawn digit as one coder sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Coded {
    pub coder: Coder,
    /// The posterior mean μ(x) and log-variance (the autoencoder's code has none: 0).
    pub mu: [f32; 2],
    pub logvar: [f32; 2],
    /// The decoder's reconstruction at μ (ink in [0, 1]) and the classifier's reading of it.
    pub recon: Vec<f32>,
    pub read: (u8, f32),
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
        psi: f64,
        ms: f64,
        columns: Vec<Column>,
        #[serde(skip)]
        data: Vec<f32>,
    },
    /// Both latent planes; `data` holds their decoded grids in order, beside the message.
    Planes {
        planes: Vec<PlaneView>,
        #[serde(skip)]
        data: Vec<f32>,
    },
    /// `z` decoded by `coder` (784 ink values in [0, 1]) and the classifier's class and confidence.
    Decoded { coder: Coder, z: [f32; 2], pixels: Vec<f32>, read: (u8, f32) },
    /// A walk: `data` holds the GAN's frames then the VAE's (`FRAMES × 784` each, ink in
    /// [0, 1]); `reads` the classifier's class and confidence for each frame of each.
    Walked {
        from: usize,
        to: usize,
        seed: u64,
        reads: Vec<Vec<(u8, f32)>>,
        #[serde(skip)]
        data: Vec<f32>,
    },
    /// A drawn digit: the classifier's reading of it, and each coder's code and reconstruction
    /// (`read` is `None`, and `coded` empty, when the pad has no ink).
    Encoded { read: Option<(u8, f32)>, coded: Vec<Coded> },
    /// The real digit asked for by [`LineupCommand::EncodeReal`] (784 ink values in [0, 1]).
    Given { n: u64, pixels: Vec<f32> },
}
