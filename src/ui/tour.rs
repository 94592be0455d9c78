//! The tour's panel: the open chapter's words and maths beside the live page it set up, its
//! "try this" tasks (ticked by the reducer from the state), previous / next, and the lit
//! controls on the page.

use yew::prelude::*;

use crate::i18n::{tr, tr_args};
use crate::state::app::{Action, AppState};
use crate::tour::chapters::{CHAPTERS, chapter};
use crate::tour::maths::maths;
use crate::ui::hooks::use_lang;
use crate::ui::notation::rich;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

/// Lights the chapter's controls on the page (class `tour-lit`), after each render, and
/// unlights them when the chapter changes or the tour closes.
#[hook]
fn use_highlight(ids: &'static [&'static str], page_key: String) {
    use_effect_with((ids, page_key), move |(ids, _)| {
        let lit: Vec<web_sys::Element> = ids
            .iter()
            .filter_map(|id| gloo::utils::document().query_selector_all(&format!("[data-testid=\"{id}\"]")).ok())
            .flat_map(|list| (0..list.length()).filter_map(move |i| list.item(i)))
            .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            .collect();
        for el in &lit {
            let _ = el.class_list().add_1("tour-lit");
        }
        move || {
            for el in lit {
                let _ = el.class_list().remove_1("tour-lit");
            }
        }
    });
}

/// Shrinks the chapter's formula until it fits the panel's width (down to 60 %), so a
/// projected chapter never shows half an equation; run again when the chapter, the language or
/// lecture mode changes the panel.
#[hook]
fn use_fit_maths(key: String) {
    use_effect_with(key, |_| {
        if let Ok(list) = gloo::utils::document().query_selector_all(".tour .math") {
            for el in (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(n).ok())
            {
                let _ = el.remove_attribute("style");
                let (need, have) = (el.scroll_width(), el.client_width());
                if need > have && have > 0 {
                    let r = (have as f64 / need as f64 * 0.97).max(0.6);
                    let _ = el.set_attribute("style", &format!("font-size: calc(1.15em * {r:.3})"));
                }
            }
        }
    });
}

#[function_component(TourPanel)]
pub fn tour_panel(p: &Props) -> Html {
    let (s, lang) = (&*p.state, use_lang());
    let n = s.url.tour.unwrap_or(1);
    let ch = chapter(n).unwrap_or(&CHAPTERS[0]);
    let staged = s.stage.up(s.url.lecture, s.url.tour);
    // Re-light after the page re-renders with new elements (its step count changes often).
    use_highlight(ch.highlight, format!("{n}-{:?}-{}", s.url.page, s.data_version));
    use_fit_maths(format!("{n}-{lang:?}-{}-{staged}-{}", s.url.lecture, s.stage.part));
    crate::ui::stage::use_stage(staged, format!("{n}-{lang:?}-{}", s.stage.part));
    crate::ui::stage::use_compact_screen(s.stage.compact, p.state.dispatcher());
    let t = |id: &str| tr(lang, id);
    let dispatch = p.state.dispatcher();
    let act = |a: fn() -> Action| {
        let d = dispatch.clone();
        Callback::from(move |_| d.dispatch(a()))
    };
    // On the stage the chapter is two parts, three on a compact screen (tour/stage.rs);
    // elsewhere all of it at once.
    let shows = |part: u8| !staged || s.stage.part == part;
    let parts = s.stage.parts();
    let tasks = (1..=ch.tasks).map(|k| {
        let done = s.tour_done.iter().any(|(id, j)| id == ch.id && *j == k);
        html! {
            <li class={classes!("task", done.then_some("done"))} data-testid={format!("tour-task-{k}")} data-done={done.to_string()}>
                <span class="tick" aria-hidden="true">{ if done { "✓" } else { "○" } }</span>
                <span>{ rich(&t(&format!("tour-{}-task-{k}", ch.id))) }</span>
                <span class="visually-hidden">{ if done { t("tour-task-done") } else { t("tour-task-open") } }</span>
                if done { <p class="hint">{ rich(&t(&format!("tour-{}-done-{k}", ch.id))) }</p> }
            </li>
        }
    });
    let body2 = format!("tour-{}-body-2", ch.id);
    let has_body2 = tr(lang, &body2) != body2;
    let (first, last) = (n <= 1 && (!staged || s.stage.part == 0), n >= CHAPTERS.len() && (!staged || s.stage.part + 1 == parts));
    let part = staged.then(|| tr_args(lang, "tour-part", &[("n", (s.stage.part + 1).to_string()), ("total", parts.to_string())]));
    let whole = s.stage.whole;
    html! {
        <aside class="panel tour" data-testid="tour" data-part={s.stage.part.to_string()} aria-labelledby="tour-title">
            <div class="tour-head">
                <span class="chapter-of" data-testid="tour-chapter" data-total={CHAPTERS.len().to_string()}>
                    { tr_args(lang, "tour-chapter-of", &[("n", n.to_string()), ("total", CHAPTERS.len().to_string())]) }
                    if let Some(part) = part {
                        { " · " }<span data-testid="tour-part" data-label={format!("{}/{parts}", s.stage.part + 1)}>{ part }</span>
                    }
                </span>
                <button class="close" aria-label={t("tour-close")} data-testid="tour-close" onclick={act(|| Action::SetTour(None))}>{ "×" }</button>
            </div>
            <h2 id="tour-title">{ t(&format!("tour-{}-title", ch.id)) }</h2>
            if shows(0) {
                <p>{ rich(&t(&format!("tour-{}-body", ch.id))) }</p>
                if let Some(m) = maths(ch.id) { <div class="math" tabindex="0" role="group" aria-label={t("tour-maths")}>{ Html::from_html_unchecked(AttrValue::from(m)) }</div> }
            }
            if shows(1) && has_body2 { <p>{ rich(&t(&body2)) }</p> }
            if shows(s.stage.tasks_part()) {
                if ch.tasks > 0 {
                    <h3>{ t("tour-try") }</h3>
                    <ul class="tasks">{ for tasks }</ul>
                }
            }
            <div class="buttons">
                <button data-testid="tour-prev" disabled={first} onclick={act(|| Action::TourStep(false))}>{ t("tour-prev") }</button>
                <button class="primary" data-testid="tour-next" disabled={last} onclick={act(|| Action::TourStep(true))}>{ t("tour-next") }</button>
                if s.url.lecture {
                    <button class="stage-whole" data-testid="stage-whole" aria-pressed={whole.to_string()}
                        onclick={act(if whole { || Action::SetWholePage(false) } else { || Action::SetWholePage(true) })}>
                        { t(if whole { "stage-back" } else { "stage-whole" }) }
                    </button>
                }
            </div>
            <p class="hint">{ t("tour-keys-hint") }</p>
        </aside>
    }
}
