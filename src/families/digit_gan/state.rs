//! What the page knows of the digit GAN trained in the page: the files' load progress (or why
//! they failed), D's and G's losses, the speed, the latest samples of each class, and every
//! measurement so far (its first is where training started: the healthy shipped GAN, or fresh
//! weights). Plain data from the worker.

use serde::Serialize;

use crate::families::digit_gan::lab::DigitGanMeasure;
use crate::families::digit_gan::protocol::DigitGanUpdate;
use crate::i18n::Msg;
use crate::state::family::FamilyView;
use crate::state::series::push_capped;
use crate::state::shared::Shared;
use crate::state::trainer::{TrainView, TrainerPage};

/// Most measurements kept for the meter's chart.
const MAX_MEASURES: usize = 500;

/// Training in the page.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DigitGanTrainView {
    pub steps: u64,
    pub d_loss: Vec<f32>,
    pub g_loss: Vec<f32>,
    pub steps_per_sec: f64,
    pub running: bool,
    pub fresh: bool,
    pub ratio: f64,
    /// The latest samples: `SHOW` of class 0, then of 1, … as 8-bit ink.
    pub shown: Vec<u8>,
    /// The samples where training started (the same noise), shown beside the latest.
    pub shown_start: Vec<u8>,
    /// Every measurement since the start (or the last reset), oldest first.
    pub measures: Vec<DigitGanMeasure>,
}

impl DigitGanTrainView {
    /// The latest measurement, and the first (where this training started).
    pub fn now_and_start(&self) -> Option<(&DigitGanMeasure, &DigitGanMeasure)> {
        Some((self.measures.last()?, self.measures.first()?))
    }

    /// How many classes at least one sample is read as (10: no mode lost).
    pub fn classes_read(m: &DigitGanMeasure) -> usize {
        m.reads.iter().filter(|&&r| r > 0).count()
    }

    /// The ink in the latest samples as a share of the ink where training started (None until
    /// both are known, or when the start drew none): near 0, G draws a blank page.
    pub fn ink_share(&self) -> Option<f64> {
        let ink = |v: &[u8]| (!v.is_empty()).then(|| v.iter().map(|x| *x as f64).sum::<f64>() / v.len() as f64);
        let (now, start) = (ink(&self.shown)?, ink(&self.shown_start)?);
        (start > 0.0).then(|| now / start)
    }
}

/// Below this share of the start's ink a collapsed GAN is said to draw a blank page.
pub const BLANK_INK: f64 = 0.05;

/// The trainer as the page knows it.
pub type DigitGanPageView = TrainerPage<DigitGanTrainView>;

impl TrainView for DigitGanTrainView {
    fn stop(&mut self) {
        self.running = false;
    }
}

/// What the digit GAN's trainer asks of the reducer.
pub enum Act {
    /// G's learning rate over D's moved (a slider value, clamped by the key's range).
    Ratio(f64),
    /// Train was pressed: the buttons wait for the first answer.
    Asked,
}

impl FamilyView for DigitGanPageView {
    type Update = DigitGanUpdate;
    type Url = crate::families::digit_gan::url::DigitGanUrl;
    type Act = Act;

    /// Applies one update; true when the trainer is back at its start (a reset).
    fn fold(&mut self, u: DigitGanUpdate, _notices: &mut Vec<Msg>) -> bool {
        match u {
            DigitGanUpdate::Loading { done, total } => {
                self.loaded(done, total);
                false
            }
            DigitGanUpdate::Failed { message } => {
                self.fail(message);
                false
            }
            DigitGanUpdate::Training { steps, d_loss, g_loss, steps_per_sec, running, fresh, ratio, shown, measure } => {
                let t = self.training();
                let back = steps < t.steps || (steps == 0 && t.steps == 0);
                if back {
                    (t.d_loss, t.g_loss, t.measures) = (Vec::new(), Vec::new(), Vec::new());
                }
                push_capped(&mut t.d_loss, &d_loss);
                push_capped(&mut t.g_loss, &g_loss);
                if let Some(m) = measure {
                    t.measures.retain(|k| k.step < m.step);
                    t.measures.push(m);
                    if t.measures.len() > MAX_MEASURES {
                        t.measures.remove(1); // the first stays: it is where training started
                    }
                }
                if let Some(s) = shown {
                    if back || t.shown_start.is_empty() {
                        t.shown_start = s.clone();
                    }
                    t.shown = s;
                }
                (t.steps, t.steps_per_sec, t.running, t.fresh, t.ratio) = (steps, steps_per_sec, running, fresh, ratio);
                back && steps == 0
            }
        }
    }

    fn trained(&self) -> u64 {
        self.train.as_ref().map_or(0, |t| t.steps)
    }

    /// D's and G's losses (the meter's measurements start again at the opened step).
    fn curves(&self) -> Vec<Vec<f32>> {
        self.train.iter().flat_map(|t| [t.d_loss.clone(), t.g_loss.clone()]).collect()
    }

    fn set_curves(&mut self, curves: &[Vec<f32>]) {
        if let (Some(t), [d, g]) = (self.train.as_mut(), curves) {
            (t.d_loss, t.g_loss) = (d.clone(), g.clone());
        }
    }

    fn act(this: &mut Shared<Self>, url: &mut Self::Url, act: Act) {
        match act {
            Act::Ratio(r) => url.ratio = crate::families::digit_gan::url::RATIO.from_slider(r),
            Act::Asked => this.to_mut().ask(),
        }
    }

    /// Training stopped from outside (a divergence, a crash).
    fn stop(&mut self) {
        self.stopped();
    }
}
