//! A variational autoencoder on 2-D points with a 2-D latent space, and its deterministic
//! sibling, the plain autoencoder.
//!
//! Model (Kingma & Welling 2014, "Auto-Encoding Variational Bayes", arXiv:1312.6114;
//! Rezende, Mohamed & Wierstra 2014, "Stochastic Backpropagation", arXiv:1401.4082):
//!   prior p(z) = N(0, I),  decoder p(x | z) = N(x̂(z), σ_x² I),
//!   encoder q(z | x) = N(μ(x), diag σ²(x)), the network giving μ and log σ².
//! Evidence lower bound, per point:
//!   log p(x) ≥ ELBO = E_q[log p(x | z)] − KL(q(z | x) ‖ p(z)),
//! and up to the constant log(2π σ_x²) the loss minimised here is its negative:
//!   L = ‖x − x̂(z)‖² / (2σ_x²) + β · KL,  one z per point.
//! Reparameterisation (Kingma & Welling §2.4): z = μ + σ ⊙ ε, ε ~ N(0, I), so the gradient
//! flows through μ and σ while the randomness sits in ε.
//! Closed-form KL of a diagonal Gaussian from the standard normal (Kingma & Welling, App. B):
//!   KL(N(μ, σ²) ‖ N(0, I)) = ½ Σ_j (μ_j² + σ_j² − 1 − log σ_j²).
//! β-VAE (Higgins et al. 2017, "β-VAE", ICLR): β weighs the KL; β = 1 is the ELBO, β = 0 drops
//! the pull towards the prior (an autoencoder with noisy codes). With `variational: false` the
//! model is a plain autoencoder: z = μ(x), no KL. σ_x sets the recon/KL balance: the smaller it
//! is, the more nats a unit of squared error costs against the KL.
//!
//! Samples are the decoder's mean x̂(z) at z ~ N(0, I) (the usual picture; the σ_x noise of
//! p(x | z) is not added). All noise ε is drawn on the host from the model's seeded RNG and
//! uploaded with the batch in one `[b, 4]` tensor, so a run is reproducible on every device.

use crate::models::rng::StdRng;
use burn::config::Config;
use burn::module::Module;
use burn::nn::Linear;
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer};
use burn::prelude::{Device, Tensor, TensorData};
use burn::tensor::activation::relu;
use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};

use crate::models::blocks::linear;
use crate::models::{SampleNoise, StepReport};

/// Dimension of the latent space: 2, so the page can draw the latent plane.
pub const LATENT_DIM: usize = 2;
/// log σ² of the encoder is clamped to this range (σ from 0.0025 to 20), so extreme settings
/// (tiny σ_x, β = 0, huge β) cannot drive exp(log σ²) to 0 or infinity.
pub const LOGVAR_RANGE: (f32, f32) = (-12.0, 6.0);

/// Model and optimiser settings.
#[derive(Config, Debug, PartialEq)]
pub struct VaeConfig {
    /// Width of each hidden layer (encoder and decoder).
    #[config(default = 64)]
    pub hidden: usize,
    /// Number of hidden layers of each network.
    #[config(default = 2)]
    pub layers: usize,
    /// Weight of the KL term (β-VAE); 1 is the ELBO.
    #[config(default = 1.0)]
    pub beta: f64,
    /// false: a deterministic autoencoder, z = μ(x), no KL term.
    #[config(default = true)]
    pub variational: bool,
    /// Decoder noise σ_x: the recon term is ‖x − x̂‖² / (2σ_x²). Only β · 2σ_x² matters to
    /// Adam (β = 4 at σ_x = 0.1 trains like β = 1 at σ_x = 0.2). 0.2 chosen with
    /// `examples/vae_sweep.rs`: see the figures there.
    #[config(default = 0.2)]
    pub sigma_x: f64,
    /// Adam's step size (5e-3: as good as 2e-3 at 4,000 steps and better at 1,000; see the sweep).
    #[config(default = 5e-3)]
    pub learning_rate: f64,
}

/// A ReLU multilayer perceptron: `layers` hidden layers of `hidden` units, then a linear output.
#[derive(Module, Debug)]
pub struct Mlp {
    hidden: Vec<Linear>,
    out: Linear,
}

impl Mlp {
    fn new(sizes: (usize, usize, usize), layers: usize, rng: &mut StdRng, device: &Device) -> Self {
        let (inp, width, out) = sizes;
        let hidden = (0..layers).map(|i| linear(if i == 0 { inp } else { width }, width, rng, device)).collect();
        let last = if layers == 0 { inp } else { width };
        Self { hidden, out: linear(last, out, rng, device) }
    }

    pub fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        let h = self.hidden.iter().fold(x, |h, layer| relu(layer.forward(h)));
        self.out.forward(h)
    }
}

/// Encoder 2 → … → 4 (μ, log σ²) and decoder 2 → … → 2.
#[derive(Module, Debug)]
pub struct VaeNet {
    pub encoder: Mlp,
    pub decoder: Mlp,
}

impl VaeNet {
    /// μ and clamped log σ² of q(z | x), `[n, 2]` each.
    pub fn encode(&self, x: Tensor<2>) -> (Tensor<2>, Tensor<2>) {
        let h = self.encoder.forward(x); // [n, 4]
        let n = h.dims()[0];
        let mu = h.clone().slice([0..n, 0..LATENT_DIM]);
        let logvar = h.slice([0..n, LATENT_DIM..2 * LATENT_DIM]).clamp(LOGVAR_RANGE.0, LOGVAR_RANGE.1);
        (mu, logvar)
    }
}

/// KL(N(μ, diag σ²) ‖ N(0, I)) per point, `[n]`: ½ Σ_j (μ_j² + σ_j² − 1 − log σ_j²).
pub fn gaussian_kl(mu: Tensor<2>, logvar: Tensor<2>) -> Tensor<1> {
    let terms = (mu.clone() * mu + logvar.clone().exp() - logvar).sub_scalar(1.0); // [n, d]
    terms.sum_dim(1).squeeze_dim::<1>(1).mul_scalar(0.5)
}

/// The reparameterised draw z = μ + exp(½ log σ²) ⊙ ε, `[n, d]`, ε ~ N(0, I) given.
pub fn reparameterise(mu: Tensor<2>, logvar: Tensor<2>, eps: Tensor<2>) -> Tensor<2> {
    mu + logvar.mul_scalar(0.5).exp() * eps
}

/// One training step's terms, each `[1]` and still on the device (never read back in a step).
pub struct VaeStep {
    /// recon + β · KL.
    pub loss: Tensor<1>,
    /// Batch mean of ‖x − x̂‖² / (2σ_x²).
    pub recon: Tensor<1>,
    /// Batch mean of KL(q(z | x) ‖ p(z)); zero for the deterministic autoencoder.
    pub kl: Tensor<1>,
}

/// The VAE trainer: networks, optimiser, and its own seeded RNG for weights and noise.
#[derive(Clone)]
pub struct Vae {
    pub config: VaeConfig,
    pub(crate) net: VaeNet,
    optim: ModuleOptimizer,
    pub(crate) device: Device,
    pub(crate) rng: StdRng,
    /// The noise of prior samples and reconstructions (never the training noise).
    pub(crate) sample_noise: SampleNoise,
}

impl Vae {
    /// `n` independent standard normal draws from the model's RNG.
    pub(crate) fn normals(&mut self, n: usize) -> Vec<f32> {
        (0..n).map(|_| StandardNormal.sample(&mut self.rng)).collect()
    }

    /// One optimisation step on `batch`, returning the loss and its two terms.
    pub fn step_parts(&mut self, batch: &[[f32; 2]]) -> VaeStep {
        let b = batch.len();
        // One upload per step: [x (2), ε (2)].
        let eps = self.normals(b * LATENT_DIM);
        let rows: Vec<f32> = batch.iter().zip(eps.chunks_exact(2)).flat_map(|(p, e)| [p[0], p[1], e[0], e[1]]).collect();
        let data = Tensor::<2>::from_data(TensorData::new(rows, [b, 4]), &self.device);
        let x = data.clone().slice([0..b, 0..2]); // [b, 2]
        let eps = data.slice([0..b, 2..4]); // [b, 2]
        let (mu, logvar) = self.net.encode(x.clone());
        let (z, kl) = if self.config.variational {
            (reparameterise(mu.clone(), logvar.clone(), eps), gaussian_kl(mu, logvar).mean())
        } else {
            (mu, Tensor::<1>::zeros([1], &self.device))
        };
        let diff = x - self.net.decoder.forward(z); // [b, 2]
        let sigma2 = self.config.sigma_x * self.config.sigma_x;
        let recon = (diff.clone() * diff).sum_dim(1).mean().div_scalar(2.0 * sigma2); // [1]
        let loss = recon.clone() + kl.clone().mul_scalar(self.config.beta);
        let grads = GradientsParams::from_grads(loss.backward(), &self.net);
        let net = self.net.clone();
        self.net = self.optim.step(self.config.learning_rate, net, grads);
        VaeStep { loss: loss.detach(), recon: recon.detach(), kl: kl.detach() }
    }
}

impl Vae {
    pub fn init(config: &VaeConfig, device: &Device, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed);
        let (h, l) = (config.hidden, config.layers);
        let encoder = Mlp::new((2, h, 2 * LATENT_DIM), l, &mut rng, device);
        let decoder = Mlp::new((LATENT_DIM, h, 2), l, &mut rng, device);
        Self {
            config: config.clone(),
            net: VaeNet { encoder, decoder },
            optim: AdamConfig::new().init(),
            device: device.clone(),
            rng,
            sample_noise: SampleNoise::new(seed),
        }
    }

    pub fn step(&mut self, batch: &[[f32; 2]]) -> StepReport {
        StepReport { loss: self.step_parts(batch).loss }
    }

    /// Decoder means at `n` prior draws z ~ N(0, I), `[n, 2]`.
    pub fn sample(&mut self, n: usize) -> Tensor<2> {
        self.sample_prior(n, 1.0)
    }
}

/// What the worker keeps of it while a GPU trains (`models/keep.rs`): every weight.
impl crate::models::Weights for Vae {
    fn weight_pieces(&self) -> Vec<burn::prelude::Tensor<1>> {
        crate::models::params::pieces(&self.net)
    }

    fn load_weights(&mut self, values: &mut &[f32], steps: u64) -> Result<(), String> {
        self.net = crate::models::params::load_flat(self.net.clone(), values)?;
        crate::models::keep::reseed(&mut self.rng, steps);
        Ok(())
    }
}

impl Vae {
    /// Its optimiser's state and random streams, saved or opened exactly (`models/carry.rs`).
    pub(crate) fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        crate::models::carry::optim(c, &mut self.net, &mut self.optim);
        c.rng(&mut self.rng);
        self.sample_noise.carry(c);
    }
}
