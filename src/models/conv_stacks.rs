//! The two small convolutional stacks shared by the digit GAN and the digit VAE (their own
//! files say what they put on top), for 1×28×28 images flattened to `[b, 784]`.
//!
//! Up stack (the DCGAN generator's shape, Radford et al. 2016, arXiv:1511.06434, at toy size,
//! with nearest-neighbour upsampling + conv instead of transposed convolutions, which avoids
//! their checkerboard artefacts — Odena et al. 2016, distill.pub/2016/deconv-checkerboard):
//!   u ∈ ℝ^in → dense → [w₀, 7, 7] → ReLU → conv3×3 w₀→w₀ → GN → ReLU
//!     → ×2 → conv3×3 w₀→w₁ → GN → ReLU  (14×14)
//!     → ×2 → conv3×3 w₁→w₂ → ReLU → conv3×3 w₂→1  (28×28)  = pre-activation [b, 784].
//! Down stack (the DCGAN discriminator's shape: strided convolutions, LeakyReLU(0.2)):
//!   x → conv3×3/2 1→w₀ (14×14) → conv3×3/2 w₀→w₁ (7×7) → conv3×3/2 w₁→w₁ (4×4), each
//!   followed by LeakyReLU → flattened features [b, 16·w₁].
//! GN is group normalisation (Wu & He 2018), which, unlike batch norm, treats every image
//! alone, so a sample does not depend on the others drawn with it.

use burn::module::Module;
use burn::nn::conv::Conv2d;
use burn::nn::{GroupNorm, Linear};
use burn::prelude::{Device, Tensor};
use burn::tensor::activation::{leaky_relu, relu};

use crate::models::blocks::{conv2d, group_norm, linear};
use crate::models::rng::StdRng;

/// Slope of the down stack's LeakyReLU for negative inputs.
pub const LEAK: f64 = 0.2;

/// Nearest-neighbour ×2 upsampling `[b, c, r, r]` → `[b, c, 2r, 2r]`.
pub fn upsample(x: Tensor<4>) -> Tensor<4> {
    let [b, c, h, w] = x.dims();
    x.reshape([b, c, h, 1, w, 1]).expand([b, c, h, 2, w, 2]).reshape([b, c, 2 * h, 2 * w])
}

/// Row-major one-hot rows of `classes` over `n` classes.
pub fn one_hot(classes: &[usize], n: usize) -> Vec<f32> {
    let mut v = vec![0f32; classes.len() * n];
    for (i, c) in classes.iter().enumerate() {
        v[i * n + c.min(&(n - 1))] = 1.0;
    }
    v
}

/// Rows of `a` (`n × wa`) and `b` (`n × wb`) side by side, `n × (wa + wb)` (a latent code
/// beside its one-hot class; `wb` may be 0).
pub fn concat_rows(a: &[f32], wa: usize, b: &[f32], wb: usize, n: usize) -> Vec<f32> {
    let mut out = Vec::with_capacity(n * (wa + wb));
    for i in 0..n {
        out.extend_from_slice(&a[i * wa..(i + 1) * wa]);
        out.extend_from_slice(&b[i * wb..(i + 1) * wb]);
    }
    out
}

/// From a vector to a 28×28 image (see the module docs).
#[derive(Module, Debug)]
pub struct UpStack {
    fc: Linear,
    c1: Conv2d,
    n1: GroupNorm,
    c2: Conv2d,
    n2: GroupNorm,
    c3: Conv2d,
    out: Conv2d,
    w0: usize,
}

impl UpStack {
    pub fn new(input: usize, widths: [usize; 3], rng: &mut StdRng, device: &Device) -> Self {
        let [w0, w1, w2] = widths;
        UpStack {
            fc: linear(input, w0 * 49, rng, device),
            c1: conv2d(w0, w0, 3, 1, rng, device),
            n1: group_norm(w0, device),
            c2: conv2d(w0, w1, 3, 1, rng, device),
            n2: group_norm(w1, device),
            c3: conv2d(w1, w2, 3, 1, rng, device),
            out: conv2d(w2, 1, 3, 1, rng, device),
            w0,
        }
    }

    /// `[b, input]` → pre-activation images `[b, 784]`.
    pub fn forward(&self, u: Tensor<2>) -> Tensor<2> {
        let b = u.dims()[0];
        let h = relu(self.fc.forward(u)).reshape([b, self.w0, 7, 7]);
        let h = relu(self.n1.forward(self.c1.forward(h)));
        let h = relu(self.n2.forward(self.c2.forward(upsample(h))));
        let h = relu(self.c3.forward(upsample(h)));
        self.out.forward(h).reshape([b, 784])
    }
}

/// From a 28×28 image to features (see the module docs).
#[derive(Module, Debug)]
pub struct DownStack {
    c1: Conv2d,
    c2: Conv2d,
    c3: Conv2d,
}

impl DownStack {
    pub fn new(widths: [usize; 2], rng: &mut StdRng, device: &Device) -> Self {
        let [w0, w1] = widths;
        DownStack { c1: conv2d(1, w0, 3, 2, rng, device), c2: conv2d(w0, w1, 3, 2, rng, device), c3: conv2d(w1, w1, 3, 2, rng, device) }
    }

    /// Width of the feature vector for widths `[w0, w1]`.
    pub fn features(widths: [usize; 2]) -> usize {
        16 * widths[1]
    }

    /// Images `[b, 784]` in [−1, 1] → features `[b, 16·w₁]`.
    pub fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        let b = x.dims()[0];
        let h = leaky_relu(self.c1.forward(x.reshape([b, 1, 28, 28])), LEAK);
        let h = leaky_relu(self.c2.forward(h), LEAK);
        let h = leaky_relu(self.c3.forward(h), LEAK);
        let f = h.dims()[1] * 16;
        h.reshape([b, f])
    }
}
