//! Lecture mode's stage: with `lecture=1` and a chapter open, the chapter is a slide in two
//! parts — its text and formula first, then the rest of its text and its "try this" tasks —
//! beside only the views and controls the chapter lights (the page hides the rest, and scales
//! what is left to the screen). "The whole page" shows everything, a click away.
//!
//! Next / previous (the buttons, N and P) walk the parts, then the chapters, as a lecturer
//! walks slides. Pure: the reducer and the native tests use it alike.

use crate::tour::chapters::CHAPTERS;

/// The stage's state: which part of the open chapter it shows, and whether the lecturer asked
/// for the whole page instead. Not in the link: a chapter always opens at its first part.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stage {
    /// 0: the chapter's text and formula; 1: the rest of its text and its tasks.
    pub part: u8,
    /// The whole page is shown, as outside lecture mode (the chapter's text in full too).
    pub whole: bool,
}

/// How many parts a chapter has on the stage.
pub const PARTS: u8 = 2;

impl Stage {
    /// The stage is up: lecture mode, a chapter open, and the whole page not asked for.
    pub fn up(self, lecture: bool, tour: Option<usize>) -> bool {
        lecture && tour.is_some() && !self.whole
    }
}

/// Where one step forward (or back) from part `part` of chapter `n` goes: the next part on the
/// stage, else the next chapter (going back lands on the previous chapter's last part, as a
/// slide deck does). Off the stage a step is a chapter. The first and last stay put.
pub fn step(n: usize, part: u8, staged: bool, forward: bool) -> (usize, u8) {
    let last = CHAPTERS.len();
    match (staged, forward) {
        (true, true) if part + 1 < PARTS => (n, part + 1),
        (true, true) if n < last => (n + 1, 0),
        (true, false) if part > 0 => (n, part - 1),
        (true, false) if n > 1 => (n - 1, PARTS - 1),
        (true, _) => (n, part),
        (false, true) => ((n + 1).min(last), 0),
        (false, false) => (n.saturating_sub(1).max(1), 0),
    }
}
