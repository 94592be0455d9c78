//! A small convolutional digit classifier: the judge behind the image page's quality measures
//! (the Inception network's role in IS and FID, Salimans et al. 2016, arXiv:1606.03498;
//! Heusel et al. 2017, arXiv:1706.08500).
//!
//!   x ∈ [−1, 1]^{1×28×28} → conv3×3(1→C₀) → ReLU → conv3×3/2(C₀→C₀) → ReLU   (14×14)
//!     → conv3×3/2(C₀→C₁) → ReLU (7×7) → flatten → dense(49·C₁→F) → ReLU = f(x)  (features)
//!     → dense(F→10) = logits,  p(y|x) = softmax(logits).
//! Trained with cross-entropy −log p(y|x) under Adam on freshly generated digits. The
//! penultimate f(x) is the feature vector of the Fréchet distance; p(y|x) feeds the
//! Inception-Score analogue (see `metrics.rs`). Weights are host-seeded like every model.

use crate::models::rng::StdRng;
use burn::config::Config;
use burn::module::Module;
use burn::nn::Linear;
use burn::nn::conv::Conv2d;
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer};
use burn::prelude::{Device, Int, Tensor, TensorData};
use burn::tensor::activation::{log_softmax, relu, softmax};
use rand::SeedableRng;

use crate::data::glyphs::{CLASSES, PIXELS};
use crate::models::StepReport;
use crate::models::blocks::{conv2d, linear};
use crate::models::params::{collect, replace};
use crate::models::weights::{Precision, decode_model, encode_model};

/// Classifier architecture and optimiser.
#[derive(Config, Debug)]
pub struct ClassifierConfig {
    #[config(default = 16)]
    pub c0: usize,
    #[config(default = 32)]
    pub c1: usize,
    /// Width of the penultimate feature vector (the FID analogue's dimension).
    #[config(default = 32)]
    pub features: usize,
    #[config(default = 1e-3)]
    pub learning_rate: f64,
}

/// The network: `[n, 784]` images in [−1, 1] → (logits `[n, 10]`, features `[n, F]`).
#[derive(Module, Debug)]
pub struct ClassifierNet {
    conv1: Conv2d,
    conv2: Conv2d,
    conv3: Conv2d,
    fc: Linear,
    out: Linear,
}

impl ClassifierNet {
    pub fn forward(&self, x: Tensor<2>) -> (Tensor<2>, Tensor<2>) {
        let n = x.dims()[0];
        let h = relu(self.conv1.forward(x.reshape([n, 1, 28, 28])));
        let h = relu(self.conv2.forward(h)); // [n, c0, 14, 14]
        let h = relu(self.conv3.forward(h)); // [n, c1, 7, 7]
        let c = h.dims()[1];
        let f = relu(self.fc.forward(h.reshape([n, c * 49]))); // [n, F]
        (self.out.forward(f.clone()), f)
    }
}

/// A classifier with its optimiser (training) or without (a loaded judge).
pub struct Classifier {
    pub config: ClassifierConfig,
    net: ClassifierNet,
    optim: ModuleOptimizer,
    device: Device,
}

/// Images the classifier sees at once when it judges many (bounds the worker's memory peak).
pub const CLASSIFY_BATCH: usize = 100;

/// The `kind` written into classifier weight files.
pub const CLASSIFIER_KIND: &str = "genlab-digit-classifier";

/// Pixels in [0, 1] (`n × 784`) as a model-space tensor in [−1, 1].
pub fn to_model_space(pixels: &[f32], device: &Device) -> Tensor<2> {
    let v: Vec<f32> = pixels.iter().map(|p| 2.0 * p - 1.0).collect();
    Tensor::<2>::from_data(TensorData::new(v, [pixels.len() / PIXELS, PIXELS]), device)
}

impl Classifier {
    /// Builds the network with host-seeded weights on `device` (autodiff for training).
    pub fn init(config: &ClassifierConfig, device: &Device, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed ^ 0x63_6c61_7373);
        let net = ClassifierNet {
            conv1: conv2d(1, config.c0, 3, 1, &mut rng, device),
            conv2: conv2d(config.c0, config.c0, 3, 2, &mut rng, device),
            conv3: conv2d(config.c0, config.c1, 3, 2, &mut rng, device),
            fc: linear(config.c1 * 49, config.features, &mut rng, device),
            out: linear(config.features, CLASSES, &mut rng, device),
        };
        Self { config: config.clone(), net, optim: AdamConfig::new().init(), device: device.clone() }
    }

    /// One cross-entropy step on `pixels` (`n × 784` in [0, 1]) and their labels.
    pub fn step(&mut self, pixels: &[f32], labels: &[u8]) -> StepReport {
        let x = to_model_space(pixels, &self.device);
        let y: Vec<i64> = labels.iter().map(|l| *l as i64).collect();
        let y = Tensor::<1, Int>::from_data(TensorData::new(y, [labels.len()]), &self.device);
        let (logits, _) = self.net.forward(x);
        let picked = log_softmax(logits, 1).gather(1, y.unsqueeze_dim(1)); // [n, 1]
        let loss = picked.mean().neg(); // [1]
        let grads = GradientsParams::from_grads(loss.backward(), &self.net);
        self.net = self.optim.step(self.config.learning_rate, self.net.clone(), grads);
        StepReport { loss: loss.detach() }
    }

    /// p(y|x) `[n, 10]` and features `[n, F]` of model-space images `x` `[n, 784]`, on the
    /// inference device.
    pub fn predict(&self, x: Tensor<2>) -> (Tensor<2>, Tensor<2>) {
        let net = self.net.valid();
        let x = x.to_device(&self.device.clone().without_autodiff());
        let (logits, f) = net.forward(x);
        (softmax(logits, 1), f)
    }

    /// [`Classifier::predict`] read back to the host (synchronous: native, or the CPU device
    /// in a worker): row-major probabilities and features.
    pub fn predict_host(&self, x: Tensor<2>) -> (Vec<f32>, Vec<f32>) {
        let (p, f) = self.predict(x);
        let host = |t: Tensor<2>| t.into_data().try_into_vec_as::<f32>().expect("f32");
        (host(p), host(f))
    }

    /// [`Classifier::predict_host`] in batches of [`CLASSIFY_BATCH`] images: the same numbers
    /// with a bounded peak (`examples/peak_memory.rs`: 1,000 digits at once hold about ten
    /// times the memory of one batch of 100, and WebAssembly memory never shrinks).
    pub fn predict_batched(&self, x: &Tensor<2>) -> (Vec<f32>, Vec<f32>) {
        let n = x.dims()[0];
        let (mut p, mut f) = (Vec::new(), Vec::new());
        for at in (0..n).step_by(CLASSIFY_BATCH) {
            let (bp, bf) = self.predict_host(x.clone().slice([at..(at + CLASSIFY_BATCH).min(n), 0..PIXELS]));
            p.extend(bp);
            f.extend(bf);
        }
        (p, f)
    }

    /// Share of `pixels` (in [0, 1]) whose most probable class is their label.
    pub fn accuracy(&self, pixels: &[f32], labels: &[u8]) -> f64 {
        let (p, _) = self.predict_host(to_model_space(pixels, &self.device));
        let hits = p.chunks(CLASSES).zip(labels).filter(|(row, l)| argmax(row) == **l as usize).count();
        hits as f64 / labels.len().max(1) as f64
    }

    /// Number of scalar parameters.
    pub fn num_params(&self) -> usize {
        self.net.num_params()
    }

    /// The weight file (kind, config and every parameter).
    pub fn to_bytes(&self, precision: Precision) -> Vec<u8> {
        encode_model(CLASSIFIER_KIND, &self.config, &collect(&self.net), precision)
    }

    /// A classifier from a weight file's bytes, on `device`.
    pub fn from_bytes(bytes: &[u8], device: &Device) -> Result<Self, String> {
        let (config, tensors): (ClassifierConfig, _) =
            decode_model(bytes, CLASSIFIER_KIND, "a digit classifier", &ClassifierConfig::new())?;
        let blank = Self::init(&config, device, 0);
        let net = replace(blank.net, tensors)?;
        Ok(Self { net, ..blank })
    }
}

/// p(y|x) and features (host, row-major) of model-space images `x` (`n × 784`, in [−1, 1]),
/// [`CLASSIFY_BATCH`] images at a time on the CPU device, read back without blocking (the
/// worker's way; `predict` is whichever classifier the caller holds, `None` when it has none).
pub async fn classify_in_batches(x: &[f32], predict: impl Fn(Tensor<2>) -> Option<(Tensor<2>, Tensor<2>)>) -> Option<(Vec<f32>, Vec<f32>)> {
    let (mut probs, mut feats) = (Vec::new(), Vec::new());
    for part in x.chunks(CLASSIFY_BATCH * PIXELS) {
        let part = Tensor::<2>::from_data(TensorData::new(part.to_vec(), [part.len() / PIXELS, PIXELS]), &crate::device::cpu());
        let (p, f) = predict(part)?;
        probs.extend(p.into_data_async().await.ok()?.try_to_vec::<f32>().ok()?);
        feats.extend(f.into_data_async().await.ok()?.try_to_vec::<f32>().ok()?);
    }
    Some((probs, feats))
}

/// Index of the largest entry (the first on ties).
pub fn argmax(row: &[f32]) -> usize {
    row.iter().enumerate().fold(0, |best, (i, v)| if *v > row[best] { i } else { best })
}
