//! The GAN page's part of the URL state: one or two runs (side by side) and the presets.
//!
//! Keys of run A: `loss` (minimax|ns|lsgan|wgan-gp), `glr`, `dlr`, `gopt`, `dopt` (sgd|adam),
//! `k` (D steps per G step), `gw`, `gd`, `dw`, `dd` (width and depth of G and D), `nz` (noise
//! dimension), `gbatch`, `gp` (λ of the gradient penalty). Run B uses the same keys with a
//! `b_` prefix and is shown when `compare=1`. `preset=<id>` applies a preset first (data and
//! both runs); any other key in the link then overrides it.

use serde::{Deserialize, Serialize};

use crate::data::toy2d::{DatasetKind, DatasetSpec};
use crate::families::gan::loss::GanLoss;
use crate::families::gan::model::OptimKind;
use crate::families::gan::runs::GanRunConfig;

use crate::i18n::Msg;
use crate::state::family::FamilyUrl;
use crate::state::keys::{self, Num, Pick, Range};
use crate::state::page::Page;

/// The ranges the link accepts and the sliders move through (one entry each in [`KEYS`]).
pub const LR: Range = Range::log(1e-5, 0.5, 0.1);
pub const D_STEPS: Range = Range::int(1, 10, 1);
pub const WIDTH: Range = Range::int(4, 256, 4);
pub const DEPTH: Range = Range::int(1, 4, 1);
pub const NOISE: Range = Range::int(1, 16, 1);
pub const BATCH: Range = Range::int(8, 1024, 8);
pub const GP: Range = Range::lin(0.0, 100.0, 0.5);

/// A run's numeric keys (run B's carry a `b_` prefix).
pub const KEYS: [Num<GanRunConfig>; 10] = [
    Num { key: "glr", range: LR, get: |c| c.model.g_lr, set: |c, v| c.model.g_lr = v },
    Num { key: "dlr", range: LR, get: |c| c.model.d_lr, set: |c, v| c.model.d_lr = v },
    Num { key: "k", range: D_STEPS, get: |c| c.model.d_steps as f64, set: |c, v| c.model.d_steps = v as usize },
    Num { key: "gw", range: WIDTH, get: |c| c.model.g_hidden as f64, set: |c, v| c.model.g_hidden = v as usize },
    Num { key: "gd", range: DEPTH, get: |c| c.model.g_layers as f64, set: |c, v| c.model.g_layers = v as usize },
    Num { key: "dw", range: WIDTH, get: |c| c.model.d_hidden as f64, set: |c, v| c.model.d_hidden = v as usize },
    Num { key: "dd", range: DEPTH, get: |c| c.model.d_layers as f64, set: |c, v| c.model.d_layers = v as usize },
    Num { key: "nz", range: NOISE, get: |c| c.model.noise_dim as f64, set: |c, v| c.model.noise_dim = v as usize },
    Num { key: "gp", range: GP, get: |c| c.model.gp_weight, set: |c, v| c.model.gp_weight = v },
    Num { key: "gbatch", range: BATCH, get: |c| c.batch as f64, set: |c, v| c.batch = v as usize },
];

/// Both runs of the GAN page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GanUrl {
    pub a: GanRunConfig,
    pub b: GanRunConfig,
    /// Show and train run B beside run A.
    pub compare: bool,
}

impl Default for GanUrl {
    fn default() -> Self {
        let b = GanRunConfig { model: GanRunConfig::default().model.with_loss(GanLoss::Minimax), ..Default::default() };
        Self { a: GanRunConfig::default(), b, compare: false }
    }
}

impl GanUrl {
    /// The runs to train: A, and B when comparing.
    pub fn runs(&self) -> Vec<GanRunConfig> {
        if self.compare { vec![self.a.clone(), self.b.clone()] } else { vec![self.a.clone()] }
    }
}

/// A named, shareable starting point: data and both runs.
pub struct Preset {
    pub id: &'static str,
    pub label: &'static str,
    /// What the user should watch for.
    pub hint: &'static str,
}

pub const PRESETS: [Preset; 5] = [
    Preset {
        id: "stable",
        label: "Stable",
        hint: "Non-saturating loss, Adam, balanced learning rates: both clusters, in their true proportions.",
    },
    Preset {
        id: "collapse",
        label: "Mode collapse",
        hint: "Two far-apart clusters and plain SGD at a high learning rate: G settles on one cluster and stays there. Right: Adam also starts on one cluster, then finds the other (about 5,000 iterations at seed 42).",
    },
    Preset {
        id: "vanishing",
        label: "Vanishing gradient",
        hint: "A strong D (5 steps per G step, 5× its learning rate): with the saturating minimax loss G's gradient norm collapses to ~0.01 while the non-saturating loss (right) keeps pushing.",
    },
    Preset {
        id: "wgan",
        label: "Wasserstein-GP",
        hint: "A critic with gradient penalty gives G useful gradients everywhere: both far-apart clusters are covered.",
    },
    Preset {
        id: "eight",
        label: "Eight Gaussians",
        hint: "Eight modes, minimax (left) beside non-saturating (right): with 2-D noise both reach all eight here — watch the per-mode shares settle, then try SGD or a higher G learning rate.",
    },
];

fn run(loss: GanLoss, g_lr: f64, d_lr: f64, d_steps: usize, optim: OptimKind) -> GanRunConfig {
    let model = GanRunConfig::default().model.with_loss(loss).with_g_lr(g_lr).with_d_lr(d_lr).with_d_steps(d_steps);
    GanRunConfig { model: model.with_g_optim(optim).with_d_optim(optim), batch: 128 }
}

/// Preset `id`: its data and both runs. None for an unknown id.
fn preset(id: &str) -> Option<(DatasetSpec, GanUrl)> {
    use GanLoss::*;
    let far = DatasetSpec { separation: 8.0, ..DatasetSpec::default() };
    let (data, a, b, compare) = match id {
        "stable" => (
            DatasetSpec::default(),
            run(NonSaturating, 1e-3, 1e-3, 1, OptimKind::Adam),
            run(Minimax, 1e-3, 1e-3, 1, OptimKind::Adam),
            false,
        ),
        "collapse" => (far, run(NonSaturating, 0.05, 0.05, 1, OptimKind::Sgd), run(NonSaturating, 1e-3, 1e-3, 1, OptimKind::Adam), true),
        "vanishing" => (far, run(Minimax, 1e-3, 5e-3, 5, OptimKind::Adam), run(NonSaturating, 1e-3, 5e-3, 5, OptimKind::Adam), true),
        "wgan" => (far, run(Wasserstein, 1e-3, 1e-3, 5, OptimKind::Adam), run(NonSaturating, 1e-3, 1e-3, 5, OptimKind::Adam), false),
        "eight" => (
            DatasetSpec { kind: DatasetKind::EightGaussians, ..DatasetSpec::default() },
            run(Minimax, 1e-3, 1e-3, 1, OptimKind::Adam),
            run(NonSaturating, 1e-3, 1e-3, 1, OptimKind::Adam),
            true,
        ),
        _ => return None,
    };
    Some((data, GanUrl { a, b, compare }))
}

fn optim_id(o: OptimKind) -> &'static str {
    if o == OptimKind::Sgd { "sgd" } else { "adam" }
}

fn optim_from(raw: &str) -> Option<OptimKind> {
    match raw {
        "sgd" => Some(OptimKind::Sgd),
        "adam" => Some(OptimKind::Adam),
        _ => None,
    }
}

/// A run's named settings (run B's carry a `b_` prefix).
pub const PICKS: [Pick<GanRunConfig>; 3] = [
    Pick {
        key: "loss",
        bad: "url-bad-gan-loss",
        get: |c| c.model.loss.id(),
        set: |c, raw| GanLoss::from_id(raw).map(|l| c.model.loss = l).is_some(),
    },
    Pick {
        key: "gopt",
        bad: "url-bad-optimiser",
        get: |c| optim_id(c.model.g_optim),
        set: |c, raw| optim_from(raw).map(|o| c.model.g_optim = o).is_some(),
    },
    Pick {
        key: "dopt",
        bad: "url-bad-optimiser",
        get: |c| optim_id(c.model.d_optim),
        set: |c, raw| optim_from(raw).map(|o| c.model.d_optim = o).is_some(),
    },
];

/// Reads one GAN key; false for keys that are not GAN settings.
fn apply(gan: &mut GanUrl, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
    if key == "compare" {
        gan.compare = raw == "1";
        return true;
    }
    let (r, k) = match key.strip_prefix("b_") {
        Some(k) => (&mut gan.b, k),
        None => (&mut gan.a, key),
    };
    keys::read(&KEYS, r, k, key, raw, notices) || keys::read_pick(&PICKS, r, k, raw, notices)
}

/// Appends the GAN keys that differ from the base a link starts from (the defaults, or a
/// tour chapter's setup).
fn write(gan: &GanUrl, d: &GanUrl, pairs: &mut Vec<(String, String)>) {
    if gan.compare != d.compare {
        pairs.push(("compare".into(), if gan.compare { "1" } else { "0" }.into()));
    }
    let mut runs = vec![("", &gan.a, &d.a)];
    if gan.compare {
        runs.push(("b_", &gan.b, &d.b));
    }
    for (prefix, r, dr) in runs {
        keys::write_picks(&PICKS, r, dr, prefix, pairs);
        keys::write(&KEYS, r, dr, prefix, pairs);
    }
}

impl FamilyUrl for GanUrl {
    fn read(&mut self, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
        apply(self, key, raw, notices)
    }

    fn write(&self, base: &Self, pairs: &mut Vec<(String, String)>) {
        write(self, base, pairs)
    }

    fn preset(&mut self, id: &str, data: &mut DatasetSpec) -> Option<Page> {
        (*data, *self) = preset(id)?;
        Some(Page::Gan)
    }
}
