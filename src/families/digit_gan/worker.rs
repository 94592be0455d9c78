//! The digit GAN trainer in the worker: how the one loop builds its trainer ([`DigitGanLab`])
//! from the shipped GAN, the judge and the real digits (fetched the first time Train is pressed, with byte
//! progress: `worker/shipped.rs`, shared with the digit VAE's trainer) and the commands that
//! train it. It trains in the one loop like every family: paced chunks with one readback,
//! weights kept, a non-finite loss pauses it with one notice.

use burn::prelude::Device;

use crate::data::mnist::DigitBank;
use crate::families::digit_gan::lab::{DigitGanLab, DigitGanTrainSettings, DigitJudge};
use crate::families::digit_gan::model::DigitGan;
use crate::families::digit_gan::protocol::{DigitGanCommand, DigitGanUpdate};
use crate::i18n::Msg;
use crate::judge::classifier::Classifier;
use crate::worker::home::Worker;
use crate::worker::run::Family;
use crate::worker::shipped::{ShippedTrainer, held, set_knob, train_shipped};

impl Family for DigitGanLab {
    type Settings = DigitGanTrainSettings;
    const USES_POINTS: bool = false;

    fn build(w: &mut Worker, s: &DigitGanTrainSettings) -> Option<Self> {
        let device = w.device()?;
        let (shipped, judge, bank) = held::<Self>(w)?;
        Some(DigitGanLab::new(&device, shipped, judge, bank, s.clone()))
    }
}

impl ShippedTrainer for DigitGanLab {
    const FILES: [&'static str; 2] = ["./models/digits-gan.bin", "./models/digits-classifier.bin"];
    type Judge = DigitJudge;

    fn judge(clf: Classifier, bank: &DigitBank) -> DigitJudge {
        DigitJudge::new(clf, bank)
    }

    fn check(bytes: &[u8], device: &Device) -> Result<(), String> {
        DigitGan::from_bytes(bytes, device, 0).map(|_| ())
    }

    fn loading(done: usize, total: usize) -> DigitGanUpdate {
        DigitGanUpdate::Loading { done, total }
    }

    fn failed(message: Msg) -> DigitGanUpdate {
        DigitGanUpdate::Failed { message }
    }

    fn seed_fresh(s: &DigitGanTrainSettings) -> (u64, bool) {
        (s.seed, s.fresh)
    }

    fn take_knob(into: &mut DigitGanTrainSettings, from: &DigitGanTrainSettings) {
        into.ratio = from.ratio;
    }

    fn set_knob(&mut self, s: &DigitGanTrainSettings) {
        self.set_ratio(s.ratio);
    }
}

pub async fn handle(cmd: DigitGanCommand) {
    match cmd {
        DigitGanCommand::Train { fresh, ratio, seed } => train_shipped::<DigitGanLab>(DigitGanTrainSettings { fresh, ratio, seed }).await,
        DigitGanCommand::Ratio { ratio } => set_knob::<DigitGanLab>(&DigitGanTrainSettings { ratio, ..Default::default() }),
    }
}
