//! Lecture mode's stage (`tour/stage.rs`): next and previous walk a chapter's two parts and
//! then the chapters, as slides; off the stage (no lecture mode, or the whole page asked for)
//! they walk chapters; opening a chapter starts at its first part with the stage up.

use genlab::state::UrlState;
use genlab::state::app::{Action, AppState};
use genlab::tour::chapters::CHAPTERS;
use genlab::tour::stage::{COMPACT_PARTS, PARTS, Stage, step};

fn at(query: &str) -> AppState {
    AppState::new(UrlState::parse(query).0, Vec::new())
}

#[test]
fn the_stage_walks_parts_then_chapters_and_stays_at_the_ends() {
    let last = CHAPTERS.len();
    assert_eq!(PARTS, 2);
    assert_eq!(step(3, 0, PARTS, true, true), (3, 1));
    assert_eq!(step(3, 1, PARTS, true, true), (4, 0));
    assert_eq!(step(4, 0, PARTS, true, false), (3, 1), "back lands on the previous chapter's last part");
    assert_eq!(step(4, 1, PARTS, true, false), (4, 0));
    assert_eq!(step(1, 0, PARTS, true, false), (1, 0));
    assert_eq!(step(last, 1, PARTS, true, true), (last, 1));
    // Off the stage a step is a chapter, from either part.
    assert_eq!(step(3, 1, PARTS, false, true), (4, 0));
    assert_eq!(step(3, 0, PARTS, false, false), (2, 0));
    assert_eq!(step(last, 0, PARTS, false, true), (last, 0));
    assert_eq!(step(1, 0, PARTS, false, false), (1, 0));
}

#[test]
fn the_reducer_walks_the_stage_and_sets_each_chapter_up() {
    let s = at("tour=1&lecture=1");
    assert!(s.stage.up(s.url.lecture, s.url.tour));
    let s = s.apply(Action::TourStep(true));
    assert_eq!((s.url.tour, s.stage.part), (Some(1), 1), "the first step shows the chapter's second part");
    let s = s.apply(Action::TourStep(true));
    assert_eq!((s.url.tour, s.stage.part), (Some(2), 0));
    assert_eq!(s.url.page, CHAPTERS[1].page, "a new chapter sets its page up");
    let s = s.apply(Action::TourStep(false));
    assert_eq!((s.url.tour, s.stage.part, s.url.page), (Some(1), 1, CHAPTERS[0].page));

    // The whole page: the stage is down and steps are chapters; the next chapter is a slide again.
    let s = s.apply(Action::SetWholePage(true));
    assert!(!s.stage.up(s.url.lecture, s.url.tour));
    let s = s.apply(Action::TourStep(true));
    assert_eq!((s.url.tour, s.stage.part, s.stage.whole), (Some(2), 0, false));

    // Without lecture mode a step is a chapter; without a chapter it does nothing.
    let s = at("tour=5").apply(Action::TourStep(true));
    assert_eq!((s.url.tour, s.stage.part), (Some(6), 0));
    let s = at("page=gan").apply(Action::TourStep(true));
    assert_eq!(s.url.tour, None);
}

#[test]
fn a_compact_screen_gives_each_chapter_three_parts_and_keeps_them_across_chapters() {
    assert_eq!(COMPACT_PARTS, 3);
    assert_eq!(step(3, 1, COMPACT_PARTS, true, true), (3, 2), "the tasks are a part of their own");
    assert_eq!(step(3, 2, COMPACT_PARTS, true, true), (4, 0));
    assert_eq!(step(4, 0, COMPACT_PARTS, true, false), (3, 2), "back lands on the tasks");

    let s = at("tour=1&lecture=1").apply(Action::SetCompactStage(true));
    assert_eq!((s.stage.parts(), s.stage.tasks_part()), (3, 2));
    let s = s.apply(Action::TourStep(true)).apply(Action::TourStep(true));
    assert_eq!((s.url.tour, s.stage.part), (Some(1), 2));
    let s = s.apply(Action::TourStep(true));
    assert_eq!((s.url.tour, s.stage.part, s.stage.compact), (Some(2), 0, true), "a new chapter stays compact");

    // The screen grows (the window is resized, or moved to a taller projector): the part shown
    // stays within two, and the tasks are still on it.
    let s = s.apply(Action::TourStep(true)).apply(Action::TourStep(true));
    assert_eq!(s.stage.part, 2);
    let s = s.apply(Action::SetCompactStage(false));
    assert_eq!((s.stage.part, s.stage.parts(), s.stage.tasks_part()), (1, 2, 1));
    assert_eq!(Stage { part: 1, whole: false, compact: false }.on_screen(true).part, 1);
}
