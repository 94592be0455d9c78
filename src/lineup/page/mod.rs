//! The lineup page: pick a class; the GAN, the VAE and the diffusion model each draw 16 of it
//! beside 16 real digits, every image with the classifier's reading, and the variety table
//! (`table.rs`) judges 100 of each the same way. "Draw again" takes the next seed.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

mod pad;
mod planes;
mod table;
mod walk;

use crate::data::glyphs::{PIXELS, SIDE};
use crate::i18n::{Lang, Msg, tr, tr_args};
use crate::lineup::plan::{Contestant, SHOW};
use crate::lineup::protocol::{Column, LineupCommand};
use crate::lineup::state::Lineup;
use crate::lineup::url::PSI;
use crate::render::images::draw_grid;
use crate::state::app::{Action, AppState};
use crate::state::shared::Shared;
use crate::ui::controls::RangeSlider;
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::Command;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

/// A column's name: "GAN", "VAE", "Diffusion", "Real digits".
pub fn column_name(lang: Lang, family: Option<Contestant>) -> String {
    tr(lang, &format!("lineup-{}", family.map_or("real", Contestant::id)))
}

/// "class 3" or "0–9 in turn".
fn pick_text(lang: Lang, pick: Option<usize>) -> String {
    pick.map_or(tr(lang, "lineup-each"), |c| tr_args(lang, "lineup-class", &[("c", c.to_string())]))
}

#[function_component(LineupPage)]
pub fn lineup_page(p: &PageProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let say = |id: &str| tr(lang, id);
    let s = &p.state;
    let draws = use_state(|| 0u64);
    let v = &s.lineup;
    let loaded = v.models.as_ref().is_some_and(|m| m.loaded);
    // Load the models once a device is ready (again after a device change).
    {
        let worker = p.worker.clone();
        use_effect_with(s.worker.backend, move |b| {
            if b.is_some() {
                worker.send(&Command::Lineup(LineupCommand::Load));
            }
        });
    }
    let (pick, psi) = (s.url.lineup.pick, s.url.lineup.psi);
    let seed = s.url.seed.wrapping_add(*draws);
    // A lineup as soon as the models are there, and again for a new class, seed, ψ or draw.
    {
        let worker = p.worker.clone();
        use_effect_with((loaded, pick, seed, psi.to_bits()), move |(loaded, pick, seed, _)| {
            if *loaded {
                worker.send(&Command::Lineup(LineupCommand::Sample { pick: *pick, seed: *seed, psi }));
            }
        });
    }
    let on_psi = {
        let d = s.dispatcher();
        Callback::from(move |v: f64| d.dispatch(Action::SetLineupPsi(v)))
    };
    let choose = |c: Option<usize>| {
        let d = s.dispatcher();
        Callback::from(move |_| d.dispatch(Action::SetLineupPick(c)))
    };
    let chips = std::iter::once(None).chain((0..10).map(Some)).map(|c| {
        let label = c.map_or(say("lineup-each"), |c| c.to_string());
        html! { <button class="chip" aria-pressed={(c == pick).to_string()} onclick={choose(c)} data-testid={format!("lineup-pick-{}", crate::lineup::url::pick_id(c))}>{ label }</button> }
    });
    let again = {
        let draws = draws.clone();
        Callback::from(move |_| draws.set(*draws + 1))
    };
    let cancel = {
        let worker = p.worker.clone();
        Callback::from(move |_| worker.send(&Command::Lineup(LineupCommand::Cancel)))
    };
    let status = match &v.models {
        None => match v.loading {
            Some((done, total)) if total > 0 => tr_args(
                lang,
                "img-loading-progress",
                &[("done", format!("{:.0}", done as f64 / 1000.0)), ("total", format!("{:.0}", total as f64 / 1000.0))],
            ),
            _ => say("img-loading"),
        },
        Some(m) if m.loaded => tr_args(
            lang,
            "lineup-loaded",
            &[
                ("gan", m.params.first().copied().unwrap_or(0).to_string()),
                ("vae", m.params.get(1).copied().unwrap_or(0).to_string()),
                ("unet", m.params.get(2).copied().unwrap_or(0).to_string()),
                ("kb", format!("{:.0}", m.bytes as f64 / 1000.0)),
            ],
        ),
        Some(m) => m.message.as_ref().map(|m| m.text(lang)).unwrap_or_default(),
    };
    let current = v.lineup.as_ref().filter(|l| l.pick == pick && l.seed == seed && l.psi == psi);
    let stale = v.lineup.is_some() && current.is_none();
    html! {
        <>
            <p class="intro">{ say("lineup-intro") }</p>
            <div class="panel wide" data-testid="lineup">
                <h2>{ say("lineup-title") }</h2>
                <p class="lede">{ say("lineup-lede") }</p>
                <p class="hint" data-testid="lineup-status">{ status }</p>
                if let Some((done, total)) = v.loading.filter(|_| v.models.is_none()) {
                    <progress class="load" max={total.max(1).to_string()} value={done.to_string()} data-testid="lineup-load-progress" />
                }
                <div class="buttons" role="group" aria-label={say("lineup-pick-aria")}>{ for chips }</div>
                <div class="controls-row">
                    <RangeSlider label={say("lineup-psi")} testid="lineup-psi" range={PSI} value={psi} decimals={2} on_change={on_psi} />
                </div>
                <p class="hint">{ say("lineup-psi-hint") }</p>
                <div class="buttons">
                    <button class="primary" disabled={!loaded || v.progress.is_some()} onclick={again} data-testid="lineup-again">{ say("lineup-again") }</button>
                    <span class="rate" data-testid="lineup-info">{ match v.lineup.as_ref() {
                        Some(l) => tr_args(lang, "lineup-info", &[("what", pick_text(lang, l.pick)), ("seed", l.seed.to_string()), ("seconds", format!("{:.1}", l.ms / 1000.0))]),
                        None => String::new(),
                    } }</span>
                </div>
                if let Some((done, total, family)) = v.progress {
                    <div class="task-progress" data-testid="lineup-progress">
                        <progress max={total.to_string()} value={done.to_string()} />
                        <span>{ if done >= total { say("lineup-judging") } else { tr_args(lang, "lineup-progress", &[("done", done.to_string()), ("total", total.to_string()), ("who", column_name(lang, Some(family)))]) } }</span>
                        <button onclick={cancel} data-testid="lineup-cancel">{ say("img-cancel") }</button>
                    </div>
                }
                if let Some(l) = v.lineup.as_ref() {
                    <div class={classes!("lineup-grids", stale.then_some("stale"))}>
                        { for l.columns.iter().enumerate().map(|(i, c)| html! { <Grid lineup={l.clone()} index={i} column={c.clone()} /> }) }
                    </div>
                }
            </div>
            if let Some(l) = v.lineup.as_ref() {
                <table::VarietyTable lineup={l.clone()} />
            }
            <crate::families::digit_gan::page::DigitGanPanel state={p.state.clone()} worker={p.worker.clone()} />
            <planes::PlanesPanel state={p.state.clone()} worker={p.worker.clone()} />
            <crate::families::digit_vae::page::DigitVaePanel state={p.state.clone()} worker={p.worker.clone()} />
            <walk::WalkPanel state={p.state.clone()} worker={p.worker.clone()} />
            <pad::DrawPad state={p.state.clone()} worker={p.worker.clone()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct GridProps {
    lineup: Shared<Lineup>,
    index: usize,
    column: Column,
}

/// One column: its name, its 16 images and what the classifier reads in them.
#[function_component(Grid)]
fn grid(p: &GridProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let canvas = use_node_ref();
    let images = p.lineup.images.get(p.index).cloned().unwrap_or_default();
    {
        let (canvas, images) = (canvas.clone(), images.clone());
        use_effect_with((p.lineup.ms.to_bits(), p.lineup.psi.to_bits(), p.index, images.len()), move |_| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                let ink: Vec<Vec<f32>> = images.chunks(PIXELS).take(SHOW).map(|x| x.iter().map(|v| (v + 1.0) / 2.0).collect()).collect();
                let refs: Vec<&[f32]> = ink.iter().map(Vec::as_slice).collect();
                draw_grid(&c, &refs, SIDE, 4, 3, 4);
            }
        });
    }
    let asked = crate::lineup::plan::asked(p.lineup.pick, SHOW);
    let hits = p.column.predicted.iter().zip(&asked).filter(|((k, _), a)| *k as usize == **a).count();
    let reads: Vec<String> = p.column.predicted.iter().map(|(k, _)| k.to_string()).collect();
    let name = column_name(lang, p.column.family);
    let id = p.column.family.map_or("real", Contestant::id);
    let alt = Msg::new("lineup-alt")
        .arg("who", &name)
        .arg("n", SHOW)
        .arg("what", pick_text(lang, p.lineup.pick))
        .arg("reads", reads.join(", "))
        .text(lang);
    let sub = match p.column.family {
        Some(Contestant::Diffusion) => say_sampler(lang),
        Some(_) => tr(lang, "lineup-one-pass"),
        None => tr(lang, "lineup-real-sub"),
    };
    html! {
        <figure class="lineup-column" data-testid={format!("lineup-col-{id}")}>
            <h3>{ name }</h3>
            <p class="hint">{ sub }</p>
            <canvas ref={canvas} class="pixels" role="img" aria-label={alt} data-testid={format!("lineup-grid-{id}")} />
            <figcaption class="caption" data-testid={format!("lineup-reads-{id}")}>
                { tr_args(lang, "lineup-reads", &[("hits", hits.to_string()), ("n", p.column.predicted.len().to_string())]) }
                { p.column.ms.map(|ms| format!(" · {}", tr_args(lang, "lineup-ms", &[("ms", format!("{ms:.0}"))]))).unwrap_or_default() }
            </figcaption>
        </figure>
    }
}

fn say_sampler(lang: Lang) -> String {
    use crate::lineup::plan::{GUIDANCE, SAMPLER};
    use crate::models::samplers::Sampler;
    let steps = match SAMPLER {
        Sampler::Ddim { steps, .. } => steps,
        Sampler::Ddpm => 1000,
    };
    tr_args(lang, "lineup-chain", &[("steps", steps.to_string()), ("w", GUIDANCE.to_string())])
}
