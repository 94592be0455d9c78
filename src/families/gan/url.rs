//! The GAN page's part of the URL state: one or two runs (side by side) and the presets.
//!
//! Keys of run A: `loss` (minimax|ns|lsgan|wgan-gp), `glr`, `dlr`, `gopt`, `dopt` (sgd|adam),
//! `k` (D steps per G step), `gw`, `gd`, `dw`, `dd` (width and depth of G and D), `nz` (noise
//! dimension), `gbatch`, `gp` (λ of the gradient penalty). Run B uses the same keys with a
//! `b_` prefix and is shown when `compare=1`. `preset=<id>` applies a preset first (data and
//! both runs); any other key in the link then overrides it.

use serde::{Deserialize, Serialize};

use crate::data::toy2d::{DatasetKind, DatasetSpec};
use crate::families::gan::model::OptimKind;
use crate::families::gan::loss::GanLoss;
use crate::families::gan::runs::GanRunConfig;

use crate::state::url::{number, Page, UrlState};

pub const GAN_LR_RANGE: (f64, f64) = (1e-5, 0.5);
pub const D_STEPS_RANGE: (usize, usize) = (1, 10);
pub const GAN_WIDTH_RANGE: (usize, usize) = (4, 256);
pub const GAN_DEPTH_RANGE: (usize, usize) = (1, 4);
pub const NOISE_RANGE: (usize, usize) = (1, 16);
pub const GAN_BATCH_RANGE: (usize, usize) = (8, 1024);
pub const GP_RANGE: (f64, f64) = (0.0, 100.0);

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
    Preset { id: "stable", label: "Stable", hint: "Non-saturating loss, Adam, balanced learning rates: both clusters, in their true proportions." },
    Preset { id: "collapse", label: "Mode collapse", hint: "Two far-apart clusters and plain SGD at a high learning rate: G settles on one cluster and stays there. Right: Adam also starts on one cluster, then finds the other (about 5,000 iterations at seed 42)." },
    Preset { id: "vanishing", label: "Vanishing gradient", hint: "A strong D (5 steps per G step, 5× its learning rate): with the saturating minimax loss G's gradient norm collapses to ~0.01 while the non-saturating loss (right) keeps pushing." },
    Preset { id: "wgan", label: "Wasserstein-GP", hint: "A critic with gradient penalty gives G useful gradients everywhere: both far-apart clusters are covered." },
    Preset { id: "eight", label: "Eight Gaussians", hint: "Eight modes, minimax (left) beside non-saturating (right): with 2-D noise both reach all eight here — watch the per-mode shares settle, then try SGD or a higher G learning rate." },
];

fn run(loss: GanLoss, g_lr: f64, d_lr: f64, d_steps: usize, optim: OptimKind) -> GanRunConfig {
    let model = GanRunConfig::default().model.with_loss(loss).with_g_lr(g_lr).with_d_lr(d_lr).with_d_steps(d_steps);
    GanRunConfig { model: model.with_g_optim(optim).with_d_optim(optim), batch: 128 }
}

/// Applies preset `id` to `s` (page, data, runs). False for an unknown id.
pub fn apply_preset(s: &mut UrlState, id: &str) -> bool {
    use GanLoss::*;
    let far = DatasetSpec { separation: 8.0, ..DatasetSpec::default() };
    let (data, a, b, compare) = match id {
        "stable" => (DatasetSpec::default(), run(NonSaturating, 1e-3, 1e-3, 1, OptimKind::Adam), run(Minimax, 1e-3, 1e-3, 1, OptimKind::Adam), false),
        "collapse" => (far, run(NonSaturating, 0.05, 0.05, 1, OptimKind::Sgd), run(NonSaturating, 1e-3, 1e-3, 1, OptimKind::Adam), true),
        "vanishing" => (far, run(Minimax, 1e-3, 5e-3, 5, OptimKind::Adam), run(NonSaturating, 1e-3, 5e-3, 5, OptimKind::Adam), true),
        "wgan" => (far, run(Wasserstein, 1e-3, 1e-3, 5, OptimKind::Adam), run(NonSaturating, 1e-3, 1e-3, 5, OptimKind::Adam), false),
        "eight" => (
            DatasetSpec { kind: DatasetKind::EightGaussians, ..DatasetSpec::default() },
            run(Minimax, 1e-3, 1e-3, 1, OptimKind::Adam),
            run(NonSaturating, 1e-3, 1e-3, 1, OptimKind::Adam),
            true,
        ),
        _ => return false,
    };
    s.page = Page::Gan;
    s.dataset = data;
    s.gan = GanUrl { a, b, compare };
    true
}

/// Reads one GAN key into `s`; false for keys that are not GAN settings.
pub fn apply(s: &mut UrlState, key: &str, raw: &str, notices: &mut Vec<String>) -> bool {
    if key == "compare" {
        s.gan.compare = raw == "1";
        return true;
    }
    let (r, k) = match key.strip_prefix("b_") {
        Some(k) => (&mut s.gan.b, k),
        None => (&mut s.gan.a, key),
    };
    let m = &mut r.model;
    let optim = |raw: &str, notices: &mut Vec<String>| match raw {
        "sgd" => Some(OptimKind::Sgd),
        "adam" => Some(OptimKind::Adam),
        _ => {
            notices.push(format!("Unknown optimiser “{raw}” (sgd or adam); using Adam."));
            None
        }
    };
    match k {
        "loss" => match GanLoss::from_id(raw) {
            Some(l) => m.loss = l,
            None => notices.push(format!("Unknown GAN loss “{raw}” (minimax, ns, lsgan or wgan-gp); using the default.")),
        },
        "glr" => m.g_lr = number(key, raw, GAN_LR_RANGE, notices).unwrap_or(m.g_lr),
        "dlr" => m.d_lr = number(key, raw, GAN_LR_RANGE, notices).unwrap_or(m.d_lr),
        "gopt" => m.g_optim = optim(raw, notices).unwrap_or(m.g_optim),
        "dopt" => m.d_optim = optim(raw, notices).unwrap_or(m.d_optim),
        "k" => m.d_steps = number(key, raw, D_STEPS_RANGE, notices).unwrap_or(m.d_steps),
        "gw" => m.g_hidden = number(key, raw, GAN_WIDTH_RANGE, notices).unwrap_or(m.g_hidden),
        "gd" => m.g_layers = number(key, raw, GAN_DEPTH_RANGE, notices).unwrap_or(m.g_layers),
        "dw" => m.d_hidden = number(key, raw, GAN_WIDTH_RANGE, notices).unwrap_or(m.d_hidden),
        "dd" => m.d_layers = number(key, raw, GAN_DEPTH_RANGE, notices).unwrap_or(m.d_layers),
        "nz" => m.noise_dim = number(key, raw, NOISE_RANGE, notices).unwrap_or(m.noise_dim),
        "gp" => m.gp_weight = number(key, raw, GP_RANGE, notices).unwrap_or(m.gp_weight),
        "gbatch" => r.batch = number(key, raw, GAN_BATCH_RANGE, notices).unwrap_or(r.batch),
        _ => return false,
    }
    true
}

/// Appends the GAN keys that differ from the defaults.
pub fn write(s: &UrlState, pairs: &mut Vec<(String, String)>) {
    let d = GanUrl::default();
    if s.gan.compare {
        pairs.push(("compare".into(), "1".into()));
    }
    let optim = |o: OptimKind| if o == OptimKind::Sgd { "sgd" } else { "adam" };
    let mut runs = vec![("", &s.gan.a, &d.a)];
    if s.gan.compare {
        runs.push(("b_", &s.gan.b, &d.b));
    }
    for (prefix, r, dr) in runs {
        let (m, dm) = (&r.model, &dr.model);
        let fields: [(&str, String, String); 13] = [
            ("loss", m.loss.id().into(), dm.loss.id().into()),
            ("glr", m.g_lr.to_string(), dm.g_lr.to_string()),
            ("dlr", m.d_lr.to_string(), dm.d_lr.to_string()),
            ("gopt", optim(m.g_optim).into(), optim(dm.g_optim).into()),
            ("dopt", optim(m.d_optim).into(), optim(dm.d_optim).into()),
            ("k", m.d_steps.to_string(), dm.d_steps.to_string()),
            ("gw", m.g_hidden.to_string(), dm.g_hidden.to_string()),
            ("gd", m.g_layers.to_string(), dm.g_layers.to_string()),
            ("dw", m.d_hidden.to_string(), dm.d_hidden.to_string()),
            ("dd", m.d_layers.to_string(), dm.d_layers.to_string()),
            ("nz", m.noise_dim.to_string(), dm.noise_dim.to_string()),
            ("gp", m.gp_weight.to_string(), dm.gp_weight.to_string()),
            ("gbatch", r.batch.to_string(), dr.batch.to_string()),
        ];
        pairs.extend(fields.into_iter().filter(|(_, v, dv)| v != dv).map(|(k, v, _)| (format!("{prefix}{k}"), v)));
    }
}
