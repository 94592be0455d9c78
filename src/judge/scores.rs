//! The image page's scorecard: what the shipped classifier makes of a batch of images.
//!
//! From p(y|x) and the classifier's features of n images:
//! - the **IS analogue** exp(E KL(p(y|x) ‖ p(y))) (`metrics::inception_score`): high when
//!   each image is clearly one digit *and* the digits are varied; at most the 10 classes;
//! - the **FD analogue**: the Fréchet distance between Gaussian fits of the features of the
//!   images and of a fixed set of real digits (`metrics::frechet_gaussians`), low when the
//!   images look like the data in both quality and variety;
//! - the **class histogram** of argmax p(y|x): a dropped mode is an empty bar;
//! - for conditioned images, the share classified as the class that was asked for.
//!
//! Both numbers use this project's small classifier, not Inception-v3: they are analogues, not
//! comparable with published IS/FID values. Both are biased by the sample size, which is why
//! the page shows real digits and pure noise scored at the same n beside every result.

use serde::{Deserialize, Serialize};

use crate::data::glyphs::CLASSES;
use crate::judge::classifier::argmax;
use crate::judge::metrics::{class_share, frechet_gaussians, gaussian_fit, inception_score};

/// Gaussian fit of the real digits' classifier features.
#[derive(Clone, Debug, PartialEq)]
pub struct FeatureReference {
    pub mu: Vec<f64>,
    pub cov: Vec<f64>,
    pub dim: usize,
}

impl FeatureReference {
    /// Fits the reference from `n × dim` row-major features of real images.
    pub fn fit(features: &[f32], dim: usize) -> Self {
        let (mu, cov) = gaussian_fit(features, dim);
        Self { mu, cov, dim }
    }

    /// FD analogue of `n × dim` features against this reference.
    pub fn distance(&self, features: &[f32]) -> f64 {
        let (mu, cov) = gaussian_fit(features, self.dim);
        frechet_gaussians(&mu, &cov, &self.mu, &self.cov, self.dim)
    }
}

/// One batch's scores.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImageScores {
    pub n: usize,
    /// IS analogue (1 … 10).
    pub is: f64,
    /// FD analogue against the real digits' features.
    pub fd: f64,
    /// How many images the classifier puts in each class.
    pub hist: Vec<u32>,
    /// Share classified as the requested class (conditioned images only).
    pub share: Option<f64>,
}

/// Per-image class and confidence: argmax p(y|x) and its probability.
pub fn predictions(probs: &[f32]) -> Vec<(u8, f32)> {
    probs
        .chunks(CLASSES)
        .map(|row| {
            let k = argmax(row);
            (k as u8, row[k])
        })
        .collect()
}

/// Scores `probs` (`n × 10`) and `features` (`n × dim`) of n images; `wanted` lists the class
/// each image was conditioned on (all `Some`) or is `None` for unconditional images.
pub fn score(probs: &[f32], features: &[f32], reference: &FeatureReference, wanted: &[Option<usize>]) -> ImageScores {
    let n = probs.len() / CLASSES;
    let mut hist = vec![0u32; CLASSES];
    for (k, _) in predictions(probs) {
        hist[k as usize] += 1;
    }
    let share = (!wanted.is_empty() && wanted.iter().all(Option::is_some)).then(|| {
        let w: Vec<usize> = wanted.iter().map(|c| c.unwrap_or(0)).collect();
        class_share(probs, CLASSES, &w)
    });
    ImageScores { n, is: inception_score(probs, CLASSES), fd: reference.distance(features), hist, share }
}
