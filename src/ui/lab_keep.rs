//! The lab kept in this browser while it trains. Every 10 s, when any family has trained since
//! the last copy, the page asks the worker for the lab (`Command::SaveLab { to: Browser }`) and
//! keeps its file in IndexedDB (`browser_store.rs`), replacing the one before. When a page
//! opens, the lab kept on an earlier visit is offered back in one notice — restore it, or
//! forget it — so a reload or a crashed tab costs at most the last 10 s of training.

use gloo::timers::callback::Interval;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::i18n::{Lang, Msg, tr};
use crate::labfile::LabFile;
use crate::state::app::{Action, AppState};
use crate::state::kept::KeptOffer;
use crate::ui::browser_store;
use crate::ui::hooks::WorkerHandle;
use crate::ui::lab_bar::{Props, now_words, open_lab};
use crate::worker::protocol::{Command, SaveTo};

/// How often the page looks for training to keep, in ms.
const EVERY_MS: u32 = 10_000;

/// Reads the store once, keeps the lab as it trains; draws only "kept 14:05".
#[function_component(Keeper)]
pub fn keeper(p: &Props) -> Html {
    let latest = use_mut_ref(|| p.state.clone());
    *latest.borrow_mut() = p.state.clone();
    // The steps last asked for: nothing is kept twice, and a failed copy is not retried until
    // training moves on.
    let asked = use_mut_ref(|| 0u64);
    {
        let d = p.state.dispatcher();
        use_effect_with((), move |_| {
            spawn_local(async move {
                let offer = match browser_store::get().await {
                    Ok(Some(bytes)) => match KeptOffer::from_bytes(bytes) {
                        Ok(offer) => Some(offer),
                        Err(why) => {
                            let _ = browser_store::forget().await;
                            d.dispatch(Action::Notice(Msg::new("lab-kept-unreadable").nested("why", &why)));
                            None
                        }
                    },
                    _ => None,
                };
                d.dispatch(Action::KeptOffer(offer));
            });
        });
    }
    {
        let (latest, asked, worker) = (latest.clone(), asked.clone(), p.worker.clone());
        use_effect_with((), move |_| {
            let tick = Interval::new(EVERY_MS, move || {
                let s = latest.borrow().clone();
                let steps = s.trained_all();
                let idle = s.saving.is_none() && s.worker.ready && s.worker.crashed.is_none();
                if s.kept_checked && idle && steps > 0 && steps != *asked.borrow() {
                    *asked.borrow_mut() = steps;
                    worker.send(&Command::SaveLab { to: SaveTo::Browser });
                }
            });
            move || drop(tick)
        });
    }
    {
        let state = p.state.clone();
        let to_browser = p.state.saving.as_ref().is_some_and(|(to, _)| *to == SaveTo::Browser);
        use_effect_with(to_browser, move |&handed| {
            if handed {
                keep(&state);
            }
        });
    }
    let lang = p.state.lang();
    match &p.state.kept {
        Some((when, _)) => html! {
            <small class="lab-kept" data-testid="lab-kept" title={Msg::new("lab-kept-title").arg("when", when).text(lang)}>
                { Msg::new("lab-kept-at").arg("time", when.rsplit(' ').next().unwrap_or(when)).text(lang) }
            </small>
        },
        None => Html::default(),
    }
}

/// Writes what the worker handed over into the browser's store.
fn keep(state: &UseReducerHandle<AppState>) {
    let (when, _) = now_words();
    let Some(file) = state.lab_file(when.clone()) else { return };
    let steps = file.meta.families.iter().flat_map(|f| &f.steps).sum();
    let bytes = file.encode();
    let d = state.dispatcher();
    spawn_local(async move {
        match browser_store::put(&bytes).await {
            Ok(()) => d.dispatch(Action::LabKept { kept: Some((when, steps)) }),
            Err(error) => {
                d.dispatch(Action::LabKept { kept: None });
                d.dispatch(Action::Notice(Msg::new("lab-kept-failed").arg("error", error)));
            }
        }
    });
}

/// The notice that offers the lab kept on an earlier visit back.
pub fn offer(state: &UseReducerHandle<AppState>, worker: &WorkerHandle, lang: Lang) -> Html {
    let Some(offer) = &state.kept_offer else { return Html::default() };
    let restore = {
        let (d, worker, bytes) = (state.dispatcher(), worker.clone(), offer.bytes.clone());
        Callback::from(move |_| match LabFile::decode(&bytes) {
            Ok(file) => open_lab(&d, &worker, file, &bytes),
            Err(why) => d.dispatch(Action::Notice(why)),
        })
    };
    let forget = {
        let d = state.dispatcher();
        // The notice goes once the store has forgotten it (a reload right after finds nothing).
        Callback::from(move |_| {
            let d = d.clone();
            spawn_local(async move {
                let _ = browser_store::forget().await;
                d.dispatch(Action::KeptOffer(None));
            });
        })
    };
    html! {
        <div class="notice kept" role="status" data-testid="kept-offer">
            <span>{ Msg::new("lab-kept-offer").arg("when", &offer.when).list("what", &offer.what, "; ").text(lang) }</span>
            <button class="restore" data-testid="kept-restore" onclick={restore}>{ tr(lang, "lab-kept-restore") }</button>
            <button class="restore" data-testid="kept-forget" onclick={forget}>{ tr(lang, "lab-kept-forget") }</button>
        </div>
    }
}
