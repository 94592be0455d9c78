//! Training the digit GAN in the browser, as a [`Lab`] like every other family: continue from
//! the shipped weights or start from fresh ones, on the real digits' training split (class-balanced batches), n iterations per
//! chunk with one readback. The one loop (`worker/run.rs`) paces it, keeps its weights and
//! catches a non-finite loss.
//!
//! The game is `model.rs`'s (non-saturating, one D step then one G step, Adam β₁ = 0.5) with
//! one knob: G's learning rate as a multiple r of D's,
//!   θ_D ← θ_D − η Adam(∇L_D),   θ_G ← θ_G − r·η Adam(∇L_G),   η = 2·10⁻⁴.
//! Heusel et al. 2017 (arXiv:1706.08500, TTUR) run the two players at different rates so that
//! D stays ahead; making G the faster one does the reverse: G chases whatever the current D
//! scores highest faster than D can answer, and every class falls onto one image — mode
//! collapse on images (Goodfellow 2016, arXiv:1701.00160, §5.1.1). Measured from the shipped
//! GAN (`tests/all/digit_gan_train.rs`, README).
//!
//! Every view draws [`PER_CLASS`] samples of each class from fixed seeds; a scored view is
//! judged by the classifier beside held-out real digits of each class: the share read as asked, the
//! classes read, and the spread within a class (`judge/variety.rs`).

use std::rc::Rc;
use std::sync::Arc;

use burn::prelude::{Device, Tensor};

use crate::data::glyphs::{CLASSES, PIXELS};
use crate::data::mnist::DigitBank;
use crate::data::stream::RealStream;
use crate::families::FamilyId;
use crate::families::digit_gan::model::{DigitGan, DigitGanConfig};
pub use crate::families::digit_gan::protocol::DigitGanMeasure;
use crate::families::digit_gan::protocol::DigitGanUpdate;
use crate::judge::classifier::{Classifier, argmax};
use crate::judge::report::{RealClass, as_samples};
use crate::judge::variety::{NEAR_COPIES, relative_spread};
use crate::models::Weights;
use crate::models::keep::{KeepRuns, load_runs};
use crate::worker::lab::{Lab, NonFinite, Status, first_non_finite};

/// Digits per batch (as the shipped GAN was trained).
pub const BATCH: usize = 64;
/// Samples of each class in a view (the judged set); the first [`SHOW`] are drawn on the page.
pub const PER_CLASS: usize = 20;
pub const SHOW: usize = 6;
/// Held-out real digits of each class the samples are judged beside, and their draw's salt.
const REAL_PER_CLASS: usize = 100;
const REAL_SEED: u64 = 0x7472_6169;
/// The views' noise: the same z at every step, so a change in the grid is the model's.
const VIEW_SEED: u64 = 0x7669_6577;
/// D's learning rate; G's is `ratio` times it.
pub const D_LR: f64 = 2e-4;

/// What the page asks of the trainer: where it starts, G's learning rate over D's, the seed.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DigitGanTrainSettings {
    /// Start from new weights drawn from the seed rather than the shipped ones.
    pub fresh: bool,
    pub ratio: f64,
    pub seed: u64,
}

impl Default for DigitGanTrainSettings {
    fn default() -> Self {
        Self { fresh: false, ratio: 1.0, seed: 42 }
    }
}

/// The classifier and real digits of every class: what a view is judged with.
pub struct DigitJudge {
    clf: Classifier,
    real: Vec<RealClass>,
}

impl DigitJudge {
    pub fn new(clf: Classifier, bank: &DigitBank) -> Self {
        let real = (0..CLASSES).map(|c| RealClass::held(&clf, bank, c, REAL_PER_CLASS, REAL_SEED)).collect();
        Self { clf, real }
    }

    /// The verdict on a view: `x` is [`PER_CLASS`] samples of class 0, then of class 1, …
    pub fn measure(&self, x: &[f32], step: u64) -> DigitGanMeasure {
        let asked: Vec<usize> = view_classes();
        let (probs, features) = self.clf.predict_host(as_samples_model(x));
        let dim = self.clf.config.features;
        let mut reads = vec![0u32; CLASSES];
        let mut hits = 0;
        for (row, c) in probs.chunks(CLASSES).zip(&asked) {
            let r = argmax(row);
            reads[r] += 1;
            hits += usize::from(r == *c);
        }
        // Spread within each class, against the real digits of that class; the mean.
        let spreads: Vec<f64> = (0..CLASSES)
            .map(|c| relative_spread(&features[c * PER_CLASS * dim..(c + 1) * PER_CLASS * dim], &self.real[c].features, dim))
            .filter(|v| v.is_finite())
            .collect();
        let spread = if spreads.is_empty() { f64::NAN } else { spreads.iter().sum::<f64>() / spreads.len() as f64 };
        DigitGanMeasure {
            step,
            read_as_asked: hits as f64 / asked.len() as f64,
            spread,
            reads,
            near_copies: spread.is_finite() && spread < NEAR_COPIES,
        }
    }
}

/// Model-space pixels as the classifier's input.
fn as_samples_model(x: &[f32]) -> Tensor<2> {
    as_samples(&x.iter().map(|v| (v + 1.0) / 2.0).collect::<Vec<f32>>())
}

/// The class of each sample in a view: [`PER_CLASS`] of 0, then of 1, …
pub fn view_classes() -> Vec<usize> {
    (0..CLASSES * PER_CLASS).map(|i| i / PER_CLASS).collect()
}

/// The digit GAN trainer: its GAN, where it started, its judge and its stream of digits.
pub struct DigitGanLab {
    gan: DigitGan,
    /// The shipped weight file it continues from (None: fresh, or nothing shipped was loaded).
    start: Option<Rc<Vec<u8>>>,
    judge: Rc<DigitJudge>,
    device: Device,
    settings: DigitGanTrainSettings,
    /// Class-balanced batches of the real digits' training split.
    stream: RealStream,
    /// The last chunk's iterations and whether it drew a view.
    pending: (usize, bool),
}

impl DigitGanLab {
    /// A trainer on `device`: from the shipped file `shipped` unless `settings.fresh`.
    pub fn new(
        device: &Device,
        shipped: Option<Rc<Vec<u8>>>,
        judge: Rc<DigitJudge>,
        bank: Arc<DigitBank>,
        settings: DigitGanTrainSettings,
    ) -> Self {
        let start = shipped.filter(|_| !settings.fresh);
        let gan = Self::first(&start, device, &settings);
        let stream = RealStream::new(bank, settings.seed);
        Self { gan, start, judge, device: device.clone(), settings, stream, pending: (0, false) }
    }

    fn first(start: &Option<Rc<Vec<u8>>>, device: &Device, s: &DigitGanTrainSettings) -> DigitGan {
        let shipped = start.as_ref().and_then(|b| DigitGan::from_bytes(b, device, s.seed).ok());
        let mut gan = shipped.unwrap_or_else(|| DigitGan::init(&DigitGanConfig::new(), device, s.seed));
        gan.config.d_lr = D_LR;
        gan.config.g_lr = D_LR * s.ratio;
        gan
    }

    /// G's learning rate over D's from the next iteration on (the game goes on).
    pub fn set_ratio(&mut self, ratio: f64) {
        self.settings.ratio = ratio;
        self.gan.config.g_lr = D_LR * ratio;
    }
}

impl Lab for DigitGanLab {
    const ID: FamilyId = FamilyId::DigitGan;
    type Report = DigitGanUpdate;

    fn steps(&self) -> Vec<u64> {
        vec![self.gan.steps_done()]
    }

    /// `n` iterations' D losses, then their G losses, then (with `view`) the view's pixels.
    fn enqueue(&mut self, n: usize, view: bool) -> Option<Tensor<1>> {
        let (mut d, mut g) = (Vec::with_capacity(n), Vec::with_capacity(n));
        for _ in 0..n {
            let (pixels, labels) = self.stream.next(BATCH);
            let st = self.gan.step(&pixels, &labels);
            d.push(st.d_loss);
            g.push(st.g_loss);
        }
        let mut parts = [d, g].concat();
        if view {
            parts.push(self.gan.sample(&view_classes(), VIEW_SEED).reshape([-1]));
        }
        self.pending = (n, view);
        (!parts.is_empty()).then(|| Tensor::cat(parts, 0))
    }

    fn read(&mut self, flat: &[f32], score: bool, status: Status) -> Result<DigitGanUpdate, NonFinite> {
        let steps = self.gan.steps_done();
        let n = self.pending.0.min(flat.len() / 2);
        let (losses, x) = flat.split_at(2 * n);
        if let Some((k, value)) = first_non_finite(losses) {
            let what = if k < n { "what-d-loss" } else { "what-g-loss" };
            return Err(NonFinite { run: 0, step: steps - n as u64 + (k % n.max(1)) as u64 + 1, what, value });
        }
        if let Some((_, value)) = first_non_finite(x) {
            return Err(NonFinite { run: 0, step: steps, what: "what-generated-images", value });
        }
        let viewed = x.len() == CLASSES * PER_CLASS * PIXELS;
        let shown = viewed.then(|| ink(x));
        let measure = (viewed && score).then(|| self.judge.measure(x, steps));
        Ok(DigitGanUpdate::Training {
            steps,
            d_loss: losses[..n].to_vec(),
            g_loss: losses[n..].to_vec(),
            steps_per_sec: status.steps_per_sec,
            running: status.running,
            fresh: self.start.is_none(),
            ratio: self.settings.ratio,
            shown,
            measure,
        })
    }

    fn reset(&mut self) {
        self.gan = Self::first(&self.start, &self.device, &self.settings);
        self.stream.restart(self.settings.seed);
    }
}

/// The first [`SHOW`] samples of each class as 8-bit ink (0 white, 255 black), class by class.
fn ink(x: &[f32]) -> Vec<u8> {
    x.chunks(PER_CLASS * PIXELS)
        .flat_map(|class| class[..SHOW * PIXELS].iter().map(|v| ((v.clamp(-1.0, 1.0) + 1.0) * 127.5).round() as u8))
        .collect()
}

impl KeepRuns for DigitGanLab {
    fn kept_pieces(&self) -> (Vec<Tensor<1>>, Vec<u64>) {
        (self.gan.weight_pieces(), vec![self.gan.steps_done()])
    }

    fn load_kept(&mut self, values: &[f32], steps: &[u64]) -> Result<(), String> {
        let mut step = self.gan.steps_done();
        load_runs([(&mut self.gan, &mut step)].into_iter(), values, steps)
    }

    fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        self.gan.carry(c);
        self.stream.carry(c);
    }
}
