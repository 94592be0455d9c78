//! The exact log-likelihood of flow matching, by the change of variables along its ODE
//! (Chen et al. 2018, "Neural Ordinary Differential Equations", arXiv:1806.07366, Thm. 1;
//! Lipman et al. 2023 §2): for dx/dt = v(x, t), d log p_t(x_t)/dt = −∇·v(x_t, t), so
//!   log p_0(x_0) = log N(x_1; 0, I) + ∫₀¹ ∇·v_θ(x_t, t) dt,
//! integrating from the data point x_0 at t = 0 to x_1 at t = 1. In 2-D the divergence is the
//! trace of a 2×2 Jacobian, taken here by central differences with step δ:
//!   ∇·v ≈ (v₁(x + δe₁) − v₁(x − δe₁)) / 2δ + (v₂(x + δe₂) − v₂(x − δe₂)) / 2δ,
//! all five points in one batch. The ODE and the integral use Heun's rule with K steps (the
//! trapezoid for the integral). What remains is the ODE's discretisation error, which the
//! tests bound: the density integrates to 1 over the plane.

use burn::prelude::{Tensor, TensorData};

use crate::families::flow::model::Flow;
use crate::models::time_mlp::Folded;

/// Step of the central differences.
const DELTA: f32 = 2e-3;

impl Flow {
    /// log p_θ(x) in nats for each of `points`, `[n]`, with `steps` Heun steps.
    pub fn log_likelihood(&self, points: &[[f32; 2]], steps: usize) -> Tensor<1> {
        let n = points.len();
        let device = self.device.clone().without_autodiff();
        let k = steps.max(1);
        let h = 1.0 / k as f32;
        let times: Vec<f32> = (0..=k).map(|i| i as f32 * h).collect();
        let net = self.fold(&times);
        let flat: Vec<f32> = points.iter().flat_map(|p| [p[0], p[1]]).collect();
        let mut x = Tensor::<2>::from_data(TensorData::new(flat, [n, 2]), &device);
        // Offsets ±δ e₁, ±δ e₂ for the four shifted copies.
        let offsets = Tensor::<2>::from_data(TensorData::new(vec![DELTA, 0.0, -DELTA, 0.0, 0.0, DELTA, 0.0, -DELTA], [4, 2]), &device);
        let mut log_det = Tensor::<2>::zeros([n, 1], &device);
        for i in 0..k {
            let (v1, d1) = v_div(&net, &x, &offsets, i);
            let guess = x.clone() + v1.clone().mul_scalar(h);
            let (v2, d2) = v_div(&net, &guess, &offsets, i + 1);
            x = x + (v1 + v2).mul_scalar(0.5 * h);
            log_det = log_det + (d1 + d2).mul_scalar(0.5 * h);
        }
        let log_normal = (x.clone() * x).sum_dim(1).mul_scalar(-0.5) - (2.0 * std::f32::consts::PI).ln();
        (log_normal + log_det).reshape([n])
    }
}

/// v_θ at `x` (`[n, 2]`) and its divergence (`[n, 1]`) at the `i`-th folded time: the point and
/// its four shifted copies in one batch.
fn v_div(net: &Folded, x: &Tensor<2>, offsets: &Tensor<2>, i: usize) -> (Tensor<2>, Tensor<2>) {
    let n = x.dims()[0];
    let shifted = (0..4).map(|j| x.clone() + offsets.clone().slice([j..j + 1, 0..2]));
    let all = net.forward(Tensor::cat(std::iter::once(x.clone()).chain(shifted).collect(), 0), i); // [5n, 2]
    let part = |j: usize, c: usize| all.clone().slice([j * n..(j + 1) * n, c..c + 1]);
    let div = (part(1, 0) - part(2, 0) + part(3, 1) - part(4, 1)).div_scalar(2.0 * DELTA);
    (all.slice([0..n, 0..2]), div)
}
