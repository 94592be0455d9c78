//! What the page keeps of the diffusion model ([`DiffusionPageView`]): plain snapshots of what
//! the worker computed — progress, samples, a recorded reverse chain and a noise field.

use crate::state::family::FamilyView;
use crate::state::shared::Shared;

use crate::i18n::Msg;
use crate::models::samplers::Sampler;
pub use crate::state::series::pairs;

/// A reverse chain received from the worker: `frames` of `n` points each.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ChainView {
    pub n: usize,
    pub ts: Vec<usize>,
    pub sampler: Sampler,
    pub step: u64,
    /// The worker's time for the chain, in ms (without scoring and the transfer).
    pub ms: f64,
    /// Mean path length over mean displacement (1 = straight).
    pub straightness: f64,
    /// x_t of every frame, frame after frame.
    pub xt: Vec<[f32; 2]>,
    /// x̂_0 of every frame.
    pub x0: Vec<[f32; 2]>,
}

impl ChainView {
    /// Points of frame `f` (x_t, or x̂_0 when `predicted`).
    pub fn frame(&self, f: usize, predicted: bool) -> &[[f32; 2]] {
        let f = f.min(self.ts.len().saturating_sub(1));
        let all = if predicted { &self.x0 } else { &self.xt };
        &all[f * self.n..(f + 1) * self.n]
    }
}

/// The learned noise field at one t.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FieldView {
    pub t: usize,
    pub points: Vec<[f32; 2]>,
    pub eps: Vec<[f32; 2]>,
    pub alpha_bar: f64,
}

/// What the page keeps of the diffusion model: its training progress, live quality, samples,
/// and the last chain and noise field.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct DiffusionPageView {
    pub running: bool,
    pub step: u64,
    pub losses: Vec<f32>,
    pub steps_per_sec: f64,
    pub samples: Vec<[f32; 2]>,
    pub samples_step: u64,
    /// The settings the worker's current model trains with.
    pub config: Option<crate::families::diffusion::config::DiffusionConfig>,
    /// Latest sample quality (live during training, and of every chain).
    pub quality: Option<crate::quality::Quality>,
    /// Shared, not copied, when the reducer copies the state (2,000 points × 100 frames, twice).
    pub chain: Option<Shared<ChainView>>,
    pub field: Option<Shared<FieldView>>,
    /// The last step the loss curve reaches.
    pub top: u64,
}

/// What the diffusion page asks of the reducer.
pub enum Act {
    /// The network, optimiser or schedule moved.
    Config(crate::families::diffusion::config::DiffusionConfig),
    /// The reverse sampler moved.
    Sampler(crate::families::diffusion::url::SamplerSettings),
}

impl FamilyView for DiffusionPageView {
    const ON_POINTS: bool = true;
    type Update = crate::families::diffusion::protocol::DiffusionUpdate;
    type Url = crate::families::diffusion::url::DiffusionUrl;
    type Act = Act;

    /// Folds one update in. True when it reports the seed's start (step 0): a reset, a rebuild.
    fn fold(&mut self, u: Self::Update, _notices: &mut Vec<Msg>) -> bool {
        use crate::families::diffusion::protocol::DiffusionUpdate as U;
        use crate::state::series::push_capped;
        match u {
            U::Metrics { quality } => self.quality = Some(quality),
            U::Chain { n, ts, sampler, step, ms, straightness, data } => {
                let (xt, x0) = crate::state::series::chain_halves(&data);
                self.chain = Some(Shared::new(ChainView { n, ts, sampler, step, ms, straightness, xt, x0 }));
            }
            U::Field { t, points, eps, alpha_bar } => {
                self.field = Some(Shared::new(FieldView { t, points: pairs(&points), eps: pairs(&eps), alpha_bar }));
            }
            U::Samples { points, step } => (self.samples, self.samples_step) = (pairs(&points), step),
            U::Progress { step, losses, steps_per_sec, running, config } => {
                // A lower step without a reset is a copy from the training history being viewed:
                // the curve stays (`rewind_to` cuts it when training goes on from an older step).
                if step == 0 {
                    self.losses.clear();
                    self.quality = None;
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

    fn rebuilt(&mut self) {
        self.losses.clear();
    }

    fn stale(&self, url: &Self::Url) -> bool {
        self.step > 0 && self.config.as_ref().is_some_and(|c| *c != url.config)
    }

    /// Training goes on from an older step (a kept copy after a lost GPU, or "resume from
    /// here"): the curve is cut back to it.
    fn rewind_to(&mut self, steps: &[u64]) {
        if let Some(&s) = steps.first() {
            crate::state::series::rewind(&mut self.losses, self.top, s);
            (self.top, self.step) = (s, s);
        }
    }

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

    /// New data: what was drawn from the old model is gone.
    fn data_changed(&mut self) {
        self.samples.clear();
        (self.chain, self.field, self.quality) = (None, None, None);
    }
}
