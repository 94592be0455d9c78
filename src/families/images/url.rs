//! The image page's part of the URL state: what to sample (`iclass` = `each` for 0–9 in turn,
//! `none` for the unconditional model, or a digit), the guidance weight `iw`, the sampler
//! (`isampler` = `ddim` or `ddpm`, DDIM's `isteps` and `ieta`), the number of images a
//! scorecard samples (`in`) and the batch of training in the browser (`ibatch`).

use serde::{Deserialize, Serialize};

use crate::models::samplers::Sampler;

use crate::i18n::Msg;
use crate::state::family::FamilyUrl;
use crate::state::keys::{self, Num, Range};

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
    pub fn id(self) -> String {
        match self {
            Self::Each => "each".into(),
            Self::Unconditional => "none".into(),
            Self::One(c) => c.to_string(),
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

/// Reads one image-page key; false for keys that are not image settings.
fn apply(i: &mut ImagesUrl, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
    if keys::read(&KEYS, i, key, key, raw, notices) {
        return true;
    }
    match key {
        "iclass" => match ClassPick::from_id(raw) {
            Some(c) => i.class = c,
            None => notices.push(Msg::new("url-bad-class").arg("raw", raw)),
        },
        "isampler" => match raw {
            "ddim" | "ddpm" => i.ddpm = raw == "ddpm",
            _ => notices.push(Msg::new("url-bad-isampler").arg("raw", raw)),
        },
        _ => return false,
    }
    true
}

/// Appends the image keys that differ from the base a link starts from (the defaults, or a
/// tour chapter's setup).
fn write(i: &ImagesUrl, d: &ImagesUrl, pairs: &mut Vec<(String, String)>) {
    let sampler = |ddpm: bool| if ddpm { "ddpm" } else { "ddim" }.to_string();
    let picks = [("iclass", i.class.id(), d.class.id()), ("isampler", sampler(i.ddpm), sampler(d.ddpm))];
    pairs.extend(picks.into_iter().filter(|(_, v, dv)| v != dv).map(|(k, v, _)| (k.to_string(), v)));
    keys::write(&KEYS, i, d, "", pairs);
}

impl FamilyUrl for ImagesUrl {
    fn read(&mut self, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
        apply(self, key, raw, notices)
    }

    fn write(&self, base: &Self, pairs: &mut Vec<(String, String)>) {
        write(self, base, pairs)
    }
}
