//! Lecture mode's stage on the page (`tour/stage.rs` says what it is): the document gets the
//! class `staged` (the stylesheet then hides every panel the chapter does not light, the
//! ledes, intros and unlit canvases, and lays the chapter beside its views in one screen), and
//! the views are scaled to the height the screen has left, so nothing needs a scroll. Scaling
//! is CSS `zoom` on the page column: pointer positions stay right (the canvases read their own
//! rectangles).

use std::cell::Cell;

use gloo::timers::callback::{Interval, Timeout};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::ResizeObserver;
use yew::prelude::*;

use crate::state::app::{Action, AppState};

/// The smallest scale the views take; below it they would be unreadable on a projector, and the
/// page scrolls instead (the lecture test fails on that).
const MIN_ZOOM: f64 = 0.45;
/// A screen this tall or less (a 1280×720 projector) gets the compact stage (style.css).
const SMALL: f64 = 820.0;
/// The fit runs whenever the views or the window change size (a `ResizeObserver`: tables fill,
/// charts appear, the last fit rewrapped the panels), so a slide settles in a few frames; this
/// slower check is the net under it (a column the page replaced is observed afresh).
const EVERY_MS: u32 = 1_000;

/// The search for a slide's scale at one track width: the largest scale that fitted and the
/// smallest that overflowed. The column's height is not monotone in its width (panels wrap as
/// it narrows), so growing towards a scale that overflowed once goes half way (a bisection)
/// and the fit settles in a few checks instead of oscillating.
#[derive(Clone, Copy)]
struct Search {
    track: f64,
    fitted: f64,
    overflowed: f64,
}

thread_local! {
    static SEARCH: Cell<Option<Search>> = const { Cell::new(None) };
}

/// While `staged`, keeps the class on the document and the page column scaled to fit; each new
/// `slide` (chapter, part, language) fits afresh.
#[hook]
pub fn use_stage(staged: bool, slide: String) {
    use_effect_with(slide, |_| SEARCH.with(|c| c.set(None)));
    use_effect_with(staged, |&on| {
        let root = gloo::utils::document().document_element();
        if let Some(root) = &root {
            let _ = if on { root.class_list().add_1("staged") } else { root.class_list().remove_1("staged") };
        }
        let watch = on.then(Watch::start);
        move || {
            drop(watch);
            if let Some(root) = root {
                let _ = root.class_list().remove_1("staged");
            }
            if let Some(page) = page_column() {
                let _ = page.remove_attribute("style");
            }
        }
    });
}

/// What keeps a staged page fitted: the observer of the views' sizes and the slower check.
struct Watch {
    observer: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    _timer: Interval,
}

impl Watch {
    fn start() -> Self {
        // A fit changes the sizes it observes, so it runs just after the observer's callback
        // (a task of its own), never inside it: no "ResizeObserver loop" error, one fit a round.
        let on_resize = Closure::<dyn FnMut()>::new(|| {
            let _ = Timeout::new(0, fit).forget();
        });
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        let watched = observer.clone();
        let observe = move || {
            if let Some(o) = &watched {
                if let Some(root) = gloo::utils::document().document_element() {
                    o.observe(&root);
                }
                if let Some(page) = page_column() {
                    o.observe(&page);
                }
            }
        };
        fit();
        observe();
        let timer = Interval::new(EVERY_MS, move || {
            fit();
            observe();
        });
        Watch { observer, _on_resize: on_resize, _timer: timer }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
    }
}

/// Tells the reducer whether the screen is compact (≤ [`SMALL`] px tall, as style.css's media
/// query): on one a chapter is three parts on the stage. Measured now and on each resize; only
/// a change is sent.
#[hook]
pub fn use_compact_screen(compact: bool, dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with(compact, move |&compact| {
        let check = move || {
            let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
            let now = height > 0.0 && height <= SMALL;
            if now != compact {
                dispatch.dispatch(Action::SetCompactStage(now));
            }
        };
        check();
        let listener = gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| check());
        move || drop(listener)
    });
}

fn page_column() -> Option<web_sys::HtmlElement> {
    gloo::utils::document().query_selector(".with-tour > .page").ok().flatten()?.dyn_into().ok()
}

fn rect_of(selector: &str) -> Option<web_sys::DomRect> {
    Some(gloo::utils::document().query_selector(selector).ok().flatten()?.get_bounding_client_rect())
}

/// Scales the page column so its bottom meets the window's (never above 1, never below
/// [`MIN_ZOOM`]); a change under 2 % that mends no overflow is left alone, so the layout does
/// not flicker.
///
/// The column is laid out `1/scale` times as wide as its grid track (`width`, in its own
/// pixels), so scaled it fills the track, and its height at scale 1 is its height now divided by
/// the scale. Its height depends on that width (panels sit side by side, canvases follow their
/// width), so the fit is reached over a few checks, each measuring the layout the last one made.
fn fit() {
    let (Some(page), Some(stage), Some(tour)) = (page_column(), rect_of(".with-tour"), rect_of(".with-tour > .tour")) else {
        return;
    };
    // The page column carries no other inline style: the scale and width are its whole `style`.
    let style = page.get_attribute("style").unwrap_or_default();
    let now: f64 = style.strip_prefix("zoom: ").and_then(|z| z.split(';').next()?.parse().ok()).unwrap_or(1.0);
    let track = (stage.right() - tour.right()).floor();
    let rect = page.get_bounding_client_rect();
    let scroll = gloo::utils::window().scroll_y().unwrap_or(0.0);
    let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let (top, natural) = (rect.top() + scroll, rect.height() / now);
    if natural <= 0.0 || height <= top || track <= 0.0 {
        return;
    }
    // Overflowing is always mended; otherwise a change under 2 % waits.
    let over = rect.bottom() > height - 2.0;
    let fresh = Search { track, fitted: 0.0, overflowed: f64::INFINITY };
    let mut s = SEARCH.with(Cell::get).filter(|s| s.track == track).unwrap_or(fresh);
    if over {
        s.overflowed = s.overflowed.min(now);
        if now <= s.fitted {
            s.fitted = 0.0; // the views grew: what fitted before no longer does
        }
    } else {
        s.fitted = s.fitted.max(now);
    }
    let mut want = ((height - top - 4.0) / natural).clamp(MIN_ZOOM, 1.0);
    if want >= s.overflowed {
        want = (s.overflowed * 0.99).max(MIN_ZOOM);
    }
    if s.fitted > 0.0 && want > s.fitted && s.overflowed.is_finite() {
        let (lo, hi) = (s.fitted, s.overflowed);
        want = if hi - lo < 0.01 * hi { lo } else { want.min((lo + hi) / 2.0) };
    }
    SEARCH.with(|c| c.set(Some(s)));
    let zoom = if over || (want - now).abs() / now > 0.02 || (want == 1.0 && now != 1.0) { want } else { now };
    // On a small screen the column is laid out 1/scale as wide, so scaled it fills its track (the
    // panels sit side by side instead of leaving the right of the screen empty); `--stage-h` is
    // the screen's height left in the column's own pixels, which caps its canvases there
    // (style.css, the same 820 px).
    let spread = if height <= SMALL { zoom } else { 1.0 };
    let (width, left) = ((track / spread).floor(), ((height - top - 4.0) / zoom).floor());
    let wanted = format!("zoom: {zoom:.3}; width: {width}px; --stage-h: {left}px");
    if style != wanted {
        let _ = page.set_attribute("style", &wanted);
    }
}
