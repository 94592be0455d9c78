//! The VAE lab: why a plain autoencoder cannot generate, and how the VAE fixes it. Latent and
//! data planes per run, a draggable latent point decoded live, prior samples at a temperature,
//! the β slider, and the "Autoencoder vs VAE" preset side by side.

mod planes;
mod run;

use yew::prelude::*;

use crate::ui::history_bar::HistoryBar;

use crate::families::FamilyId;
use crate::families::vae::Act;
use crate::families::vae::page::planes::Shown;
use crate::families::vae::protocol::VaeCommand;
use crate::families::vae::runs::{CODES_N, LATENT_HALF, VaeRunConfig};
use crate::families::vae::url::{VAE_PRESETS, VaeUrl};
use crate::i18n::{tr, tr_args};
use crate::state::app::{Action, AppState};
use crate::ui::controls::{RangeSlider, Slider};
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::{Command, TrainOp};

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(VaePage)]
pub fn vae_page(p: &PageProps) -> Html {
    let s = &p.state;
    let lang = crate::ui::hooks::use_lang();
    let pad = use_state(|| [0.0f32, 0.0]);
    let shown = use_state(|| Shown { recon: false, prior: true, grid: false });
    let prior_n = use_state(|| 1000usize);
    let draw = use_state(|| 0u64);
    let runs = s.url.vae.runs();
    {
        let (worker, running, temperature, z) = (p.worker.clone(), s.vae.running, s.url.vae.temperature, *pad);
        use_effect_with((s.worker.generation, s.data_version, s.url.seed, runs.clone(), s.worker.backend), move |(_, _, _, runs, _)| {
            worker.send(&Command::Vae(VaeCommand::Setup { runs: runs.clone(), temperature }));
            worker.send(&Command::Vae(VaeCommand::Decode { z }));
            if running {
                worker.send(&Command::train(FamilyId::Vae, TrainOp::Start { speed: 0 }));
            }
        });
    }
    {
        let worker = p.worker.clone();
        use_effect_with((), move |_| move || worker.send(&Command::train(FamilyId::Vae, TrainOp::Pause)));
    }
    // The pad's decoding follows training too: at once when the point moves, and once a
    // second while the VAE trains (each decoding is one more message, render and frame of the
    // page: at the charts' pace they were a fifth of the page's work while it trained).
    {
        let (worker, z, running) = (p.worker.clone(), *pad, s.vae.running);
        let (pace, decoded) = (crate::ui::pace::use_pace(1_000.0, &[]), use_mut_ref(|| None::<[f32; 2]>));
        use_effect_with((s.vae.runs.first().map(|r| r.step), z, running), move |_| {
            let moved = decoded.replace(Some(z)) != Some(z);
            if moved || pace.due(running) {
                worker.send(&Command::Vae(VaeCommand::Decode { z }));
            }
        });
    }
    let send = |cmd: Command| {
        let worker = p.worker.clone();
        Callback::from(move |_| worker.send(&cmd))
    };
    let set_pad = {
        let pad = pad.clone();
        Callback::from(move |z: [f32; 2]| pad.set(z))
    };
    let set_axis = |axis: usize| {
        let pad = pad.clone();
        Callback::from(move |v: f64| {
            let mut z = *pad;
            z[axis] = v as f32;
            pad.set(z);
        })
    };
    let set_temp = {
        let (d, v, worker) = (s.dispatcher(), s.url.vae.clone(), p.worker.clone());
        Callback::from(move |t: f64| {
            worker.send(&Command::Vae(VaeCommand::Temperature { temperature: t as f32 }));
            d.dispatch(Action::from(Act::Set(VaeUrl { temperature: t as f32, ..v.clone() })));
        })
    };
    let compare = {
        let (d, v) = (s.dispatcher(), s.url.vae.clone());
        Callback::from(move |_| d.dispatch(Action::from(Act::Set(VaeUrl { compare: !v.compare, ..v.clone() }))))
    };
    let set_run = |b: bool| {
        let (d, v) = (s.dispatcher(), s.url.vae.clone());
        Callback::from(move |c: VaeRunConfig| {
            let mut v = v.clone();
            if b {
                v.b = c
            } else {
                v.a = c
            }
            d.dispatch(Action::from(Act::Set(v)));
        })
    };
    let toggle = |name: &'static str, msg: &str, get: fn(&mut Shown) -> &mut bool| {
        let h = shown.clone();
        let mut v = *shown;
        let on = *get(&mut v);
        let onclick = Callback::from(move |_| {
            let mut v = *h;
            let f = get(&mut v);
            *f = !*f;
            h.set(v);
        });
        html! { <button class={classes!("chip", on.then_some("on"))} {onclick} data-testid={format!("show-{name}")}>{ tr(lang, msg) }</button> }
    };
    let ready = s.worker.backend.is_some() && s.worker.crashed.is_none();
    let labels: Vec<usize> = s.data.labels.iter().take(CODES_N).map(|l| *l as usize).collect();
    let active = VAE_PRESETS.iter().find(|(id, _, _)| {
        let mut u = s.url.clone();
        u.apply_preset(id);
        u.vae == s.url.vae
    });
    let columns = runs.iter().enumerate().map(|(i, cfg)| {
        let run = s.vae.runs.get(i).cloned().unwrap_or_default();
        let decoded = s.vae.decoded.as_ref().filter(|d| d.z == *pad).and_then(|d| d.points.get(i).copied());
        html! {
            <run::RunColumn index={i} running={s.vae.running} config={cfg.clone()} run={run} data={s.data.points.clone()} centres={s.data.centres.clone()} labels={labels.clone()} pad={*pad}
                decoded={decoded} shown={*shown} prior_n={*prior_n} on_pad={set_pad.clone()} on_change={set_run(i == 1)} />
        }
    });
    html! {
        <>
            <p class="intro">{ tr(lang, "vae-intro-1") }{" "}<b>{ tr(lang, "vae-intro-ae") }</b>{ tr(lang, "vae-intro-2") }{" "}<b>{ tr(lang, "vae-intro-holes") }</b>
                { tr(lang, "vae-intro-3") }{" "}<b>{ tr(lang, "vae-intro-vae") }</b>{ tr(lang, "vae-intro-4") }</p>
            <div class="panel gan-bar" data-testid="vae-controls">
                <div class="chips">
                    <span class="k">{ tr(lang, "vae-presets") }</span>
                    { for VAE_PRESETS.iter().map(|(id, _, _)| {
                        let d = s.dispatcher();
                        let id = *id;
                        html! { <button class={classes!("chip", active.is_some_and(|a| a.0 == id).then_some("on"))} title={tr(lang, &format!("vae-preset-{id}-hint"))}
                            onclick={Callback::from(move |_| d.dispatch(Action::Preset(id)))} data-testid={format!("vae-preset-{id}")}>{ tr(lang, &format!("vae-preset-{id}")) }</button> }
                    }) }
                    <button class={classes!("chip", s.url.vae.compare.then_some("on"))} onclick={compare} data-testid="vae-compare">{ tr(lang, "vae-compare") }</button>
                </div>
                if let Some((id, _, _)) = active {
                    <p class="hint" data-testid="vae-preset-hint">{ tr(lang, &format!("vae-preset-{id}-hint")) }</p>
                }
                <div class="buttons">
                    <button class="primary" disabled={!ready} onclick={if s.vae.running { send(Command::train(FamilyId::Vae, TrainOp::Pause)) } else { send(Command::train(FamilyId::Vae, TrainOp::Start { speed: 0 })) }} data-testid="vae-play">{ tr(lang, if s.vae.running { "vae-pause" } else { "vae-train" }) }</button>
                    <button disabled={!ready || s.vae.running} onclick={send(Command::train(FamilyId::Vae, TrainOp::Step { n: 1 }))} data-testid="vae-step">{ tr(lang, "vae-step") }</button>
                    <button disabled={!ready} onclick={send(Command::train(FamilyId::Vae, TrainOp::Reset))} data-testid="vae-reset">{ tr(lang, "vae-reset") }</button>
                    <span class="rate" data-testid="vae-rate">{ tr_args(lang, "vae-rate", &[("step", s.vae.runs.first().map_or(0, |r| r.step).to_string()), ("rate", format!("{:.0}", s.vae.steps_per_sec))]) }</span>
                </div>
                <div class="controls-row">
                    <Slider label={tr(lang, "vae-z1")} testid="z1" value={pad[0] as f64} min={-LATENT_HALF as f64} max={LATENT_HALF as f64} step={0.05} on_change={set_axis(0)} />
                    <Slider label={tr(lang, "vae-z2")} testid="z2" value={pad[1] as f64} min={-LATENT_HALF as f64} max={LATENT_HALF as f64} step={0.05} on_change={set_axis(1)} />
                    <RangeSlider label={tr(lang, "vae-temperature")} testid="temperature" range={crate::families::vae::url::TEMPERATURE} value={s.url.vae.temperature as f64}
                        on_change={set_temp} hint={tr(lang, "vae-temperature-hint")} />
                </div>
                <div class="buttons">
                    <label class="inline">{ format!("{} ", tr(lang, "vae-prior-n")) }
                        <select data-testid="prior-n" onchange={{
                            let prior_n = prior_n.clone();
                            Callback::from(move |e: Event| {
                                let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
                                prior_n.set(sel.value().parse().unwrap_or(1000));
                            })
                        }}>
                            { for [100usize, 300, 1000, 2000].iter().map(|n| html! { <option value={n.to_string()} selected={*n == *prior_n}>{ n }</option> }) }
                        </select>
                    </label>
                    <button disabled={!ready} data-testid="prior-resample" onclick={{
                        let (draw, worker) = (draw.clone(), p.worker.clone());
                        Callback::from(move |_| {
                            draw.set(*draw + 1);
                            worker.send(&Command::Vae(VaeCommand::Resample { draw: *draw + 1 }));
                        })
                    }}>{ tr(lang, "vae-resample") }</button>
                </div>
                <div class="chips">
                    <span class="k">{ tr(lang, "vae-show") }</span>
                    { toggle("prior", "vae-show-prior", |v| &mut v.prior) }
                    { toggle("reconstructions", "vae-show-recon", |v| &mut v.recon) }
                    { toggle("decoder", "vae-show-grid", |v| &mut v.grid) }
                </div>
                <HistoryBar family={crate::families::FamilyId::Vae} history={s.history_of(crate::families::FamilyId::Vae).cloned()} worker={p.worker.clone()} live_step={s.vae.runs.first().map_or(0, |r| r.top)} />
            </div>
            <div class={classes!("gan-runs", (runs.len() > 1).then_some("two"))}>{ for columns }</div>
        </>
    }
}
