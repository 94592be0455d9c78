//! A class-conditional DCGAN on 28×28 digits (Radford et al. 2016, arXiv:1511.06434; class
//! conditioning as in Mirza & Osindero 2014, arXiv:1411.1784, for G and the projection
//! discriminator of Miyato & Koyama 2018, arXiv:1802.05637, for D).
//!
//!   G(z, c) = tanh(Up([z, onehot(c)])),  z ~ N(0, I_Z)                       (conv_stacks.rs)
//!   D(x, c) = l = ψ(φ(x)) + ⟨V onehot(c), φ(x)⟩,  φ = Down(x), ψ linear
//! The game is the non-saturating one (Goodfellow et al. 2014, §3), written on the logits
//! with log σ(l) = −softplus(−l):
//!   L_D = E[softplus(−l(x_real, c))] + E[softplus(l(G(z, c), c))],
//!   L_G = E[softplus(−l(G(z, c), c))],
//! one D step then one G step per iteration (Alg. 1), both under Adam with β₁ = 0.5
//! (Radford et al.), fakes drawn for the classes of the real batch. Images live in [−1, 1]
//! (pixels p ∈ [0, 1] as 2p − 1). Every z comes from the host's seeded RNG; a sample's z comes
//! from its own seed, so "the same seed" redraws the same digits on every device.

use burn::config::Config;
use burn::module::Module;
use burn::nn::Linear;
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer};
use burn::prelude::{Device, Tensor, TensorData};
use burn::tensor::activation::softplus;
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

/// Architecture and optimisers.
#[derive(Config, Debug, PartialEq)]
pub struct DigitGanConfig {
    /// Dimension of z.
    #[config(default = 16)]
    pub noise_dim: usize,
    /// G's up-stack widths (7×7, 14×14, 28×28).
    #[config(default = "[32, 16, 8]")]
    pub g_widths: [usize; 3],
    /// D's down-stack widths.
    #[config(default = "[16, 32]")]
    pub d_widths: [usize; 2],
    #[config(default = 2e-4)]
    pub g_lr: f64,
    #[config(default = 2e-4)]
    pub d_lr: f64,
    /// Adam's β₁ for both players.
    #[config(default = 0.5)]
    pub beta_1: f32,
}

/// The discriminator: features, a linear score and the class projection.
#[derive(Module, Debug)]
pub struct Critic {
    down: DownStack,
    psi: Linear,
    embed: Linear,
}

impl Critic {
    /// Logits `[b, 1]` of images `x` `[b, 784]` under one-hot classes `c` `[b, 10]`.
    pub fn forward(&self, x: Tensor<2>, c: Tensor<2>) -> Tensor<2> {
        let phi = self.down.forward(x);
        self.psi.forward(phi.clone()) + (self.embed.forward(c) * phi).sum_dim(1)
    }
}

/// Both players, as one module (one weight file).
#[derive(Module, Debug)]
pub struct Players {
    pub g: UpStack,
    pub d: Critic,
}

/// The kind written into the weight file.
pub const DIGIT_GAN_KIND: &str = "genlab-digit-gan";

/// One iteration's losses (on the device).
pub struct DigitGanStep {
    pub d_loss: Tensor<1>,
    pub g_loss: Tensor<1>,
}

/// The GAN with its optimisers and training noise.
pub struct DigitGan {
    pub config: DigitGanConfig,
    nets: Players,
    opt_g: ModuleOptimizer,
    opt_d: ModuleOptimizer,
    device: Device,
    rng: StdRng,
    steps_done: u64,
}

/// `[z, onehot(c)]` rows for `classes`, z (`k`-D) from `rng`.
fn latent(k: usize, rng: &mut StdRng, classes: &[usize], device: &Device) -> Tensor<2> {
    let b = classes.len();
    let z: Vec<f32> = (0..b * k).map(|_| StandardNormal.sample(rng)).collect();
    let rows = concat_rows(&z, k, &one_hot(classes, CLASSES), CLASSES, b);
    Tensor::from_data(TensorData::new(rows, [b, k + CLASSES]), device)
}

impl DigitGan {
    /// Host-seeded weights on `device` (autodiff for training).
    pub fn init(config: &DigitGanConfig, device: &Device, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed ^ 0x6761_6e64);
        let feats = DownStack::features(config.d_widths);
        let g = UpStack::new(config.noise_dim + CLASSES, config.g_widths, &mut rng, device);
        let mut embed = linear(CLASSES, feats, &mut rng, device);
        embed.bias = None;
        let d = Critic { down: DownStack::new(config.d_widths, &mut rng, device), psi: linear(feats, 1, &mut rng, device), embed };
        let adam = || AdamConfig::new().with_beta_1(config.beta_1).with_beta_2(0.999).init();
        Self { config: config.clone(), nets: Players { g, d }, opt_g: adam(), opt_d: adam(), device: device.clone(), rng, steps_done: 0 }
    }

    pub fn steps_done(&self) -> u64 {
        self.steps_done
    }

    pub fn num_params(&self) -> usize {
        self.nets.num_params()
    }

    /// One D step and one G step on `pixels` (`n × 784` in [0, 1]) with their labels.
    pub fn step(&mut self, pixels: &[f32], labels: &[u8]) -> DigitGanStep {
        let b = labels.len();
        let classes: Vec<usize> = labels.iter().map(|l| *l as usize).collect();
        let x: Vec<f32> = pixels.iter().map(|p| 2.0 * p - 1.0).collect();
        let x = Tensor::<2>::from_data(TensorData::new(x, [b, PIXELS]), &self.device);
        let c = Tensor::<2>::from_data(TensorData::new(one_hot(&classes, CLASSES), [b, CLASSES]), &self.device);
        let k = self.config.noise_dim;
        let u = latent(k, &mut self.rng, &classes, &self.device);
        let fake = self.nets.g.forward(u).tanh();
        let d_loss = softplus(self.nets.d.forward(x, c.clone()).neg(), 1.0).mean()
            + softplus(self.nets.d.forward(fake.detach(), c.clone()), 1.0).mean();
        let grads = GradientsParams::from_grads(d_loss.backward(), &self.nets.d);
        self.nets.d = self.opt_d.step(self.config.d_lr, self.nets.d.clone(), grads);
        let u = latent(k, &mut self.rng, &classes, &self.device);
        let g_loss = softplus(self.nets.d.forward(self.nets.g.forward(u).tanh(), c).neg(), 1.0).mean();
        let grads = GradientsParams::from_grads(g_loss.backward(), &self.nets.g);
        self.nets.g = self.opt_g.step(self.config.g_lr, self.nets.g.clone(), grads);
        self.steps_done += 1;
        DigitGanStep { d_loss: d_loss.detach(), g_loss: g_loss.detach() }
    }

    /// One G step alone for `classes`, D frozen: G climbs toward whatever the current D scores
    /// highest for each class, with no D step to answer (the setting in which Goodfellow 2016,
    /// arXiv:1701.00160, §5.1.1, expects collapse). Measured on the shipped GAN
    /// (`examples/gan_collapse`): it leaves the data instead (precision → 0, spread → 1.8).
    pub fn step_g_alone(&mut self, classes: &[usize]) -> Tensor<1> {
        let c = Tensor::<2>::from_data(TensorData::new(one_hot(classes, CLASSES), [classes.len(), CLASSES]), &self.device);
        let u = latent(self.config.noise_dim, &mut self.rng, classes, &self.device);
        let g_loss = softplus(self.nets.d.forward(self.nets.g.forward(u).tanh(), c).neg(), 1.0).mean();
        let grads = GradientsParams::from_grads(g_loss.backward(), &self.nets.g);
        self.nets.g = self.opt_g.step(self.config.g_lr, self.nets.g.clone(), grads);
        self.steps_done += 1;
        g_loss.detach()
    }

    /// Images `[n, 784]` in [−1, 1] for `classes`, z drawn from `seed` alone (inference device).
    pub fn sample(&self, classes: &[usize], seed: u64) -> Tensor<2> {
        self.sample_at(classes, seed, 1.0)
    }

    /// [`Self::sample`] with z ~ N(0, ψ²I): the same draws scaled by `psi` (ψ < 1 trades
    /// variety for typical samples, as the truncation trick does: Brock et al. 2019,
    /// arXiv:1809.11096; ψ = 0 gives one image per class).
    pub fn sample_at(&self, classes: &[usize], seed: u64, psi: f32) -> Tensor<2> {
        let mut rng = StdRng::seed_from_u64(seed);
        let z: Vec<f32> =
            (0..classes.len() * self.config.noise_dim).map(|_| psi * Distribution::<f32>::sample(&StandardNormal, &mut rng)).collect();
        self.generate(&z, &one_hot(classes, CLASSES))
    }

    /// Images `[n, 784]` in [−1, 1] from given noise rows `z` (`n × noise_dim`) and class rows
    /// (`n × 10`: one-hot, or a mix of two classes on a walk between them).
    pub fn generate(&self, z: &[f32], class_rows: &[f32]) -> Tensor<2> {
        let (k, n) = (self.config.noise_dim, class_rows.len() / CLASSES);
        let u = Tensor::<2>::from_data(
            TensorData::new(concat_rows(z, k, class_rows, CLASSES, n), [n, k + CLASSES]),
            &self.device.clone().without_autodiff(),
        );
        self.nets.g.valid().forward(u).tanh()
    }

    /// The weight file: kind, config, both players.
    pub fn to_bytes(&self, precision: Precision) -> Vec<u8> {
        encode_model(DIGIT_GAN_KIND, &self.config, &collect(&self.nets), precision)
    }

    /// A GAN from a weight file (fresh optimisers: training continues from these weights).
    pub fn from_bytes(bytes: &[u8], device: &Device, seed: u64) -> Result<Self, String> {
        let (config, tensors): (DigitGanConfig, _) = decode_model(bytes, DIGIT_GAN_KIND, "a digit GAN", &DigitGanConfig::new())?;
        let blank = Self::init(&config, device, seed);
        let nets = replace(blank.nets, tensors)?;
        Ok(Self { nets, ..blank })
    }
}

impl Weights for DigitGan {
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

impl DigitGan {
    /// Its optimisers's state and random streams, saved or opened exactly (`models/carry.rs`).
    pub(crate) fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        crate::models::carry::optim(c, &mut self.nets.g, &mut self.opt_g);
        crate::models::carry::optim(c, &mut self.nets.d, &mut self.opt_d);
        c.rng(&mut self.rng);
    }
}
