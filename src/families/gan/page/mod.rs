//! The GAN lab: the adversarial game on 2-D data, one run or two side by side (same data,
//! same seed, trained in lock-step), with presets that make mode collapse and vanishing
//! gradients happen — and go away.

mod charts;
mod settings;
mod view;

use yew::prelude::*;

use crate::ui::history_bar::HistoryBar;

use crate::ui::hooks::WorkerHandle;
use crate::state::app::{Action, AppState};
use crate::families::gan::url::PRESETS;
use crate::families::gan::runs::{GanRunConfig, Phase};
use crate::worker::protocol::Command;
use crate::families::gan::page::view::{GanCanvas, Layers};
use crate::families::gan::protocol::GanCommand;

/// Speed choices: iterations per second (0 = as fast as the device goes).
const SPEEDS: [(u32, &str); 5] = [(0, "max"), (1000, "1000/s"), (100, "100/s"), (10, "10/s"), (2, "2/s")];

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(GanPage)]
pub fn gan_page(p: &PageProps) -> Html {
    let s = &p.state;
    let speed = use_state(|| 0u32);
    let layers = use_state(Layers::default);
    let runs = s.url.gan.runs();
    // (Re)build the runs whenever their settings, the data, the seed or the worker change;
    // keep training if it was running. Leaving the page pauses the GAN.
    {
        let (worker, running, speed) = (p.worker.clone(), s.gan.running, *speed);
        use_effect_with((s.worker.generation, s.data_version, s.url.seed, runs.clone(), s.worker.backend), move |(_, _, _, runs, _)| {
            worker.send(&Command::Gan(GanCommand::Setup { runs: runs.clone() }));
            if running {
                worker.send(&Command::Gan(GanCommand::Start { speed }));
            }
        });
    }
    {
        let worker = p.worker.clone();
        use_effect_with((), move |_| move || worker.send(&Command::Gan(GanCommand::Pause)));
    }
    let send = |cmd: Command| {
        let worker = p.worker.clone();
        Callback::from(move |_| worker.send(&cmd))
    };
    let play = if s.gan.running { send(Command::Gan(GanCommand::Pause)) } else { send(Command::Gan(GanCommand::Start { speed: *speed })) };
    let set_speed = {
        let (speed, worker, running) = (speed.clone(), p.worker.clone(), s.gan.running);
        Callback::from(move |v: u32| {
            speed.set(v);
            if running {
                worker.send(&Command::Gan(GanCommand::Start { speed: v }));
            }
        })
    };
    let preset = |id: &'static str| {
        let d = s.dispatcher();
        Callback::from(move |_| d.dispatch(Action::GanPreset(id)))
    };
    let toggle_compare = {
        let (d, g) = (s.dispatcher(), s.url.gan.clone());
        Callback::from(move |_| d.dispatch(Action::SetGan(crate::families::gan::url::GanUrl { compare: !g.compare, ..g.clone() })))
    };
    let set_run = |b: bool| {
        let (d, g) = (s.dispatcher(), s.url.gan.clone());
        Callback::from(move |c: GanRunConfig| {
            let mut g = g.clone();
            if b { g.b = c } else { g.a = c }
            d.dispatch(Action::SetGan(g));
        })
    };
    let layer = |name: &'static str, get: fn(&mut Layers) -> &mut bool| {
        let l = layers.clone();
        let mut v = *layers;
        let on = *get(&mut v);
        let onclick = Callback::from(move |_| {
            let mut v = *l;
            let f = get(&mut v);
            *f = !*f;
            l.set(v);
        });
        html! { <button class={classes!("chip", on.then_some("on"))} {onclick} data-testid={format!("layer-{name}")}>{ name }</button> }
    };
    let ready = s.worker.backend.is_some() && s.worker.crashed.is_none();
    let weights = s.reference().weights;
    let columns = runs.iter().enumerate().map(|(i, cfg)| {
        let prefix = if i == 0 { "a-" } else { "b-" };
        let run = s.gan.runs.get(i).cloned().unwrap_or_default();
        let title = if i == 0 { "Run A" } else { "Run B" };
        html! {
            <div class="panel gan-run" data-testid={format!("{prefix}run")}>
                <h2>{ title }<span class="sub">{ format!(" — {}", cfg.model.loss.label()) }</span></h2>
                <div class="run-body">
                    <GanCanvas run={run.clone()} loss={cfg.model.loss} real={s.data.points.clone()} half={s.gan.half} layers={*layers} testid={format!("{prefix}canvas")} />
                    <charts::RunCharts run={run} weights={weights.clone()} prefix={prefix} />
                </div>
                <details class="settings" open={true}>
                    <summary>{"Settings (a change restarts this run from the seed)"}</summary>
                    <settings::RunSettings config={cfg.clone()} prefix={prefix} on_change={set_run(i == 1)} />
                </details>
            </div>
        }
    });
    let hint = PRESETS.iter().find(|pr| {
        let mut u = s.url.clone();
        u.apply_preset(pr.id);
        u.gan == s.url.gan && u.dataset == s.url.dataset
    });
    html! {
        <>
            <p class="intro">{"A GAN has no density to write down: it is an "}<b>{"implicit model"}</b>
                {". A generator G turns noise z into points; a discriminator D learns to tell them from real data, and G learns from D's gradient to fool it. "}
                {"Background: D's belief (green = “real”, purple = “fake”). Purple dots: G's samples for a fixed noise batch. Orange arrows: where G's next update pushes them."}</p>
            <div class="panel gan-bar" data-testid="gan-controls">
                <div class="chips" data-testid="gan-presets">
                    <span class="k">{"Presets:"}</span>
                    { for PRESETS.iter().map(|pr| html! {
                        <button class={classes!("chip", hint.is_some_and(|h| h.id == pr.id).then_some("on"))} title={pr.hint} onclick={preset(pr.id)} data-testid={format!("preset-{}", pr.id)}>{ pr.label }</button>
                    }) }
                    <button class={classes!("chip", s.url.gan.compare.then_some("on"))} onclick={toggle_compare} data-testid="gan-compare">{"side by side"}</button>
                </div>
                if let Some(h) = hint {
                    <p class="hint" data-testid="preset-hint">{ h.hint }</p>
                }
                <div class="buttons">
                    <button class="primary" disabled={!ready} onclick={play} data-testid="gan-play">{ if s.gan.running { "❚❚ Pause" } else { "▶ Train" } }</button>
                    <button disabled={!ready || s.gan.running} onclick={send(Command::Gan(GanCommand::Step { n: 1, phase: Phase::Both }))} data-testid="gan-step">{"Step"}</button>
                    <button disabled={!ready || s.gan.running} onclick={send(Command::Gan(GanCommand::Step { n: 1, phase: Phase::DOnly }))} data-testid="gan-step-d">{"Step D only"}</button>
                    <button disabled={!ready || s.gan.running} onclick={send(Command::Gan(GanCommand::Step { n: 1, phase: Phase::GOnly }))} data-testid="gan-step-g">{"Step G only"}</button>
                    <button disabled={!ready} onclick={send(Command::Gan(GanCommand::Reset))} data-testid="gan-reset">{"Reset"}</button>
                    <label class="inline">{"speed "}
                        <select data-testid="gan-speed" onchange={Callback::from(move |e: Event| {
                            let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
                            set_speed.emit(sel.value().parse().unwrap_or(0));
                        })}>
                            { for SPEEDS.iter().map(|(v, l)| html! { <option value={v.to_string()} selected={*v == *speed}>{ *l }</option> }) }
                        </select>
                    </label>
                    <span class="rate" data-testid="gan-rate">{ format!("iteration {} · {:.0} it/s", s.gan.runs.first().map_or(0, |r| r.step), s.gan.steps_per_sec) }</span>
                </div>
                <div class="chips">
                    <span class="k">{"Show:"}</span>
                    { layer("heatmap", |l| &mut l.heat) }
                    { layer("real", |l| &mut l.real) }
                    { layer("generated", |l| &mut l.fakes) }
                    { layer("arrows", |l| &mut l.arrows) }
                    { layer("manifold", |l| &mut l.manifold) }
                </div>
                <HistoryBar family={crate::families::FamilyId::Gan} history={s.history_of(crate::families::FamilyId::Gan).cloned()} worker={p.worker.clone()} live_step={s.gan.runs.first().map_or(0, |r| r.top)} />
            </div>
            <div class={classes!("gan-runs", (runs.len() > 1).then_some("two"))}>{ for columns }</div>
        </>
    }
}
