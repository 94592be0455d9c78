//! The model settings part of the URL state: noise schedule, network, optimiser and sampler.
//! Keys: `sched` (linear|cosine|sigmoid), `T`, `b0`, `b1`, `lr`, `batch`, `width`, `depth`,
//! `sampler` (ddpm|ddim), `ddim` (DDIM steps), `eta`.

use crate::families::diffusion::chain::Sampler;
use crate::families::diffusion::schedule::{ScheduleKind, STEPS_RANGE};
use crate::families::diffusion::lab::SessionConfig;

use crate::state::url::{number, UrlState};

/// Ranges shared by the URL validator and the sliders.
pub const BETA_RANGE: (f64, f64) = (1e-5, 0.999);
pub const LR_RANGE: (f64, f64) = (1e-5, 0.1);
pub const BATCH_RANGE: (usize, usize) = (8, 4096);
pub const WIDTH_RANGE: (usize, usize) = (8, 512);
pub const DEPTH_RANGE: (usize, usize) = (1, 6);
pub const DDIM_RANGE: (usize, usize) = (1, 1000);
pub const ETA_RANGE: (f64, f64) = (0.0, 1.0);

/// Reads one model key into `s`; returns false for keys that are not model settings.
pub fn apply(s: &mut UrlState, key: &str, raw: &str, notices: &mut Vec<String>) -> bool {
    let t = &mut s.train;
    match key {
        "sched" => match ScheduleKind::from_id(raw) {
            Some(k) => t.schedule.kind = k,
            None => notices.push(format!("Unknown schedule “{raw}” (linear, cosine or sigmoid); using linear.")),
        },
        "T" => t.schedule.steps = number(key, raw, STEPS_RANGE, notices).unwrap_or(t.schedule.steps),
        "b0" => t.schedule.beta_start = number(key, raw, BETA_RANGE, notices).unwrap_or(t.schedule.beta_start),
        "b1" => t.schedule.beta_end = number(key, raw, BETA_RANGE, notices).unwrap_or(t.schedule.beta_end),
        "lr" => t.learning_rate = number(key, raw, LR_RANGE, notices).unwrap_or(t.learning_rate),
        "batch" => t.batch = number(key, raw, BATCH_RANGE, notices).unwrap_or(t.batch),
        "width" => t.hidden = number(key, raw, WIDTH_RANGE, notices).unwrap_or(t.hidden),
        "depth" => t.layers = number(key, raw, DEPTH_RANGE, notices).unwrap_or(t.layers),
        "sampler" => match raw {
            "ddpm" => s.sampler.ddim = false,
            "ddim" => s.sampler.ddim = true,
            _ => notices.push(format!("Unknown sampler “{raw}” (ddpm or ddim); using DDPM.")),
        },
        "ddim" => s.sampler.steps = number(key, raw, DDIM_RANGE, notices).unwrap_or(s.sampler.steps),
        "eta" => s.sampler.eta = number(key, raw, ETA_RANGE, notices).unwrap_or(s.sampler.eta),
        _ => return false,
    }
    true
}

/// Appends the model keys that differ from the defaults.
pub fn write(s: &UrlState, pairs: &mut Vec<(&'static str, String)>) {
    let (t, d) = (&s.train, SessionConfig::default());
    if t.schedule.kind != d.schedule.kind {
        pairs.push(("sched", t.schedule.kind.id().into()));
    }
    let nums: [(&'static str, String, String); 7] = [
        ("T", t.schedule.steps.to_string(), d.schedule.steps.to_string()),
        ("b0", t.schedule.beta_start.to_string(), d.schedule.beta_start.to_string()),
        ("b1", t.schedule.beta_end.to_string(), d.schedule.beta_end.to_string()),
        ("lr", t.learning_rate.to_string(), d.learning_rate.to_string()),
        ("batch", t.batch.to_string(), d.batch.to_string()),
        ("width", t.hidden.to_string(), d.hidden.to_string()),
        ("depth", t.layers.to_string(), d.layers.to_string()),
    ];
    pairs.extend(nums.into_iter().filter(|(_, v, dv)| v != dv).map(|(k, v, _)| (k, v)));
    if s.sampler.ddim {
        pairs.push(("sampler", "ddim".into()));
        pairs.push(("ddim", s.sampler.steps.to_string()));
        pairs.push(("eta", s.sampler.eta.to_string()));
    }
}

/// The reverse sampler the user picked (kept as plain fields so the DDIM settings survive
/// switching to DDPM and back).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SamplerSettings {
    pub ddim: bool,
    pub steps: usize,
    pub eta: f64,
}

impl Default for SamplerSettings {
    fn default() -> Self {
        Self { ddim: false, steps: 50, eta: 0.0 }
    }
}

impl SamplerSettings {
    pub fn sampler(&self) -> Sampler {
        if self.ddim { Sampler::Ddim { steps: self.steps, eta: self.eta } } else { Sampler::Ddpm }
    }
}
