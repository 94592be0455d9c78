//! The compare page: one dataset and seed, four families trained together on one clock, their
//! samples side by side, one metrics table and a chart of each metric over training time.

mod charts;
mod panels;
mod scrubber;
mod table;

use yew::prelude::*;

use crate::compare::protocol::{CompareCommand, Equal};
use crate::compare::score::HELD_OUT;
use crate::compare::url::PRESETS;
use crate::data::toy2d::{DatasetKind, log_density};
use crate::families::flow::protocol::FlowCommand;
use crate::families::gan::protocol::GanCommand;
use crate::families::vae::protocol::VaeCommand;
use crate::i18n::tr;
use crate::state::Page;
use crate::state::app::{Action, AppState};
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::Command;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(ComparePage)]
pub fn compare_page(p: &PageProps) -> Html {
    let s = &p.state;
    // Every family built on the current data with its own page's settings (the compare page
    // shows each one's first run), and measured once.
    {
        let worker = p.worker.clone();
        let key = (
            s.worker.generation,
            s.data_version,
            s.url.seed,
            s.worker.backend,
            s.url.flow.config.clone(),
            s.url.gan.clone(),
            s.url.vae.clone(),
        );
        use_effect_with(key, move |(_, _, _, backend, flow, gan, vae)| {
            worker.send(&Command::Flow(FlowCommand::Configure { config: flow.clone() }));
            worker.send(&Command::Gan(GanCommand::Setup { runs: gan.runs() }));
            worker.send(&Command::Vae(VaeCommand::Setup { runs: vae.runs(), temperature: vae.temperature }));
            if backend.is_some() {
                worker.send(&Command::Compare(CompareCommand::Measure));
            }
        });
    }
    {
        let worker = p.worker.clone();
        use_effect_with((), move |_| move || worker.send(&Command::Compare(CompareCommand::Pause)));
    }
    let c = &s.compare;
    let equal = s.url.equal;
    let ready = s.worker.backend.is_some() && s.worker.crashed.is_none();
    let send = |cmd: CompareCommand| {
        let worker = p.worker.clone();
        Callback::from(move |_: MouseEvent| worker.send(&Command::Compare(cmd.clone())))
    };
    let play = if c.running { send(CompareCommand::Pause) } else { send(CompareCommand::Start { equal }) };
    let set_equal = |e: Equal| {
        let (d, worker, running) = (s.dispatcher(), p.worker.clone(), c.running);
        Callback::from(move |_| {
            d.dispatch(Action::SetEqual(e));
            if running {
                worker.send(&Command::Compare(CompareCommand::Start { equal: e }));
            }
        })
    };
    let chip = |on: bool| classes!("chip", on.then_some("on"));
    let lang = s.lang();
    let presets = PRESETS.iter().map(|id| {
        let d = s.dispatcher();
        let (id, drawn) = (*id, *id == "compare-drawn");
        let (label, question) = (tr(lang, &format!("compare-preset-{}", &id[8..])), tr(lang, &format!("compare-preset-{}-q", &id[8..])));
        let no_drawing = drawn && s.url.custom.is_empty();
        let onclick = Callback::from(move |_| {
            if no_drawing {
                d.dispatch(Action::SetKind(DatasetKind::Custom));
                d.dispatch(Action::SetPage(Page::Data));
            } else {
                d.dispatch(Action::Preset(id));
            }
        });
        html! { <button class="chip" title={question.clone()} {onclick} data-testid={format!("preset-{id}")}>{ label }<span class="hint">{ format!(" — {question}") }</span></button> }
    });
    // The data's own mean log-density of the held-out points: computed once per dataset and seed
    // (the reference is a fresh draw of 2,000 points), not at every render.
    let truth = *use_memo((s.data_version, s.url.seed), {
        let st = s.clone();
        move |_| {
            let (reference, spec) = (st.reference(), &st.url.dataset);
            let held: Vec<f64> = reference.points.iter().take(HELD_OUT).filter_map(|&x| log_density(spec, x)).collect();
            (!held.is_empty() && spec.kind != DatasetKind::Custom).then(|| held.iter().sum::<f64>() / held.len() as f64)
        }
    });
    // Flow matching's density is exact, so its panel can show it; the bound and the ELBO are
    // not densities, and the GAN has none.
    let density = s.flow.density.as_ref().map(|d| (d.half, d.grid, d.log_p.clone()));
    let ask_density = {
        let worker = p.worker.clone();
        Callback::from(move |half: f32| worker.send(&Command::Flow(FlowCommand::Density { half, grid: 40 })))
    };
    let panels = panels::FAMILIES.iter().map(|(fam, _)| {
        let flow = *fam == crate::families::FamilyId::Flow;
        html! {
            <panels::SamplePanel {lang} family={*fam} row={c.row(*fam).cloned()} data={s.data.points.clone()} centres={s.data.centres.clone()} data_version={s.data_version}
                density={if flow { density.clone() } else { None }} on_density={flow.then(|| ask_density.clone())} />
        }
    });
    html! {
        <>
            <p class="intro">{ tr(lang, "compare-intro") }</p>
            <div class="panel" data-testid="compare-controls">
                <div class="buttons">
                    <button class="primary" disabled={!ready} onclick={play} data-testid="compare-play">{ tr(lang, if c.running { "compare-pause-all" } else { "compare-train-all" }) }</button>
                    <button disabled={!ready || c.running} onclick={send(CompareCommand::Step { equal })} data-testid="compare-step">{ tr(lang, "compare-step") }</button>
                    <button disabled={!ready} onclick={send(CompareCommand::Reset)} data-testid="compare-reset">{ tr(lang, "compare-reset") }</button>
                    <span class="chips" role="group" aria-label={tr(lang, "compare-clock")}>
                        <button class={chip(equal == Equal::Time)} onclick={set_equal(Equal::Time)} data-testid="equal-time">{ tr(lang, "compare-equal-time") }</button>
                        <button class={chip(equal == Equal::Steps)} onclick={set_equal(Equal::Steps)} data-testid="equal-steps">{ tr(lang, "compare-equal-steps") }</button>
                    </span>
                </div>
                <div class="chips presets" data-testid="compare-presets">{ for presets }</div>
                <scrubber::CompareScrubber state={s.clone()} worker={p.worker.clone()} />
            </div>
            <h2 class="visually-hidden">{ tr(lang, "compare-samples-title") }</h2>
            <div class="grid four">{ for panels }</div>
            <table::MetricsTable {lang} view={c.clone()} {truth} />
            <charts::MetricCharts {lang} view={c.clone()} {truth} />
        </>
    }
}
