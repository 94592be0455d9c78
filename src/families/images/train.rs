//! The image family in the worker: the shipped models it holds beside its trainer
//! ([`ImageState`]), how the one loop builds its trainer ([`ImageLab`], `lab.rs`) and the
//! commands that train it. Training runs in the one loop like every family's: paced chunks with
//! one readback, weights kept on WebGPU, a non-finite loss pauses it with one notice.

use std::sync::Arc;

use crate::data::mnist::DigitBank;
use crate::families::images::lab::{ImageLab, ImageTrainSettings};
use crate::families::images::model::{ImageDdpmConfig, ImageDenoiser};
use crate::families::images::protocol::ImageCommand;
use crate::i18n::Msg;
use crate::judge::classifier::Classifier;
use crate::judge::scores::FeatureReference;
use crate::worker::home::{W, Worker, post};
use crate::worker::protocol::Update;
use crate::worker::run::{Family, chunk, rebuild, train};

/// What the image family holds besides its trainer: the shipped denoiser and classifier (once
/// fetched), the features of real digits, and the number of the current chain or measurement.
#[derive(Default)]
pub struct ImageState {
    pub shipped: Option<ImageDenoiser>,
    /// The shipped network's configuration; it outlives the models when a device is lost, so
    /// kept weights still fit the trainer built on the CPU.
    pub shipped_config: Option<ImageDdpmConfig>,
    pub classifier: Option<Classifier>,
    pub reference: Option<FeatureReference>,
    /// The real digits (`worker/digits.rs`): the trainer's training split, the scorecard's
    /// held-out reference and "real digits" row, the page's dataset grid.
    pub bank: Option<Arc<DigitBank>>,
    /// Bumped by every chain, measurement and cancel: a running one stops when it changes.
    pub job: u64,
}

impl Family for ImageLab {
    type Settings = ImageTrainSettings;
    const USES_POINTS: bool = false;

    fn build(w: &mut Worker, s: &ImageTrainSettings) -> Option<Self> {
        let device = w.device()?;
        let state = w.extra::<ImageState>();
        let config = state.shipped_config.clone().unwrap_or_else(ImageDdpmConfig::new);
        let bank = state.bank.clone()?;
        Some(ImageLab::new(&device, state.shipped.as_ref(), config, bank, s.clone()))
    }

    /// The shipped models lived on the lost device: the page loads them again; a chain that
    /// uses them stops.
    fn device_gone(w: &mut Worker) {
        let state = w.extra::<ImageState>();
        (state.shipped, state.classifier, state.reference) = (None, None, None);
        state.job += 1;
    }
}

pub async fn handle(cmd: ImageCommand) {
    match cmd {
        ImageCommand::Train { fresh, batch, seed } => {
            let settings = ImageTrainSettings { fresh, batch, seed };
            // Go on with the trainer there is unless asked to start afresh.
            let again = W.with_borrow_mut(|w| {
                let slot = ImageLab::slot(w);
                let again = fresh || slot.lab.is_none() || slot.settings.seed != seed;
                if again {
                    (slot.settings, slot.wanted) = (settings, true);
                } else if let Some(lab) = slot.lab.as_mut() {
                    lab.set_batch(batch);
                    slot.settings.batch = batch;
                }
                again
            });
            if again {
                rebuild::<ImageLab>();
            }
            let built = W.with_borrow_mut(|w| ImageLab::slot(w).lab.as_mut().map(|l| l.use_trained = true).is_some());
            if !built {
                return post(&Update::Error { message: Msg::new("notice-no-device-train"), fatal: false });
            }
            train::<ImageLab>(0).await;
        }
        ImageCommand::UseTrained { trained } => {
            W.with_borrow_mut(|w| ImageLab::slot(w).lab.as_mut().map(|l| l.use_trained = trained));
            chunk::<ImageLab>(0).await;
        }
        _ => {}
    }
}
