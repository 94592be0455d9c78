//! Messages between the page and the training worker: commands in, updates out. Updates carry
//! plain vectors and numbers, never tensors. Both travel as JSON strings.

use serde::{Deserialize, Serialize};

use crate::device::{Backend, DeviceChoice};
use crate::families::diffusion::chain::Sampler;
use crate::families::images::scores::ImageScores;
use crate::quality::{Quality, Reference};
use crate::families::gan::runs::{GanRunConfig, GanRunReport, Phase};
use crate::worker::lab::FamilyId;
use crate::families::diffusion::lab::SessionConfig;
use crate::families::vae::lab::{VaeRunConfig, VaeRunReport};

/// Page → worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Command {
    /// Pick (or re-pick) the device; `Auto` runs the measured probe.
    Init { device: DeviceChoice },
    /// Replace the training data, the reference the samples are scored against, and the seed;
    /// resets the model.
    SetData { points: Vec<[f32; 2]>, reference: Reference, seed: u64 },
    /// Change the model, schedule or optimiser settings; resets the model.
    Configure { config: SessionConfig },
    /// Train continuously until `Pause`.
    Start,
    Pause,
    /// Train exactly `n` steps, then report.
    Step { n: u32 },
    /// Fresh weights from the seed.
    Reset,
    /// Draw `n` samples from the current model.
    Sample { n: usize },
    /// Run the reverse chain for `n` points and send about `frames` frames of x_t and x̂_0.
    Chain { n: usize, sampler: Sampler, frames: usize },
    /// The model's ε̂ on a `grid × grid` lattice over `[-half, half]²` at timestep `t`.
    Field { t: usize, half: f32, grid: usize },
    /// GAN page: (re)build its runs (1, or 2 side by side) on the current data and seed.
    GanSetup { runs: Vec<GanRunConfig> },
    /// Train the GAN runs in lock-step until `GanPause`, at most `speed` iterations per
    /// second (0: as fast as the device goes). Pauses the diffusion model.
    GanStart { speed: u32 },
    GanPause,
    /// Run `n` iterations of `phase` (D only, G only, or both), then report.
    GanStep { n: u32, phase: Phase },
    /// Fresh GAN weights from the seed.
    GanReset,
    /// VAE page: (re)build its runs (1 or 2) on the current data and seed; prior samples are
    /// decoded at z = temperature · ε.
    VaeSetup { runs: Vec<VaeRunConfig>, temperature: f32 },
    VaeStart,
    VaePause,
    VaeStep { n: u32 },
    VaeReset,
    /// Re-render the views with another prior temperature (no training).
    VaeTemperature { temperature: f32 },
    /// Draw the prior samples anew (the `draw`-th draw after the seed's own; 0 = the seed's).
    VaeResample { draw: u64 },
    /// Decode one latent point with every run (the latent pad).
    VaeDecode { z: [f32; 2] },
    /// Image page: fetch and load the shipped denoiser and classifier (`www/models/`).
    ImageLoad,
    /// Denoise one image per entry of `classes` (None: unconditional) from pure noise with
    /// guidance weight `guidance`, keeping about `frames` frames; the finished images are
    /// classified. Cancels a running chain or measurement.
    ImageChain { classes: Vec<Option<usize>>, sampler: Sampler, guidance: f64, seed: u64, frames: usize },
    /// Sample one image per entry of `classes` (at most 1,000) and score them with the
    /// classifier, beside real digits of the same classes and pure noise at the same n.
    ImageScore { classes: Vec<Option<usize>>, sampler: Sampler, guidance: f64, seed: u64 },
    /// Stop the running chain or measurement.
    ImageCancel,
    /// Train the image DDPM in the worker until `ImageTrainPause`: continue from the shipped
    /// weights, or (`fresh`) from new ones drawn from the seed.
    ImageTrain { fresh: bool, batch: usize, seed: u64 },
    ImageTrainPause,
    /// Sample with the model trained here (its moving average) or with the shipped one.
    ImageUseTrained { trained: bool },
    /// Load the family's last good weights after it diverged (or its seed's start when none
    /// were kept); it stays paused.
    Restore { family: FamilyId },
    /// Test hook: make the worker panic, to check that a crash is reported and recoverable.
    Crash,
    /// Test hook: act as if the GPU device were lost (only when running on WebGPU).
    LoseDevice,
}

/// One device's measured speed in the probe.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProbeResult {
    pub backend: Backend,
    /// Training steps per second after warm-up (2×64 MLP, batch 256).
    pub steps_per_sec: f64,
    /// Time of the first step, shader compilation included, in ms.
    pub first_step_ms: f64,
}

/// Worker → page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Update {
    /// The worker's module is loaded and takes commands.
    Ready,
    /// What the worker is doing while it cannot train yet ("Starting WebGPU…").
    Status { message: String },
    /// The device in use, why, and the probe's figures.
    Device {
        backend: Backend,
        probe: Vec<ProbeResult>,
        notice: Option<String>,
        /// The models went on with weights kept from the lost GPU (not rebuilt from the seed):
        /// the page keeps its curves.
        #[serde(default)]
        kept: bool,
    },
    /// Training progress: the losses of the steps run since the last update, and the settings
    /// the current model is being trained with.
    Progress { step: u64, losses: Vec<f32>, steps_per_sec: f64, running: bool, config: SessionConfig },
    /// Sample quality (the shared metrics) of a quick sample, measured during training.
    Metrics { quality: Quality },
    /// A reverse chain. `data` holds every frame's x_t, then every frame's x̂_0, each frame
    /// `n` points as `[x, y]`; it travels beside the JSON as a Float32Array, not inside it.
    Chain {
        n: usize,
        ts: Vec<usize>,
        sampler: Sampler,
        step: u64,
        /// Time the worker took to run the chain and read it back, in ms: without scoring and
        /// the transfer to the page.
        #[serde(default)]
        ms: f64,
        #[serde(skip)]
        data: Vec<f32>,
    },
    /// ε̂ on a lattice: `points` and `eps` as `[x, y, …]`.
    Field { t: usize, points: Vec<f32>, eps: Vec<f32>, alpha_bar: f64 },
    /// Samples as `[x0, y0, x1, y1, …]`.
    Samples { points: Vec<f32>, step: u64 },
    /// GAN progress: per run, the losses and gradient norms since the last update, the latest
    /// view and its mode-collapse meter; `half` is the half-width of the viewed square.
    Gan { runs: Vec<GanRunReport>, configs: Vec<GanRunConfig>, running: bool, steps_per_sec: f64, half: f32 },
    /// VAE progress: per run, the loss terms since the last update, the view and the metrics
    /// of decoded prior samples.
    Vae { runs: Vec<VaeRunReport>, configs: Vec<VaeRunConfig>, running: bool, steps_per_sec: f64, temperature: f32 },
    /// Each run's decoded point for latent `z`.
    VaeDecoded { z: [f32; 2], points: Vec<[f32; 2]> },
    /// The image denoiser: loaded (with its parameter count and file size) or why not.
    ImageModel { loaded: bool, params: usize, bytes: usize, message: String },
    /// Bytes of the model files fetched so far, of `total` (0 when the size is unknown).
    ImageLoading { done: usize, total: usize },
    /// The running image task was cancelled: no more progress will come for it.
    ImageStopped,
    /// A long image task (`"chain"` or `"score"`) has done `done` of `total` denoising steps.
    ImageProgress { task: String, done: usize, total: usize, ms: f64 },
    /// An image reverse chain: `data` holds every frame's x_t, then every frame's x̂_0, each
    /// frame `n × 784` pixels in [−1, 1]; it travels beside the JSON as a Float32Array.
    /// `predicted`: the classifier's class and confidence for each finished image.
    ImageChain {
        n: usize,
        /// Denoising steps the chain took (`ts` lists only the kept frames).
        steps: usize,
        ts: Vec<usize>,
        classes: Vec<Option<usize>>,
        guidance: f64,
        sampler: Sampler,
        ms: f64,
        predicted: Vec<(u8, f32)>,
        model: String,
        #[serde(skip)]
        data: Vec<f32>,
    },
    /// The scorecard of sampled images (`classes` says what was asked for), with real digits
    /// and noise scored at the same n.
    ImageScored { classes: String, guidance: f64, sampler: Sampler, ms: f64, model: String, samples: ImageScores, real: ImageScores, noise: ImageScores },
    /// Training in the browser: steps so far, the losses since the last update, the speed.
    ImageTraining { steps: u64, losses: Vec<f32>, steps_per_sec: f64, running: bool, trained_in_use: bool, fresh: bool },
    /// A family's numbers became NaN or infinite: it paused in the same chunk. `message` says
    /// who, when, what and what Restore does; `restore_step` is where Restore goes back to.
    Diverged { family: FamilyId, message: String, restore_step: u64 },
    /// Something failed; `fatal` means the worker must be restarted.
    Error { message: String, fatal: bool },
}

impl Command {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl Update {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The update as CBOR, the worker → page encoding: unlike JSON it carries NaN and ±∞ as
    /// themselves, so a non-finite number can never make a message unreadable.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // Writing into a Vec cannot fail; a type that refuses to serialise would be a bug here.
        let _ = ciborium::into_writer(self, &mut out);
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        ciborium::from_reader(bytes).map_err(|e| e.to_string())
    }
}
