//! The 2-D digit VAE trainer in the worker: the shipped VAE's file and the classifier it holds
//! beside its trainer ([`DigitVaeState`], fetched the first time Train is pressed, with byte
//! progress), how the one loop builds its trainer ([`DigitVaeLab`]) and the commands that train
//! it. It trains in the one loop like every family: paced chunks with one readback, weights
//! kept, a non-finite loss pauses it with one notice.

use std::rc::Rc;

use crate::device;
use crate::families::digit_vae::lab::{DigitVaeLab, DigitVaeTrainSettings};
use crate::families::digit_vae::model::DigitVae;
use crate::families::digit_vae::protocol::{DigitVaeCommand, DigitVaeUpdate};
use crate::i18n::Msg;
use crate::judge::classifier::Classifier;
use crate::worker::fetch::fetch_all;
use crate::worker::home::{post, Worker, W};
use crate::worker::protocol::Update;
use crate::worker::run::{chunk, rebuild, train, Family};

const FILES: [&str; 2] = ["./models/digits-vae2d.bin", "./models/digits-classifier.bin"];

/// What the trainer holds besides its lab: the shipped VAE's weight file and the classifier.
/// Both live on the host or the CPU, so they outlive a lost device.
#[derive(Default)]
pub struct DigitVaeState {
    pub shipped: Option<Rc<Vec<u8>>>,
    pub clf: Option<Rc<Classifier>>,
}

impl Family for DigitVaeLab {
    type Settings = DigitVaeTrainSettings;
    const USES_POINTS: bool = false;

    fn build(w: &mut Worker, s: &DigitVaeTrainSettings) -> Option<Self> {
        let device = w.device()?;
        let state = w.extra::<DigitVaeState>();
        let clf = state.clf.clone()?;
        Some(DigitVaeLab::new(&device, state.shipped.clone(), clf, s.clone()))
    }
}

fn say(u: DigitVaeUpdate) {
    post(&Update::DigitVae(u));
}

/// Fetches and checks the shipped VAE and the classifier once; false (after saying why) when
/// they cannot be had.
async fn load() -> bool {
    if W.with_borrow_mut(|w| w.extra::<DigitVaeState>().clf.is_some()) {
        return true;
    }
    let Some(dev) = W.with_borrow(|w| w.device()) else {
        say(DigitVaeUpdate::Failed { message: Msg::new("notice-no-device") });
        return false;
    };
    let files = match fetch_all(&FILES, |done, total| say(DigitVaeUpdate::Loading { done, total })).await {
        Ok(f) => f,
        Err(e) => {
            say(DigitVaeUpdate::Failed { message: Msg::new("notice-model-fetch").arg("error", e) });
            return false;
        }
    };
    let checked = DigitVae::from_bytes(&files[0], &dev, 0).and_then(|_| Classifier::from_bytes(&files[1], &device::cpu()));
    match checked {
        Ok(clf) => {
            let shipped = Rc::new(files[0].clone());
            W.with_borrow_mut(|w| {
                let s = w.extra::<DigitVaeState>();
                (s.shipped, s.clf) = (Some(shipped), Some(Rc::new(clf)));
            });
            true
        }
        Err(e) => {
            say(DigitVaeUpdate::Failed { message: Msg::new("notice-model-damaged").arg("error", e) });
            false
        }
    }
}

pub async fn handle(cmd: DigitVaeCommand) {
    match cmd {
        DigitVaeCommand::Train { fresh, beta, seed } => {
            if !load().await {
                return;
            }
            let settings = DigitVaeTrainSettings { fresh, beta, seed };
            // Go on with the trainer there is unless asked to start afresh or on a new seed.
            let again = W.with_borrow_mut(|w| {
                let slot = DigitVaeLab::slot(w);
                let again = fresh || slot.lab.is_none() || slot.settings.seed != seed;
                if again {
                    (slot.settings, slot.wanted) = (settings, true);
                } else if let Some(lab) = slot.lab.as_mut() {
                    lab.set_beta(beta);
                    slot.settings.beta = beta;
                }
                again
            });
            if again {
                rebuild::<DigitVaeLab>();
                // Where training starts, measured: the plane's first picture.
                chunk::<DigitVaeLab>(0).await;
            }
            if W.with_borrow_mut(|w| DigitVaeLab::slot(w).lab.is_none()) {
                return say(DigitVaeUpdate::Failed { message: Msg::new("notice-no-device-train") });
            }
            train::<DigitVaeLab>(0).await;
        }
        DigitVaeCommand::Pause => W.with_borrow_mut(|w| DigitVaeLab::slot(w).ctl.running = false),
        DigitVaeCommand::Beta { beta } => W.with_borrow_mut(|w| {
            let slot = DigitVaeLab::slot(w);
            slot.settings.beta = beta;
            if let Some(lab) = slot.lab.as_mut() {
                lab.set_beta(beta);
            }
        }),
        DigitVaeCommand::Reset => {
            rebuild::<DigitVaeLab>();
            chunk::<DigitVaeLab>(0).await;
        }
    }
}
