//! The compare page's training-history scrubber: one slider moves all four panels, the table
//! and the measurements to the same moment — the same training time (equal time) or the same
//! step (equal steps) — re-sampled from the same noise; "Resume from here" trains all four on
//! from that moment.

use yew::prelude::*;

use crate::compare::protocol::{CompareCommand, Equal};
use crate::families::FamilyId;
use crate::i18n::{tr, tr_args};
use crate::state::app::AppState;
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::Command;

/// Positions of the slider (the last is the live models).
const TICKS: usize = 100;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(CompareScrubber)]
pub fn compare_scrubber(p: &Props) -> Html {
    let s = &p.state;
    let (equal, lang) = (s.url.equal, s.lang());
    let families = [FamilyId::Diffusion, FamilyId::Flow, FamilyId::Gan, FamilyId::Vae];
    let histories: Vec<_> = families.iter().filter_map(|f| s.history_of(*f)).collect();
    let end = histories
        .iter()
        .filter_map(|h| match equal {
            Equal::Time => h.times.last().copied(),
            Equal::Steps => h.steps.last().map(|&v| v as f64),
        })
        .fold(0.0, f64::max);
    let tick = use_state(|| TICKS);
    let viewing = histories.iter().any(|h| h.viewing.is_some());
    let position = if viewing { *tick } else { TICKS };
    let on_input = {
        let (worker, tick) = (p.worker.clone(), tick.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let i: usize = input.value().parse().unwrap_or(TICKS);
            tick.set(i);
            let cmd = if i >= TICKS { CompareCommand::Live } else { CompareCommand::Scrub { at: i as f64 / TICKS as f64, equal } };
            worker.send(&Command::Compare(cmd));
        })
    };
    let send = |cmd: CompareCommand| {
        let (worker, tick) = (p.worker.clone(), tick.clone());
        Callback::from(move |_| {
            tick.set(TICKS);
            worker.send(&Command::Compare(cmd.clone()));
        })
    };
    let moment = position as f64 / TICKS as f64 * end;
    let label = match (viewing, equal) {
        (false, _) => tr(lang, "history-live-label"),
        (true, Equal::Time) => tr_args(lang, "history-time-label", &[("seconds", format!("{:.1}", moment / 1000.0))]),
        (true, Equal::Steps) => tr_args(lang, "history-step-label", &[("step", format!("{moment:.0}"))]),
    };
    html! {
        <div class="history" data-testid="compare-history">
            <div class="scrub">
                <span class="history-title">{ tr(lang, "history-title") }</span>
                <input type="range" min="0" max={TICKS.to_string()} value={position.to_string()} oninput={on_input} disabled={histories.is_empty() || end == 0.0}
                    data-testid="compare-history-slider" data-key="frames" aria-label={tr(lang, "history-slider")} />
                <button disabled={!viewing} onclick={send(CompareCommand::Live)} data-testid="compare-history-live">{ tr(lang, "history-live") }</button>
                <button disabled={!viewing} onclick={send(CompareCommand::Resume)} data-testid="compare-history-resume"
                    title={tr(lang, "history-resume-hint")}>{ tr(lang, "history-resume") }</button>
            </div>
            <p class="hint" data-testid="compare-history-label">{ label }</p>
        </div>
    }
}
