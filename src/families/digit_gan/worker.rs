//! The digit GAN trainer in the worker: the shipped GAN's file and the judge it holds beside
//! its trainer ([`DigitGanState`], fetched the first time Train is pressed, with byte progress),
//! how the one loop builds its trainer ([`DigitGanLab`]) and the commands that train it. It
//! trains in the one loop like every family: paced chunks with one readback, weights kept, a
//! non-finite loss pauses it with one notice.

use std::rc::Rc;

use crate::device;
use crate::families::digit_gan::lab::{DigitGanLab, DigitGanTrainSettings, DigitJudge};
use crate::families::digit_gan::model::DigitGan;
use crate::families::digit_gan::protocol::{DigitGanCommand, DigitGanUpdate};
use crate::i18n::Msg;
use crate::judge::classifier::Classifier;
use crate::worker::fetch::fetch_all;
use crate::worker::home::{post, Worker, W};
use crate::worker::protocol::Update;
use crate::worker::run::{chunk, rebuild, train, Family};

const FILES: [&str; 2] = ["./models/digits-gan.bin", "./models/digits-classifier.bin"];

/// What the trainer holds besides its lab: the shipped GAN's weight file and the judge. Both
/// live on the host or the CPU, so they outlive a lost device.
#[derive(Default)]
pub struct DigitGanState {
    pub shipped: Option<Rc<Vec<u8>>>,
    pub judge: Option<Rc<DigitJudge>>,
}

impl Family for DigitGanLab {
    type Settings = DigitGanTrainSettings;
    const USES_POINTS: bool = false;

    fn build(w: &mut Worker, s: &DigitGanTrainSettings) -> Option<Self> {
        let device = w.device()?;
        let state = w.extra::<DigitGanState>();
        let judge = state.judge.clone()?;
        Some(DigitGanLab::new(&device, state.shipped.clone(), judge, s.clone()))
    }
}

fn say(u: DigitGanUpdate) {
    post(&Update::DigitGan(u));
}

/// Fetches and checks the shipped GAN and the classifier once; false (after saying why) when
/// they cannot be had.
async fn load() -> bool {
    if W.with_borrow_mut(|w| w.extra::<DigitGanState>().judge.is_some()) {
        return true;
    }
    let Some(dev) = W.with_borrow(|w| w.device()) else {
        say(DigitGanUpdate::Failed { message: Msg::new("notice-no-device") });
        return false;
    };
    let files = match fetch_all(&FILES, |done, total| say(DigitGanUpdate::Loading { done, total })).await {
        Ok(f) => f,
        Err(e) => {
            say(DigitGanUpdate::Failed { message: Msg::new("notice-model-fetch").arg("error", e) });
            return false;
        }
    };
    let checked = DigitGan::from_bytes(&files[0], &dev, 0).and_then(|_| Classifier::from_bytes(&files[1], &device::cpu()));
    match checked {
        Ok(clf) => {
            let judge = Rc::new(DigitJudge::new(clf));
            let shipped = Rc::new(files[0].clone());
            W.with_borrow_mut(|w| {
                let s = w.extra::<DigitGanState>();
                (s.shipped, s.judge) = (Some(shipped), Some(judge));
            });
            true
        }
        Err(e) => {
            say(DigitGanUpdate::Failed { message: Msg::new("notice-model-damaged").arg("error", e) });
            false
        }
    }
}

pub async fn handle(cmd: DigitGanCommand) {
    match cmd {
        DigitGanCommand::Train { fresh, ratio, seed } => {
            if !load().await {
                return;
            }
            let settings = DigitGanTrainSettings { fresh, ratio, seed };
            // Go on with the trainer there is unless asked to start afresh or on a new seed.
            let again = W.with_borrow_mut(|w| {
                let slot = DigitGanLab::slot(w);
                let again = fresh || slot.lab.is_none() || slot.settings.seed != seed;
                if again {
                    (slot.settings, slot.wanted) = (settings, true);
                } else if let Some(lab) = slot.lab.as_mut() {
                    lab.set_ratio(ratio);
                    slot.settings.ratio = ratio;
                }
                again
            });
            if again {
                rebuild::<DigitGanLab>();
                // Where training starts, measured: the meter's first point.
                chunk::<DigitGanLab>(0).await;
            }
            if W.with_borrow_mut(|w| DigitGanLab::slot(w).lab.is_none()) {
                return say(DigitGanUpdate::Failed { message: Msg::new("notice-no-device-train") });
            }
            train::<DigitGanLab>(0).await;
        }
        DigitGanCommand::Pause => W.with_borrow_mut(|w| DigitGanLab::slot(w).ctl.running = false),
        DigitGanCommand::Ratio { ratio } => W.with_borrow_mut(|w| {
            let slot = DigitGanLab::slot(w);
            slot.settings.ratio = ratio;
            if let Some(lab) = slot.lab.as_mut() {
                lab.set_ratio(ratio);
            }
        }),
        DigitGanCommand::Reset => {
            rebuild::<DigitGanLab>();
            chunk::<DigitGanLab>(0).await;
        }
    }
}
