//! The latent plane of digits: the shipped 2-D VAE beside the plain 2-D autoencoder (same
//! network, no KL term, a deterministic code; `families/digit_vae/model.rs`). Real digits'
//! codes μ(x) coloured by class over the decoder's image of a grid of codes, and any z the user
//! drags to decoded and read by the classifier. The real codes are of held-out digits. Pure: the grid, the extent, and the two
//! readings under each plane — the share of the grid's cells no real digit's code falls in
//! (the "holes"), and the share of grid codes the classifier reads as a digit with p ≥ 0.9.
//! VAE: Kingma & Welling 2014, arXiv:1312.6114; the autoencoder's holes: the seed's argument.

use serde::{Deserialize, Serialize};

use crate::data::glyphs::CLASSES;
use crate::data::mnist::DigitBank;
use crate::data::real::held_mixed;

/// Decoded codes per side of the grid under each plane.
pub const GRID: usize = 10;
/// Real digits per class whose codes are shown.
pub const CODES_PER_CLASS: usize = 30;
/// Half-width of the VAE's plane: the prior N(0, I) out to 3σ.
pub const VAE_HALF: f32 = 3.0;
/// The classifier's probability above which a decoded code counts as a sure digit.
pub const SURE: f32 = 0.9;

/// The two models of the plane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coder {
    Vae,
    Autoencoder,
}

impl Coder {
    pub const ALL: [Coder; 2] = [Coder::Vae, Coder::Autoencoder];

    pub fn id(self) -> &'static str {
        match self {
            Coder::Vae => "vae2d",
            Coder::Autoencoder => "ae2d",
        }
    }
}

/// Held-out real digits for the plane: `CODES_PER_CLASS` of each class (pixels in [0, 1]) and
/// labels.
pub fn real_digits(bank: &DigitBank, seed: u64) -> (Vec<f32>, Vec<u8>) {
    let labels: Vec<u8> = (0..CLASSES * CODES_PER_CLASS).map(|i| (i % CLASSES) as u8).collect();
    (held_mixed(bank, labels.len(), seed ^ 0x706c_616e), labels)
}

/// The half-width that shows every code (`codes` as x, y pairs) with 10 % to spare, rounded up
/// to a half; at least 1.
pub fn extent(codes: &[f32]) -> f32 {
    let max = codes.iter().filter(|v| v.is_finite()).fold(0.0f32, |m, v| m.max(v.abs()));
    ((max * 1.1 * 2.0).ceil() / 2.0).max(1.0)
}

/// The centres of an `n × n` grid of cells over `[-half, half]²`, row-major from the top left
/// (z₂ = +half at the top, as the plane is drawn), as x, y pairs.
pub fn grid_points(half: f32, n: usize) -> Vec<f32> {
    let cell = 2.0 * half / n as f32;
    (0..n * n).flat_map(|i| [-half + cell * ((i % n) as f32 + 0.5), half - cell * ((i / n) as f32 + 0.5)]).collect()
}

/// The share of the `n × n` cells over `[-half, half]²` that hold no code.
pub fn empty_share(codes: &[f32], half: f32, n: usize) -> f64 {
    let mut hit = vec![false; n * n];
    let cell = 2.0 * half / n as f32;
    for c in codes.chunks_exact(2) {
        let (col, row) = (((c[0] + half) / cell).floor(), ((half - c[1]) / cell).floor());
        if (0.0..n as f32).contains(&col) && (0.0..n as f32).contains(&row) {
            hit[row as usize * n + col as usize] = true;
        }
    }
    hit.iter().filter(|h| !**h).count() as f64 / (n * n) as f64
}

/// The share of rows of `probs` (`k × 10`) whose largest probability reaches [`SURE`].
pub fn sure_share(probs: &[f32]) -> f64 {
    let rows = probs.len() / CLASSES;
    let sure = probs.chunks_exact(CLASSES).filter(|r| r.iter().cloned().fold(0.0, f32::max) >= SURE).count();
    sure as f64 / rows.max(1) as f64
}

/// One model's plane as the page draws it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaneView {
    pub coder: Coder,
    /// The plane shows `[-half, half]²`.
    pub half: f32,
    /// Codes μ(x) of the real digits, x, y pairs, and their classes.
    pub codes: Vec<f32>,
    pub labels: Vec<u8>,
    /// The decoder's image of the grid's codes (`GRID² × 784` ink values in [0, 1], row-major
    /// from the top left).
    pub grid: Vec<f32>,
    pub empty: f64,
    pub sure: f64,
}
