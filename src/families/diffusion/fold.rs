//! ε_θ at sampling time, with the time embedding folded into the first layer's bias.
//!
//! In a reverse step every point shares t, so its embedding e(t) is one row. Splitting the
//! first layer's weight by input rows, W₁ = [W₁ˣ; W₁ᵉ] (2 rows for x, 2k for e(t)),
//!   [x, e(t)] W₁ + b₁ = x W₁ˣ + c_t,   c_t = e(t) W₁ᵉ + b₁,
//! exactly (up to float rounding). The rows c_t of every timestep a chain visits come from one
//! `[steps, 2k] × [2k, h]` product before the chain starts; each step then costs a `[n, 2] ×
//! [2, h]` product and a broadcast add instead of sin, cos, two cats and a `[n, 2 + 2k] × [2k + 2,
//! h]` product. Training keeps the full layer (`EpsMlp::forward`).

use burn::nn::Linear;
use burn::prelude::{Tensor, TensorData};
use burn::tensor::activation::relu;

use crate::families::diffusion::model::{time_embedding, Ddpm, EpsMlp};

/// ε_θ(·, t) for a fixed list of timesteps, on the inference device.
pub struct FoldedEps {
    /// W₁ˣ, `[2, h]`.
    w_x: Tensor<2>,
    /// c_t for each listed timestep, one row each: `[steps, h]`.
    biases: Vec<Tensor<2>>,
    /// The layers after the first (ReLU after each but the last).
    rest: Vec<Linear>,
}

impl FoldedEps {
    /// Folds `emb` (`[steps, 2k]`, one embedding row per timestep) into `model`'s first layer.
    pub fn new(model: &EpsMlp, emb: Tensor<2>) -> Self {
        let mut layers = model.layers();
        let first = layers.remove(0);
        let w = first.weight.val();
        let [inp, h] = w.dims();
        let steps = emb.dims()[0];
        let mut biases = emb.matmul(w.clone().slice([2..inp, 0..h])); // [steps, h]
        if let Some(b) = &first.bias {
            biases = biases + b.val().unsqueeze::<2>();
        }
        let biases = (0..steps).map(|i| biases.clone().slice([i..i + 1, 0..h])).collect();
        Self { w_x: w.slice([0..2, 0..h]), biases, rest: layers }
    }

    /// Number of folded timesteps.
    pub fn len(&self) -> usize {
        self.biases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.biases.is_empty()
    }

    /// ε̂ for points `x` (`[n, 2]`) at the `i`-th folded timestep, `[n, 2]`.
    pub fn forward(&self, x: Tensor<2>, i: usize) -> Tensor<2> {
        let mut h = x.matmul(self.w_x.clone()) + self.biases[i].clone();
        for layer in &self.rest {
            h = layer.forward(relu(h));
        }
        h
    }
}

impl Ddpm {
    /// The sampling network (the EMA weights) folded for timesteps `ts` of this schedule.
    pub fn fold_eps(&self, ts: &[usize]) -> FoldedEps {
        let device = self.device.clone().without_autodiff();
        let big_t = self.schedule.len() as f32;
        let t_norm: Vec<f32> = ts.iter().map(|&t| t as f32 / big_t).collect();
        let t_norm = Tensor::<2>::from_data(TensorData::new(t_norm, [ts.len(), 1]), &device);
        FoldedEps::new(&self.ema, time_embedding(t_norm, &self.freqs.clone().inner()))
    }

    /// The sampling network, unfolded: `ε_θ([x, e(t)])` as training evaluates it.
    pub fn sampling_model(&self) -> &EpsMlp {
        &self.ema
    }
}
