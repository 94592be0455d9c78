//! The time-conditioned MLP both 2-D diffusion-style families use (the DDPM's ε_θ(x_t, t) and
//! flow matching's v_θ(x_t, t)), and the same network with its time embedding folded into the
//! first layer's bias for sampling.
//!
//! Input `[x, e(τ)]` with τ ∈ [0, 1) (t / T for the DDPM, t itself for flow matching) and the
//! sinusoidal embedding of Vaswani et al. 2017 at geometric frequencies π·2^i:
//!   e(τ) = [sin(π·2^i τ)…, cos(π·2^i τ)…],  i = 0..k−1.
//! Folding: in a sampling step every point shares τ, so splitting the first weight by input rows,
//! W₁ = [W₁ˣ; W₁ᵉ], gives [x, e(τ)] W₁ + b₁ = x W₁ˣ + c_τ with c_τ = e(τ) W₁ᵉ + b₁, exactly (up
//! to float rounding). The rows c_τ of every τ a chain visits come from one `[steps, 2k] × [2k, h]`
//! product; each step then costs a `[n, 2] × [2, h]` product and a broadcast add.

use crate::models::rng::StdRng;
use burn::module::Module;
use burn::nn::Linear;
use burn::prelude::{Device, Tensor, TensorData};
use burn::tensor::activation::relu;

use crate::models::blocks::linear;

/// Frequencies of the time embedding both families use (the embedding has twice as many
/// features).
pub const TIME_FREQS: usize = 8;

/// The network's parameter count, as the pages state it (pure: the page never builds a model):
/// `layers` hidden layers of width `hidden` over `2 + 2·freqs` inputs, and a 2-D output.
pub const fn param_count(freqs: usize, hidden: usize, layers: usize) -> usize {
    let inputs = 2 + 2 * freqs;
    (inputs + 1) * hidden + (layers - 1) * (hidden + 1) * hidden + (hidden + 1) * 2
}

/// An MLP with ReLU between its layers: input `[b, 2 + 2k]`, output `[b, 2]`.
#[derive(Module, Debug)]
pub struct TimeMlp {
    hidden: Vec<Linear>,
    out: Linear,
}

impl TimeMlp {
    /// `layers` hidden layers of width `hidden` over a 2-D point and `2·freqs` time features.
    /// Draws its weights from `rng` (hidden layers first, then the output layer).
    pub fn new(freqs: usize, hidden: usize, layers: usize, rng: &mut StdRng, device: &Device) -> Self {
        let inp = 2 + 2 * freqs;
        let hidden_layers = (0..layers).map(|i| linear(if i == 0 { inp } else { hidden }, hidden, rng, device)).collect();
        Self { hidden: hidden_layers, out: linear(hidden, 2, rng, device) }
    }

    pub fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        let h = self.hidden.iter().fold(x, |h, layer| relu(layer.forward(h)));
        self.out.forward(h)
    }

    /// All layers in order, the output layer last.
    pub fn layers(&self) -> Vec<Linear> {
        self.hidden.iter().chain([&self.out]).cloned().collect()
    }
}

/// The embedding's frequencies π·2^i, `[1, k]`.
pub fn frequencies(k: usize, device: &Device) -> Tensor<2> {
    let f: Vec<f32> = (0..k).map(|i| std::f32::consts::PI * 2f32.powi(i as i32)).collect();
    Tensor::<2>::from_data(TensorData::new(f, [1, k]), device)
}

/// Sinusoidal features of τ (`[b, 1]`): `[b, 2·k]`.
pub fn time_embedding(tau: Tensor<2>, freqs: &Tensor<2>) -> Tensor<2> {
    let angles = tau.matmul(freqs.clone()); // [b, k]
    Tensor::cat(vec![angles.clone().sin(), angles.cos()], 1)
}

/// The network at a fixed list of times, on the inference device.
pub struct Folded {
    /// W₁ˣ, `[2, h]`.
    w_x: Tensor<2>,
    /// c_τ for each listed time, one row each.
    biases: Vec<Tensor<2>>,
    /// The layers after the first (ReLU before each).
    rest: Vec<Linear>,
}

impl Folded {
    /// Folds the embeddings of `taus` into `model`'s first layer.
    pub fn new(model: &TimeMlp, taus: &[f32], freqs: &Tensor<2>, device: &Device) -> Self {
        let tau = Tensor::<2>::from_data(TensorData::new(taus.to_vec(), [taus.len(), 1]), device);
        let emb = time_embedding(tau, freqs);
        let mut layers = model.layers();
        let first = layers.remove(0);
        let w = first.weight.val();
        let [inp, h] = w.dims();
        let mut biases = emb.matmul(w.clone().slice([2..inp, 0..h])); // [steps, h]
        if let Some(b) = &first.bias {
            biases = biases + b.val().unsqueeze::<2>();
        }
        let biases = (0..taus.len()).map(|i| biases.clone().slice([i..i + 1, 0..h])).collect();
        Self { w_x: w.slice([0..2, 0..h]), biases, rest: layers }
    }

    /// Number of folded times.
    pub fn len(&self) -> usize {
        self.biases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.biases.is_empty()
    }

    /// The network's output for points `x` (`[n, 2]`) at the `i`-th folded time, `[n, 2]`.
    pub fn forward(&self, x: Tensor<2>, i: usize) -> Tensor<2> {
        let mut h = x.matmul(self.w_x.clone()) + self.biases[i].clone();
        for layer in &self.rest {
            h = layer.forward(relu(h));
        }
        h
    }
}
