//! What the page keeps of flow matching ([`FlowPageView`]): plain snapshots of what the worker
//! computed — progress, live quality, the last ODE solve, velocity field and density.

use crate::families::flow::chain::FlowSampler;
use crate::families::flow::config::FlowConfig;
use crate::families::flow::protocol::FlowUpdate;
use crate::i18n::Msg;
use crate::quality::Quality;
use crate::state::family::FamilyView;
use crate::state::series::{pairs, push_capped, rewind};
use crate::state::shared::Shared;

/// An ODE solve received from the worker: frames of `n` points each.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FlowChainView {
    pub n: usize,
    pub times: Vec<f32>,
    pub sampler: FlowSampler,
    pub step: u64,
    pub ms: f64,
    pub straightness: f64,
    pub xt: Vec<[f32; 2]>,
    pub x0: Vec<[f32; 2]>,
}

impl FlowChainView {
    /// Points of frame `f` (x_t, or x̂_0 when `predicted`).
    pub fn frame(&self, f: usize, predicted: bool) -> &[[f32; 2]] {
        let f = f.min(self.times.len().saturating_sub(1));
        let all = if predicted { &self.x0 } else { &self.xt };
        &all[f * self.n..(f + 1) * self.n]
    }
}

/// The learned velocity at one t.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct VelocityView {
    pub t: f32,
    pub points: Vec<[f32; 2]>,
    pub v: Vec<[f32; 2]>,
}

/// The model's density on a lattice and its mean log-likelihood of held-out data.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct DensityView {
    pub step: u64,
    pub mean_log_p: f64,
    pub half: f32,
    pub grid: usize,
    pub log_p: Vec<f32>,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct FlowPageView {
    pub running: bool,
    pub step: u64,
    pub losses: Vec<f32>,
    pub steps_per_sec: f64,
    pub config: Option<FlowConfig>,
    pub quality: Option<Quality>,
    /// Straightness of the last quick solve's paths (1 = straight).
    pub straightness: Option<f64>,
    /// Shared, not copied, when the reducer copies the state.
    pub chain: Option<Shared<FlowChainView>>,
    pub field: Option<Shared<VelocityView>>,
    pub density: Option<Shared<DensityView>>,
    /// The last step the loss curve reaches.
    pub top: u64,
}

/// What the flow-matching page asks of the reducer.
pub enum Act {
    /// The network, optimiser or pairing moved.
    Config(FlowConfig),
    /// The ODE solver moved.
    Sampler(crate::families::flow::config::FlowSamplerSettings),
}

impl FamilyView for FlowPageView {
    const ON_POINTS: bool = true;
    type Update = FlowUpdate;
    type Url = crate::families::flow::url::FlowUrl;
    type Act = Act;

    /// Folds one update in. True when it reports the seed's start (step 0).
    fn fold(&mut self, u: FlowUpdate, _notices: &mut Vec<Msg>) -> bool {
        match u {
            FlowUpdate::Metrics { quality, straightness } => (self.quality, self.straightness) = (Some(quality), Some(straightness)),
            FlowUpdate::Chain { n, times, sampler, step, ms, straightness, data } => {
                let (xt, x0) = crate::state::series::chain_halves(&data);
                self.chain = Some(Shared::new(FlowChainView { n, times, sampler, step, ms, straightness, xt, x0 }));
            }
            FlowUpdate::Field { t, points, v } => self.field = Some(Shared::new(VelocityView { t, points: pairs(&points), v: pairs(&v) })),
            FlowUpdate::Density { step, mean_log_p, half, grid, log_p } => {
                self.density = Some(Shared::new(DensityView { step, mean_log_p, half, grid, log_p }))
            }
            FlowUpdate::Progress { step, losses, steps_per_sec, running, config } => {
                // A lower step without a reset is a copy from the history being viewed.
                if step == 0 {
                    self.losses.clear();
                    (self.quality, self.straightness, self.density) = (None, None, None);
                }
                self.top = if step == 0 { 0 } else { self.top.max(step) };
                self.config = Some(config);
                (self.step, self.steps_per_sec, self.running) = (step, steps_per_sec, running);
                push_capped(&mut self.losses, &losses);
                return step == 0;
            }
        }
        false
    }

    fn act(_: &mut Shared<Self>, url: &mut Self::Url, act: Act) {
        match act {
            Act::Config(c) => url.config = c,
            Act::Sampler(s) => url.sampler = s,
        }
    }

    fn stale(&self, url: &Self::Url) -> bool {
        self.step > 0 && self.config.as_ref().is_some_and(|c| *c != url.config)
    }

    /// Training goes on from an older step: the curve is cut back to it.
    fn rewind_to(&mut self, steps: &[u64]) {
        if let Some(&s) = steps.first() {
            rewind(&mut self.losses, self.top, s);
            (self.top, self.step) = (s, s);
        }
    }

    /// New data: what was drawn from the old model is gone.
    fn stop(&mut self) {
        self.running = false;
    }

    fn trained(&self) -> u64 {
        self.step
    }

    fn curves(&self) -> Vec<Vec<f32>> {
        vec![self.losses.clone()]
    }

    fn set_curves(&mut self, curves: &[Vec<f32>]) {
        if let [losses] = curves {
            self.losses = losses.clone();
        }
    }

    fn data_changed(&mut self) {
        (self.chain, self.field, self.quality, self.straightness, self.density) = (None, None, None, None, None);
    }
}
