//! The page: a Yew app whose state lives in one reducer. Components never call burn; they
//! dispatch actions and send worker commands, and draw the plain snapshots the worker returns.

pub mod anim;
pub mod browser_store;
pub mod controls;
pub mod data_panel;
pub mod drag;
pub mod export;
pub mod header;
pub mod history_bar;
pub mod hooks;
pub mod keyboard;
pub mod lab_bar;
pub mod lab_keep;
pub mod landing;
pub mod notation;
pub mod pace;
pub mod quality_panel;
pub mod stage;
pub mod stale;
pub mod tour;
pub mod train_controls;
pub mod trainer_buttons;

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::i18n::{Msg, tr};
use crate::state::app::{Action, AppState};
use crate::state::{Page, UrlState};
use crate::worker::protocol::Command;

thread_local! {
    static LATEST: RefCell<Option<UseReducerHandle<AppState>>> = const { RefCell::new(None) };
    static WORKER: RefCell<Option<hooks::WorkerHandle>> = const { RefCell::new(None) };
}

/// Test hook: makes the training worker panic (`window.genlab.crashWorker()`), so end-to-end
/// tests can check that a crash is shown and that the worker restarts.
// Exported by the page's module only: in a worker build it is dead code, left out.
#[cfg_attr(feature = "page", wasm_bindgen)]
pub fn genlab_crash_worker() {
    WORKER.with_borrow(|w| {
        if let Some(w) = w {
            w.send(&Command::Crash);
        }
    });
}

/// Test hook: makes the worker act as if its WebGPU device were lost
/// (`window.genlab.loseGpu()`), so end-to-end tests can check that training goes on on the CPU
/// from the weights kept from the GPU. Does nothing when the worker is not on WebGPU.
// Exported by the page's module only: in a worker build it is dead code, left out.
#[cfg_attr(feature = "page", wasm_bindgen)]
pub fn genlab_lose_gpu() {
    WORKER.with_borrow(|w| {
        if let Some(w) = w {
            w.send(&Command::LoseDevice);
        }
    });
}

/// Test hook: moves every model to WebGPU as the device probe does when it measures WebGPU
/// faster than the CPU (`window.genlab.moveToGpu()`), so end-to-end tests can check the
/// hand-over on a machine where the CPU wins. Does nothing when the worker is on WebGPU.
// Exported by the page's module only: in a worker build it is dead code, left out.
#[cfg_attr(feature = "page", wasm_bindgen)]
pub fn genlab_move_to_gpu() {
    WORKER.with_borrow(|w| {
        if let Some(w) = w {
            w.send(&Command::MoveToGpu);
        }
    });
}

/// Test hook: the current state as JSON (`window.genlab.state()` wraps it). Notices are given
/// as the page shows them, in its language.
// Exported by the page's module only: in a worker build it is dead code, left out.
#[cfg_attr(feature = "page", wasm_bindgen)]
pub fn genlab_state() -> String {
    LATEST.with_borrow(|s| {
        let Some(s) = s.as_ref() else { return String::new() };
        // Through text, so f32 settings read back as written (0.8, not 0.800000011920929).
        let mut json: serde_json::Value = serde_json::to_string(&**s).ok().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
        json["notices"] = s.notices.iter().map(|n| n.text(s.lang())).collect();
        json.to_string()
    })
}

/// The list of keys (opened with ?, closed with ? or Esc or its button).
fn help_overlay(lang: crate::i18n::Lang, dispatch: &UseReducerDispatcher<AppState>) -> Html {
    let d = dispatch.clone();
    let rows = keyboard::KEYS.iter().map(|(k, id)| html! { <tr><th scope="row"><kbd>{ *k }</kbd></th><td>{ tr(lang, id) }</td></tr> });
    html! {
        <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="keys-title" data-testid="keys-help">
            <div class="panel">
                <h2 id="keys-title">{ tr(lang, "keys-title") }</h2>
                <table class="keys"><tbody>{ for rows }</tbody></table>
                <p class="hint">{ tr(lang, "keys-typing") }</p>
                <div class="buttons"><button class="primary" data-testid="keys-close" onclick={Callback::from(move |_| d.dispatch(Action::SetHelp(false)))}>{ tr(lang, "keys-close") }</button></div>
            </div>
        </div>
    }
}

/// Mounts the app on `<main id="app">`.
pub fn run_app() {
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(el) => {
            yew::Renderer::<App>::with_root(el).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

fn initial_state() -> AppState {
    let query = gloo::utils::window().location().search().unwrap_or_default();
    let (url, notices) = UrlState::parse(&query);
    let mut state = AppState::new(url, notices);
    state.browser_lang = crate::i18n::Lang::from_browser(&gloo::utils::window().navigator().language().unwrap_or_default());
    state
}

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(initial_state);
    let worker = hooks::use_worker(state.dispatcher(), state.worker.generation, state.url.device.wants_gpu_module());
    LATEST.with_borrow_mut(|s| *s = Some(state.clone()));
    WORKER.with_borrow_mut(|w| *w = Some(worker.clone()));

    keyboard::use_keys(|| LATEST.with_borrow(|s| s.as_ref().map(|h| (**h).clone())), state.dispatcher());
    // Lecture mode styles the whole document (large type, high contrast, fewer controls).
    use_effect_with(state.url.lecture, |on| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = if *on { root.class_list().add_1("lecture") } else { root.class_list().remove_1("lecture") };
        }
    });
    // The document says which language it is in (screen readers, fonts, hyphenation).
    use_effect_with(state.lang(), |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.id());
        }
    });
    // The URL always mirrors the shareable state (replaceState: no history spam).
    use_effect_with(state.url.clone(), |url| {
        let q = url.to_query();
        if let Ok(history) = gloo::utils::window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("?{q}")));
        }
    });
    // Data and settings first, then the device: the probe then measures on the real data.
    {
        // The reference is drawn when the effect runs (new data or a new worker), not at every render.
        let (worker, st) = (worker.clone(), state.clone());
        use_effect_with((state.worker.generation, state.data_version), move |_| {
            worker.send(&Command::SetData { points: st.data.points.clone(), reference: st.reference(), seed: st.url.seed });
        });
    }
    // The showcase family (the DDPM) trains on the landing too, so its settings go from here.
    crate::families::showcase::page::use_settings(&state, &worker);
    {
        let worker = worker.clone();
        use_effect_with((state.worker.generation, state.url.device), move |(_, device)| {
            worker.send(&Command::Init { device: *device });
        });
    }

    let (dispatch, lang) = (state.dispatcher(), state.lang());
    let notices = state.notices.iter().enumerate().map(|(i, n)| {
        let d = dispatch.clone();
        html! {
            <div class="notice" role="status" data-testid="notice">
                <span>{ n.text(lang) }</span>
                <button aria-label={tr(lang, "notice-dismiss")} onclick={Callback::from(move |_| d.dispatch(Action::DismissNotice(i)))}>{"×"}</button>
            </div>
        }
    });
    let diverged = state.diverged.iter().map(|d| {
        let (dispatch, worker, family) = (dispatch.clone(), worker.clone(), d.family);
        let restore = Callback::from(move |_| {
            worker.send(&Command::Restore { family });
            dispatch.dispatch(Action::Restored(family));
        });
        let id = family.id();
        html! {
            <div class="notice diverged" role="alert" data-testid="diverged" data-family={id}>
                <span>{ d.message.text(lang) }</span>
                <button class="restore" data-testid={format!("restore-{id}")} onclick={restore}>
                    { if d.restore_step > 0 { Msg::new("restore-to").nested("word", &family.step_word()).arg("step", d.restore_step).text(lang) } else { tr(lang, "restore-seed") } }
                </button>
            </div>
        }
    });
    // A crashed worker is said once, on whatever page is open, with the way back.
    let crashed = state.worker.crashed.as_ref().map(|msg| {
        let d = dispatch.clone();
        html! {
            <div class="notice diverged crashed" role="alert" data-testid="worker-crashed">
                <span>{ msg.text(lang) }</span>
                <button class="restore" onclick={Callback::from(move |_| d.dispatch(Action::RestartWorker))} data-testid="restart-worker">{ tr(lang, "ui-restart-worker") }</button>
            </div>
        }
    });
    // Every page has one h1 (screen readers jump by it); the landing shows its own.
    let title = (state.url.page != Page::Home)
        .then(|| html! { <h1 class="visually-hidden">{ format!("{} — GenLab", tr(lang, &state.url.page.message())) }</h1> });
    let body = match state.url.page {
        Page::Home => html! { <landing::Landing state={state.clone()} worker={worker.clone()} /> },
        Page::Data => html! {
            <div class="grid">
                <data_panel::DataPanel state={state.clone()} dispatch={dispatch.clone()} />
                <crate::families::showcase::page::TrainPanel state={state.clone()} dispatch={dispatch.clone()} worker={worker.clone()} />
            </div>
        },
        Page::Compare => html! { <crate::compare::page::ComparePage state={state.clone()} worker={worker.clone()} /> },
        Page::Lineup => html! { <crate::lineup::page::LineupPage state={state.clone()} worker={worker.clone()} /> },
        family => family_page(family, &state, &worker),
    };
    html! {
        <ContextProvider<crate::i18n::Lang> context={state.lang()}>
            <header::Header state={state.clone()} dispatch={dispatch.clone()} worker={worker.clone()} />
            <div class="notices" data-testid="notices">{ for crashed }{ for diverged }{ lab_keep::offer(&state, &worker, lang) }{ for notices }</div>
            if state.help { { help_overlay(lang, &dispatch) } }
            if state.url.tour.is_some() {
                <div class="with-tour">
                    <tour::TourPanel state={state.clone()} />
                    <section class="page" data-testid={format!("page-{}", state.url.page.id())}>{ title.clone() }{ body }</section>
                </div>
            } else {
                <section class="page" data-testid={format!("page-{}", state.url.page.id())}>{ title }{ body }</section>
            }
        </ContextProvider<crate::i18n::Lang>>
    }
}

macro_rules! family_pages {
    ($($field:ident: $id:ident $(($page:ident))?),* $(,)?) => {
        /// A family's own page, from the list (`families/mod.rs`): `Page::Id` shows the family's
        /// `page::Component`.
        fn family_page(page: Page, state: &UseReducerHandle<AppState>, worker: &hooks::WorkerHandle) -> Html {
            match page {
                $($(Page::$id => html! { <crate::families::$field::page::$page state={state.clone()} worker={worker.clone()} /> },)?)*
                _ => Html::default(),
            }
        }
    };
}
crate::families::with_families!(family_pages);
