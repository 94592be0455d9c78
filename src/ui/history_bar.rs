//! The training-history scrubber of one family: a slider over the copies its worker kept while
//! it trained (the far right is the live model), the step and training time shown, "Live" and
//! "Resume from here". Moving it puts the copy in the model's place, so every view of the page
//! shows the model as it was then.

use yew::prelude::*;

use crate::families::FamilyId;
use crate::state::app::HistoryView;
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::{Command, HistoryAction};

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
    let id = p.family.id();
    let Some(h) = p.history.as_ref().filter(|h| !h.steps.is_empty()) else {
        return html! { <p class="hint" data-testid={format!("history-{id}")}>{"Training history: copies of the model are kept while it trains; train a little to scrub back through them."}</p> };
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
        Some(i) => format!("viewing step {} ({:.1} s of training) — training paused; the live model is at step {}", h.steps[i], h.times[i] / 1000.0, p.live_step),
        None => format!("live: step {} · {} copies kept, from step 0 to {}", p.live_step, n, h.steps[n - 1]),
    };
    html! {
        <div class="history" data-testid={format!("history-{id}")}>
            <div class="scrub">
                <span class="history-title">{"Training history"}</span>
                <input type="range" min="0" max={n.to_string()} value={at.to_string()} oninput={on_input}
                    data-testid={format!("history-slider-{id}")} aria-label="Training history: moment shown" />
                <button disabled={h.viewing.is_none()} onclick={live} data-testid={format!("history-live-{id}")}>{"Live"}</button>
                <button disabled={h.viewing.is_none()} onclick={resume} data-testid={format!("history-resume-{id}")}
                    title="Train on from this moment: the later history is dropped">{"Resume from here"}</button>
            </div>
            <p class="hint" data-testid={format!("history-label-{id}")}>{ label }</p>
        </div>
    }
}
