//! Lecture mode's stage on the page (`tour/stage.rs` says what it is): the document gets the
//! class `staged` (the stylesheet then hides every panel the chapter does not light, the
//! ledes, intros and unlit canvases, and lays the chapter beside its views in one screen), and
//! the views are scaled to the height the screen has left, so nothing needs a scroll. Scaling
//! is CSS `zoom` on the page column: pointer positions stay right (the canvases read their own
//! rectangles).

use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The smallest scale the views take; below it they would be unreadable on a projector, and the
/// page scrolls instead (the lecture test fails on that).
const MIN_ZOOM: f64 = 0.45;
/// How often the fit is checked (the views grow while a model trains: tables fill, charts
/// appear).
const EVERY_MS: u32 = 250;

/// While `staged`, keeps the class on the document and the page column scaled to fit.
#[hook]
pub fn use_stage(staged: bool) {
    use_effect_with(staged, |&on| {
        let root = gloo::utils::document().document_element();
        if let Some(root) = &root {
            let _ = if on { root.class_list().add_1("staged") } else { root.class_list().remove_1("staged") };
        }
        let timer = on.then(|| {
            fit();
            Interval::new(EVERY_MS, fit)
        });
        move || {
            drop(timer);
            if let Some(root) = root {
                let _ = root.class_list().remove_1("staged");
            }
            if let Some(page) = page_column() {
                let _ = page.remove_attribute("style");
            }
        }
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
/// The column keeps the width of its grid track in its own pixels (`width`), so everything in
/// it — canvases sized by a percentage too — shrinks by the same factor, and its height at
/// scale 1 is its height now divided by the scale: one measure, no trial and error.
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
    let want = ((height - top - 4.0) / natural).clamp(MIN_ZOOM, 1.0);
    let wanted = format!("zoom: {want:.3}; width: {track}px");
    // Overflowing is always mended; otherwise a change under 2 % waits.
    let over = rect.bottom() > height - 2.0;
    if (over || (want - now).abs() / now > 0.02 || (want == 1.0 && now != 1.0) || !style.ends_with(&format!("width: {track}px")))
        && style != wanted
    {
        let _ = page.set_attribute("style", &wanted);
    }
}
