//! A tiny class-conditional U-Net ε-predictor for 1×28×28 images in [−1, 1].
//!
//! ε_θ(x_t, t, c) (Ho et al. 2020 use a U-Net after Ronneberger et al. 2015, with the
//! PixelCNN++ residual blocks; this is the same idea at toy size):
//!   stem      optional pixel-unshuffle by `patch` (p² channels at 28/p), 3×3 conv → C_0
//!   down      per level i: `blocks` residual blocks → C_i (outputs kept as skips),
//!             then a stride-2 3×3 conv (28 → 14 → 7)
//!   middle    one residual block at the coarsest level (optional: `middle`)
//!   up        per level, finest last: `blocks` residual blocks on [h, skip] (concatenated),
//!             or, with `add_skips`, block(h) + skip (additive skips: fewer multiply-adds),
//!             then nearest-neighbour ×2 upsampling
//!   head      GroupNorm, SiLU, 3×3 conv → p² channels, pixel-shuffle back to 1×28×28
//! Residual block (Ho et al. 2020 App. B): h = conv₁(SiLU(GN(x))) + W_e SiLU(e);
//!   out = conv₂(SiLU(GN(h))) + skip(x), skip a 1×1 conv when the channels change.
//! The embedding e = MLP([sin(t ω_k), cos(t ω_k), onehot(c)]) with ω_k = 10000^(−k/K)
//! (Vaswani et al. 2017) and c ∈ {0..9, ∅}: index `classes` is the null class of
//! classifier-free guidance (Ho & Salimans 2022, arXiv:2207.12598). The features are built on
//! the host ([`cond_features`]) and uploaded with the batch.

use crate::models::rng::StdRng;
use burn::config::Config;
use burn::module::Module;
use burn::nn::conv::Conv2d;
use burn::nn::{GroupNorm, Linear};
use burn::prelude::{Device, Tensor};
use burn::tensor::activation::silu;

use crate::models::blocks::{conv2d, group_norm, linear};
use crate::models::conv_stacks::upsample;

/// Architecture of the ε-network.
#[derive(Config, Debug)]
pub struct UNetConfig {
    /// Channels per resolution level, finest first; level i works at 28 / (patch · 2^i).
    #[config(default = "vec![32, 64]")]
    pub channels: Vec<usize>,
    /// Pixel patch folded into channels by the stem (1 = none; 2 = the net starts at 14×14).
    #[config(default = 1)]
    pub patch: usize,
    /// Residual blocks per level on each path.
    #[config(default = 1)]
    pub blocks: usize,
    /// Frequencies of the sinusoidal time embedding (2× as many features).
    #[config(default = 16)]
    pub time_freqs: usize,
    /// Width of the time/class embedding.
    #[config(default = 64)]
    pub emb: usize,
    /// Number of real classes; the null class is index `classes`.
    #[config(default = 10)]
    pub classes: usize,
    /// A residual block at the coarsest level between the two paths.
    #[config(default = true)]
    pub middle: bool,
    /// Up blocks add the skip to their output instead of convolving the concatenation
    /// (about a third fewer multiply-adds at the default size).
    #[config(default = false)]
    pub add_skips: bool,
}

impl UNetConfig {
    /// Width of one row of [`cond_features`].
    pub fn cond_width(&self) -> usize {
        2 * self.time_freqs + self.classes + 1
    }
}

/// Host-side conditioning row for timestep `t` and class `class` (`None` = the null class):
/// `[sin(t ω_k)…, cos(t ω_k)…, onehot]`, ω_k = 10000^(−k/K).
pub fn cond_features(config: &UNetConfig, t: usize, class: Option<usize>, out: &mut Vec<f32>) {
    let k = config.time_freqs;
    let angle = |i: usize| t as f32 * (-(10000f32).ln() * i as f32 / k as f32).exp();
    out.extend((0..k).map(|i| angle(i).sin()));
    out.extend((0..k).map(|i| angle(i).cos()));
    let c = class.filter(|c| *c < config.classes).unwrap_or(config.classes);
    out.extend((0..=config.classes).map(|i| if i == c { 1.0 } else { 0.0 }));
}

/// GroupNorm–SiLU–conv residual block with the embedding added in the middle.
#[derive(Module, Debug)]
pub struct ResBlock {
    norm1: GroupNorm,
    conv1: Conv2d,
    emb: Linear,
    norm2: GroupNorm,
    conv2: Conv2d,
    skip: Option<Conv2d>,
}

impl ResBlock {
    fn new(c_in: usize, c_out: usize, emb: usize, rng: &mut StdRng, device: &Device) -> Self {
        Self {
            norm1: group_norm(c_in, device),
            conv1: conv2d(c_in, c_out, 3, 1, rng, device),
            emb: linear(emb, c_out, rng, device),
            norm2: group_norm(c_out, device),
            conv2: conv2d(c_out, c_out, 3, 1, rng, device),
            skip: (c_in != c_out).then(|| conv2d(c_in, c_out, 1, 1, rng, device)),
        }
    }

    /// `x` `[b, c_in, r, r]`, `e` = SiLU(embedding) `[b, emb]` → `[b, c_out, r, r]`.
    fn forward(&self, x: Tensor<4>, e: Tensor<2>) -> Tensor<4> {
        let h = self.conv1.forward(silu(self.norm1.forward(x.clone())));
        let [b, c] = [h.dims()[0], h.dims()[1]];
        let h = h + self.emb.forward(e).reshape([b, c, 1, 1]);
        let h = self.conv2.forward(silu(self.norm2.forward(h)));
        h + match &self.skip {
            Some(s) => s.forward(x),
            None => x,
        }
    }
}

/// The ε-network. Input `[b, 784]` images and `[b, cond_width]` conditioning rows; output
/// `[b, 784]` noise predictions.
#[derive(Module, Debug)]
pub struct UNet {
    embed_in: Linear,
    embed_out: Linear,
    stem: Conv2d,
    down: Vec<ResBlock>,
    downsample: Vec<Conv2d>,
    mid: Option<ResBlock>,
    up: Vec<ResBlock>,
    head_norm: GroupNorm,
    head: Conv2d,
    patch: usize,
    blocks: usize,
    add_skips: bool,
}

impl UNetConfig {
    /// Builds the network with host-seeded weights (PyTorch default initialisation).
    pub fn init(&self, rng: &mut StdRng, device: &Device) -> UNet {
        let (ch, e, nb, p2) = (&self.channels, self.emb, self.blocks.max(1), self.patch * self.patch);
        assert!(!ch.is_empty() && 28 % (self.patch << (ch.len() - 1)) == 0, "28 must halve evenly");
        let embed_in = linear(self.cond_width(), e, rng, device);
        let embed_out = linear(e, e, rng, device);
        let stem = conv2d(p2, ch[0], 3, 1, rng, device);
        let (mut down, mut downsample, mut prev) = (Vec::new(), Vec::new(), ch[0]);
        for (i, &c) in ch.iter().enumerate() {
            for _ in 0..nb {
                down.push(ResBlock::new(prev, c, e, rng, device));
                prev = c;
            }
            if i + 1 < ch.len() {
                downsample.push(conv2d(c, c, 3, 2, rng, device));
            }
        }
        let mid = self.middle.then(|| ResBlock::new(prev, prev, e, rng, device));
        let mut up = Vec::new();
        for &c in ch.iter().rev() {
            for _ in 0..nb {
                let c_in = if self.add_skips { prev } else { prev + c };
                up.push(ResBlock::new(c_in, c, e, rng, device));
                prev = c;
            }
        }
        let head_norm = group_norm(ch[0], device);
        let head = conv2d(ch[0], p2, 3, 1, rng, device);
        UNet {
            embed_in,
            embed_out,
            stem,
            down,
            downsample,
            mid,
            up,
            head_norm,
            head,
            patch: self.patch,
            blocks: nb,
            add_skips: self.add_skips,
        }
    }
}

/// `[b, 784]` → `[b, p², 28/p, 28/p]` (space-to-depth).
pub fn unshuffle(x: Tensor<2>, p: usize) -> Tensor<4> {
    let (b, r) = (x.dims()[0], 28 / p);
    x.reshape([b, 1, r, p, r, p]).permute([0, 1, 3, 5, 2, 4]).reshape([b, p * p, r, r])
}

/// Inverse of [`unshuffle`]: `[b, p², r, r]` → `[b, 784]`.
pub fn shuffle(x: Tensor<4>, p: usize) -> Tensor<2> {
    let [b, _, r, _] = x.dims();
    x.reshape([b, 1, p, p, r, r]).permute([0, 1, 4, 2, 5, 3]).reshape([b, 28 * 28])
}

impl UNet {
    /// ε̂ for images `x` `[b, 784]` under conditioning rows `cond` `[b, cond_width]`.
    pub fn forward(&self, x: Tensor<2>, cond: Tensor<2>) -> Tensor<2> {
        let e = silu(self.embed_out.forward(silu(self.embed_in.forward(cond)))); // [b, emb]
        let mut h = self.stem.forward(unshuffle(x, self.patch));
        let mut skips = Vec::new();
        for (i, block) in self.down.iter().enumerate() {
            h = block.forward(h, e.clone());
            skips.push(h.clone());
            if (i + 1) % self.blocks == 0
                && let Some(d) = self.downsample.get(i / self.blocks)
            {
                h = d.forward(h);
            }
        }
        if let Some(mid) = &self.mid {
            h = mid.forward(h, e.clone());
        }
        let levels = self.downsample.len() + 1;
        for (i, block) in self.up.iter().enumerate() {
            let skip = skips.pop().expect("one skip per down block");
            h = if self.add_skips { block.forward(h, e.clone()) + skip } else { block.forward(Tensor::cat(vec![h, skip], 1), e.clone()) };
            if (i + 1) % self.blocks == 0 && (i + 1) / self.blocks < levels {
                h = upsample(h);
            }
        }
        shuffle(self.head.forward(silu(self.head_norm.forward(h))), self.patch)
    }
}
