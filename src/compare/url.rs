//! The compare page's part of the URL state: `equal` (time|steps), and its presets, each a
//! dataset with the question it asks.

use crate::compare::protocol::Equal;
use crate::data::toy2d::{DatasetKind, DatasetSpec};

/// The compare page's presets: (id, label, question).
pub const PRESETS: [(&str, &str, &str); 5] = [
    ("compare-9010", "Imbalanced 90/10", "Who drops the small mode?"),
    ("compare-far", "Far-apart clusters", "Who still finds both when the gap between them is wide?"),
    ("compare-eight", "Eight Gaussians", "Who covers all eight modes, and how evenly?"),
    ("compare-ring", "Ring", "Who draws a thin ring, and who fills its hole?"),
    ("compare-drawn", "Your own drawing", "Draw points on the data page: who follows your shape?"),
];

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
pub fn apply(equal: &mut Equal, key: &str, raw: &str, notices: &mut Vec<String>) -> bool {
    if key != "equal" {
        return false;
    }
    match Equal::from_id(raw) {
        Some(e) => *equal = e,
        None => notices.push(format!("Unknown clock “{raw}” (time or steps); using equal time.")),
    }
    true
}

pub fn write(equal: Equal, pairs: &mut Vec<(String, String)>) {
    if equal != Equal::default() {
        pairs.push(("equal".into(), equal.id().into()));
    }
}
