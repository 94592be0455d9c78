//! What the page keeps of the VAE runs: loss-term histories, the latest view and metrics, and
//! the latent pad's decoded point.

use crate::state::family::FamilyView;
use crate::state::shared::Shared;
use serde::Serialize;

use crate::families::vae::protocol::VaeUpdate;
use crate::families::vae::runs::{VaeRunConfig, VaeRunReport, VaeView};
use crate::i18n::Msg;
use crate::quality::Quality;
use crate::state::series::{push_capped, rewind};

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct VaeRunView {
    pub step: u64,
    pub mse: Vec<f32>,
    pub kl: Vec<f32>,
    /// Shared, not copied, when the reducer copies the state.
    pub view: Option<Shared<VaeView>>,
    pub quality: Option<Quality>,
    /// The last step the curves reach.
    pub top: u64,
}

/// The latent pad: a latent point and what each run decodes it to.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Decoded {
    pub z: [f32; 2],
    pub points: Vec<[f32; 2]>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct VaePageView {
    pub runs: Vec<VaeRunView>,
    pub configs: Vec<VaeRunConfig>,
    pub running: bool,
    pub steps_per_sec: f64,
    pub temperature: f32,
    pub decoded: Option<Decoded>,
}

/// What the VAE page asks of the reducer: its runs' settings moved.
pub enum Act {
    Set(crate::families::vae::url::VaeUrl),
}

impl FamilyView for VaePageView {
    const ON_POINTS: bool = true;
    type Update = VaeUpdate;
    type Url = crate::families::vae::url::VaeUrl;
    type Act = Act;

    /// Folds one update in. True when every run reports the seed's start (a reset, a rebuild).
    fn fold(&mut self, u: VaeUpdate, _notices: &mut Vec<Msg>) -> bool {
        match u {
            VaeUpdate::Progress { runs, configs, running, steps_per_sec, temperature } => {
                let fresh = runs.iter().all(|r| r.step == 0);
                self.apply(runs, configs, running, steps_per_sec, temperature);
                fresh
            }
            VaeUpdate::Decoded { z, points } => {
                self.decoded = Some(Decoded { z, points });
                false
            }
        }
    }

    fn act(_: &mut Shared<Self>, url: &mut Self::Url, act: Act) {
        let Act::Set(u) = act;
        *url = u;
    }

    /// Training goes on from older steps (one per run): the curves are cut back to them.
    fn rewind_to(&mut self, steps: &[u64]) {
        for (view, &s) in self.runs.iter_mut().zip(steps) {
            rewind(&mut view.mse, view.top, s);
            rewind(&mut view.kl, view.top, s);
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
        self.runs.iter().flat_map(|r| [r.mse.clone(), r.kl.clone()]).collect()
    }

    fn set_curves(&mut self, curves: &[Vec<f32>]) {
        if curves.len() == 2 * self.runs.len() {
            for (r, c) in self.runs.iter_mut().zip(curves.chunks(2)) {
                (r.mse, r.kl) = (c[0].clone(), c[1].clone());
            }
        }
    }
}

impl VaePageView {
    pub fn apply(&mut self, runs: Vec<VaeRunReport>, configs: Vec<VaeRunConfig>, running: bool, steps_per_sec: f64, temperature: f32) {
        if configs != self.configs || runs.len() != self.runs.len() {
            self.runs = vec![VaeRunView::default(); runs.len()];
        }
        (self.configs, self.running, self.steps_per_sec, self.temperature) = (configs, running, steps_per_sec, temperature);
        for (view, r) in self.runs.iter_mut().zip(runs) {
            // A lower step without a reset is a copy from the training history being viewed.
            if r.step == 0 {
                *view = VaeRunView::default();
            }
            view.step = r.step;
            view.top = view.top.max(r.step);
            push_capped(&mut view.mse, &r.mse);
            push_capped(&mut view.kl, &r.kl);
            if r.view.is_some() {
                view.view = r.view.map(Shared::new);
            }
            // Measured about once a second: kept (with its step) until the next measurement.
            if r.quality.is_some() {
                view.quality = r.quality;
            }
        }
    }
}
