//! Building blocks shared by the model families.
//!
//! Weights are drawn on the host from the family's seeded RNG and uploaded, instead of from the
//! device's RNG: the same seed then gives the same initial network on the CPU and on WebGPU, and
//! tests running in parallel cannot disturb each other's initialisation (a device's seed is
//! global to that device).

use burn::module::Param;
use burn::nn::Linear;
use burn::prelude::{Device, Tensor, TensorData};
use rand::{RngExt, rngs::StdRng};

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

/// One exponential-moving-average update of a layer's weights, returned as a new layer on
/// `ema`'s (inference) device: θ_ema ← d · θ_ema + (1 − d) · θ. Diffusion models are sampled
/// from such an average (Ho et al. 2020, §4; Song & Ermon 2020): single iterates oscillate —
/// here, visibly, in how much of each mode they produce.
pub fn ema_linear(ema: &Linear, current: &Linear, decay: f32) -> Linear {
    let mix = |e: Tensor<2>, c: Tensor<2>| e.mul_scalar(decay) + c.inner().mul_scalar(1.0 - decay);
    let weight = mix(ema.weight.val(), current.weight.val());
    let bias = match (&ema.bias, &current.bias) {
        (Some(e), Some(c)) => Some(Param::from_tensor(
            e.val().mul_scalar(decay) + c.val().inner().mul_scalar(1.0 - decay),
        )),
        _ => None,
    };
    Linear { weight: Param::from_tensor(weight), bias }
}
