//! The lineup page's part of the URL state: `lclass`, the class drawn (`each` for 0–9 in turn).

use crate::i18n::Msg;

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

/// Reads `lclass`; false for other keys. A bad value keeps the pick and says why.
pub fn apply(pick: &mut Option<usize>, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
    if key != "lclass" {
        return false;
    }
    match pick_from_id(raw) {
        Some(p) => *pick = p,
        None => notices.push(Msg::new("url-bad-lineup-class").arg("raw", raw)),
    }
    true
}

/// Appends `lclass` when it differs from the base a link starts from.
pub fn write(pick: Option<usize>, base: Option<usize>, pairs: &mut Vec<(String, String)>) {
    if pick != base {
        pairs.push(("lclass".into(), pick_id(pick)));
    }
}
