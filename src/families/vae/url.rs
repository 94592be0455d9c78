//! The VAE page's part of the URL state. Keys of run A: `beta` (KL weight), `sx` (decoder
//! noise σ_x), `ae=1` (a plain autoencoder: z = μ(x), no KL), `vlr`, `vw`, `vd` (width and
//! depth of encoder and decoder), `vbatch`; run B the same with a `b_` prefix, shown when
//! `vcompare=1`; `temp` is the prior temperature. Presets: `ae-vs-vae`, `beta`.

use serde::{Deserialize, Serialize};

use crate::families::vae::runs::VaeRunConfig;

use crate::data::toy2d::DatasetSpec;
use crate::i18n::Msg;
use crate::state::family::FamilyUrl;
use crate::state::keys::{self, Num, Range};
use crate::state::page::Page;

/// The ranges the link accepts and the sliders move through (one entry each in [`KEYS`]).
pub const BETA: Range = Range::lin(0.0, 20.0, 0.1);
pub const SIGMA_X: Range = Range::lin(0.01, 2.0, 0.01);
pub const LR: Range = Range::log(1e-5, 0.1, 0.1);
pub const WIDTH: Range = Range::int(4, 256, 4);
pub const DEPTH: Range = Range::int(1, 4, 1);
pub const BATCH: Range = Range::int(8, 2048, 8);
pub const TEMPERATURE: Range = Range::lin(0.0, 3.0, 0.05);

/// A run's numeric keys (run B's carry a `b_` prefix).
pub const KEYS: [Num<VaeRunConfig>; 6] = [
    Num { key: "beta", range: BETA, get: |c| c.model.beta, set: |c, v| c.model.beta = v },
    Num { key: "sx", range: SIGMA_X, get: |c| c.model.sigma_x, set: |c, v| c.model.sigma_x = v },
    Num { key: "vlr", range: LR, get: |c| c.model.learning_rate, set: |c, v| c.model.learning_rate = v },
    Num { key: "vw", range: WIDTH, get: |c| c.model.hidden as f64, set: |c, v| c.model.hidden = v as usize },
    Num { key: "vd", range: DEPTH, get: |c| c.model.layers as f64, set: |c, v| c.model.layers = v as usize },
    Num { key: "vbatch", range: BATCH, get: |c| c.batch as f64, set: |c, v| c.batch = v as usize },
];

/// The keys of the page as a whole.
pub const PAGE_KEYS: [Num<VaeUrl>; 1] =
    [Num { key: "temp", range: TEMPERATURE, get: |u| u.temperature as f64, set: |u, v| u.temperature = v as f32 }];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VaeUrl {
    pub a: VaeRunConfig,
    pub b: VaeRunConfig,
    pub compare: bool,
    /// Prior samples are decoded at z = temperature · ε.
    pub temperature: f32,
}

impl Default for VaeUrl {
    fn default() -> Self {
        let b = VaeRunConfig { model: VaeRunConfig::default().model.with_variational(false), ..Default::default() };
        Self { a: VaeRunConfig::default(), b, compare: false, temperature: 1.0 }
    }
}

impl VaeUrl {
    pub fn runs(&self) -> Vec<VaeRunConfig> {
        if self.compare { vec![self.a.clone(), self.b.clone()] } else { vec![self.a.clone()] }
    }
}

/// VAE presets: (id, label, what to look at).
pub const VAE_PRESETS: [(&str, &str, &str); 2] = [
    (
        "ae-vs-vae",
        "Autoencoder vs VAE",
        "Left: a plain autoencoder — its codes spread out and leave holes, so decoded prior samples land off the data. Right: the VAE pulls codes towards N(0, I), so the prior decodes to data.",
    ),
    (
        "beta",
        "β = 0 vs β = 1",
        "The same VAE with the KL term off (left) and on (right): without the pull to the prior, the codes drift away from where the prior samples.",
    ),
];

/// Preset `id`: both runs, side by side. None for an unknown id.
fn preset(id: &str) -> Option<VaeUrl> {
    let vae = VaeRunConfig::default();
    let (a, b) = match id {
        "ae-vs-vae" => (VaeRunConfig { model: vae.model.clone().with_variational(false), ..vae.clone() }, vae),
        "beta" => (VaeRunConfig { model: vae.model.clone().with_beta(0.0), ..vae.clone() }, vae),
        _ => return None,
    };
    Some(VaeUrl { a, b, compare: true, temperature: 1.0 })
}

/// Reads one VAE key; false for keys that are not VAE settings.
fn apply(vae: &mut VaeUrl, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
    if key == "vcompare" {
        vae.compare = raw == "1";
        return true;
    }
    if keys::read(&PAGE_KEYS, vae, key, key, raw, notices) {
        return true;
    }
    let (r, k) = match key.strip_prefix("b_") {
        Some(k) => (&mut vae.b, k),
        None => (&mut vae.a, key),
    };
    if k == "ae" {
        r.model.variational = raw != "1";
        return true;
    }
    keys::read(&KEYS, r, k, key, raw, notices)
}

/// Appends the VAE keys that differ from the base a link starts from (the defaults, or a
/// tour chapter's setup).
fn write(vae: &VaeUrl, d: &VaeUrl, pairs: &mut Vec<(String, String)>) {
    if vae.compare != d.compare {
        pairs.push(("vcompare".into(), if vae.compare { "1" } else { "0" }.into()));
    }
    keys::write(&PAGE_KEYS, vae, d, "", pairs);
    let mut runs = vec![("", &vae.a, &d.a)];
    if vae.compare {
        runs.push(("b_", &vae.b, &d.b));
    }
    for (prefix, r, dr) in runs {
        if r.model.variational != dr.model.variational {
            pairs.push((format!("{prefix}ae"), if r.model.variational { "0" } else { "1" }.into()));
        }
        keys::write(&KEYS, r, dr, prefix, pairs);
    }
}

impl FamilyUrl for VaeUrl {
    fn read(&mut self, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
        apply(self, key, raw, notices)
    }

    fn write(&self, base: &Self, pairs: &mut Vec<(String, String)>) {
        write(self, base, pairs)
    }

    fn preset(&mut self, id: &str, _data: &mut DatasetSpec) -> Option<Page> {
        *self = preset(id)?;
        Some(Page::Vae)
    }
}
