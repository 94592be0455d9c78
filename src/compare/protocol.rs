//! The compare page's messages: one clock for four families, and what a measurement reports.

use serde::{Deserialize, Serialize};

use crate::compare::contender::Kind;
use crate::compare::score::Score;
use crate::families::FamilyId;

/// How the round-robin clock shares the worker between the families.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Equal {
    /// Each family gets the same wall-clock time per round (about 100 ms).
    #[default]
    Time,
    /// Each family takes the same number of gradient steps per round (the slowest sets it).
    Steps,
}

impl Equal {
    pub fn id(self) -> &'static str {
        match self {
            Equal::Time => "time",
            Equal::Steps => "steps",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        [Equal::Time, Equal::Steps].into_iter().find(|e| e.id() == id)
    }
}

/// Page → worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CompareCommand {
    /// Train all four in turn until `Pause`.
    Start {
        equal: Equal,
    },
    Pause,
    /// One round (each family one chunk), then a measurement.
    Step {
        equal: Equal,
    },
    /// All four back to the seed's start.
    Reset,
    /// Measure all four now.
    Measure,
    /// All four to the same moment of their training histories: `at` from 0 (the start) to 1
    /// (the last copy), in training time (equal time) or steps (equal steps).
    Scrub {
        at: f64,
        equal: Equal,
    },
    /// All four back to their live models.
    Live,
    /// All four train on from the moment shown.
    Resume,
}

/// A log-likelihood estimate of held-out data, in nats per point.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogLikelihood {
    pub kind: Kind,
    pub nats: f64,
}

/// One family at one measurement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub family: FamilyId,
    pub step: u64,
    /// Time this model has spent training, in ms.
    pub train_ms: f64,
    /// Its samples, `[x, y, …]`.
    pub samples: Vec<f32>,
    pub score: Score,
    /// `None`: an implicit model (or not measured this time: see `measured_likelihood`).
    pub log_likelihood: Option<LogLikelihood>,
}

/// Worker → page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CompareUpdate {
    /// The clock is running or not.
    Running { running: bool, equal: Equal },
    /// All four measured at once; likelihoods only on some measurements (they cost more).
    /// `past`: some of them are copies from their training history, not the live models.
    Measured {
        entries: Vec<Entry>,
        measured_likelihood: bool,
        #[serde(default)]
        past: bool,
    },
}
