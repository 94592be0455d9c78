//! What the page keeps of the GAN runs: loss and gradient-norm histories, the latest view and
//! the mode-collapse meter over training, per run.

use crate::state::family::FamilyView;
use crate::state::shared::Shared;
use serde::Serialize;

use crate::families::gan::protocol::GanUpdate;
use crate::families::gan::runs::{GanMeter, GanRunConfig, GanRunReport};
use crate::families::gan::view::GanView;
use crate::i18n::Msg;
use crate::state::series::{push_capped, rewind};

/// One point of the meter's history.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MeterPoint {
    pub step: u64,
    pub shares: Vec<f32>,
    pub js: f64,
    pub frechet: f64,
}

/// One run as the page shows it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct GanRunView {
    pub step: u64,
    pub d_loss: Vec<f32>,
    pub g_loss: Vec<f32>,
    pub g_grad_norm: Vec<f32>,
    /// Shared, not copied, when the reducer copies the state.
    pub view: Option<Shared<GanView>>,
    pub meter: Option<GanMeter>,
    pub history: Vec<MeterPoint>,
    /// The last step the curves reach.
    pub top: u64,
}

/// The GAN page's snapshot of the worker.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct GanPageView {
    pub runs: Vec<GanRunView>,
    /// Settings the worker's runs were built with.
    pub configs: Vec<GanRunConfig>,
    pub running: bool,
    pub steps_per_sec: f64,
    pub half: f32,
}

/// What the GAN page asks of the reducer: its runs' settings moved.
pub enum Act {
    Set(crate::families::gan::url::GanUrl),
}

impl FamilyView for GanPageView {
    const ON_POINTS: bool = true;
    type Update = GanUpdate;
    type Url = crate::families::gan::url::GanUrl;
    type Act = Act;

    /// Folds one update in. True when every run reports the seed's start (a reset, a rebuild).
    fn fold(&mut self, u: GanUpdate, _notices: &mut Vec<Msg>) -> bool {
        let GanUpdate::Progress { runs, configs, running, steps_per_sec, half } = u;
        let fresh = runs.iter().all(|r| r.step == 0);
        self.apply(runs, configs, running, steps_per_sec, half);
        fresh
    }

    fn act(_: &mut Shared<Self>, url: &mut Self::Url, act: Act) {
        let Act::Set(u) = act;
        *url = u;
    }

    /// Training goes on from older steps (one per run): the curves are cut back to them.
    fn rewind_to(&mut self, steps: &[u64]) {
        for (view, &s) in self.runs.iter_mut().zip(steps) {
            for curve in [&mut view.d_loss, &mut view.g_loss, &mut view.g_grad_norm] {
                rewind(curve, view.top, s);
            }
            view.history.retain(|p| p.step <= s);
            (view.top, view.step) = (s, s);
        }
    }

    fn stop(&mut self) {
        self.running = false;
    }

    fn trained(&self) -> u64 {
        self.runs.iter().map(|r| r.step).max().unwrap_or(0)
    }

    fn curves(&self) -> Vec<Vec<f32>> {
        self.runs.iter().flat_map(|r| [r.d_loss.clone(), r.g_loss.clone(), r.g_grad_norm.clone()]).collect()
    }

    fn set_curves(&mut self, curves: &[Vec<f32>]) {
        if curves.len() == 3 * self.runs.len() {
            for (r, c) in self.runs.iter_mut().zip(curves.chunks(3)) {
                (r.d_loss, r.g_loss, r.g_grad_norm) = (c[0].clone(), c[1].clone(), c[2].clone());
            }
        }
    }
}

impl GanPageView {
    /// Folds one worker update in; a report at step 0 (a reset) starts the run afresh.
    pub fn apply(&mut self, runs: Vec<GanRunReport>, configs: Vec<GanRunConfig>, running: bool, steps_per_sec: f64, half: f32) {
        if configs != self.configs || runs.len() != self.runs.len() {
            self.runs = vec![GanRunView::default(); runs.len()];
        }
        (self.configs, self.running, self.steps_per_sec, self.half) = (configs, running, steps_per_sec, half);
        for (view, r) in self.runs.iter_mut().zip(runs) {
            // A lower step without a reset is a copy from the training history being viewed:
            // the curves stay (`rewind_to` cuts them when training goes on from there).
            if r.step == 0 {
                *view = GanRunView::default();
            }
            view.step = r.step;
            view.top = view.top.max(r.step);
            push_capped(&mut view.d_loss, &r.curves.d_loss);
            push_capped(&mut view.g_loss, &r.curves.g_loss);
            push_capped(&mut view.g_grad_norm, &r.curves.g_grad_norm);
            if let Some(m) = &r.meter {
                let point = MeterPoint { step: r.step, shares: m.quality.shares.clone(), js: m.js, frechet: m.quality.frechet };
                // In step order: a copy from the past shows its meter but adds no point.
                if view.history.last().is_none_or(|p| p.step < r.step) {
                    view.history.push(point);
                }
                if view.history.len() > 600 {
                    let keep: Vec<MeterPoint> = view.history.iter().step_by(2).cloned().collect();
                    view.history = keep;
                }
            }
            if r.view.is_some() {
                view.view = r.view.map(Shared::new);
            }
            // The meter is measured about once a second, the view ten times: a view without a
            // meter keeps the last measurement (it names the iteration it was taken at).
            if r.meter.is_some() {
                view.meter = r.meter;
            }
        }
    }
}

/// Modes that get at least a fifth of their true share, and the number of modes: a mode
/// below that is "dropped" (on 50/50 clusters: under 0.1 of the samples).
pub fn covered_modes(shares: &[f32], weights: &[f32]) -> (usize, usize) {
    let covered = shares.iter().zip(weights).filter(|(s, w)| **s >= **w / 5.0).count();
    (covered, weights.len())
}
