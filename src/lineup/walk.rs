//! A walk between two samples: the GAN's noise and the VAE's latent code carried from one
//! draw to another along the great circle between them (slerp, White 2016, arXiv:1609.04468:
//! under a Gaussian prior, straight lines pass through codes of unusually small norm), while
//! the class label slides from one class to the other. Pure.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand_distr::{Distribution, StandardNormal};

use crate::data::glyphs::CLASSES;

/// Frames of a walk, its two ends included.
pub const FRAMES: usize = 9;

/// Two codes of `dim` numbers from N(0, I), drawn from `seed`.
pub fn ends(dim: usize, seed: u64) -> (Vec<f32>, Vec<f32>) {
    let mut rng = StdRng::seed_from_u64(seed ^ 0x7761_6c6b);
    let mut draw = || (0..dim).map(|_| StandardNormal.sample(&mut rng)).collect::<Vec<f32>>();
    (draw(), draw())
}

/// The point a fraction `t` of the way from `a` to `b` along the great circle (linear where
/// the two are nearly parallel).
pub fn slerp(a: &[f32], b: &[f32], t: f32) -> Vec<f32> {
    let norm = |v: &[f32]| v.iter().map(|x| x * x).sum::<f32>().sqrt();
    let cos = a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>() / (norm(a) * norm(b)).max(1e-12);
    let omega = cos.clamp(-1.0, 1.0).acos();
    let (wa, wb) =
        if omega.sin().abs() < 1e-4 { (1.0 - t, t) } else { (((1.0 - t) * omega).sin() / omega.sin(), (t * omega).sin() / omega.sin()) };
    a.iter().zip(b).map(|(x, y)| wa * x + wb * y).collect()
}

/// The walk's rows: `FRAMES` codes from `a` to `b` (row-major) and class rows sliding from
/// one-hot `from` to one-hot `to`.
pub fn walk(a: &[f32], b: &[f32], from: usize, to: usize) -> (Vec<f32>, Vec<f32>) {
    let mut codes = Vec::with_capacity(FRAMES * a.len());
    let mut classes = vec![0.0f32; FRAMES * CLASSES];
    for k in 0..FRAMES {
        let t = k as f32 / (FRAMES - 1) as f32;
        codes.extend(slerp(a, b, t));
        classes[k * CLASSES + from.min(CLASSES - 1)] += 1.0 - t;
        classes[k * CLASSES + to.min(CLASSES - 1)] += t;
    }
    (codes, classes)
}
