//! The 2-D digit VAE trainer in the worker: how the one loop builds its trainer
//! ([`DigitVaeLab`]) from the shipped VAE and the classifier (fetched the first time Train is
//! pressed, with byte progress: `worker/shipped.rs`, shared with the digit GAN's trainer) and
//! the commands that train it. It trains in the one loop like every family: paced chunks with
//! one readback, weights kept, a non-finite loss pauses it with one notice.

use burn::prelude::Device;

use crate::data::mnist::DigitBank;
use crate::families::digit_vae::lab::{DigitVaeLab, DigitVaeTrainSettings};
use crate::families::digit_vae::model::DigitVae;
use crate::families::digit_vae::protocol::{DigitVaeCommand, DigitVaeUpdate};
use crate::i18n::Msg;
use crate::judge::classifier::Classifier;
use crate::worker::home::Worker;
use crate::worker::run::Family;
use crate::worker::shipped::{ShippedTrainer, held, set_knob, train_shipped};

impl Family for DigitVaeLab {
    type Settings = DigitVaeTrainSettings;
    const USES_POINTS: bool = false;

    fn build(w: &mut Worker, s: &DigitVaeTrainSettings) -> Option<Self> {
        let device = w.device()?;
        let (shipped, clf, bank) = held::<Self>(w)?;
        Some(DigitVaeLab::new(&device, shipped, clf, bank, s.clone()))
    }
}

impl ShippedTrainer for DigitVaeLab {
    const FILES: [&'static str; 2] = ["./models/digits-vae2d.bin", "./models/digits-classifier.bin"];
    type Judge = Classifier;

    fn judge(clf: Classifier, _bank: &DigitBank) -> Classifier {
        clf
    }

    fn check(bytes: &[u8], device: &Device) -> Result<(), String> {
        DigitVae::from_bytes(bytes, device, 0).map(|_| ())
    }

    fn loading(done: usize, total: usize) -> DigitVaeUpdate {
        DigitVaeUpdate::Loading { done, total }
    }

    fn failed(message: Msg) -> DigitVaeUpdate {
        DigitVaeUpdate::Failed { message }
    }

    fn seed_fresh(s: &DigitVaeTrainSettings) -> (u64, bool) {
        (s.seed, s.fresh)
    }

    fn take_knob(into: &mut DigitVaeTrainSettings, from: &DigitVaeTrainSettings) {
        into.beta = from.beta;
    }

    fn set_knob(&mut self, s: &DigitVaeTrainSettings) {
        self.set_beta(s.beta);
    }
}

pub async fn handle(cmd: DigitVaeCommand) {
    match cmd {
        DigitVaeCommand::Train { fresh, beta, seed } => train_shipped::<DigitVaeLab>(DigitVaeTrainSettings { fresh, beta, seed }).await,
        DigitVaeCommand::Beta { beta } => set_knob::<DigitVaeLab>(&DigitVaeTrainSettings { beta, ..Default::default() }),
    }
}
