//! Building blocks shared by the model families.
//!
//! Weights are drawn on the host from the family's seeded RNG and uploaded, instead of from the
//! device's RNG: the same seed then gives the same initial network on the CPU and on WebGPU, and
//! tests running in parallel cannot disturb each other's initialisation (a device's seed is
//! global to that device).

use crate::models::rng::StdRng;
use burn::module::Param;
use burn::nn::conv::Conv2d;
use burn::nn::{GroupNorm, GroupNormConfig, Linear, PaddingConfig2d};
use burn::prelude::{Device, Tensor, TensorData};
use rand::RngExt;

/// A fully connected layer `y = x W + b` with PyTorch's default initialisation,
/// W, b ~ U(−k, k), k = 1/√fan_in (He et al. 2015 with a = √5, as `nn.Linear` does).
pub fn linear(fan_in: usize, fan_out: usize, rng: &mut StdRng, device: &Device) -> Linear {
    let k = 1.0 / (fan_in as f32).sqrt();
    let mut uniform = |n: usize| -> Vec<f32> { (0..n).map(|_| rng.random_range(-k..k)).collect() };
    let w = uniform(fan_in * fan_out);
    let b = uniform(fan_out);
    Linear {
        weight: Param::from_tensor(Tensor::<2>::from_data(TensorData::new(w, [fan_in, fan_out]), device)),
        bias: Some(Param::from_tensor(Tensor::<1>::from_data(TensorData::new(b, [fan_out]), device))),
    }
}

/// A 2-D convolution `k × k`, stride `stride`, zero padding `k / 2` (so stride 1 keeps the size
/// and stride 2 halves an even size), with PyTorch's default initialisation for `nn.Conv2d`:
/// W, b ~ U(−k, k), k = 1/√fan_in, fan_in = c_in · k².
pub fn conv2d(c_in: usize, c_out: usize, k: usize, stride: usize, rng: &mut StdRng, device: &Device) -> Conv2d {
    let bound = 1.0 / ((c_in * k * k) as f32).sqrt();
    let mut uniform = |n: usize| -> Vec<f32> { (0..n).map(|_| rng.random_range(-bound..bound)).collect() };
    let w = uniform(c_out * c_in * k * k);
    let b = uniform(c_out);
    let p = k / 2;
    Conv2d {
        weight: Param::from_tensor(Tensor::<4>::from_data(TensorData::new(w, [c_out, c_in, k, k]), device)),
        bias: Some(Param::from_tensor(Tensor::<1>::from_data(TensorData::new(b, [c_out]), device))),
        stride: [stride, stride],
        kernel_size: [k, k],
        dilation: [1, 1],
        groups: 1,
        padding: PaddingConfig2d::Explicit(p, p, p, p),
    }
}

/// Group normalisation (Wu & He 2018) over `channels`, γ = 1 and β = 0 (no randomness), with
/// the most groups of at least two channels out of 8, 4, 2, 1.
pub fn group_norm(channels: usize, device: &Device) -> GroupNorm {
    let groups = [8, 4, 2, 1].into_iter().find(|g| channels.is_multiple_of(*g) && channels / g >= 2).unwrap_or(1);
    GroupNormConfig::new(groups, channels).init(device)
}
