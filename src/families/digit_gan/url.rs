//! The digit GAN trainer's part of the URL state: `gratio`, G's learning rate over D's.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::state::family::FamilyUrl;
use crate::state::keys::{self, Num, Range};

/// G's learning rate as a multiple of D's: 1 is the shipped GAN's game; from 12 it collapses at
/// every seed measured (docs/figures.md, "The two trainers on real digits").
pub const RATIO: Range = Range::lin(1.0, 20.0, 0.5);

pub const KEYS: [Num<DigitGanUrl>; 1] = [Num { key: "gratio", range: RATIO, get: |d| d.ratio, set: |d, v| d.ratio = v }];

/// What the trainer is set to.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct DigitGanUrl {
    pub ratio: f64,
}

impl Default for DigitGanUrl {
    fn default() -> Self {
        Self { ratio: 1.0 }
    }
}

/// Reads `gratio`; false for other keys. A bad value keeps the setting and says why.
fn apply(d: &mut DigitGanUrl, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
    keys::read(&KEYS, d, key, key, raw, notices)
}

/// Appends `gratio` where it differs from the base a link starts from.
fn write(d: &DigitGanUrl, base: &DigitGanUrl, pairs: &mut Vec<(String, String)>) {
    keys::write(&KEYS, d, base, "", pairs);
}

impl FamilyUrl for DigitGanUrl {
    fn read(&mut self, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
        apply(self, key, raw, notices)
    }

    fn write(&self, base: &Self, pairs: &mut Vec<(String, String)>) {
        write(self, base, pairs)
    }
}
