//! Training the image DDPM in the browser, as a [`Lab`] like every other family: continue from
//! the shipped weights or start from fresh ones, on the real digits' training split
//! (class-balanced batches, `data/mnist.rs`), n steps per chunk with one loss readback. The one loop (`run.rs`)
//! paces it, keeps its weights on WebGPU and catches a non-finite loss. While it trains, the
//! page's chains can use the moving average of the weights trained here.
//!
//! The loss is the DDPM's ε-prediction loss, ‖ε − ε_θ(√ᾱ_t x_0 + √(1 − ᾱ_t) ε, t, c)‖² with the
//! class c dropped 10 % of the time (Ho et al. 2020; Ho & Salimans 2022): see `model.rs`.

use std::sync::Arc;

use burn::prelude::{Device, Tensor};

use crate::data::mnist::DigitBank;
use crate::data::stream::RealStream;
use crate::families::FamilyId;
use crate::families::images::model::{ImageDdpm, ImageDdpmConfig, ImageDenoiser};
use crate::families::images::protocol::ImageUpdate;
use crate::models::Weights;
use crate::models::keep::{KeepRuns, load_runs};
use crate::worker::lab::{Lab, NonFinite, Status, first_non_finite};

/// Most images per batch.
pub const MAX_BATCH: usize = 256;

/// What the page asks of the trainer: where it starts, its batch and its seed.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImageTrainSettings {
    /// Start from new weights drawn from the seed rather than the shipped ones.
    pub fresh: bool,
    pub batch: usize,
    pub seed: u64,
}

/// The image trainer: its network, where it started, and its stream of digits.
pub struct ImageLab {
    trainer: ImageDdpm,
    /// The shipped denoiser it continues from (None: fresh, or nothing shipped was loaded).
    start: Option<ImageDenoiser>,
    config: ImageDdpmConfig,
    device: Device,
    settings: ImageTrainSettings,
    /// Class-balanced batches of the real digits' training split.
    stream: RealStream,
    /// Chains sample with the weights trained here (their moving average).
    pub use_trained: bool,
}

impl ImageLab {
    /// A trainer on `device`: from the shipped denoiser `shipped` unless `settings.fresh`.
    /// `config` is the network's (the shipped one's, so kept weights fit either way).
    pub fn new(
        device: &Device,
        shipped: Option<&ImageDenoiser>,
        config: ImageDdpmConfig,
        bank: Arc<DigitBank>,
        settings: ImageTrainSettings,
    ) -> Self {
        let start = shipped.filter(|_| !settings.fresh).cloned();
        let trainer = Self::first(&start, &config, device, settings.seed);
        let stream = RealStream::new(bank, settings.seed);
        Self { trainer, start, config, device: device.clone(), settings, stream, use_trained: true }
    }

    fn first(start: &Option<ImageDenoiser>, config: &ImageDdpmConfig, device: &Device, seed: u64) -> ImageDdpm {
        match start {
            Some(den) => ImageDdpm::resume(den, device, seed),
            None => ImageDdpm::init(config, device, seed),
        }
    }

    /// Images per batch from the next step on (the training goes on).
    pub fn set_batch(&mut self, batch: usize) {
        self.settings.batch = batch;
    }

    /// The trained model's moving average and its step count, when chains should use it.
    pub fn in_use(&self) -> Option<(ImageDenoiser, u64)> {
        self.use_trained.then(|| (self.trainer.denoiser(true), self.trainer.steps_done()))
    }

    /// The next batch of pixels and labels from the training digits.
    fn batch(&mut self) -> (Vec<f32>, Vec<u8>) {
        self.stream.next(self.settings.batch.clamp(1, MAX_BATCH))
    }
}

impl Lab for ImageLab {
    const ID: FamilyId = FamilyId::Images;
    /// Its samples are scored on the page's request (the scorecard), not while it trains.
    const SCORES_VIEW: bool = false;
    type Report = ImageUpdate;

    fn steps(&self) -> Vec<u64> {
        vec![self.trainer.steps_done()]
    }

    fn enqueue(&mut self, n: usize, _view: bool) -> Option<Tensor<1>> {
        let losses: Vec<Tensor<1>> = (0..n)
            .map(|_| {
                let (pixels, labels) = self.batch();
                self.trainer.step(&pixels, &labels).loss
            })
            .collect();
        (!losses.is_empty()).then(|| Tensor::cat(losses, 0))
    }

    fn read(&mut self, flat: &[f32], _score: bool, status: Status) -> Result<ImageUpdate, NonFinite> {
        let steps = self.trainer.steps_done();
        if let Some((k, value)) = first_non_finite(flat) {
            let step = steps - flat.len() as u64 + k as u64 + 1;
            return Err(NonFinite { run: 0, step, what: "what-loss", value });
        }
        Ok(ImageUpdate::Training {
            steps,
            losses: flat.to_vec(),
            steps_per_sec: status.steps_per_sec,
            running: status.running,
            trained_in_use: self.use_trained,
            fresh: self.settings.fresh,
        })
    }

    fn reset(&mut self) {
        self.trainer = Self::first(&self.start, &self.config, &self.device, self.settings.seed);
        self.stream.restart(self.settings.seed);
    }
}

impl KeepRuns for ImageLab {
    fn kept_pieces(&self) -> (Vec<Tensor<1>>, Vec<u64>) {
        (self.trainer.weight_pieces(), vec![self.trainer.steps_done()])
    }

    fn load_kept(&mut self, values: &[f32], steps: &[u64]) -> Result<(), String> {
        let mut step = self.trainer.steps_done();
        load_runs([(&mut self.trainer, &mut step)].into_iter(), values, steps)
    }

    fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        self.trainer.carry(c);
        self.stream.carry(c);
    }
}
