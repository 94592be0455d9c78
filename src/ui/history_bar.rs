//! The training-history scrubber of one family: a slider over the copies its worker kept while
//! it trained (the far right is the live model), the step and training time shown, "Live" and
//! "Resume from here". Moving it puts the copy in the model's place, so every view of the page
//! shows the model as it was then.

use yew::prelude::*;

use crate::families::FamilyId;
use crate::i18n::{tr, tr_args};
use crate::state::app::HistoryView;
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::{Command, HistoryAction};

/// Sends `redraw` whenever the family's history scrubber shows a copy, or goes back to the live
/// model from one: the views that are drawn on request (a reverse chain, an ODE solve) are drawn
/// again for that moment.
#[hook]
pub fn use_redraw_on_scrub(history: Option<&HistoryView>, worker: &WorkerHandle, redraw: Command) {
    let moment = history.and_then(|h| h.viewing);
    let shown = use_mut_ref(|| None::<usize>);
    let worker = worker.clone();
    use_effect_with(moment, move |m| {
        let was = shown.replace(*m);
        if m.is_some() || was.is_some() {
            worker.send(&redraw);
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub family: FamilyId,
    pub history: Option<HistoryView>,
    pub worker: WorkerHandle,
    /// The model's current step (what "live" means).
    pub live_step: u64,
}

#[function_component(HistoryBar)]
pub fn history_bar(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let t = |id: &str| tr(lang, id);
    let id = p.family.id();
    let Some(h) = p.history.as_ref().filter(|h| !h.steps.is_empty()) else {
        return html! { <p class="hint" data-testid={format!("history-{id}")}>{ t("ui-history-empty") }</p> };
    };
    let n = h.steps.len();
    let at = h.viewing.unwrap_or(n);
    let send = |action: HistoryAction| {
        let (worker, family) = (p.worker.clone(), p.family);
        move || worker.send(&Command::History { family, action })
    };
    let on_input = {
        let (show, live) = (p.worker.clone(), send(HistoryAction::Live));
        let family = p.family;
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let i: usize = input.value().parse().unwrap_or(n);
            if i >= n { live() } else { show.send(&Command::History { family, action: HistoryAction::Show { index: i } }) }
        })
    };
    let live = {
        let f = send(HistoryAction::Live);
        Callback::from(move |_| f())
    };
    let resume = {
        let f = send(HistoryAction::Resume);
        Callback::from(move |_| f())
    };
    let label = match h.viewing {
        Some(i) => tr_args(
            lang,
            "ui-history-viewing",
            &[("step", h.steps[i].to_string()), ("seconds", format!("{:.1}", h.times[i] / 1000.0)), ("live", p.live_step.to_string())],
        ),
        None => tr_args(
            lang,
            "ui-history-live-label",
            &[
                ("step", p.live_step.to_string()),
                ("n", n.to_string()),
                ("first", h.steps[0].to_string()),
                ("last", h.steps[n - 1].to_string()),
            ],
        ),
    };
    html! {
        <div class="history" data-testid={format!("history-{id}")}>
            <div class="scrub">
                <span class="history-title">{ t("ui-history-title") }</span>
                <input type="range" min="0" max={n.to_string()} value={at.to_string()} oninput={on_input}
                    data-testid={format!("history-slider-{id}")} data-key="frames-history" aria-label={t("ui-history-aria")} />
                <button disabled={h.viewing.is_none()} onclick={live} data-testid={format!("history-live-{id}")}>{ t("ui-history-live") }</button>
                <button disabled={h.viewing.is_none()} onclick={resume} data-testid={format!("history-resume-{id}")}
                    title={t("ui-history-resume-hint")}>{ t("ui-history-resume") }</button>
            </div>
            <p class="hint" data-testid={format!("history-label-{id}")}>{ label }</p>
        </div>
    }
}
