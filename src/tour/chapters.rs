//! The chapters, in order. `?tour=N` (1-based) opens chapter N.

use crate::state::Page;

/// One chapter of the tour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chapter {
    /// Its id in message ids (`tour-<id>-title`, …) and in the maths table.
    pub id: &'static str,
    /// The page it sets up beside its text.
    pub page: Page,
    /// The link settings it applies when it opens (a query string: a preset and/or keys).
    pub setup: &'static str,
    /// The `data-testid`s of the controls and views it lights up.
    pub highlight: &'static [&'static str],
    /// How many "try this" tasks it has (message ids `tour-<id>-task-1`, …).
    pub tasks: usize,
}

pub const CHAPTERS: &[Chapter] = &[
    Chapter { id: "data", page: Page::Data, setup: "", highlight: &[], tasks: 1 },
];

/// Chapter `n` (1-based), if there is one.
pub fn chapter(n: usize) -> Option<&'static Chapter> {
    n.checked_sub(1).and_then(|i| CHAPTERS.get(i))
}
