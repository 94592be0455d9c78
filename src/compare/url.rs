//! The compare page's part of the URL state: `equal` (time|steps), and its presets, each a
//! dataset with the question it asks.

use crate::compare::protocol::Equal;
use crate::data::toy2d::{DatasetKind, DatasetSpec};
use crate::i18n::Msg;

/// The compare page's presets, by id; each one's label and question are the messages
/// `compare-preset-<name>` and `compare-preset-<name>-q` (`i18n/*.ftl`).
pub const PRESETS: [&str; 5] = ["compare-9010", "compare-far", "compare-eight", "compare-ring", "compare-drawn"];

/// The dataset a compare preset sets (`None` for an unknown id; the drawing keeps the data).
pub fn preset(id: &str, current: &DatasetSpec) -> Option<DatasetSpec> {
    let base = DatasetSpec::default();
    Some(match id {
        "compare-9010" => DatasetSpec { weight: 0.9, ..base },
        "compare-far" => DatasetSpec { separation: 8.0, ..base },
        "compare-eight" => DatasetSpec { kind: DatasetKind::EightGaussians, ..base },
        "compare-ring" => DatasetSpec { kind: DatasetKind::Ring, ..base },
        "compare-drawn" => DatasetSpec { kind: DatasetKind::Custom, ..current.clone() },
        _ => return None,
    })
}

/// Reads `equal`; false for other keys.
pub fn apply(equal: &mut Equal, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
    if key != "equal" {
        return false;
    }
    match Equal::from_id(raw) {
        Some(e) => *equal = e,
        None => notices.push(Msg::new("url-bad-clock").arg("raw", raw)),
    }
    true
}

/// Appends the clock key when it differs from the base a link starts from.
pub fn write(equal: Equal, base: Equal, pairs: &mut Vec<(String, String)>) {
    if equal != base {
        pairs.push(("equal".into(), equal.id().into()));
    }
}
