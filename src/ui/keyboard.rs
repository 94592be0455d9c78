//! Keyboard control for lectures: Space play/pause, ←/→ one frame (or one training step),
//! R reset, N/P next/previous tour chapter, L lecture mode, F fullscreen, ? the list of keys.
//! Keys act through the page's own buttons and sliders (found by their `data-testid` or a
//! `data-key` mark), so a key does exactly what the click would. They never fire while the user
//! types in a field or moves a slider with the arrow keys.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::state::app::{Action, AppState};

/// The keys, as the help overlay lists them: (key, message id of what it does).
pub const KEYS: [(&str, &str); 8] = [
    ("Space", "keys-space"),
    ("← →", "keys-arrows"),
    ("R", "keys-r"),
    ("N", "keys-n"),
    ("P", "keys-p"),
    ("L", "keys-l"),
    ("F", "keys-f"),
    ("?", "keys-help"),
];

/// Buttons each key presses, in order of preference (the first one shown wins).
const PLAY: &str = "[data-key=play], [data-testid=compare-play], [data-testid=gan-play], [data-testid=vae-play], [data-testid=play], [data-testid=images-play]";
const STEP: &str = "[data-testid=compare-step], [data-testid=gan-step], [data-testid=vae-step], [data-testid=step]";
const RESET: &str = "[data-testid=compare-reset], [data-testid=gan-reset], [data-testid=vae-reset], [data-testid=reset]";
/// Frame sliders, in order of preference: the page's animation, then its second scrubber (the
/// forward process), then its training history.
const FRAMES: [&str; 3] = ["input[data-key=frames]", "input[data-key=frames-alt]", "input[data-key=frames-history]"];

/// True when the key belongs to what the user is typing or sliding.
fn typing(ev: &KeyboardEvent) -> bool {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return false };
    let tag = el.tag_name().to_ascii_uppercase();
    let editable = el.dyn_ref::<HtmlElement>().is_some_and(|h| h.is_content_editable());
    editable || matches!(tag.as_str(), "INPUT" | "SELECT" | "TEXTAREA")
}

/// The first element matching `selector` that is shown and enabled.
fn first_shown(selector: &str) -> Option<HtmlElement> {
    let list = gloo::utils::document().query_selector_all(selector).ok()?;
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).find(|el| {
        let disabled = el.has_attribute("disabled");
        !disabled && el.offset_parent().is_some()
    })
}

fn press(selector: &str) -> bool {
    first_shown(selector).map(|el| el.click()).is_some()
}

/// Moves the page's frame slider by one step (`by` = ±1); false when the page has none.
fn nudge_frames(by: f64) -> bool {
    let Some(input) = FRAMES.iter().find_map(|sel| first_shown(sel)).and_then(|el| el.dyn_into::<HtmlInputElement>().ok()) else {
        return false;
    };
    let step = input.step().parse::<f64>().unwrap_or(1.0).max(f64::MIN_POSITIVE);
    let (lo, hi) = (input.min().parse::<f64>().unwrap_or(0.0), input.max().parse::<f64>().unwrap_or(100.0));
    let v = (input.value_as_number() + by * step).clamp(lo, hi);
    input.set_value_as_number(v);
    let ev = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    });
    ev.is_ok_and(|e| input.dispatch_event(&e).is_ok())
}

fn toggle_fullscreen() {
    let doc = gloo::utils::document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// What a key press does with the current state `s`; true when it was handled.
fn handle(key: &str, s: &AppState, dispatch: &UseReducerDispatcher<AppState>) -> bool {
    match key {
        " " => press(PLAY),
        "ArrowRight" => nudge_frames(1.0) || press(STEP),
        "ArrowLeft" => nudge_frames(-1.0),
        "r" | "R" => press(RESET),
        // With a chapter open, N and P walk it as the buttons do (the stage's parts in lecture
        // mode, then the chapters); with none, they open the first.
        "n" | "N" | "p" | "P" => {
            dispatch.dispatch(match s.url.tour {
                Some(_) => Action::TourStep(key.eq_ignore_ascii_case("n")),
                None => Action::SetTour(Some(1)),
            });
            true
        }
        "l" | "L" => {
            dispatch.dispatch(Action::SetLecture(!s.url.lecture));
            true
        }
        "f" | "F" => {
            toggle_fullscreen();
            true
        }
        "?" => {
            dispatch.dispatch(Action::SetHelp(!s.help));
            true
        }
        "Escape" if s.help => {
            dispatch.dispatch(Action::SetHelp(false));
            true
        }
        _ => false,
    }
}

/// Listens for the keys on the whole page while the app is mounted. `latest` reads the state
/// at the moment of the key press.
#[hook]
pub fn use_keys(latest: fn() -> Option<AppState>, dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let options = gloo::events::EventListenerOptions::enable_prevent_default();
        let listener = gloo::events::EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |ev| {
            let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else { return };
            if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing(ev) {
                return;
            }
            let Some(s) = latest() else { return };
            if handle(&ev.key(), &s, &dispatch) {
                ev.prevent_default();
            }
        });
        move || drop(listener)
    });
}
