//! A convolutional VAE on 28×28 digits, optionally class-conditional (a CVAE), and its
//! deterministic sibling, the plain autoencoder.
//!
//! Model (Kingma & Welling 2014, arXiv:1312.6114; conditional: Sohn et al. 2015, "Learning
//! Structured Output Representation using Deep Conditional Generative Models", NeurIPS):
//!   q(z | x, c) = N(μ, diag σ²),  [μ, log σ²] = W [Down(x), onehot(c)]          (conv_stacks.rs)
//!   p(z) = N(0, I),  p(x | z, c) = Π_i Bernoulli(x_i; π_i),  π = sigmoid(Up([z, onehot(c)]))
//! with the pixels' ink p ∈ [0, 1] as the (soft) Bernoulli targets, the usual choice for
//! MNIST-like digits (Kingma & Welling, App. C). Without c the model is the plain VAE; with
//! `variational: false` it is an autoencoder (z = μ, no KL) — the model whose latent space
//! has holes. The loss per image is the negative ELBO
//!   L = Σ_i [softplus(l_i) − p_i l_i] + β · ½ Σ_j (μ_j² + σ_j² − 1 − log σ_j²),
//! the first sum the binary cross-entropy written on the decoder's logits l, the second the
//! closed-form KL to the prior; z = μ + σ ⊙ ε (reparameterisation), ε from the host's seeded
//! RNG. Samples are the decoder's mean π at z ~ N(0, I), shown in [−1, 1] as 2π − 1 like every
//! image model here.

use burn::config::Config;
use burn::module::Module;
use burn::nn::Linear;
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer};
use burn::prelude::{Device, Tensor, TensorData};
use burn::tensor::activation::{sigmoid, softplus};
use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};

use crate::data::glyphs::{CLASSES, PIXELS};
use crate::models::Weights;
use crate::models::blocks::linear;
use crate::models::conv_stacks::{DownStack, UpStack, concat_rows, one_hot};
use crate::models::keep::reseed;
use crate::models::params::{collect, load_flat, pieces, replace};
use crate::models::rng::StdRng;
use crate::models::weights::{Precision, decode_model, encode_model};

/// log σ² of the encoder is clamped to this range, so no setting drives σ to 0 or infinity.
pub const LOGVAR_RANGE: (f32, f32) = (-10.0, 4.0);

/// Architecture, objective and optimiser.
#[derive(Config, Debug, PartialEq)]
pub struct DigitVaeConfig {
    /// Dimension of z (2 for the latent plane).
    #[config(default = 2)]
    pub latent: usize,
    /// Encoder and decoder see the class (a CVAE).
    #[config(default = false)]
    pub conditional: bool,
    /// false: a plain autoencoder.
    #[config(default = true)]
    pub variational: bool,
    /// Weight of the KL term; 1 is the ELBO.
    #[config(default = 1.0)]
    pub beta: f64,
    #[config(default = "[16, 32]")]
    pub enc_widths: [usize; 2],
    #[config(default = "[32, 16, 8]")]
    pub dec_widths: [usize; 3],
    #[config(default = 1e-3)]
    pub learning_rate: f64,
}

impl DigitVaeConfig {
    fn cond_width(&self) -> usize {
        if self.conditional { CLASSES } else { 0 }
    }
}

/// Encoder and decoder, as one module (one weight file).
#[derive(Module, Debug)]
pub struct VaeNets {
    down: DownStack,
    head: Linear,
    up: UpStack,
}

/// The kind written into the weight file.
pub const DIGIT_VAE_KIND: &str = "genlab-digit-vae";

/// One step's loss terms per image (on the device).
pub struct DigitVaeStep {
    pub loss: Tensor<1>,
    pub recon: Tensor<1>,
    pub kl: Tensor<1>,
}

/// The model with its optimiser and training noise.
pub struct DigitVae {
    pub config: DigitVaeConfig,
    nets: VaeNets,
    optim: ModuleOptimizer,
    device: Device,
    rng: StdRng,
    steps_done: u64,
}

impl DigitVae {
    /// Host-seeded weights on `device` (autodiff for training).
    pub fn init(config: &DigitVaeConfig, device: &Device, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed ^ 0x7661_6564);
        let feats = DownStack::features(config.enc_widths);
        let nets = VaeNets {
            down: DownStack::new(config.enc_widths, &mut rng, device),
            head: linear(feats + config.cond_width(), 2 * config.latent, &mut rng, device),
            up: UpStack::new(config.latent + config.cond_width(), config.dec_widths, &mut rng, device),
        };
        let optim = AdamConfig::new().init();
        Self { config: config.clone(), nets, optim, device: device.clone(), rng, steps_done: 0 }
    }

    pub fn steps_done(&self) -> u64 {
        self.steps_done
    }

    pub fn num_params(&self) -> usize {
        self.nets.num_params()
    }

    fn classes_rows(&self, classes: &[usize]) -> Vec<f32> {
        if self.config.conditional { one_hot(classes, CLASSES) } else { Vec::new() }
    }

    /// (μ, log σ²) `[n, L]` each of model-space images `x` `[n, 784]`.
    fn encode_t(nets: &VaeNets, config: &DigitVaeConfig, x: Tensor<2>, c: Vec<f32>) -> (Tensor<2>, Tensor<2>) {
        let (n, l) = (x.dims()[0], config.latent);
        let f = nets.down.forward(x);
        let cw = config.cond_width();
        let f =
            if cw > 0 { Tensor::cat(vec![f, Tensor::from_data(TensorData::new(c, [n, cw]), &nets.head.weight.device())], 1) } else { f };
        let h = nets.head.forward(f);
        let logvar = h.clone().slice([0..n, l..2 * l]).clamp(LOGVAR_RANGE.0, LOGVAR_RANGE.1);
        (h.slice([0..n, 0..l]), logvar)
    }

    /// One step of the negative ELBO (or of the autoencoder's reconstruction loss) on
    /// `pixels` (`n × 784` in [0, 1]) with their labels.
    pub fn step(&mut self, pixels: &[f32], labels: &[u8]) -> DigitVaeStep {
        let (b, l) = (labels.len(), self.config.latent);
        let classes: Vec<usize> = labels.iter().map(|v| *v as usize).collect();
        let target = Tensor::<2>::from_data(TensorData::new(pixels.to_vec(), [b, PIXELS]), &self.device);
        let c = self.classes_rows(&classes);
        let (mu, logvar) = Self::encode_t(&self.nets, &self.config, target.clone().mul_scalar(2.0).sub_scalar(1.0), c.clone());
        let eps: Vec<f32> = (0..b * l).map(|_| StandardNormal.sample(&mut self.rng)).collect();
        let eps = Tensor::<2>::from_data(TensorData::new(eps, [b, l]), &self.device);
        let z = if self.config.variational { mu.clone() + logvar.clone().mul_scalar(0.5).exp() * eps } else { mu.clone() };
        let u = if self.config.conditional {
            Tensor::cat(vec![z, Tensor::from_data(TensorData::new(c, [b, CLASSES]), &self.device)], 1)
        } else {
            z
        };
        let logits = self.nets.up.forward(u);
        let recon = (softplus(logits.clone(), 1.0) - logits * target).sum_dim(1).mean(); // [1]
        let kl = (mu.clone() * mu + logvar.clone().exp() - logvar).sub_scalar(1.0).sum_dim(1).mul_scalar(0.5).mean();
        let loss = if self.config.variational { recon.clone() + kl.clone().mul_scalar(self.config.beta) } else { recon.clone() };
        let grads = GradientsParams::from_grads(loss.backward(), &self.nets);
        self.nets = self.optim.step(self.config.learning_rate, self.nets.clone(), grads);
        self.steps_done += 1;
        DigitVaeStep { loss: loss.detach(), recon: recon.detach(), kl: kl.detach() }
    }

    /// Posterior means and log-variances `[n, L]` of `pixels` in [0, 1], on the model's device
    /// (the worker reads them back without blocking).
    pub fn encode_tensors(&self, pixels: &[f32], classes: &[usize]) -> (Tensor<2>, Tensor<2>) {
        let device = self.device.clone().without_autodiff();
        let n = pixels.len() / PIXELS;
        let x = Tensor::<2>::from_data(TensorData::new(pixels.iter().map(|p| 2.0 * p - 1.0).collect(), [n, PIXELS]), &device);
        Self::encode_t(&self.nets.valid(), &self.config, x, self.classes_rows(classes))
    }

    /// [`DigitVae::encode_tensors`] read back to the host (row-major; native and tests).
    pub fn encode(&self, pixels: &[f32], classes: &[usize]) -> (Vec<f32>, Vec<f32>) {
        let (mu, logvar) = self.encode_tensors(pixels, classes);
        let host = |t: Tensor<2>| t.into_data().try_into_vec_as::<f32>().expect("f32");
        (host(mu), host(logvar))
    }

    /// Decoded images `[n, 784]` in [−1, 1] of latent rows `z` (`n × L`) for `classes`
    /// (ignored by an unconditional model).
    pub fn decode(&self, z: &[f32], classes: &[usize]) -> Tensor<2> {
        self.decode_rows(z, &self.classes_rows(classes))
    }

    /// [`DigitVae::decode`] with the class rows given (`n × 10`, a conditional model's one-hot
    /// or a mix of two classes; empty for an unconditional one).
    pub fn decode_rows(&self, z: &[f32], class_rows: &[f32]) -> Tensor<2> {
        let device = self.device.clone().without_autodiff();
        let (l, cw) = (self.config.latent, self.config.cond_width());
        let n = z.len() / l;
        let rows = concat_rows(z, l, class_rows, cw, n);
        let u = Tensor::<2>::from_data(TensorData::new(rows, [n, l + cw]), &device);
        sigmoid(self.nets.up.valid().forward(u)).mul_scalar(2.0).sub_scalar(1.0)
    }

    /// Samples `[n, 784]` in [−1, 1]: the decoder's mean at z ~ N(0, I) drawn from `seed`.
    pub fn sample(&self, classes: &[usize], seed: u64) -> Tensor<2> {
        self.sample_at(classes, seed, 1.0)
    }

    /// [`Self::sample`] with z ~ N(0, ψ²I), the same draws scaled by `psi` (the latent
    /// temperature; ψ = 0 decodes the prior's mean, one image per class).
    pub fn sample_at(&self, classes: &[usize], seed: u64, psi: f32) -> Tensor<2> {
        let mut rng = StdRng::seed_from_u64(seed);
        let z: Vec<f32> =
            (0..classes.len() * self.config.latent).map(|_| psi * Distribution::<f32>::sample(&StandardNormal, &mut rng)).collect();
        self.decode(&z, classes)
    }

    /// The weight file: kind, config, encoder and decoder.
    pub fn to_bytes(&self, precision: Precision) -> Vec<u8> {
        encode_model(DIGIT_VAE_KIND, &self.config, &collect(&self.nets), precision)
    }

    /// A model from a weight file (a fresh optimiser: training continues from these weights).
    pub fn from_bytes(bytes: &[u8], device: &Device, seed: u64) -> Result<Self, String> {
        let (config, tensors): (DigitVaeConfig, _) = decode_model(bytes, DIGIT_VAE_KIND, "a digit VAE", &DigitVaeConfig::new())?;
        let blank = Self::init(&config, device, seed);
        let nets = replace(blank.nets, tensors)?;
        Ok(Self { nets, ..blank })
    }
}

impl Weights for DigitVae {
    fn weight_pieces(&self) -> Vec<Tensor<1>> {
        pieces(&self.nets)
    }

    fn load_weights(&mut self, values: &mut &[f32], steps: u64) -> Result<(), String> {
        self.nets = load_flat(self.nets.clone(), values)?;
        self.steps_done = steps;
        reseed(&mut self.rng, steps);
        Ok(())
    }
}

impl DigitVae {
    /// Its optimiser's state and random streams, saved or opened exactly (`models/carry.rs`).
    pub(crate) fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        crate::models::carry::optim(c, &mut self.nets, &mut self.optim);
        c.rng(&mut self.rng);
    }
}
