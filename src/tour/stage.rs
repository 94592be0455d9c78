//! Lecture mode's stage: with `lecture=1` and a chapter open, the chapter is a slide in two
//! parts — its text and formula first, then the rest of its text and its "try this" tasks —
//! beside only the views and controls the chapter lights (the page hides the rest, and scales
//! what is left to the screen). On a compact screen (a 1280×720 projector) the rest of the text
//! and the tasks are parts of their own: three parts, each short enough to read at 22 px. "The
//! whole page" shows everything, a click away.
//!
//! Next / previous (the buttons, N and P) walk the parts, then the chapters, as a lecturer
//! walks slides. Pure: the reducer and the native tests use it alike.

use crate::tour::chapters::CHAPTERS;

/// The stage's state: which part of the open chapter it shows, and whether the lecturer asked
/// for the whole page instead. Not in the link: a chapter always opens at its first part.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stage {
    /// 0: the chapter's text and formula; 1: the rest of its text (and its tasks, unless
    /// compact); 2 (compact only): its tasks.
    pub part: u8,
    /// The whole page is shown, as outside lecture mode (the chapter's text in full too).
    pub whole: bool,
    /// The screen is compact (≤ 820 px tall, as the page measures it): three parts.
    pub compact: bool,
}

/// How many parts a chapter has on the stage: two, or three on a compact screen.
pub const PARTS: u8 = 2;
pub const COMPACT_PARTS: u8 = 3;

impl Stage {
    /// The stage is up: lecture mode, a chapter open, and the whole page not asked for.
    pub fn up(self, lecture: bool, tour: Option<usize>) -> bool {
        lecture && tour.is_some() && !self.whole
    }

    /// How many parts each chapter has on this screen.
    pub fn parts(self) -> u8 {
        if self.compact { COMPACT_PARTS } else { PARTS }
    }

    /// The part that shows the chapter's tasks (the last one).
    pub fn tasks_part(self) -> u8 {
        self.parts() - 1
    }

    /// The stage on a screen that is (or is no longer) compact: the part shown stays within
    /// the new count (going from three parts to two, the tasks' part becomes the second part,
    /// which shows the tasks too).
    pub fn on_screen(self, compact: bool) -> Self {
        let s = Stage { compact, ..self };
        Stage { part: self.part.min(s.tasks_part()), ..s }
    }
}

/// Where one step forward (or back) from part `part` of chapter `n` goes, with `parts` parts a
/// chapter: the next part on the stage, else the next chapter (going back lands on the previous
/// chapter's last part, as a slide deck does). Off the stage a step is a chapter. The first and
/// last stay put.
pub fn step(n: usize, part: u8, parts: u8, staged: bool, forward: bool) -> (usize, u8) {
    let last = CHAPTERS.len();
    match (staged, forward) {
        (true, true) if part + 1 < parts => (n, part + 1),
        (true, true) if n < last => (n + 1, 0),
        (true, false) if part > 0 => (n, part - 1),
        (true, false) if n > 1 => (n - 1, parts - 1),
        (true, _) => (n, part),
        (false, true) => ((n + 1).min(last), 0),
        (false, false) => (n.saturating_sub(1).max(1), 0),
    }
}
