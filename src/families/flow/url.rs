//! Flow matching's part of the URL state. Keys: `fm_lr`, `fm_batch`, `fm_width`, `fm_depth`
//! (network and optimiser), `fm_pairs` (independent|ot: how noise is paired with data),
//! `solver` (euler|heun) and `fm_steps` (ODE steps).

use crate::families::flow::chain::Solver;
use crate::families::flow::config::{FlowConfig, FlowSamplerSettings};
use crate::families::flow::coupling::Coupling;
use crate::i18n::Msg;
use crate::state::family::FamilyUrl;
use crate::state::keys::{self, Num, Pick, Range};

/// The ranges the link accepts and the sliders move through.
pub const LR: Range = Range::log(1e-5, 0.1, 0.1);
pub const BATCH: Range = Range::int(8, 4096, 8);
pub const WIDTH: Range = Range::int(8, 512, 8);
pub const DEPTH: Range = Range::int(1, 6, 1);
pub const STEPS: Range = Range::int(1, 200, 1);

/// The model's numeric keys.
pub const KEYS: [Num<FlowConfig>; 4] = [
    Num { key: "fm_lr", range: LR, get: |c| c.learning_rate, set: |c, v| c.learning_rate = v },
    Num { key: "fm_batch", range: BATCH, get: |c| c.batch as f64, set: |c, v| c.batch = v as usize },
    Num { key: "fm_width", range: WIDTH, get: |c| c.hidden as f64, set: |c, v| c.hidden = v as usize },
    Num { key: "fm_depth", range: DEPTH, get: |c| c.layers as f64, set: |c, v| c.layers = v as usize },
];

/// The solver's numeric keys.
pub const SAMPLER_KEYS: [Num<FlowSamplerSettings>; 1] =
    [Num { key: "fm_steps", range: STEPS, get: |s| s.steps as f64, set: |s, v| s.steps = v as usize }];

/// The named settings: the pairing, and the solver.
pub const PICKS: [Pick<FlowConfig>; 1] = [Pick {
    key: "fm_pairs",
    bad: "url-bad-pairing",
    get: |c| c.coupling.id(),
    set: |c, raw| Coupling::from_id(raw).map(|v| c.coupling = v).is_some(),
}];
pub const SAMPLER_PICKS: [Pick<FlowSamplerSettings>; 1] = [Pick {
    key: "solver",
    bad: "url-bad-solver",
    get: |s| s.solver.id(),
    set: |s, raw| Solver::from_id(raw).map(|v| s.solver = v).is_some(),
}];

/// Flow matching's settings in the link: its network, optimiser and pairing, and its solver.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct FlowUrl {
    pub config: FlowConfig,
    pub sampler: FlowSamplerSettings,
}

impl FamilyUrl for FlowUrl {
    fn read(&mut self, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
        let Self { config: c, sampler: s } = self;
        keys::read(&KEYS, c, key, key, raw, notices)
            || keys::read(&SAMPLER_KEYS, s, key, key, raw, notices)
            || keys::read_pick(&PICKS, c, key, raw, notices)
            || keys::read_pick(&SAMPLER_PICKS, s, key, raw, notices)
    }

    fn write(&self, base: &Self, pairs: &mut Vec<(String, String)>) {
        let (c, s, dc, d) = (&self.config, &self.sampler, &base.config, &base.sampler);
        keys::write(&KEYS, c, dc, "", pairs);
        keys::write_picks(&PICKS, c, dc, "", pairs);
        keys::write_picks(&SAMPLER_PICKS, s, d, "", pairs);
        keys::write(&SAMPLER_KEYS, s, d, "", pairs);
    }
}
