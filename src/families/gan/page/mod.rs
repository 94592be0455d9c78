//! The GAN lab: the adversarial game on 2-D data, one run or two side by side (same data,
//! same seed, trained in lock-step), with presets that make mode collapse and vanishing
//! gradients happen — and go away.

mod charts;
mod settings;
mod view;

use yew::prelude::*;

use crate::ui::history_bar::HistoryBar;

use crate::families::FamilyId;
use crate::families::gan::Act;
use crate::families::gan::page::view::{GanCanvas, Layers};
use crate::families::gan::protocol::GanCommand;
use crate::families::gan::runs::{GanRunConfig, Phase};
use crate::families::gan::url::PRESETS;
use crate::i18n::{Lang, tr, tr_args};
use crate::state::app::{Action, AppState};
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::{Command, TrainOp};

/// Speed choices: iterations per second (0 = as fast as the device goes).
const SPEEDS: [u32; 5] = [0, 1000, 100, 10, 2];

fn speed_label(lang: Lang, v: u32) -> String {
    if v == 0 { tr(lang, "gan-speed-max") } else { tr_args(lang, "gan-speed-rate", &[("n", v.to_string())]) }
}

/// The loss's name as the page shows it.
pub fn loss_label(lang: Lang, loss: crate::families::gan::loss::GanLoss) -> String {
    tr(lang, &format!("gan-loss-{}", loss.id()))
}

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(GanPage)]
pub fn gan_page(p: &PageProps) -> Html {
    let s = &p.state;
    let lang = crate::ui::hooks::use_lang();
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
                worker.send(&Command::train(FamilyId::Gan, TrainOp::Start { speed }));
            }
        });
    }
    {
        let worker = p.worker.clone();
        use_effect_with((), move |_| move || worker.send(&Command::train(FamilyId::Gan, TrainOp::Pause)));
    }
    let send = |cmd: Command| {
        let worker = p.worker.clone();
        Callback::from(move |_| worker.send(&cmd))
    };
    let play = if s.gan.running {
        send(Command::train(FamilyId::Gan, TrainOp::Pause))
    } else {
        send(Command::train(FamilyId::Gan, TrainOp::Start { speed: *speed }))
    };
    let set_speed = {
        let (speed, worker, running) = (speed.clone(), p.worker.clone(), s.gan.running);
        Callback::from(move |v: u32| {
            speed.set(v);
            if running {
                worker.send(&Command::train(FamilyId::Gan, TrainOp::Start { speed: v }));
            }
        })
    };
    let preset = |id: &'static str| {
        let d = s.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Preset(id)))
    };
    let toggle_compare = {
        let (d, g) = (s.dispatcher(), s.url.gan.clone());
        Callback::from(move |_| d.dispatch(Action::from(Act::Set(crate::families::gan::url::GanUrl { compare: !g.compare, ..g.clone() }))))
    };
    let set_run = |b: bool| {
        let (d, g) = (s.dispatcher(), s.url.gan.clone());
        Callback::from(move |c: GanRunConfig| {
            let mut g = g.clone();
            if b {
                g.b = c
            } else {
                g.a = c
            }
            d.dispatch(Action::from(Act::Set(g)));
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
        html! { <button class={classes!("chip", on.then_some("on"))} {onclick} data-testid={format!("layer-{name}")}>{ tr(lang, &format!("gan-layer-{name}")) }</button> }
    };
    let ready = s.worker.backend.is_some() && s.worker.crashed.is_none();
    let weights = s.mode_weights().0;
    let columns = runs.iter().enumerate().map(|(i, cfg)| {
        let prefix = if i == 0 { "a-" } else { "b-" };
        let run = s.gan.runs.get(i).cloned().unwrap_or_default();
        let title = tr(lang, if i == 0 { "gan-run-a" } else { "gan-run-b" });
        html! {
            <div class="panel gan-run" data-testid={format!("{prefix}run")}>
                <h2>{ title }<span class="sub">{ format!(" — {}", loss_label(lang, cfg.model.loss)) }</span></h2>
                <div class="run-body">
                    <GanCanvas run={run.clone()} loss={cfg.model.loss} real={s.data.points.clone()} half={s.gan.half} layers={*layers} testid={format!("{prefix}canvas")} centres={s.data.centres.clone()} />
                    <charts::RunCharts run={run} weights={weights.clone()} prefix={prefix} running={s.gan.running} />
                </div>
                <details class="settings" open={true}>
                    <summary>{ tr(lang, "gan-settings") }</summary>
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
            <p class="intro">{ tr(lang, "gan-intro-before") }{" "}<b>{ tr(lang, "gan-intro-bold") }</b>{ tr(lang, "gan-intro-after") }</p>
            <div class="panel gan-bar" data-testid="gan-controls">
                <div class="chips" data-testid="gan-presets">
                    <span class="k">{ tr(lang, "gan-presets") }</span>
                    { for PRESETS.iter().map(|pr| html! {
                        <button class={classes!("chip", hint.is_some_and(|h| h.id == pr.id).then_some("on"))} title={tr(lang, &format!("gan-preset-{}-hint", pr.id))} onclick={preset(pr.id)} data-testid={format!("preset-{}", pr.id)}>{ tr(lang, &format!("gan-preset-{}", pr.id)) }</button>
                    }) }
                    <button class={classes!("chip", s.url.gan.compare.then_some("on"))} onclick={toggle_compare} data-testid="gan-compare">{ tr(lang, "gan-compare") }</button>
                </div>
                if let Some(h) = hint {
                    <p class="hint" data-testid="preset-hint">{ tr(lang, &format!("gan-preset-{}-hint", h.id)) }</p>
                }
                <div class="buttons">
                    <button class="primary" disabled={!ready} onclick={play} data-testid="gan-play">{ tr(lang, if s.gan.running { "gan-pause" } else { "gan-train" }) }</button>
                    <button disabled={!ready || s.gan.running} onclick={send(Command::train(FamilyId::Gan, TrainOp::Step { n: 1 }))} data-testid="gan-step">{ tr(lang, "gan-step") }</button>
                    <button disabled={!ready || s.gan.running} onclick={send(Command::Gan(GanCommand::StepPhase { n: 1, phase: Phase::DOnly }))} data-testid="gan-step-d">{ tr(lang, "gan-step-d") }</button>
                    <button disabled={!ready || s.gan.running} onclick={send(Command::Gan(GanCommand::StepPhase { n: 1, phase: Phase::GOnly }))} data-testid="gan-step-g">{ tr(lang, "gan-step-g") }</button>
                    <button disabled={!ready} onclick={send(Command::train(FamilyId::Gan, TrainOp::Reset))} data-testid="gan-reset">{ tr(lang, "gan-reset") }</button>
                    <label class="inline">{ format!("{} ", tr(lang, "gan-speed")) }
                        <select data-testid="gan-speed" onchange={Callback::from(move |e: Event| {
                            let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
                            set_speed.emit(sel.value().parse().unwrap_or(0));
                        })}>
                            { for SPEEDS.iter().map(|v| html! { <option value={v.to_string()} selected={*v == *speed}>{ speed_label(lang, *v) }</option> }) }
                        </select>
                    </label>
                    <span class="rate" data-testid="gan-rate">{ tr_args(lang, "gan-rate", &[("step", s.gan.runs.first().map_or(0, |r| r.step).to_string()), ("rate", format!("{:.0}", s.gan.steps_per_sec))]) }</span>
                </div>
                <div class="chips">
                    <span class="k">{ tr(lang, "gan-show") }</span>
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
