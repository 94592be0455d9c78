//! The judge's verdict on one class's samples, beside real digits of the same class: the share
//! read as that class, the spread relative to real digits, and precision and recall
//! (`variety.rs`), all in the classifier's feature space. What the images page's variety table
//! shows per family, and what the training command and the tests print and check.

use burn::prelude::Tensor;

use crate::data::glyphs::CLASSES;
use crate::data::mnist::DigitBank;
use crate::data::real::held_draws;
use crate::judge::classifier::{Classifier, argmax, to_model_space};
use crate::judge::variety::{K_NEIGHBOUR, precision_recall, relative_spread};

/// Real digits of one class, as the classifier sees them.
pub struct RealClass {
    pub class: usize,
    /// Their pixels in [0, 1], `n × PIXELS`.
    pub pixels: Vec<f32>,
    /// Their classifier features, `n × dim`.
    pub features: Vec<f32>,
    pub dim: usize,
}

impl RealClass {
    /// `n` held-out real digits of `class`, drawn from `seed` (`data/real.rs`).
    pub fn held(clf: &Classifier, bank: &DigitBank, class: usize, n: usize, seed: u64) -> Self {
        let pixels = held_draws(bank, &vec![class; n], 1, seed).pop().unwrap_or_default();
        Self::of(clf, class, pixels)
    }

    /// Given digits of `class` (`n × PIXELS` in [0, 1]), with their features.
    pub fn of(clf: &Classifier, class: usize, pixels: Vec<f32>) -> Self {
        let (_, features) = clf.predict_host(as_samples(&pixels));
        Self { class, pixels, features, dim: clf.config.features }
    }
}

/// One row of the variety table.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClassReport {
    pub n: usize,
    /// Share of samples the classifier reads as the class asked for.
    pub class_share: f64,
    /// Mean pairwise feature distance relative to the real digits' (1 = as varied).
    pub spread: f64,
    /// Share of samples inside the real digits' k-NN manifold.
    pub precision: f64,
    /// Share of real digits inside the samples' k-NN manifold.
    pub recall: f64,
}

/// Judges model-space samples `[n, 784]` (in [−1, 1]) asked for `real.class`.
pub fn judge(clf: &Classifier, samples: Tensor<2>, real: &RealClass) -> ClassReport {
    let n = samples.dims()[0];
    let (probs, features) = clf.predict_host(samples.clamp(-1.0, 1.0));
    judge_features(&probs, &features, &vec![real.class; n], &real.features, real.dim)
}

/// The same verdict from the classifier's outputs already read back: `probs` (`n × 10`) and
/// `features` (`n × dim`) of n samples, sample i asked for `asked[i]`, beside real digits'
/// features `real` (`m × dim`; of the same classes, in any order).
pub fn judge_features(probs: &[f32], features: &[f32], asked: &[usize], real: &[f32], dim: usize) -> ClassReport {
    let n = asked.len();
    let hits = probs.chunks(CLASSES).zip(asked).filter(|(row, c)| argmax(row) == **c).count();
    let pr = precision_recall(real, features, dim, K_NEIGHBOUR);
    ClassReport {
        n,
        class_share: hits as f64 / n.max(1) as f64,
        spread: relative_spread(features, real, dim),
        precision: pr.precision,
        recall: pr.recall,
    }
}

/// Pixels in [0, 1] as model-space samples (to judge real digits like generated ones).
pub fn as_samples(pixels: &[f32]) -> Tensor<2> {
    to_model_space(pixels, &crate::device::cpu().without_autodiff())
}

/// Mean of each field over rows (the "all classes" line).
pub fn mean(rows: &[ClassReport]) -> ClassReport {
    let m = |f: fn(&ClassReport) -> f64| rows.iter().map(f).sum::<f64>() / rows.len().max(1) as f64;
    ClassReport {
        n: rows.iter().map(|r| r.n).sum(),
        class_share: m(|r| r.class_share),
        spread: m(|r| r.spread),
        precision: m(|r| r.precision),
        recall: m(|r| r.recall),
    }
}
