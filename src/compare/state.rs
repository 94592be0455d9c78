//! What the compare page keeps: the clock's state, each family's latest measurement and its
//! last log-likelihood, when each first met the quality bar, and a history of every metric for
//! the charts. Plain data, folded in by the one reducer.

use serde::Serialize;

use crate::compare::protocol::{CompareUpdate, Entry, Equal, LogLikelihood};
use crate::families::FamilyId;

/// Measurements kept per family for the charts (older ones are thinned by half).
pub const HISTORY: usize = 400;

/// One family's metrics at one measurement, for the charts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Point {
    pub step: u64,
    pub train_ms: f64,
    pub mmd2: f64,
    pub frechet: f64,
    pub js: f64,
    pub near: f32,
    pub covered: usize,
    pub log_likelihood: Option<f64>,
}

/// One family's row on the compare page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub family: FamilyId,
    pub latest: Entry,
    /// The last log-likelihood measured (not every measurement has one).
    pub log_likelihood: Option<LogLikelihood>,
    /// Step and training time of the first measurement that met the quality bar.
    pub first_pass: Option<(u64, f64)>,
    pub history: Vec<Point>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ComparePageView {
    pub running: bool,
    pub equal: Equal,
    pub rows: Vec<Row>,
    /// Measurements received.
    pub measurements: u64,
    /// The panels show copies from the training histories, not the live models.
    pub past: bool,
}

impl ComparePageView {
    pub fn update(&mut self, u: CompareUpdate) {
        match u {
            CompareUpdate::Running { running, equal } => (self.running, self.equal) = (running, equal),
            CompareUpdate::Measured { entries, measured_likelihood, past } => {
                self.measurements += 1;
                self.past = past;
                for e in entries {
                    self.fold(e, measured_likelihood, past);
                }
            }
        }
    }

    fn fold(&mut self, e: Entry, measured_likelihood: bool, past: bool) {
        let i = match self.rows.iter().position(|r| r.family == e.family) {
            Some(i) => i,
            None => {
                self.rows.push(Row { family: e.family, latest: e.clone(), log_likelihood: None, first_pass: None, history: Vec::new() });
                self.rows.len() - 1
            }
        };
        let row = &mut self.rows[i];
        if measured_likelihood {
            row.log_likelihood = e.log_likelihood.clone();
        }
        // A moment from the past: shown, but the charts and the times to the bar stay.
        if past {
            row.latest = e;
            return;
        }
        if e.step == 0 {
            // Back at the seed's start (Reset, new data): its history starts again.
            (row.history, row.first_pass, row.log_likelihood) =
                (Vec::new(), None, measured_likelihood.then(|| e.log_likelihood.clone()).flatten());
        } else if row.history.last().is_some_and(|p| p.step > e.step) {
            // Training went on from an earlier moment: what came after it is gone.
            row.history.retain(|p| p.step <= e.step);
            row.first_pass = row.first_pass.filter(|(s, _)| *s <= e.step);
        }
        let q = &e.score.quality;
        if q.passes && row.first_pass.is_none() {
            row.first_pass = Some((e.step, e.train_ms));
        }
        if row.history.last().is_none_or(|p| p.step != e.step) {
            row.history.push(Point {
                step: e.step,
                train_ms: e.train_ms,
                mmd2: q.mmd2,
                frechet: q.frechet,
                js: e.score.js,
                near: q.near,
                covered: e.score.covered,
                log_likelihood: row.log_likelihood.as_ref().map(|l| l.nats),
            });
            if row.history.len() > HISTORY {
                row.history = row.history.iter().step_by(2).cloned().collect();
            }
        }
        row.latest = e;
    }

    /// New data: every family starts again.
    pub fn data_changed(&mut self) {
        self.rows.clear();
    }

    pub fn row(&self, family: FamilyId) -> Option<&Row> {
        self.rows.iter().find(|r| r.family == family)
    }
}
