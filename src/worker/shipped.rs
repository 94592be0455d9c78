//! What the Digit models page's trainers share in the worker (`digit_gan`, `digit_vae`): each
//! goes on from a shipped weight file (or from fresh weights) and is judged with the shipped
//! classifier. Here, once for both: fetching and checking the two files (and the real digits, once
//! for every page: `worker/digits.rs`) the first time Train is pressed, with byte progress, and the Train command itself — go on with the trainer there is
//! unless asked to start afresh or on a new seed; otherwise build it and measure where it
//! starts — then the one loop (`run.rs`).

use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::Arc;

use burn::prelude::Device;

use crate::data::mnist::DigitBank;
use crate::device;
use crate::i18n::Msg;
use crate::judge::classifier::Classifier;
use crate::worker::digits::fetch_with_digits;
use crate::worker::home::{W, Worker, post};
use crate::worker::run::{Family, chunk, rebuild, train};

/// A trainer that starts from a shipped weight file and is judged with the classifier.
pub trait ShippedTrainer: Family {
    /// The shipped weight file and the classifier, in that order.
    const FILES: [&'static str; 2];
    /// What the trainer judges with, made once from the classifier (and held-out real digits).
    type Judge: 'static;
    fn judge(clf: Classifier, bank: &DigitBank) -> Self::Judge;
    /// Reads the shipped file (Err: why it is damaged).
    fn check(bytes: &[u8], device: &Device) -> Result<(), String>;
    fn loading(done: usize, total: usize) -> Self::Report;
    fn failed(message: Msg) -> Self::Report;
    /// The seed and whether to start afresh, of a Train command's settings.
    fn seed_fresh(s: &Self::Settings) -> (u64, bool);
    /// A trainer that goes on takes the live knob (β, G's rate) of `from` into `into`.
    fn take_knob(into: &mut Self::Settings, from: &Self::Settings);
    /// The knob of `s` applied to the trainer, from its next step on.
    fn set_knob(&mut self, s: &Self::Settings);
}

/// The files a trainer holds beside its lab; on the host or the CPU, so they outlive a lost
/// device.
pub struct Held<T: ShippedTrainer> {
    pub shipped: Option<Rc<Vec<u8>>>,
    pub judge: Option<Rc<T::Judge>>,
    /// The real digits (`worker/digits.rs`): trained on, and judged beside.
    pub bank: Option<Arc<DigitBank>>,
    of: PhantomData<T>,
}

impl<T: ShippedTrainer> Default for Held<T> {
    fn default() -> Self {
        Self { shipped: None, judge: None, bank: None, of: PhantomData }
    }
}

/// A shipped weight file, shared by every build of the trainer.
pub type Bytes = Rc<Vec<u8>>;

/// What a trainer is built from: the shipped file (if any), the judge and the real digits.
pub type Files<T> = (Option<Bytes>, Rc<<T as ShippedTrainer>::Judge>, Arc<DigitBank>);

/// The trainer's files, for its `Family::build`.
pub fn held<T: ShippedTrainer>(w: &mut Worker) -> Option<Files<T>> {
    let h = w.extra::<Held<T>>();
    Some((h.shipped.clone(), h.judge.clone()?, h.bank.clone()?))
}

fn say<T: ShippedTrainer>(r: T::Report) {
    post(&r.into());
}

/// Fetches and checks the shipped file and the classifier once; false (after saying why) when
/// they cannot be had.
async fn load<T: ShippedTrainer>() -> bool {
    if W.with_borrow_mut(|w| w.extra::<Held<T>>().judge.is_some()) {
        return true;
    }
    let Some(dev) = W.with_borrow(|w| w.device()) else {
        say::<T>(T::failed(Msg::new("notice-no-device")));
        return false;
    };
    let (files, bank) = match fetch_with_digits(&T::FILES, |done, total| say::<T>(T::loading(done, total))).await {
        Ok(f) => f,
        Err(message) => {
            say::<T>(T::failed(message));
            return false;
        }
    };
    match T::check(&files[0], &dev).and_then(|_| Classifier::from_bytes(&files[1], &device::cpu())) {
        Ok(clf) => {
            let (shipped, judge) = (Rc::new(files[0].clone()), Rc::new(T::judge(clf, &bank)));
            W.with_borrow_mut(|w| {
                let h = w.extra::<Held<T>>();
                (h.shipped, h.judge, h.bank) = (Some(shipped), Some(judge), Some(bank));
            });
            true
        }
        Err(e) => {
            say::<T>(T::failed(Msg::new("notice-model-damaged").arg("error", e)));
            false
        }
    }
}

/// Train until paused: the files first (once), then the trainer there is, or a new one built
/// from `settings` and measured at its start.
pub async fn train_shipped<T: ShippedTrainer>(settings: T::Settings) {
    if !load::<T>().await {
        return;
    }
    let (seed, fresh) = T::seed_fresh(&settings);
    let again = W.with_borrow_mut(|w| {
        let slot = T::slot(w);
        let again = fresh || slot.lab.is_none() || T::seed_fresh(&slot.settings).0 != seed;
        if again {
            (slot.settings, slot.wanted) = (settings, true);
        } else {
            // Going on: where it started (shipped or fresh) stays; only the knob changes.
            T::take_knob(&mut slot.settings, &settings);
            if let Some(lab) = slot.lab.as_mut() {
                lab.set_knob(&slot.settings);
            }
        }
        again
    });
    if again {
        start_again::<T>().await;
    }
    if W.with_borrow_mut(|w| T::slot(w).lab.is_none()) {
        return say::<T>(T::failed(Msg::new("notice-no-device-train")));
    }
    train::<T>(0).await;
}

/// The knob, while training or not (the next Train builds with it too).
pub fn set_knob<T: ShippedTrainer>(settings: &T::Settings) {
    W.with_borrow_mut(|w| {
        let slot = T::slot(w);
        T::take_knob(&mut slot.settings, settings);
        if let Some(lab) = slot.lab.as_mut() {
            lab.set_knob(&slot.settings);
        }
    });
}

/// Back to where the trainer started, measured (the meter's first point again).
pub async fn start_again<T: ShippedTrainer>() {
    rebuild::<T>();
    chunk::<T>(0).await;
}
