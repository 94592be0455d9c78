//! GAN training sessions: one or two runs (side by side) on the same data and seed, trained in
//! lock-step. Pure (no browser APIs): the native tests drive exactly what the worker drives.
//!
//! A chunk enqueues `n` iterations per run and, optionally, each run's view; everything is
//! concatenated into one tensor so the worker reads the device back once per chunk.

use burn::prelude::{Device, Tensor};
use serde::{Deserialize, Serialize};

use crate::families::gan::model::{Gan, GanConfig};
use crate::families::gan::view::{GanView, ViewSpec};
use crate::metrics::grid_js;
use crate::models::Batcher;
use crate::quality::{QualityBar, Reference, evaluate};

/// Fakes drawn (and scored) per view.
pub const VIEW_FAKES: usize = 2000;
/// Cells per axis of the grid JS divergence.
pub const JS_BINS: usize = 20;

/// One run's settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GanRunConfig {
    pub model: GanConfig,
    pub batch: usize,
}

impl Default for GanRunConfig {
    fn default() -> Self {
        Self { model: GanConfig::new(), batch: 128 }
    }
}

/// Which network(s) an iteration updates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    #[default]
    Both,
    DOnly,
    GOnly,
}

/// Per-iteration values of one run since the last report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GanCurves {
    pub d_loss: Vec<f32>,
    pub g_loss: Vec<f32>,
    pub g_grad_norm: Vec<f32>,
}

/// The mode-collapse meter of one view.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GanMeter {
    /// Per-mode share, near share, MMD², Fréchet (the shared metrics).
    pub quality: crate::quality::Quality,
    /// Jensen–Shannon divergence on a `JS_BINS²` grid over the view (nats, ≤ ln 2).
    pub js: f64,
}

/// What one run reports after a chunk.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GanRunReport {
    pub step: u64,
    pub curves: GanCurves,
    pub view: Option<GanView>,
    pub meter: Option<GanMeter>,
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Slot {
    D,
    G,
    Norm,
}

/// One GAN run: model, batcher, iteration counter and its fixed view noise.
#[derive(Clone)]
pub struct GanSession {
    pub config: GanRunConfig,
    pub step: u64,
    pub spec: ViewSpec,
    pub(crate) gan: Gan,
    pub(crate) batcher: Batcher,
    pub(crate) slots: Vec<Slot>,
}

/// Half-width of the square the views cover: every data point with 10 % headroom, at least 3
/// (the same rule as the page's scatter frame).
pub fn view_half(points: &[[f32; 2]]) -> f32 {
    let max = points.iter().flat_map(|p| [p[0].abs(), p[1].abs()]).filter(|v| v.is_finite()).fold(3.0f32, f32::max);
    (max * 1.1 * 2.0).ceil() / 2.0
}

impl GanSession {
    pub fn new(device: &Device, points: &[[f32; 2]], seed: u64, config: GanRunConfig) -> Self {
        let spec = ViewSpec::new(seed, config.model.noise_dim, VIEW_FAKES, view_half(points));
        Self {
            gan: Gan::init(&config.model, device, seed),
            batcher: Batcher::new(points.to_vec(), seed),
            config,
            step: 0,
            spec,
            slots: Vec::new(),
        }
    }

    /// Enqueues `n` iterations of `phase`; their losses stay on the device until `take`.
    pub(crate) fn run(&mut self, n: usize, phase: Phase, out: &mut Vec<Tensor<1>>) {
        let b = self.config.batch.max(1);
        for _ in 0..n {
            if phase != Phase::GOnly {
                for _ in 0..self.config.model.d_steps.max(1) {
                    let real = self.batcher.next(b);
                    out.push(self.gan.step_d(&real));
                    self.slots.push(Slot::D);
                }
            }
            if phase != Phase::DOnly {
                let (loss, norm) = self.gan.step_g(b);
                out.extend([loss, norm]);
                self.slots.extend([Slot::G, Slot::Norm]);
            }
            self.step += 1;
        }
    }
}

/// Scores flat fakes `[x, y, …]` against the reference.
pub fn meter(fakes: &[f32], reference: &Reference, half: f32, step: u64) -> GanMeter {
    let pts: Vec<[f32; 2]> = fakes.chunks_exact(2).map(|c| [c[0], c[1]]).collect();
    let quality = evaluate(&pts, reference, &QualityBar::default(), step);
    GanMeter { quality, js: grid_js(&pts, &reference.points, JS_BINS, half) }
}

/// What the worker keeps of it while a GPU trains (`models/keep.rs`): every weight.
impl crate::models::Weights for crate::families::gan::model::Gan {
    fn weight_pieces(&self) -> Vec<burn::prelude::Tensor<1>> {
        [crate::models::params::pieces(&self.g), crate::models::params::pieces(&self.d)].concat()
    }

    fn load_weights(&mut self, values: &mut &[f32], steps: u64) -> Result<(), String> {
        self.g = crate::models::params::load_flat(self.g.clone(), values)?;
        self.d = crate::models::params::load_flat(self.d.clone(), values)?;
        crate::models::keep::reseed(&mut self.rng, steps);
        Ok(())
    }
}

impl crate::families::gan::model::Gan {
    /// Its optimisers's state and random streams, saved or opened exactly (`models/carry.rs`).
    pub(crate) fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        crate::models::carry::optim(c, &mut self.g, &mut self.opt_g);
        crate::models::carry::optim(c, &mut self.d, &mut self.opt_d);
        c.rng(&mut self.rng);
        self.sample_noise.carry(c);
    }
}
