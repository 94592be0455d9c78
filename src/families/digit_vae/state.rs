//! What the page knows of the 2-D digit VAE trained in the page: the files' load progress (or
//! why they failed), the reconstruction and KL terms, the speed, the latest latent plane, the
//! plane where training started, and every measurement so far. Plain data from the worker.

use serde::Serialize;

use crate::families::digit_vae::protocol::{DigitVaeMeasure, DigitVaePlane, DigitVaeUpdate};
use crate::i18n::Msg;
use crate::state::family::FamilyView;
use crate::state::series::push_capped;
use crate::state::shared::Shared;
use crate::state::trainer::{TrainView, TrainerPage};

/// Most measurements kept for the meter's chart.
const MAX_MEASURES: usize = 500;

/// Training in the page.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DigitVaeTrainView {
    pub steps: u64,
    pub recon: Vec<f32>,
    pub kl: Vec<f32>,
    pub steps_per_sec: f64,
    pub running: bool,
    pub fresh: bool,
    pub beta: f64,
    /// The latest plane, and the plane where training started (beside it).
    pub plane: Option<DigitVaePlane>,
    pub plane_start: Option<DigitVaePlane>,
    /// Every measurement since the start (or the last reset), oldest first.
    pub measures: Vec<DigitVaeMeasure>,
}

impl DigitVaeTrainView {
    /// The latest measurement, and the first (where this training started).
    pub fn now_and_start(&self) -> Option<(&DigitVaeMeasure, &DigitVaeMeasure)> {
        Some((self.measures.last()?, self.measures.first()?))
    }
}

/// The trainer as the page knows it.
pub type DigitVaePageView = TrainerPage<DigitVaeTrainView>;

impl TrainView for DigitVaeTrainView {
    fn stop(&mut self) {
        self.running = false;
    }
}

/// What the digit VAE's trainer asks of the reducer.
pub enum Act {
    /// The KL weight β moved (a slider value, clamped by the key's range).
    Beta(f64),
    /// Train was pressed: the buttons wait for the first answer.
    Asked,
}

impl FamilyView for DigitVaePageView {
    type Update = DigitVaeUpdate;
    type Url = crate::families::digit_vae::url::DigitVaeUrl;
    type Act = Act;

    /// Applies one update; true when the trainer is back at its start (a reset).
    fn fold(&mut self, u: DigitVaeUpdate, _notices: &mut Vec<Msg>) -> bool {
        match u {
            DigitVaeUpdate::Loading { done, total } => {
                self.loaded(done, total);
                false
            }
            DigitVaeUpdate::Failed { message } => {
                self.fail(message);
                false
            }
            DigitVaeUpdate::Training { steps, recon, kl, steps_per_sec, running, fresh, beta, plane } => {
                let t = self.training();
                let back = steps < t.steps || (steps == 0 && t.steps == 0);
                if back {
                    (t.recon, t.kl, t.measures) = (Vec::new(), Vec::new(), Vec::new());
                }
                push_capped(&mut t.recon, &recon);
                push_capped(&mut t.kl, &kl);
                if let Some(p) = plane {
                    if let Some(m) = p.measure.clone() {
                        t.measures.retain(|k| k.step < m.step);
                        t.measures.push(m);
                        if t.measures.len() > MAX_MEASURES {
                            t.measures.remove(1); // the first stays: it is where training started
                        }
                    }
                    if back || t.plane_start.is_none() {
                        t.plane_start = Some(p.clone());
                    }
                    t.plane = Some(p);
                }
                (t.steps, t.steps_per_sec, t.running, t.fresh, t.beta) = (steps, steps_per_sec, running, fresh, beta);
                back && steps == 0
            }
        }
    }

    fn trained(&self) -> u64 {
        self.train.as_ref().map_or(0, |t| t.steps)
    }

    /// The reconstruction and KL curves (the plane's measurements start again at the opened
    /// step).
    fn curves(&self) -> Vec<Vec<f32>> {
        self.train.iter().flat_map(|t| [t.recon.clone(), t.kl.clone()]).collect()
    }

    fn set_curves(&mut self, curves: &[Vec<f32>]) {
        if let (Some(t), [recon, kl]) = (self.train.as_mut(), curves) {
            (t.recon, t.kl) = (recon.clone(), kl.clone());
        }
    }

    fn act(this: &mut Shared<Self>, url: &mut Self::Url, act: Act) {
        match act {
            Act::Beta(b) => url.beta = crate::families::digit_vae::url::BETA.from_slider(b),
            Act::Asked => this.to_mut().ask(),
        }
    }

    /// Training stopped from outside (a divergence, a crash).
    fn stop(&mut self) {
        self.stopped();
    }
}
