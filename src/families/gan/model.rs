//! A GAN on 2-D points: a generator G: z ↦ x and a discriminator (critic) D: x ↦ l, trained
//! in turns (Goodfellow et al. 2014, Alg. 1): `d_steps` updates of D on real and fake batches,
//! then one update of G through D. The objectives are in `loss.rs`.
//!
//! G is an MLP with ReLU (its image of a noise grid, the "manifold", is piecewise linear);
//! D an MLP with LeakyReLU(0.2). The critic's input gradient ∇_x D is written out by hand
//! (backpropagation through the layers, as tensor ops):
//!   g_L = w_outᵀ,  g_{k−1} = (g_k ⊙ a'(h_k)) W_kᵀ,  ∇_x D = g_0,
//! so the WGAN-GP penalty λ E[(‖∇_x̂ D(x̂)‖ − 1)²] (Gulrajani et al. 2017, Alg. 1) is an
//! ordinary differentiable function of D's weights — no second-order autodiff needed.
//! The same gradient gives the arrows on the page: fakes move along −ℓ_G'(l) ∇_x l.
//! All noise (z, ε of the penalty) comes from the host's seeded RNG.

use crate::models::rng::StdRng;
use burn::config::Config;
use burn::module::Module;
use burn::nn::Linear;
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer, SgdConfig};
use burn::prelude::{Device, Tensor, TensorData};
use burn::tensor::activation::{leaky_relu, relu};
use rand::{RngExt, SeedableRng};
use rand_distr::{Distribution, StandardNormal};
use serde::{Deserialize, Serialize};

use crate::families::gan::loss::{GanLoss, d_loss, g_loss};
use crate::models::SampleNoise;
use crate::models::blocks::linear;

/// Slope of D's LeakyReLU for negative inputs.
pub const LEAK: f64 = 0.2;

/// Optimiser of one network.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OptimKind {
    Sgd,
    /// Adam with β₁ = 0.5, β₂ = 0.999 (Radford et al. 2016), the GAN default.
    #[default]
    Adam,
}

impl OptimKind {
    fn build(self) -> ModuleOptimizer {
        match self {
            OptimKind::Sgd => SgdConfig::new().init(),
            OptimKind::Adam => AdamConfig::new().with_beta_1(0.5).with_beta_2(0.999).init(),
        }
    }
}

/// Architecture, objective and optimisers of a GAN.
#[derive(Config, Debug, PartialEq)]
pub struct GanConfig {
    #[config(default = 2)]
    pub noise_dim: usize,
    #[config(default = 64)]
    pub g_hidden: usize,
    #[config(default = 2)]
    pub g_layers: usize,
    #[config(default = 64)]
    pub d_hidden: usize,
    #[config(default = 2)]
    pub d_layers: usize,
    #[config(default = "GanLoss::NonSaturating")]
    pub loss: GanLoss,
    #[config(default = "OptimKind::Adam")]
    pub g_optim: OptimKind,
    #[config(default = "OptimKind::Adam")]
    pub d_optim: OptimKind,
    #[config(default = 1e-3)]
    pub g_lr: f64,
    #[config(default = 1e-3)]
    pub d_lr: f64,
    /// Discriminator updates per generator update.
    #[config(default = 1)]
    pub d_steps: usize,
    /// λ of the gradient penalty (Wasserstein only).
    #[config(default = 10.0)]
    pub gp_weight: f64,
}

/// An MLP: hidden layers with an activation, then a linear output.
#[derive(Module, Debug)]
pub struct Mlp {
    pub hidden: Vec<Linear>,
    pub out: Linear,
}

impl Mlp {
    pub(crate) fn new(inp: usize, width: usize, layers: usize, out: usize, rng: &mut StdRng, device: &Device) -> Self {
        let hidden = (0..layers).map(|i| linear(if i == 0 { inp } else { width }, width, rng, device)).collect();
        Mlp { hidden, out: linear(if layers == 0 { inp } else { width }, out, rng, device) }
    }

    /// G's forward pass (ReLU).
    pub fn generate(&self, z: Tensor<2>) -> Tensor<2> {
        self.out.forward(self.hidden.iter().fold(z, |h, l| relu(l.forward(h))))
    }

    /// D's forward pass (LeakyReLU), `[b, 1]`.
    pub fn critic(&self, x: Tensor<2>) -> Tensor<2> {
        self.out.forward(self.hidden.iter().fold(x, |h, l| leaky_relu(l.forward(h), LEAK)))
    }

    /// ∇_x D(x) for each row of `x`, `[b, 2]`, differentiable in D's weights (see the top).
    pub fn critic_input_grad(&self, x: Tensor<2>) -> Tensor<2> {
        let b = x.dims()[0];
        let mut pre = Vec::with_capacity(self.hidden.len());
        let mut h = x;
        for layer in &self.hidden {
            let z = layer.forward(h);
            pre.push(z.clone());
            h = leaky_relu(z, LEAK);
        }
        let ones = Tensor::<2>::ones([b, 1], &h.device());
        let mut g = ones.matmul(self.out.weight.val().transpose()); // [b, width]
        for (layer, z) in self.hidden.iter().zip(pre).rev() {
            let slope = z.greater_elem(0.0).float().mul_scalar(1.0 - LEAK).add_scalar(LEAK);
            g = (g * slope).matmul(layer.weight.val().transpose());
        }
        g
    }
}

/// Losses of one D or G update, `[1]` each, still on the device.
pub struct GanStep {
    pub d_loss: Option<Tensor<1>>,
    pub g_loss: Option<Tensor<1>>,
    /// ‖∂L_G/∂θ_G‖ over all of G's weights.
    pub g_grad_norm: Option<Tensor<1>>,
}

/// The GAN trainer: both networks, their optimisers and the seeded RNG.
#[derive(Clone)]
pub struct Gan {
    pub config: GanConfig,
    pub(crate) g: Mlp,
    pub(crate) d: Mlp,
    pub(crate) opt_g: ModuleOptimizer,
    pub(crate) opt_d: ModuleOptimizer,
    pub(crate) device: Device,
    pub(crate) rng: StdRng,
    /// The noise of samples (never the training noise).
    pub(crate) sample_noise: SampleNoise,
}

impl Gan {
    pub fn init(config: &GanConfig, device: &Device, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed);
        let g = Mlp::new(config.noise_dim.max(1), config.g_hidden, config.g_layers, 2, &mut rng, device);
        let d = Mlp::new(2, config.d_hidden, config.d_layers, 1, &mut rng, device);
        Self {
            config: config.clone(),
            g,
            d,
            opt_g: config.g_optim.build(),
            opt_d: config.d_optim.build(),
            device: device.clone(),
            rng,
            sample_noise: SampleNoise::new(seed),
        }
    }

    /// The discriminator (critic).
    pub fn discriminator(&self) -> &Mlp {
        &self.d
    }

    pub(crate) fn normals(&mut self, n: usize) -> Vec<f32> {
        (0..n).map(|_| StandardNormal.sample(&mut self.rng)).collect()
    }

    /// `[n, noise_dim]` of N(0, I) noise on `device`.
    pub(crate) fn noise(&mut self, n: usize, device: &Device) -> Tensor<2> {
        let k = self.config.noise_dim.max(1);
        Tensor::from_data(TensorData::new(self.normals(n * k), [n, k]), device)
    }

    fn upload(&self, points: &[[f32; 2]]) -> Tensor<2> {
        let flat: Vec<f32> = points.iter().flatten().copied().collect();
        Tensor::from_data(TensorData::new(flat, [points.len(), 2]), &self.device)
    }

    /// One update of D on `real` against as many fresh fakes (G's output detached).
    pub fn step_d(&mut self, real: &[[f32; 2]]) -> Tensor<1> {
        let b = real.len();
        let z = self.noise(b, &self.device.clone());
        let fake = self.g.generate(z).detach();
        let x_real = self.upload(real);
        let mut loss = d_loss(self.config.loss, self.d.critic(x_real.clone()), self.d.critic(fake.clone()));
        if self.config.loss == GanLoss::Wasserstein && self.config.gp_weight > 0.0 {
            let eps: Vec<f32> = (0..b).map(|_| self.rng.random_range(0.0..1.0)).collect();
            let eps = Tensor::<2>::from_data(TensorData::new(eps, [b, 1]), &self.device);
            let mixed = x_real * eps.clone() + fake * eps.neg().add_scalar(1.0);
            loss = loss + gradient_penalty(&self.d, mixed).mul_scalar(self.config.gp_weight);
        }
        let grads = GradientsParams::from_grads(loss.backward(), &self.d);
        self.d = self.opt_d.step(self.config.d_lr, self.d.clone(), grads);
        loss.detach()
    }

    /// One update of G through the current D, with `b` fresh noise vectors.
    pub fn step_g(&mut self, b: usize) -> (Tensor<1>, Tensor<1>) {
        let z = self.noise(b, &self.device.clone());
        let loss = g_loss(self.config.loss, self.d.critic(self.g.generate(z)));
        let grads = loss.backward();
        let mut sq = Vec::new();
        for layer in self.g.hidden.iter().chain(std::iter::once(&self.g.out)) {
            if let Some(w) = layer.weight.val().grad(&grads) {
                sq.push((w.clone() * w).sum());
            }
            if let Some(bias) = layer.bias.as_ref().and_then(|p| p.val().grad(&grads)) {
                sq.push((bias.clone() * bias).sum());
            }
        }
        let norm = Tensor::cat(sq, 0).sum().sqrt();
        let grads = GradientsParams::from_grads(grads, &self.g);
        self.g = self.opt_g.step(self.config.g_lr, self.g.clone(), grads);
        (loss.detach(), norm)
    }

    /// One iteration: `d_steps` D updates (each on a fresh real batch from `next_batch`), then
    /// one G update.
    pub fn step(&mut self, mut next_batch: impl FnMut() -> Vec<[f32; 2]>) -> GanStep {
        let (mut d, mut b) = (None, 0);
        for _ in 0..self.config.d_steps.max(1) {
            let real = next_batch();
            b = real.len();
            d = Some(self.step_d(&real));
        }
        let (g, n) = self.step_g(b);
        GanStep { d_loss: d, g_loss: Some(g), g_grad_norm: Some(n) }
    }

    /// `n` samples G(z), z ~ N(0, I), `[n, 2]`, on the inference device.
    pub fn sample(&mut self, n: usize) -> Tensor<2> {
        let device = self.device.clone().without_autodiff();
        let k = self.config.noise_dim.max(1);
        let z = Tensor::from_data(TensorData::new(self.sample_noise.normals(n * k), [n, k]), &device);
        self.g.valid().generate(z)
    }
}

/// λ-free gradient penalty E[(‖∇_x D(x)‖ − 1)²] at the rows of `x`, `[1]`.
pub fn gradient_penalty(d: &Mlp, x: Tensor<2>) -> Tensor<1> {
    let g = d.critic_input_grad(x);
    let norm = (g.clone() * g).sum_dim(1).add_scalar(1e-12).sqrt();
    let dev = norm.sub_scalar(1.0);
    (dev.clone() * dev).mean()
}
