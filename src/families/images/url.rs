//! The image page's part of the URL state: what to sample (`iclass` = `each` for 0–9 in turn,
//! `none` for the unconditional model, or a digit), the guidance weight `iw`, the sampler
//! (`isampler` = `ddim` or `ddpm`, DDIM's `isteps` and `ieta`), the number of images a
//! scorecard samples (`in`) and the batch of training in the browser (`ibatch`).

use serde::{Deserialize, Serialize};

use crate::models::samplers::Sampler;

use crate::i18n::Msg;
use crate::state::family::FamilyUrl;
use crate::state::keys::{self, Num, Pick, Range};

/// The ranges the link accepts and the sliders move through (one entry each in [`KEYS`]).
pub const GUIDANCE: Range = Range::lin(0.0, 10.0, 0.5);
pub const STEPS: Range = Range::int(1, 200, 1);
pub const ETA: Range = Range::lin(0.0, 1.0, 0.1);
pub const SCORE_N: Range = Range::int(10, 1000, 10);
pub const TRAIN_BATCH: Range = Range::int(1, 256, 1);

/// The image page's numeric keys.
pub const KEYS: [Num<ImagesUrl>; 5] = [
    Num { key: "iw", range: GUIDANCE, get: |i| i.guidance, set: |i, v| i.guidance = v },
    Num { key: "isteps", range: STEPS, get: |i| i.steps as f64, set: |i, v| i.steps = v as usize },
    Num { key: "ieta", range: ETA, get: |i| i.eta, set: |i, v| i.eta = v },
    Num { key: "in", range: SCORE_N, get: |i| i.score_n as f64, set: |i, v| i.score_n = v as usize },
    Num { key: "ibatch", range: TRAIN_BATCH, get: |i| i.train_batch as f64, set: |i, v| i.train_batch = v as usize },
];

/// Which classes the images are conditioned on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum ClassPick {
    /// 0, 1, …, 9, 0, … one class per image.
    #[default]
    Each,
    /// The null class ∅: the unconditional model (guidance has no effect).
    Unconditional,
    One(usize),
}

impl ClassPick {
    pub fn id(self) -> &'static str {
        match self {
            Self::Each => "each",
            Self::Unconditional => "none",
            Self::One(c) => ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"].get(c).copied().unwrap_or("each"),
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        match id {
            "each" => Some(Self::Each),
            "none" => Some(Self::Unconditional),
            _ => id.parse::<usize>().ok().filter(|c| *c < 10).map(Self::One),
        }
    }

    /// The class of each of `n` images.
    pub fn classes(self, n: usize) -> Vec<Option<usize>> {
        (0..n)
            .map(|i| match self {
                Self::Each => Some(i % 10),
                Self::Unconditional => None,
                Self::One(c) => Some(c),
            })
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImagesUrl {
    pub class: ClassPick,
    pub guidance: f64,
    /// Ancestral DDPM over all 1000 steps instead of DDIM.
    pub ddpm: bool,
    pub steps: usize,
    pub eta: f64,
    pub score_n: usize,
    pub train_batch: usize,
}

impl Default for ImagesUrl {
    fn default() -> Self {
        Self { class: ClassPick::Each, guidance: 1.0, ddpm: false, steps: 25, eta: 1.0, score_n: 100, train_batch: 32 }
    }
}

impl ImagesUrl {
    pub fn sampler(&self) -> Sampler {
        if self.ddpm { Sampler::Ddpm } else { Sampler::Ddim { steps: self.steps, eta: self.eta } }
    }
}

/// The named settings: which classes, and the sampler.
pub const PICKS: [Pick<ImagesUrl>; 2] = [
    Pick {
        key: "iclass",
        bad: "url-bad-class",
        get: |i| i.class.id(),
        set: |i, raw| ClassPick::from_id(raw).map(|c| i.class = c).is_some(),
    },
    Pick {
        key: "isampler",
        bad: "url-bad-isampler",
        get: |i| if i.ddpm { "ddpm" } else { "ddim" },
        set: |i, raw| matches!(raw, "ddim" | "ddpm").then(|| i.ddpm = raw == "ddpm").is_some(),
    },
];

impl FamilyUrl for ImagesUrl {
    fn read(&mut self, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
        keys::read(&KEYS, self, key, key, raw, notices) || keys::read_pick(&PICKS, self, key, raw, notices)
    }

    fn write(&self, base: &Self, pairs: &mut Vec<(String, String)>) {
        keys::write_picks(&PICKS, self, base, "", pairs);
        keys::write(&KEYS, self, base, "", pairs);
    }
}
