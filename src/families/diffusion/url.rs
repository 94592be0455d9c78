//! The diffusion model's part of the URL state: noise schedule, network, optimiser and sampler.
//! Keys: `sched` (linear|cosine|sigmoid), `T`, `b0`, `b1`, `lr`, `batch`, `width`, `depth`,
//! `sampler` (ddpm|ddim), `ddim` (DDIM steps), `eta`.

use crate::families::diffusion::config::DiffusionConfig;
use crate::i18n::Msg;
use crate::models::samplers::Sampler;
use crate::models::schedule::{STEPS_RANGE, ScheduleKind};
use crate::state::family::FamilyUrl;
use crate::state::keys::{self, Num, Pick, Range};

/// The ranges the link accepts and the sliders move through (one entry each in [`KEYS`]).
pub const T: Range = Range::int(STEPS_RANGE.0, STEPS_RANGE.1, 10);
pub const BETA_START: Range = Range::lin(1e-5, 0.05, 1e-5);
pub const BETA_END: Range = Range::lin(1e-3, 0.5, 1e-3);
pub const LR: Range = Range::log(1e-5, 0.1, 0.1);
pub const BATCH: Range = Range::int(8, 4096, 8);
pub const WIDTH: Range = Range::int(8, 512, 8);
pub const DEPTH: Range = Range::int(1, 6, 1);
pub const DDIM_STEPS: Range = Range::int(1, 1000, 1);
pub const ETA: Range = Range::lin(0.0, 1.0, 0.05);

/// The diffusion model's numeric keys.
pub const KEYS: [Num<DiffusionConfig>; 7] = [
    Num { key: "T", range: T, get: |c| c.schedule.steps as f64, set: |c, v| c.schedule.steps = v as usize },
    Num { key: "b0", range: BETA_START, get: |c| c.schedule.beta_start, set: |c, v| c.schedule.beta_start = v },
    Num { key: "b1", range: BETA_END, get: |c| c.schedule.beta_end, set: |c, v| c.schedule.beta_end = v },
    Num { key: "lr", range: LR, get: |c| c.learning_rate, set: |c, v| c.learning_rate = v },
    Num { key: "batch", range: BATCH, get: |c| c.batch as f64, set: |c, v| c.batch = v as usize },
    Num { key: "width", range: WIDTH, get: |c| c.hidden as f64, set: |c, v| c.hidden = v as usize },
    Num { key: "depth", range: DEPTH, get: |c| c.layers as f64, set: |c, v| c.layers = v as usize },
];

/// The model's named settings.
pub const PICKS: [Pick<DiffusionConfig>; 1] = [Pick {
    key: "sched",
    bad: "url-bad-schedule",
    get: |c| c.schedule.kind.id(),
    set: |c, raw| ScheduleKind::from_id(raw).map(|k| c.schedule.kind = k).is_some(),
}];

/// The sampler's numeric keys (written only while DDIM is chosen).
pub const SAMPLER_KEYS: [Num<SamplerSettings>; 2] = [
    Num { key: "ddim", range: DDIM_STEPS, get: |s| s.steps as f64, set: |s, v| s.steps = v as usize },
    Num { key: "eta", range: ETA, get: |s| s.eta, set: |s, v| s.eta = v },
];

/// The diffusion model's settings in the link: its network, optimiser and schedule, and the
/// reverse sampler.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct DiffusionUrl {
    pub config: DiffusionConfig,
    pub sampler: SamplerSettings,
}

impl FamilyUrl for DiffusionUrl {
    fn read(&mut self, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
        let Self { config, sampler } = self;
        if keys::read(&KEYS, config, key, key, raw, notices)
            || keys::read(&SAMPLER_KEYS, sampler, key, key, raw, notices)
            || keys::read_pick(&PICKS, config, key, raw, notices)
        {
            return true;
        }
        // The sampler is written by its own rule (with DDIM's settings, always), so read here too.
        match key {
            "sampler" => match raw {
                "ddpm" => sampler.ddim = false,
                "ddim" => sampler.ddim = true,
                _ => notices.push(Msg::new("url-bad-sampler").arg("raw", raw)),
            },
            _ => return false,
        }
        true
    }

    /// The DDIM settings are written whenever DDIM is chosen.
    fn write(&self, base: &Self, pairs: &mut Vec<(String, String)>) {
        let (t, sampler, d) = (&self.config, &self.sampler, &base.config);
        keys::write_picks(&PICKS, t, d, "", pairs);
        keys::write(&KEYS, t, d, "", pairs);
        if !sampler.ddim && base.sampler.ddim {
            pairs.push(("sampler".into(), "ddpm".into()));
        }
        if sampler.ddim {
            pairs.push(("sampler".into(), "ddim".into()));
            // Always written with DDIM, so the link keeps them whatever the defaults become.
            pairs.extend(SAMPLER_KEYS.iter().map(|e| (e.key.to_string(), keys::format((e.get)(sampler), e.range))));
        }
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
