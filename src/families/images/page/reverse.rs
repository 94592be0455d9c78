//! The image reverse process: 16 digits denoised from pure noise by the shipped U-Net (or the
//! one trained here), x_t beside the model's x̂_0 at every kept frame, a scrubber and a
//! filmstrip, progress with cancel for long chains, and the classifier's reading of each
//! finished digit.

use web_sys::{HtmlCanvasElement, HtmlInputElement};
use yew::prelude::*;

use crate::data::glyphs::{PIXELS, SIDE};
use crate::describe;
use crate::families::images::Act;
use crate::families::images::page::settings::{SampleSettings, TaskProgress};
use crate::families::images::protocol::ImageCommand;
use crate::families::images::state::ImageTask;
use crate::i18n::{Lang, Msg, tr, tr_args};
use crate::models::samplers::Sampler;
use crate::render::images::draw_grid;
use crate::state::app::{Action, AppState};
use crate::ui::anim::{Cursor, Move, use_player};
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::Command;
use crate::ui::notation::rich;

const N: usize = 16;

/// Model space [−1, 1] → ink [0, 1] (1 = black) for display.
fn ink(v: &[f32]) -> Vec<f32> {
    v.iter().map(|x| (x + 1.0) / 2.0).collect()
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(ReversePanel)]
pub fn reverse_panel(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let say = |id: &str| tr(lang, id);
    let s = &p.state;
    let draws = use_state(|| 0u64);
    let cursor = use_reducer_eq(Cursor::default);
    let playing = use_state(|| false);
    let (xt_c, x0_c, strip_c) = (use_node_ref(), use_node_ref(), use_node_ref());
    // Load the shipped model once a device is ready (again after a device change).
    {
        let worker = p.worker.clone();
        use_effect_with(s.worker.backend, move |b| {
            if b.is_some() {
                worker.send(&Command::Images(ImageCommand::Load));
            }
        });
    }
    let chain = s.images.chain.clone();
    let frames = chain.as_ref().map_or(0, |c| c.ts.len());
    let f = cursor.0.min(frames.saturating_sub(1));
    {
        let (cursor, playing) = (cursor.dispatcher(), playing.clone());
        use_effect_with(chain.as_ref().map(|c| (c.ms.to_bits(), c.ts.len())), move |c| {
            if c.is_some() {
                cursor.dispatch(Move::Set(0));
                playing.set(true);
            }
        });
    }
    use_player(*playing, cursor.dispatcher(), 1, frames, false, 60);
    if *playing && frames > 0 && f + 1 >= frames {
        playing.set(false);
    }
    {
        let (xt_c, x0_c, strip_c, chain) = (xt_c.clone(), x0_c.clone(), strip_c.clone(), chain.clone());
        use_effect_with((f, chain.as_ref().map(|c| c.ms.to_bits())), move |_| {
            let Some(c) = &chain else { return };
            let frame = |all: &[f32], k: usize| -> Vec<Vec<f32>> {
                (0..c.n).map(|i| ink(&all[(k * c.n + i) * PIXELS..(k * c.n + i + 1) * PIXELS])).collect()
            };
            for (canvas, all) in [(&xt_c, &c.xt), (&x0_c, &c.x0)] {
                if let Some(cv) = canvas.cast::<HtmlCanvasElement>() {
                    let imgs = frame(all, f);
                    let refs: Vec<&[f32]> = imgs.iter().map(Vec::as_slice).collect();
                    draw_grid(&cv, &refs, SIDE, 4, 3, 4);
                }
            }
            if let Some(cv) = strip_c.cast::<HtmlCanvasElement>() {
                let picks: Vec<usize> = (0..8).map(|k| k * (c.ts.len() - 1) / 7).collect();
                let imgs: Vec<Vec<f32>> = picks.iter().map(|&k| frame(&c.xt, k).swap_remove(0)).collect();
                let refs: Vec<&[f32]> = imgs.iter().map(Vec::as_slice).collect();
                draw_grid(&cv, &refs, SIDE, 8, 3, 8);
            }
        });
    }
    let model = s.images.model.clone();
    let loaded = model.as_ref().is_some_and(|m| m.loaded);
    let progress = s.images.progress.clone().filter(|g| g.task == "chain");
    let busy = s.images.busy();
    let settings = s.url.images.clone();
    let run = {
        let (worker, d, draws, seed) = (p.worker.clone(), s.dispatcher(), draws.clone(), s.url.seed);
        let (classes, sampler, guidance) = (settings.class.classes(N), settings.sampler(), settings.guidance);
        Callback::from(move |()| {
            d.dispatch(Action::from(Act::Asked(ImageTask::Chain)));
            let seed = seed.wrapping_add(*draws);
            draws.set(*draws + 1);
            worker.send(&Command::Images(ImageCommand::Chain { classes: classes.clone(), sampler, guidance, seed, frames: 40 }));
        })
    };
    // A first chain as soon as the model is there: the page opens on noise becoming digits.
    {
        let (run, first) = (run.clone(), chain.is_none() && !busy);
        use_effect_with(loaded, move |l| {
            if *l && first {
                run.emit(());
            }
        });
    }
    let cancel = {
        let (worker, d) = (p.worker.clone(), s.dispatcher());
        Callback::from(move |_| {
            worker.send(&Command::Images(ImageCommand::Cancel));
            d.dispatch(Action::from(Act::Cancelled));
        })
    };
    let on_scrub = {
        let cursor = cursor.dispatcher();
        Callback::from(move |e: InputEvent| {
            let i: HtmlInputElement = e.target_unchecked_into();
            cursor.dispatch(Move::Set(i.value().parse().unwrap_or(0)));
        })
    };
    let status = match &model {
        None => match s.images.loading {
            Some((done, total)) if total > 0 => tr_args(
                lang,
                "img-loading-progress",
                &[("done", format!("{:.0}", done as f64 / 1000.0)), ("total", format!("{:.0}", total as f64 / 1000.0))],
            ),
            _ => say("img-loading"),
        },
        Some(m) if m.loaded => {
            tr_args(lang, "img-model-loaded", &[("params", m.params.to_string()), ("kb", format!("{:.0}", m.bytes as f64 / 1000.0))])
        }
        Some(m) => m.message.as_ref().map(|m| m.text(lang)).unwrap_or_default(),
    };
    let loading = s.images.loading.filter(|_| model.is_none());
    let sampler_text = |sm: Sampler| match sm {
        Sampler::Ddpm => "DDPM".to_string(),
        Sampler::Ddim { steps, eta } => format!("DDIM-{steps}, η = {eta}"),
    };
    let last = frames > 0 && f + 1 == frames;
    // The canvases' text alternatives: which step they show and, at the end, what the classifier reads.
    let alts = match chain.as_ref() {
        None => [Msg::new("img-no-chain"), Msg::new("img-no-chain"), Msg::new("img-no-chain")],
        Some(c) => {
            let reads: Vec<String> = c.predicted.iter().map(|(k, _)| k.to_string()).collect();
            let xt = Msg::new("img-alt-xt").arg("n", c.n).arg("t", c.ts[f]);
            let xt = if last && !reads.is_empty() {
                describe::both(&xt, &Msg::new("img-alt-reads").arg("classes", reads.join(", ")))
            } else {
                xt
            };
            let strip = Msg::new("img-alt-strip").arg("frames", c.ts.len()).arg("first", c.ts.first().copied().unwrap_or(0));
            [xt, Msg::new("img-alt-x0").arg("n", c.n).arg("t", c.ts[f]), strip]
        }
    }
    .map(|m| m.text(lang));
    html! {
        <div class="panel wide" data-testid="images-reverse">
            <h2>{ say("img-reverse-title") }</h2>
            <p class="lede">{ rich(&say("img-reverse-lede")) }</p>
            <p class="hint" data-testid="image-model-status">{ status }</p>
            if let Some((done, total)) = loading {
                <progress class="load" max={total.max(1).to_string()} value={done.to_string()} data-testid="image-load-progress" />
            }
            <SampleSettings state={p.state.clone()} />
            <div class="buttons">
                <button class="primary" disabled={!loaded || busy} onclick={run.reform(|_| ())} data-testid="image-run">{ say(if busy { "img-working" } else { "img-denoise" }) }</button>
                if let Some(c) = &chain {
                    <span class="rate" data-testid="image-chain-info">{ tr_args(lang, "img-chain-info", &[
                        ("sampler", sampler_text(c.sampler)), ("steps", c.steps.to_string()), ("seconds", format!("{:.1}", c.ms / 1000.0)),
                        ("frames", c.ts.len().to_string()), ("w", c.guidance.to_string()), ("model", c.model.text(lang)),
                    ]) }</span>
                }
            </div>
            if let Some(g) = progress {
                <TaskProgress progress={g} on_cancel={cancel.clone()} />
            }
            <div class="planes">
                <div><h3>{ rich("x_t") }</h3><canvas ref={xt_c} class="pixels" data-testid="image-xt" role="img" aria-label={alts[0].clone()} /></div>
                <div><h3>{ rich(&say("img-x0-title")) }</h3><canvas ref={x0_c} class="pixels" data-testid="image-x0" role="img" aria-label={alts[1].clone()} /></div>
                if let Some(c) = chain.as_ref().filter(|c| c.predicted.len() == c.n) {
                    <div data-testid="image-verdicts">
                        <h3>{ say(if last { "img-reads-title" } else { "img-reads-finished" }) }</h3>
                        <div class="verdicts">
                            { for c.predicted.iter().zip(&c.classes).map(|((k, conf), asked)| {
                                let ok = asked.is_none_or(|a| a == *k as usize);
                                html! { <span class={classes!("v", ok.then_some("ok"))} title={tr_args(lang, "img-confidence", &[("percent", format!("{:.0}", conf * 100.0))])}>{ format!("{k} · {:.0}%", conf * 100.0) }</span> }
                            }) }
                        </div>
                        <p class="hint">{ verdict_line(lang, c) }</p>
                    </div>
                }
            </div>
            <div class="scrub">
                <button onclick={{ let pl = playing.clone(); Callback::from(move |_| pl.set(!*pl)) }} disabled={frames == 0} data-testid="image-play">{ if *playing { "❚❚" } else { "▶" } }</button>
                <input type="range" min="0" max={frames.saturating_sub(1).to_string()} value={f.to_string()} oninput={on_scrub} disabled={frames == 0} data-testid="image-frame" data-key="frames" aria-label={say("img-frame-aria")} />
                <output>{ chain.as_ref().map_or(say("img-no-chain"), |c| format!("t = {}", c.ts[f])) }</output>
            </div>
            <h3>{ say("img-film-title") }</h3>
            <canvas ref={strip_c} class="pixels" data-testid="image-strip" role="img" aria-label={alts[2].clone()} />
        </div>
    }
}

/// "14 of 16 read as the class asked for" (or, unconditional, how many classes appear).
fn verdict_line(lang: Lang, c: &crate::families::images::state::ImageChainView) -> String {
    if c.classes.iter().all(Option::is_none) {
        let mut seen: Vec<u8> = c.predicted.iter().map(|(k, _)| *k).collect();
        seen.sort_unstable();
        seen.dedup();
        return tr_args(lang, "img-verdict-uncond", &[("k", seen.len().to_string())]);
    }
    let hits = c.predicted.iter().zip(&c.classes).filter(|((k, _), a)| **a == Some(*k as usize)).count();
    tr_args(lang, "img-verdict-hits", &[("hits", hits.to_string()), ("n", c.n.to_string())])
}
