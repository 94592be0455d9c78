//! The lineup page's part of the URL state: `lclass`, the class drawn (`each` for 0–9 in turn),
//! and `lpsi`, the spread ψ of the latent codes the GAN and the VAE draw (z ~ N(0, ψ²I)).

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::state::keys::{self, Num, Range};

/// ψ: 0 draws every sample of a class from z = 0 (one image per class), 1 the prior itself.
pub const PSI: Range = Range::lin(0.0, 1.5, 0.05);

/// The lineup page's numeric keys.
pub const KEYS: [Num<LineupUrl>; 1] = [Num { key: "lpsi", range: PSI, get: |l| l.psi, set: |l, v| l.psi = v }];

/// What the lineup page draws.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LineupUrl {
    /// The class (`None`: 0–9 in turn).
    pub pick: Option<usize>,
    /// The latent codes' spread ψ for the GAN and the VAE.
    pub psi: f64,
}

impl Default for LineupUrl {
    fn default() -> Self {
        Self { pick: DEFAULT_PICK, psi: 1.0 }
    }
}

/// The class a link opens the lineup on: a 3, as in the seed's figure of one class.
pub const DEFAULT_PICK: Option<usize> = Some(3);

/// `each`, or the class.
pub fn pick_id(pick: Option<usize>) -> String {
    pick.map_or("each".into(), |c| c.to_string())
}

pub fn pick_from_id(id: &str) -> Option<Option<usize>> {
    match id {
        "each" => Some(None),
        _ => id.parse::<usize>().ok().filter(|c| *c < 10).map(Some),
    }
}

/// Reads `lclass` and `lpsi`; false for other keys. A bad value keeps the setting and says why.
pub fn apply(l: &mut LineupUrl, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
    if keys::read(&KEYS, l, key, key, raw, notices) {
        return true;
    }
    if key != "lclass" {
        return false;
    }
    match pick_from_id(raw) {
        Some(p) => l.pick = p,
        None => notices.push(Msg::new("url-bad-lineup-class").arg("raw", raw)),
    }
    true
}

/// Appends `lclass` and `lpsi` where they differ from the base a link starts from.
pub fn write(l: &LineupUrl, base: &LineupUrl, pairs: &mut Vec<(String, String)>) {
    if l.pick != base.pick {
        pairs.push(("lclass".into(), pick_id(l.pick)));
    }
    keys::write(&KEYS, l, base, "", pairs);
}
