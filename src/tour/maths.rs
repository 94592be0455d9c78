//! Each chapter's maths, written in MathML (rendered natively by current browsers). The same
//! in both languages.

/// The MathML of chapter `id` (a `<math display="block">…</math>` element), if it has maths.
pub fn maths(id: &str) -> Option<&'static str> {
    MATHS.iter().find(|(c, _)| *c == id).map(|(_, m)| *m)
}

const MATHS: &[(&str, &str)] = &[];
