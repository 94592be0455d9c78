//! The VAE page's part of the URL state. Keys of run A: `beta` (KL weight), `sx` (decoder
//! noise σ_x), `ae=1` (a plain autoencoder: z = μ(x), no KL), `vlr`, `vw`, `vd` (width and
//! depth of encoder and decoder), `vbatch`; run B the same with a `b_` prefix, shown when
//! `vcompare=1`; `temp` is the prior temperature. Presets: `ae-vs-vae`, `beta`.

use serde::{Deserialize, Serialize};

use crate::families::vae::lab::VaeRunConfig;

use crate::state::url::{number, Page, UrlState};

pub const BETA_RANGE: (f64, f64) = (0.0, 20.0);
pub const SIGMA_X_RANGE: (f64, f64) = (0.01, 2.0);
pub const VAE_LR_RANGE: (f64, f64) = (1e-5, 0.1);
pub const VAE_WIDTH_RANGE: (usize, usize) = (4, 256);
pub const VAE_DEPTH_RANGE: (usize, usize) = (1, 4);
pub const VAE_BATCH_RANGE: (usize, usize) = (8, 2048);
pub const TEMP_RANGE: (f32, f32) = (0.0, 3.0);

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
    ("ae-vs-vae", "Autoencoder vs VAE", "Left: a plain autoencoder — its codes spread out and leave holes, so decoded prior samples land off the data. Right: the VAE pulls codes towards N(0, I), so the prior decodes to data."),
    ("beta", "β = 0 vs β = 1", "The same VAE with the KL term off (left) and on (right): without the pull to the prior, the codes drift away from where the prior samples."),
];

/// Applies a VAE preset to `s`; false for an unknown id.
pub fn apply_preset(s: &mut UrlState, id: &str) -> bool {
    let vae = VaeRunConfig::default();
    let (a, b) = match id {
        "ae-vs-vae" => (VaeRunConfig { model: vae.model.clone().with_variational(false), ..vae.clone() }, vae),
        "beta" => (VaeRunConfig { model: vae.model.clone().with_beta(0.0), ..vae.clone() }, vae),
        _ => return false,
    };
    s.page = Page::Vae;
    s.vae = VaeUrl { a, b, compare: true, temperature: 1.0 };
    true
}

/// Reads one VAE key; false for keys that are not VAE settings.
pub fn apply(s: &mut UrlState, key: &str, raw: &str, notices: &mut Vec<String>) -> bool {
    match key {
        "vcompare" => s.vae.compare = raw == "1",
        "temp" => s.vae.temperature = number(key, raw, TEMP_RANGE, notices).unwrap_or(s.vae.temperature),
        _ => {
            let (r, k) = match key.strip_prefix("b_") {
                Some(k) => (&mut s.vae.b, k),
                None => (&mut s.vae.a, key),
            };
            let m = &mut r.model;
            match k {
                "beta" => m.beta = number(key, raw, BETA_RANGE, notices).unwrap_or(m.beta),
                "sx" => m.sigma_x = number(key, raw, SIGMA_X_RANGE, notices).unwrap_or(m.sigma_x),
                "ae" => m.variational = raw != "1",
                "vlr" => m.learning_rate = number(key, raw, VAE_LR_RANGE, notices).unwrap_or(m.learning_rate),
                "vw" => m.hidden = number(key, raw, VAE_WIDTH_RANGE, notices).unwrap_or(m.hidden),
                "vd" => m.layers = number(key, raw, VAE_DEPTH_RANGE, notices).unwrap_or(m.layers),
                "vbatch" => r.batch = number(key, raw, VAE_BATCH_RANGE, notices).unwrap_or(r.batch),
                _ => return false,
            }
        }
    }
    true
}

/// Appends the VAE keys that differ from the defaults.
pub fn write(s: &UrlState, pairs: &mut Vec<(String, String)>) {
    let d = VaeUrl::default();
    if s.vae.compare {
        pairs.push(("vcompare".into(), "1".into()));
    }
    if s.vae.temperature != d.temperature {
        pairs.push(("temp".into(), s.vae.temperature.to_string()));
    }
    let mut runs = vec![("", &s.vae.a, &d.a)];
    if s.vae.compare {
        runs.push(("b_", &s.vae.b, &d.b));
    }
    for (prefix, r, dr) in runs {
        let (m, dm) = (&r.model, &dr.model);
        let ae = |v: bool| if v { "0" } else { "1" }.to_string();
        let fields: [(&str, String, String); 7] = [
            ("beta", m.beta.to_string(), dm.beta.to_string()),
            ("sx", m.sigma_x.to_string(), dm.sigma_x.to_string()),
            ("ae", ae(m.variational), ae(dm.variational)),
            ("vlr", m.learning_rate.to_string(), dm.learning_rate.to_string()),
            ("vw", m.hidden.to_string(), dm.hidden.to_string()),
            ("vd", m.layers.to_string(), dm.layers.to_string()),
            ("vbatch", r.batch.to_string(), dr.batch.to_string()),
        ];
        pairs.extend(fields.into_iter().filter(|(_, v, dv)| v != dv).map(|(k, v, _)| (format!("{prefix}{k}"), v)));
    }
}
