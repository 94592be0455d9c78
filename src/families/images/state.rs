//! What the image page knows: the shipped model's status and load progress, the latest reverse
//! chain with the classifier's verdict on each finished image, the progress of a long task,
//! the scorecards measured so far, and training in the browser. Plain data from the worker.

use crate::state::family::FamilyView;
use crate::state::shared::Shared;
use serde::Serialize;

use crate::families::images::protocol::ImageUpdate;
use crate::i18n::Msg;
use crate::judge::scores::ImageScores;
use crate::models::samplers::Sampler;

/// Scorecards kept (newest first).
pub const MAX_SCORES: usize = 12;
/// Longest loss history kept for the training chart.
const MAX_LOSSES: usize = 5000;

/// The shipped image denoiser as the page knows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ImageModelView {
    pub loaded: bool,
    pub params: usize,
    pub bytes: usize,
    /// Why it is not loaded (`None` once loaded).
    pub message: Option<Msg>,
}

/// An image reverse chain: `frames · n` images of 784 pixels in [−1, 1], for x_t and x̂_0.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ImageChainView {
    pub n: usize,
    /// Denoising steps taken (`ts` lists the kept frames only).
    pub steps: usize,
    pub ts: Vec<usize>,
    pub classes: Vec<Option<usize>>,
    pub guidance: f64,
    pub sampler: Sampler,
    pub ms: f64,
    /// The classifier's class and confidence for each finished image.
    pub predicted: Vec<(u8, f32)>,
    /// Which weights ran it ("shipped" or "trained here (N steps)").
    pub model: Msg,
    pub xt: Vec<f32>,
    pub x0: Vec<f32>,
}

/// A long task's progress in denoising steps.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ImageProgress {
    pub task: String,
    pub done: usize,
    pub total: usize,
    pub ms: f64,
}

/// One scorecard: what was sampled, and the three rows scored at the same n.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScoreCard {
    pub classes: Msg,
    pub guidance: f64,
    pub sampler: Sampler,
    pub ms: f64,
    pub model: Msg,
    pub samples: ImageScores,
    pub real: ImageScores,
    pub noise: ImageScores,
}

/// Training in the browser.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ImageTrainView {
    pub steps: u64,
    pub losses: Vec<f32>,
    pub steps_per_sec: f64,
    pub running: bool,
    pub trained_in_use: bool,
    pub fresh: bool,
}

/// The two jobs the page asks of the worker's one image queue: a newer one stops an older one
/// there, so the page waits for the newest only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageTask {
    Chain,
    Score,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ImagePageView {
    pub model: Option<ImageModelView>,
    /// The job asked for last and not answered yet: every panel's buttons wait for it (a panel
    /// of its own that waited would never hear of its job stopped by another panel's).
    pub asked: Option<ImageTask>,
    /// Bytes of the model files received, of the total.
    pub loading: Option<(usize, usize)>,
    pub progress: Option<ImageProgress>,
    /// Shared, not copied, when the reducer copies the state.
    pub chain: Option<Shared<ImageChainView>>,
    pub scores: Vec<ScoreCard>,
    pub train: Option<ImageTrainView>,
    /// The dataset grid's real digits and the seed they were drawn for (ink in [0, 1]).
    #[serde(skip)]
    pub digits: Option<Shared<(u64, Vec<f32>)>>,
}

/// What the image page asks of the reducer.
pub enum Act {
    /// Its sampler, guidance or scorecard settings moved.
    Set(crate::families::images::url::ImagesUrl),
    /// A job was sent to the worker.
    Asked(ImageTask),
    /// The job in progress was cancelled.
    Cancelled,
}

impl FamilyView for ImagePageView {
    type Update = ImageUpdate;
    type Url = crate::families::images::url::ImagesUrl;
    type Act = Act;

    /// Folds one update in; a model that failed to load adds its notice. True when the trainer
    /// reports the seed's start.
    fn fold(&mut self, u: ImageUpdate, notices: &mut Vec<Msg>) -> bool {
        match u {
            ImageUpdate::Digits { seed, ink } => self.digits = Some(Shared::new((seed, ink.iter().map(|&v| v as f32 / 255.0).collect()))),
            ImageUpdate::Model { loaded, params, bytes, message } => {
                if let Some(m) = &message {
                    notices.push(m.clone());
                }
                self.loading = None;
                if !loaded {
                    self.asked = None;
                }
                self.model = Some(ImageModelView { loaded, params, bytes, message });
            }
            ImageUpdate::Stopped => (self.progress, self.asked) = (None, None),
            ImageUpdate::Loading { done, total } => self.loading = Some((done, total)),
            ImageUpdate::Progress { task, done, total, ms } => self.progress = Some(ImageProgress { task, done, total, ms }),
            ImageUpdate::Chain { n, steps, ts, classes, guidance, sampler, ms, predicted, model, data } => {
                let half = data.len() / 2;
                let (xt, x0) = (data[..half].to_vec(), data[half..].to_vec());
                self.progress = None;
                self.answered(ImageTask::Chain);
                self.chain = Some(Shared::new(ImageChainView { n, steps, ts, classes, guidance, sampler, ms, predicted, model, xt, x0 }));
            }
            ImageUpdate::Scored { classes, guidance, sampler, ms, model, samples, real, noise } => {
                self.answered(ImageTask::Score);
                self.push_score(ScoreCard { classes, guidance, sampler, ms, model, samples, real, noise });
            }
            ImageUpdate::Training { steps, losses, steps_per_sec, running, trained_in_use, fresh } => {
                self.training(steps, losses, steps_per_sec, running, trained_in_use, fresh);
                return steps == 0;
            }
        }
        false
    }

    fn act(this: &mut Shared<Self>, url: &mut Self::Url, act: Act) {
        match act {
            Act::Set(u) => *url = u,
            Act::Asked(t) => this.to_mut().ask(t),
            Act::Cancelled => {
                let images = this.to_mut();
                (images.progress, images.asked) = (None, None);
            }
        }
    }

    /// Steps trained here (the shipped model's own are not counted).
    fn trained(&self) -> u64 {
        self.train.as_ref().map_or(0, |t| t.steps)
    }

    /// The training chart's losses.
    fn curves(&self) -> Vec<Vec<f32>> {
        self.train.iter().map(|t| t.losses.clone()).collect()
    }

    fn set_curves(&mut self, curves: &[Vec<f32>]) {
        if let (Some(t), [losses]) = (self.train.as_mut(), curves) {
            t.losses = losses.clone();
        }
    }

    fn stop(&mut self) {
        if let Some(t) = self.train.as_mut() {
            t.running = false;
        }
    }

    /// A crash also ends the job in progress and the load.
    fn crashed(&mut self) {
        self.stop();
        (self.progress, self.loading, self.asked) = (None, None, None);
    }
}

impl ImagePageView {
    /// A job was asked of the worker (it stops the one running, if any).
    pub fn ask(&mut self, task: ImageTask) {
        self.asked = Some(task);
    }

    /// True while a job asked for has not been answered.
    pub fn busy(&self) -> bool {
        self.asked.is_some() || self.progress.is_some()
    }

    /// A `task` finished: the page stops waiting unless it has asked for another job since.
    fn answered(&mut self, task: ImageTask) {
        if self.asked == Some(task) {
            self.asked = None;
        }
    }

    /// Adds a scorecard at the front, keeping the newest [`MAX_SCORES`].
    pub fn push_score(&mut self, card: ScoreCard) {
        self.progress = None;
        self.scores.insert(0, card);
        self.scores.truncate(MAX_SCORES);
    }

    /// Training progress: appends the losses (capped) and takes the latest figures.
    pub fn training(&mut self, steps: u64, losses: Vec<f32>, steps_per_sec: f64, running: bool, trained_in_use: bool, fresh: bool) {
        let t = self.train.get_or_insert_with(ImageTrainView::default);
        // A run that started within this report (its steps are all here) starts a new curve.
        if fresh != t.fresh || steps as usize <= losses.len() {
            t.losses.clear();
        } else if steps < t.steps {
            // Weights kept from a lost GPU, a little older than the last step shown: the curve
            // (a window over the last steps, one value per step) is cut back to `steps`.
            let cut = (t.steps - steps) as usize;
            t.losses.truncate(t.losses.len().saturating_sub(cut));
        }
        t.losses.extend(losses);
        if t.losses.len() > MAX_LOSSES {
            let cut = t.losses.len() - MAX_LOSSES;
            t.losses.drain(..cut);
        }
        (t.steps, t.steps_per_sec, t.running, t.trained_in_use, t.fresh) = (steps, steps_per_sec, running, trained_in_use, fresh);
    }
}
