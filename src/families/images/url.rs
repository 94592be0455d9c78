//! The image page's part of the URL state: what to sample (`iclass` = `each` for 0–9 in turn,
//! `none` for the unconditional model, or a digit), the guidance weight `iw`, the sampler
//! (`isampler` = `ddim` or `ddpm`, DDIM's `isteps` and `ieta`), the number of images a
//! scorecard samples (`in`) and the batch of training in the browser (`ibatch`).

use serde::{Deserialize, Serialize};

use crate::families::diffusion::chain::Sampler;

use crate::state::url::{number, UrlState};

pub const GUIDANCE_RANGE: (f64, f64) = (0.0, 10.0);
pub const STEPS_RANGE: (usize, usize) = (1, 1000);
pub const ETA_RANGE: (f64, f64) = (0.0, 1.0);
pub const SCORE_N_RANGE: (usize, usize) = (10, 1000);
pub const TRAIN_BATCH_RANGE: (usize, usize) = (1, 256);

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
pub fn apply(s: &mut UrlState, key: &str, raw: &str, notices: &mut Vec<String>) -> bool {
    let i = &mut s.images;
    match key {
        "iclass" => match ClassPick::from_id(raw) {
            Some(c) => i.class = c,
            None => notices.push(format!("“iclass={raw}” is not a class (each, none or 0…9); using the default.")),
        },
        "iw" => i.guidance = number(key, raw, GUIDANCE_RANGE, notices).unwrap_or(i.guidance),
        "isampler" => match raw {
            "ddim" | "ddpm" => i.ddpm = raw == "ddpm",
            _ => notices.push(format!("“isampler={raw}” is not a sampler (ddim or ddpm); using the default.")),
        },
        "isteps" => i.steps = number(key, raw, STEPS_RANGE, notices).unwrap_or(i.steps),
        "ieta" => i.eta = number(key, raw, ETA_RANGE, notices).unwrap_or(i.eta),
        "in" => i.score_n = number(key, raw, SCORE_N_RANGE, notices).unwrap_or(i.score_n),
        "ibatch" => i.train_batch = number(key, raw, TRAIN_BATCH_RANGE, notices).unwrap_or(i.train_batch),
        _ => return false,
    }
    true
}

/// Appends the image keys that differ from the defaults.
pub fn write(s: &UrlState, pairs: &mut Vec<(String, String)>) {
    let (i, d) = (&s.images, ImagesUrl::default());
    let sampler = |ddpm: bool| if ddpm { "ddpm" } else { "ddim" }.to_string();
    let fields: [(&str, String, String); 7] = [
        ("iclass", i.class.id(), d.class.id()),
        ("iw", i.guidance.to_string(), d.guidance.to_string()),
        ("isampler", sampler(i.ddpm), sampler(d.ddpm)),
        ("isteps", i.steps.to_string(), d.steps.to_string()),
        ("ieta", i.eta.to_string(), d.eta.to_string()),
        ("in", i.score_n.to_string(), d.score_n.to_string()),
        ("ibatch", i.train_batch.to_string(), d.train_batch.to_string()),
    ];
    pairs.extend(fields.into_iter().filter(|(_, v, dv)| v != dv).map(|(k, v, _)| (k.to_string(), v)));
}
