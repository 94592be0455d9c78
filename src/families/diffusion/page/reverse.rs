//! Reverse process view: 2,000 points start as noise and move step by step to the data.
//! A scrubber and a play button over the recorded frames, faint trajectories for a handful of
//! points, x_t or the model's x̂_0, and the learned denoising direction as arrows at the
//! current t. Samplers: DDPM ancestral, or DDIM with a step count and η.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::describe;
use crate::i18n::Msg;
use crate::palette;

use crate::families::diffusion::Act;
use crate::families::diffusion::protocol::DiffusionCommand;
use crate::i18n::{tr, tr_args};
use crate::render::Frame;
use crate::render::points::{Layer, Painter};
use crate::state::app::{Action, AppState};
use crate::ui::anim::{Cursor, Move, use_player};
use crate::ui::controls::{RangeSlider, Slider};
use crate::ui::hooks::{WorkerHandle, use_lang};
use crate::worker::protocol::Command;
use crate::ui::notation::rich;

const SIZE: u32 = 560;
/// Points in a chain, frames kept, arrows per side, trajectories drawn.
const POINTS: usize = 2000;
const FRAMES: usize = 100;
const GRID: usize = 17;
const TRAILS: usize = 16;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(ReverseView)]
pub fn reverse_view(p: &Props) -> Html {
    let s = &p.state;
    let lang = use_lang();
    let canvas = use_node_ref();
    let cursor = use_reducer_eq(Cursor::default);
    let playing = use_state(|| false);
    let show_x0 = use_state(|| false);
    let trails = use_state(|| true);
    let field = use_state(|| false);
    let frames = s.diffusion.chain.as_ref().map_or(0, |c| c.ts.len());
    let f = cursor.0.min(frames.saturating_sub(1));
    let frame = Frame::fit(SIZE, SIZE, &s.data.points);
    // A new chain starts playing from pure noise.
    {
        let (cursor, playing) = (cursor.dispatcher(), playing.clone());
        use_effect_with(s.diffusion.chain.as_ref().map(|c| (c.step, c.ts.clone())), move |c| {
            if c.is_some() {
                cursor.dispatch(Move::Set(0));
                playing.set(true);
            }
        });
    }
    use_player(*playing, cursor.dispatcher(), 1, frames, false, 40);
    if *playing && frames > 0 && f + 1 >= frames {
        playing.set(false);
    }
    let t_now = s.diffusion.chain.as_ref().map(|c| c.ts[f]);
    // Ask the worker for the noise field at the frame's t when arrows are on.
    {
        let (worker, want) = (p.worker.clone(), *field && t_now.is_some());
        let have = s.diffusion.field.as_ref().map(|v| v.t);
        use_effect_with((want, t_now, frame.half), move |(want, t, half)| {
            if let (true, Some(t)) = (*want, *t)
                && have != Some(t)
            {
                worker.send(&Command::Diffusion(DiffusionCommand::Field { t, half: *half, grid: GRID }));
            }
        });
    }
    // What the frame shows, drawn on the canvas and read out as its text alternative.
    let label = s.diffusion.chain.as_ref().map(|chain| {
        let t = chain.ts[f];
        let what = match (f + 1 == chain.ts.len(), *show_x0) {
            (true, _) => Msg::new("diff-label-samples"),
            (false, true) => Msg::new("diff-label-x0").arg("t", t),
            (false, false) => Msg::new("diff-label-xt").arg("t", t),
        };
        Msg::new("diff-label-frame").nested("what", &what).arg("frame", f + 1).arg("frames", chain.ts.len())
    });
    let alt = match (&s.diffusion.chain, &label) {
        (Some(chain), Some(label)) => describe::cloud(label, chain.frame(f, *show_x0), &s.data.centres),
        _ => Msg::new("diff-canvas-empty"),
    };
    {
        let (canvas, st, show_x0, trails, field, label) = (canvas.clone(), s.clone(), *show_x0, *trails, *field, label.clone());
        use_effect_with(
            (
                f,
                st.diffusion.chain.as_ref().map(|c| c.step),
                show_x0,
                trails,
                field,
                st.diffusion.field.as_ref().map(|v| v.t),
                st.data_version,
                lang,
            ),
            move |_| {
                let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
                let Some(paint) = Painter::begin(&c, frame) else { return };
                paint.kept_points(&Layer { points: &st.data.points, colour: &palette::DATA.css(palette::DATA_ALPHA), size: 2.0 });
                let Some(chain) = &st.diffusion.chain else {
                    paint.label(&tr(lang, "diff-canvas-empty"));
                    return;
                };
                if field && let Some(v) = &st.diffusion.field {
                    let max = v.eps.iter().map(|e| (e[0] * e[0] + e[1] * e[1]).sqrt()).fold(1e-6f32, f32::max);
                    let cell = 2.0 * frame.half / GRID as f32;
                    let arrows: Vec<([f32; 2], [f32; 2])> =
                        v.points.iter().zip(&v.eps).map(|(pt, e)| (*pt, [-e[0] / max * cell * 0.9, -e[1] / max * cell * 0.9])).collect();
                    paint.arrows(&arrows, &palette::ARROW.css(0.85));
                }
                if trails {
                    let step = (chain.n / TRAILS).max(1);
                    let paths: Vec<Vec<[f32; 2]>> =
                        (0..chain.n).step_by(step).take(TRAILS).map(|i| (0..=f).map(|k| chain.frame(k, false)[i]).collect()).collect();
                    paint.paths(paths.iter().map(Vec::as_slice), &palette::PATH.css(0.45), 1.2);
                }
                let colour = if show_x0 { palette::X0 } else { palette::SAMPLE }.css(0.75);
                paint.points(&Layer { points: chain.frame(f, show_x0), colour: &colour, size: 3.0 });
                if let Some(label) = &label {
                    paint.label(&label.text(lang));
                }
            },
        );
    }
    let sampler = s.url.diffusion.sampler.clone();
    let run = {
        let (worker, sampler) = (p.worker.clone(), sampler.sampler());
        Callback::from(move |_| worker.send(&Command::Diffusion(DiffusionCommand::Chain { n: POINTS, sampler, frames: FRAMES })))
    };
    let set_sampler = |f: fn(&mut crate::families::diffusion::url::SamplerSettings, f64)| {
        let (d, s0) = (s.dispatcher(), sampler.clone());
        Callback::from(move |v: f64| {
            let mut c = s0.clone();
            f(&mut c, v);
            d.dispatch(Action::from(Act::Sampler(c)));
        })
    };
    let toggle = |h: &UseStateHandle<bool>| {
        let h = h.clone();
        Callback::from(move |_| h.set(!*h))
    };
    let on_scrub = {
        let cursor = cursor.dispatcher();
        Callback::from(move |e: InputEvent| {
            let i: web_sys::HtmlInputElement = e.target_unchecked_into();
            cursor.dispatch(Move::Set(i.value().parse().unwrap_or(0)));
        })
    };
    let ready = s.worker.backend.is_some() && s.worker.crashed.is_none();
    let choose = |ddim: bool| {
        let (d, s0) = (s.dispatcher(), sampler.clone());
        Callback::from(move |_| {
            d.dispatch(Action::from(Act::Sampler(crate::families::diffusion::url::SamplerSettings { ddim, ..s0.clone() })))
        })
    };
    html! {
        <div class="panel" data-testid="reverse-panel">
            <h2>{ rich(&tr_args(lang, "diff-reverse-title", &[("step", "p(x_{t−1} | x_t)".into())])) }</h2>
            <p class="lede">{ rich(&tr(lang, "diff-reverse-lede")) }</p>
            <div class="chips">
                <button class={classes!("chip", (!sampler.ddim).then_some("on"))} onclick={choose(false)} data-testid="sampler-ddpm">{ tr(lang, "diff-sampler-ddpm") }</button>
                <button class={classes!("chip", sampler.ddim.then_some("on"))} onclick={choose(true)} data-testid="sampler-ddim">{"DDIM"}</button>
            </div>
            if sampler.ddim {
                <div class="controls-row">
                    <Slider label={tr(lang, "diff-ddim-steps")} testid="ddim-steps" value={sampler.steps as f64} min={1.0} max={s.url.diffusion.config.schedule.steps as f64} step={1.0} decimals={0}
                        on_change={set_sampler(|c, v| c.steps = v as usize)} />
                    <RangeSlider label={tr(lang, "diff-ddim-eta")} testid="ddim-eta" range={crate::families::diffusion::url::ETA} value={sampler.eta}
                        on_change={set_sampler(|c, v| c.eta = v)} />
                </div>
            }
            <div class="buttons">
                <button class="primary" disabled={!ready} onclick={run} data-testid="run-reverse">{ tr(lang, "diff-run-reverse") }</button>
                <button class={classes!("chip", (*show_x0).then_some("on"))} onclick={toggle(&show_x0)} data-testid="toggle-x0">{ rich(&tr(lang, if *show_x0 { "diff-showing-x0" } else { "diff-showing-xt" })) }</button>
                <button class={classes!("chip", (*trails).then_some("on"))} onclick={toggle(&trails)} data-testid="toggle-trails">{ tr(lang, "diff-trails") }</button>
                <button class={classes!("chip", (*field).then_some("on"))} onclick={toggle(&field)} data-testid="toggle-field">{ tr(lang, "diff-field") }</button>
            </div>
            <canvas ref={canvas.clone()} width={SIZE.to_string()} height={SIZE.to_string()} data-testid="reverse-canvas" class="square" role="img" aria-label={alt.text(lang)} />
            <crate::ui::export::ExportTools target={canvas} name="reverse" caption={s.diffusion.chain.as_ref().map_or(tr(lang, "diff-no-chain"), |c| chain_info(lang, c))} />
            <div class="scrub">
                <button onclick={toggle(&playing)} disabled={frames == 0} data-testid="reverse-play">{ if *playing { "❚❚" } else { "▶" } }</button>
                <input type="range" min="0" max={frames.saturating_sub(1).to_string()} value={f.to_string()} oninput={on_scrub}
                    disabled={frames == 0} data-testid="reverse-frame" data-key="frames" aria-label={tr(lang, "diff-sampling-step")} />
                <output data-testid="reverse-t">{ t_now.map_or(tr(lang, "diff-no-chain"), |t| format!("t = {t}")) }</output>
            </div>
            if let Some(c) = &s.diffusion.chain {
                <p class="hint" data-testid="chain-info">{ chain_info(lang, c) }</p>
            }
        </div>
    }
}

/// The line under the canvas: what the last chain was and how long it took.
fn chain_info(lang: crate::i18n::Lang, c: &crate::families::diffusion::state::ChainView) -> String {
    let sampler = match c.sampler {
        crate::models::samplers::Sampler::Ddpm => "DDPM".to_string(),
        crate::models::samplers::Sampler::Ddim { steps, eta } => {
            tr_args(lang, "diff-chain-ddim", &[("steps", steps.to_string()), ("eta", eta.to_string())])
        }
    };
    let args = [
        ("n", c.n.to_string()),
        ("frames", c.ts.len().to_string()),
        ("step", c.step.to_string()),
        ("sampler", sampler),
        ("seconds", format!("{:.2}", c.ms / 1000.0)),
    ];
    tr_args(lang, "diff-chain-info", &args)
}
