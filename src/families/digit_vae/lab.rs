//! Training the 2-D digit VAE in the browser, as a [`Lab`] like every other family: continue
//! from the shipped weights (`digits-vae2d.bin`) or start from fresh ones, on the real digits'
//! training split, n steps per chunk with one readback. The one loop (`worker/run.rs`) paces it, keeps
//! its weights and catches a non-finite loss.
//!
//! The objective is `model.rs`'s negative ELBO with one knob, the KL weight β (Higgins et al.
//! 2017, "β-VAE", ICLR):
//!   L(x) = E_q(z|x)[−log p(x | z)] + β · KL(q(z | x) ‖ N(0, I)).
//! β = 1 is the ELBO the shipped VAE was trained with. β = 0 leaves reconstruction alone:
//! nothing pulls the codes towards the prior, they spread apart and the plane between them
//! decodes to nothing — the autoencoder's holes, grown from a VAE. A large β pulls every code
//! onto the prior's mean: the classes' codes pile up and the decoder draws an average digit
//! (posterior collapse; Bowman et al. 2016, arXiv:1511.06349).
//!
//! Every view is the latent plane (`lineup/plane.rs`) over the prior's 3σ square [−3, 3]²,
//! where the prior draws 99 % of its samples: the codes μ(x) of the plane's held-out real digits, and
//! the decoder's image of a grid of codes. A scored view is measured there: the share of the
//! grid's cells no code falls in (holes the prior still samples), the share of grid codes the
//! classifier reads as a digit with p ≥ 0.9 and how many classes those cover (a plane of one
//! blurred digit can be read surely, as one class), and the share of codes outside the square.

use std::rc::Rc;
use std::sync::Arc;

use burn::prelude::{Device, Tensor};

use crate::data::glyphs::{CLASSES, PIXELS};
use crate::data::mnist::DigitBank;
use crate::data::stream::RealStream;
use crate::families::FamilyId;
use crate::families::digit_vae::model::{DigitVae, DigitVaeConfig};
use crate::families::digit_vae::protocol::{DigitVaeMeasure, DigitVaePlane, DigitVaeUpdate};
use crate::judge::classifier::{Classifier, argmax};
use crate::judge::report::as_samples;
use crate::lineup::plane::{GRID, SURE, VAE_HALF, empty_share, grid_points, real_digits, sure_share};
use crate::models::Weights;
use crate::models::keep::{KeepRuns, load_runs};
use crate::worker::lab::{Lab, NonFinite, Status, first_non_finite};

/// Digits per batch (as the shipped VAE was trained).
pub const BATCH: usize = 64;

/// What the page asks of the trainer: where it starts, the KL weight, the seed.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DigitVaeTrainSettings {
    /// Start from new weights drawn from the seed rather than the shipped ones.
    pub fresh: bool,
    pub beta: f64,
    pub seed: u64,
}

impl Default for DigitVaeTrainSettings {
    fn default() -> Self {
        Self { fresh: false, beta: 1.0, seed: 42 }
    }
}

/// The 2-D VAE trainer: its VAE, where it started, the classifier, the real digits whose codes
/// are shown, and its stream of training digits.
pub struct DigitVaeLab {
    vae: DigitVae,
    /// The shipped weight file it continues from (None: fresh, or nothing shipped was loaded).
    start: Option<Rc<Vec<u8>>>,
    clf: Rc<Classifier>,
    device: Device,
    settings: DigitVaeTrainSettings,
    /// Class-balanced batches of the real digits' training split.
    stream: RealStream,
    /// The plane's real digits (pixels in [0, 1]) and their classes.
    real: (Vec<f32>, Vec<u8>),
    /// The last chunk's steps and whether it drew a view.
    pending: (usize, bool),
    /// The mean reconstruction and KL terms of the last chunk that trained: a view drawn
    /// without steps (on pause) reports these, not "not measured".
    terms: (Option<f64>, Option<f64>),
}

impl DigitVaeLab {
    /// A trainer on `device`: from the shipped file `shipped` unless `settings.fresh`.
    pub fn new(
        device: &Device,
        shipped: Option<Rc<Vec<u8>>>,
        clf: Rc<Classifier>,
        bank: Arc<DigitBank>,
        settings: DigitVaeTrainSettings,
    ) -> Self {
        let start = shipped.filter(|_| !settings.fresh);
        let vae = Self::first(&start, device, &settings);
        let stream = RealStream::new(bank.clone(), settings.seed);
        let real = real_digits(&bank, settings.seed);
        Self { vae, start, clf, device: device.clone(), settings, stream, real, pending: (0, false), terms: (None, None) }
    }

    fn first(start: &Option<Rc<Vec<u8>>>, device: &Device, s: &DigitVaeTrainSettings) -> DigitVae {
        let shipped = start.as_ref().and_then(|b| DigitVae::from_bytes(b, device, s.seed).ok());
        let mut vae = shipped.unwrap_or_else(|| DigitVae::init(&DigitVaeConfig::new(), device, s.seed));
        vae.config.beta = s.beta;
        vae
    }

    /// The KL weight from the next step on (training goes on).
    pub fn set_beta(&mut self, beta: f64) {
        self.settings.beta = beta;
        self.vae.config.beta = beta;
    }

    /// The plane's measurements of a view read back: its codes and its decoded grid (in
    /// [−1, 1]); the classifier reads the grid.
    fn measure(&mut self, codes: &[f32], grid: &[f32], step: u64, recon: &[f32], kl: &[f32]) -> DigitVaeMeasure {
        let ink: Vec<f32> = grid.iter().map(|v| (v + 1.0) / 2.0).collect();
        let (probs, _) = self.clf.predict_host(as_samples(&ink));
        let mean = |v: &[f32]| (!v.is_empty()).then(|| v.iter().map(|x| *x as f64).sum::<f64>() / v.len() as f64);
        if !recon.is_empty() {
            self.terms = (mean(recon), mean(kl));
        }
        let outside = codes.chunks_exact(2).filter(|c| c[0].abs() > VAE_HALF || c[1].abs() > VAE_HALF).count();
        let outside = outside as f64 / (codes.len() / 2).max(1) as f64;
        // The classes the sure decodes cover: one blurred digit everywhere is one class.
        let mut seen = [false; CLASSES];
        for row in probs.chunks_exact(CLASSES).filter(|r| r.iter().cloned().fold(0.0, f32::max) >= SURE) {
            seen[argmax(row)] = true;
        }
        let classes = seen.iter().filter(|s| **s).count() as u32;
        DigitVaeMeasure {
            step,
            empty: empty_share(codes, VAE_HALF, GRID),
            sure: sure_share(&probs),
            classes,
            outside,
            recon: self.terms.0,
            kl: self.terms.1,
        }
    }
}

impl Lab for DigitVaeLab {
    const ID: FamilyId = FamilyId::DigitVae;
    type Report = DigitVaeUpdate;

    fn steps(&self) -> Vec<u64> {
        vec![self.vae.steps_done()]
    }

    /// `n` steps' reconstruction losses, then their KL terms, then (with `view`) the codes of
    /// the real digits and the decoded grid.
    fn enqueue(&mut self, n: usize, view: bool) -> Option<Tensor<1>> {
        let (mut recon, mut kl) = (Vec::with_capacity(n), Vec::with_capacity(n));
        for _ in 0..n {
            let (pixels, labels) = self.stream.next(BATCH);
            let st = self.vae.step(&pixels, &labels);
            recon.push(st.recon);
            kl.push(st.kl);
        }
        let mut parts = [recon, kl].concat();
        if view {
            parts.push(self.vae.encode_tensors(&self.real.0, &[]).0.reshape([-1]));
            parts.push(self.vae.decode(&grid_points(VAE_HALF, GRID), &[]).reshape([-1]));
        }
        self.pending = (n, view);
        (!parts.is_empty()).then(|| Tensor::cat(parts, 0))
    }

    fn read(&mut self, flat: &[f32], score: bool, status: Status) -> Result<DigitVaeUpdate, NonFinite> {
        let steps = self.vae.steps_done();
        let n = self.pending.0.min(flat.len() / 2);
        let (losses, view) = flat.split_at(2 * n);
        if let Some((k, value)) = first_non_finite(losses) {
            let what = if k < n { "what-recon-loss" } else { "what-kl" };
            return Err(NonFinite { run: 0, step: steps - n as u64 + (k % n.max(1)) as u64 + 1, what, value });
        }
        if let Some((_, value)) = first_non_finite(view) {
            return Err(NonFinite { run: 0, step: steps, what: "what-codes-images", value });
        }
        let (recon, kl) = losses.split_at(n);
        let n_codes = 2 * self.real.1.len();
        let plane = (self.pending.1 && view.len() == n_codes + GRID * GRID * PIXELS).then(|| {
            let (codes, grid) = view.split_at(n_codes);
            let measure = score.then(|| self.measure(codes, grid, steps, recon, kl));
            let ink = grid.iter().map(|v| ((v.clamp(-1.0, 1.0) + 1.0) * 127.5).round() as u8).collect();
            DigitVaePlane { codes: codes.to_vec(), labels: self.real.1.clone(), grid: ink, measure }
        });
        Ok(DigitVaeUpdate::Training {
            steps,
            recon: recon.to_vec(),
            kl: kl.to_vec(),
            steps_per_sec: status.steps_per_sec,
            running: status.running,
            fresh: self.start.is_none(),
            beta: self.settings.beta,
            plane,
        })
    }

    fn reset(&mut self) {
        self.vae = Self::first(&self.start, &self.device, &self.settings);
        self.stream.restart(self.settings.seed);
        self.terms = (None, None);
    }
}

impl KeepRuns for DigitVaeLab {
    fn kept_pieces(&self) -> (Vec<Tensor<1>>, Vec<u64>) {
        (self.vae.weight_pieces(), vec![self.vae.steps_done()])
    }

    fn load_kept(&mut self, values: &[f32], steps: &[u64]) -> Result<(), String> {
        let mut step = self.vae.steps_done();
        load_runs([(&mut self.vae, &mut step)].into_iter(), values, steps)
    }

    fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        self.vae.carry(c);
        self.stream.carry(c);
    }
}
