//! The digit VAE trainer's part of the URL state: `vkl`, the KL weight β of the 2-D VAE
//! trained on the Digit models page.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::state::family::FamilyUrl;
use crate::state::keys::{self, Num, Range};

/// β: 0 (reconstruction alone, the autoencoder's holes) to 8 (the prior wins: codes pile up);
/// 1 is the ELBO the shipped VAE was trained with (README, "The latent plane, trained here").
pub const BETA: Range = Range::lin(0.0, 8.0, 0.25);

pub const KEYS: [Num<DigitVaeUrl>; 1] = [Num { key: "vkl", range: BETA, get: |d| d.beta, set: |d, v| d.beta = v }];

/// What the trainer is set to.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct DigitVaeUrl {
    pub beta: f64,
}

impl Default for DigitVaeUrl {
    fn default() -> Self {
        Self { beta: 1.0 }
    }
}

/// Reads `vkl`; false for other keys. A bad value keeps the setting and says why.
fn apply(d: &mut DigitVaeUrl, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
    keys::read(&KEYS, d, key, key, raw, notices)
}

/// Appends `vkl` where it differs from the base a link starts from.
fn write(d: &DigitVaeUrl, base: &DigitVaeUrl, pairs: &mut Vec<(String, String)>) {
    keys::write(&KEYS, d, base, "", pairs);
}

impl FamilyUrl for DigitVaeUrl {
    fn read(&mut self, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
        apply(self, key, raw, notices)
    }

    fn write(&self, base: &Self, pairs: &mut Vec<(String, String)>) {
        write(self, base, pairs)
    }
}
