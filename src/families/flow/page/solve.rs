//! The reverse direction: 2,000 points of noise x_1 ~ N(0, I) carried to the data by solving
//! dx/dt = v_θ(x, t) from t = 1 to 0 (Euler or Heun, 1–200 steps). A scrubber and play button
//! over the frames, trajectories of a few points, x_t or the model's x̂_0 = x_t − t·v̂, the
//! learned velocity as arrows at the frame's t, and the model's exact density as a heatmap.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::describe;
use crate::i18n::Msg;
use crate::palette;

use crate::families::flow::Act;
use crate::families::flow::chain::Solver;
use crate::families::flow::config::FlowSamplerSettings;
use crate::families::flow::protocol::FlowCommand;
use crate::families::flow::url::STEPS;
use crate::i18n::{Lang, tr, tr_args};
use crate::render::Frame;
use crate::render::points::{Layer, Painter};
use crate::state::app::{Action, AppState};
use crate::ui::anim::{Cursor, Move, use_player};
use crate::ui::controls::RangeSlider;
use crate::ui::hooks::{WorkerHandle, use_lang};
use crate::worker::protocol::Command;
use crate::ui::notation::rich;

const SIZE: u32 = 560;
const POINTS: usize = 2000;
const FRAMES: usize = 100;
const GRID: usize = 17;
const DENSITY_GRID: usize = 48;
const TRAILS: usize = 16;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(SolveView)]
pub fn solve_view(p: &Props) -> Html {
    let s = &p.state;
    let lang = use_lang();
    let canvas = use_node_ref();
    let cursor = use_reducer_eq(Cursor::default);
    let playing = use_state(|| false);
    let (show_x0, trails, field, density) = (use_state(|| false), use_state(|| true), use_state(|| false), use_state(|| false));
    let chain = s.flow.chain.as_ref();
    let frames = chain.map_or(0, |c| c.times.len());
    let f = cursor.0.min(frames.saturating_sub(1));
    let frame = Frame::fit(SIZE, SIZE, &s.data.points);
    {
        let (cursor, playing) = (cursor.dispatcher(), playing.clone());
        use_effect_with(chain.map(|c| (c.step, c.times.clone(), c.ms.to_bits())), move |c| {
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
    let t_now = chain.map(|c| c.times[f]);
    {
        let (worker, want, have) = (p.worker.clone(), *field && t_now.is_some(), s.flow.field.as_ref().map(|v| v.t.to_bits()));
        use_effect_with((want, t_now.map(f32::to_bits), frame.half.to_bits()), move |(want, t, _)| {
            if let (true, Some(t)) = (*want, *t)
                && have != Some(t)
            {
                worker.send(&Command::Flow(FlowCommand::Field { t: f32::from_bits(t), half: frame.half, grid: GRID }));
            }
        });
    }
    {
        let (worker, want, step, have) = (p.worker.clone(), *density, s.flow.step, s.flow.density.as_ref().map(|d| d.step));
        use_effect_with((want, step / 500, frame.half.to_bits()), move |(want, _, _)| {
            if *want && have != Some(step) {
                worker.send(&Command::Flow(FlowCommand::Density { half: frame.half, grid: DENSITY_GRID }));
            }
        });
    }
    // What the frame shows, drawn on the canvas and read out as its text alternative.
    let label = chain.map(|chain| {
        let t = format!("{:.2}", chain.times[f]);
        let what = match (f + 1 == chain.times.len(), *show_x0) {
            (true, _) => Msg::new("flow-label-samples"),
            (false, true) => Msg::new("flow-label-x0").arg("t", &t),
            (false, false) => Msg::new("flow-label-xt").arg("t", &t),
        };
        Msg::new("flow-label-frame").nested("what", &what).arg("frame", f + 1).arg("frames", chain.times.len())
    });
    let alt = match (chain, &label) {
        (Some(chain), Some(label)) => describe::cloud(label, chain.frame(f, *show_x0), &s.data.centres),
        _ => Msg::new("flow-canvas-empty"),
    };
    {
        let (canvas, st, show_x0, trails, field, density, label) =
            (canvas.clone(), s.clone(), *show_x0, *trails, *field, *density, label.clone());
        let key = (
            f,
            st.flow.chain.as_ref().map(|c| c.ms.to_bits()),
            show_x0,
            trails,
            field,
            density,
            st.flow.field.as_ref().map(|v| v.t.to_bits()),
            st.flow.density.as_ref().map(|d| d.step),
            st.data_version,
            lang,
        );
        use_effect_with(key, move |_| {
            let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
            let Some(paint) = Painter::begin(&c, frame) else { return };
            if density && let Some(d) = st.flow.density.as_ref().filter(|d| d.half == frame.half) {
                paint.density(d.grid, &d.log_p);
            }
            paint.kept_points(&Layer { points: &st.data.points, colour: &palette::DATA.css(palette::DATA_ALPHA), size: 2.0 });
            let Some(chain) = &st.flow.chain else {
                paint.label(&tr(lang, "flow-canvas-empty"));
                return;
            };
            if field && let Some(v) = &st.flow.field {
                let max = v.v.iter().map(|e| e[0].hypot(e[1])).fold(1e-6f32, f32::max);
                let cell = 2.0 * frame.half / GRID as f32;
                let arrows: Vec<([f32; 2], [f32; 2])> =
                    v.points.iter().zip(&v.v).map(|(pt, e)| (*pt, [-e[0] / max * cell * 0.9, -e[1] / max * cell * 0.9])).collect();
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
        });
    }
    let sampler = s.url.flow.sampler.clone();
    // A solve asked for and not back yet (a wide network with 200 Heun steps takes a while).
    let solving = use_state(|| false);
    {
        let solving = solving.clone();
        // Back when a chain arrives, or when none will (a divergence, a restarted worker).
        use_effect_with((chain.map(|c| c.ms.to_bits()), s.diverged.len(), s.worker.generation), move |_| solving.set(false));
    }
    let run = {
        let (worker, sampler, solving) = (p.worker.clone(), sampler.sampler(), solving.clone());
        Callback::from(move |_| {
            solving.set(true);
            worker.send(&Command::Flow(FlowCommand::Chain { n: POINTS, sampler, frames: FRAMES }))
        })
    };
    let choose = |solver: Solver| {
        let (d, s0) = (s.dispatcher(), sampler.clone());
        Callback::from(move |_| d.dispatch(Action::from(Act::Sampler(FlowSamplerSettings { solver, ..s0.clone() }))))
    };
    let set_steps = {
        let (d, s0) = (s.dispatcher(), sampler.clone());
        Callback::from(move |v: f64| d.dispatch(Action::from(Act::Sampler(FlowSamplerSettings { steps: v as usize, ..s0.clone() }))))
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
    let ready = s.worker.backend.is_some() && s.worker.crashed.is_none() && s.flow.config.is_some();
    let chip = |on: bool| classes!("chip", on.then_some("on"));
    html! {
        <div class="panel" data-testid="solve-panel">
            <h2>{ rich(&tr(lang, "flow-solve-title")) }</h2>
            <p class="lede">{ rich(&tr(lang, "flow-solve-lede")) }</p>
            <div class="chips">
                <button class={chip(sampler.solver == Solver::Euler)} onclick={choose(Solver::Euler)} data-testid="solver-euler">{ tr(lang, "flow-solver-euler") }</button>
                <button class={chip(sampler.solver == Solver::Heun)} onclick={choose(Solver::Heun)} data-testid="solver-heun">{ tr(lang, "flow-solver-heun") }</button>
            </div>
            <div class="controls-row">
                <RangeSlider label={tr(lang, "flow-ode-steps")} testid="fm-steps" range={STEPS} value={sampler.steps as f64} decimals={0} on_change={set_steps}
                    hint={tr(lang, "flow-ode-steps-hint")} />
            </div>
            <div class="buttons">
                <button class="primary" disabled={!ready || *solving} onclick={run} data-testid="run-solve">{ tr(lang, if *solving { "flow-solving" } else { "flow-solve" }) }</button>
                <button class={chip(*show_x0)} onclick={toggle(&show_x0)} data-testid="toggle-x0">{ rich(&tr(lang, if *show_x0 { "flow-showing-x0" } else { "flow-showing-xt" })) }</button>
                <button class={chip(*trails)} onclick={toggle(&trails)} data-testid="toggle-trails">{ tr(lang, "flow-trails") }</button>
                <button class={chip(*field)} onclick={toggle(&field)} data-testid="toggle-field">{ tr(lang, "flow-field") }</button>
                <button class={chip(*density)} onclick={toggle(&density)} data-testid="toggle-density">{ tr(lang, "flow-density") }</button>
            </div>
            <canvas ref={canvas.clone()} width={SIZE.to_string()} height={SIZE.to_string()} data-testid="solve-canvas" class="square" role="img" aria-label={alt.text(lang)} />
            <crate::ui::export::ExportTools target={canvas} name="solve" caption={chain.map_or_else(String::new, |c| solve_info(lang, c))} />
            <div class="scrub">
                <button onclick={toggle(&playing)} disabled={frames == 0} data-testid="solve-play">{ if *playing { "❚❚" } else { "▶" } }</button>
                <input type="range" min="0" max={frames.saturating_sub(1).to_string()} value={f.to_string()} oninput={on_scrub}
                    disabled={frames == 0} data-testid="solve-frame" data-key="frames" aria-label={tr(lang, "flow-sampling-step")} />
                <output data-testid="solve-t">{ t_now.map_or(tr(lang, "flow-no-solve"), |t| format!("t = {t:.2}")) }</output>
            </div>
            if let Some(c) = chain {
                <p class="hint" data-testid="solve-info">{ solve_info(lang, c) }</p>
            }
            if *density {
                <p class="hint" data-testid="density-info">{ rich(&match &s.flow.density {
                    Some(d) => tr_args(lang, "flow-density-info", &[("step", d.step.to_string())]),
                    None => tr(lang, "flow-density-computing"),
                }) }</p>
            }
        </div>
    }
}

/// The line under the canvas: what the last solve was, how long it took, how straight its paths.
fn solve_info(lang: Lang, c: &crate::families::flow::state::FlowChainView) -> String {
    let solver = if c.sampler.solver == Solver::Heun { "Heun" } else { "Euler" };
    let args = [
        ("n", c.n.to_string()),
        ("frames", c.times.len().to_string()),
        ("step", c.step.to_string()),
        ("solver", solver.to_string()),
        ("steps", c.sampler.steps.to_string()),
        ("seconds", format!("{:.2}", c.ms / 1000.0)),
        ("ratio", format!("{:.3}", c.straightness)),
    ];
    tr_args(lang, "flow-solve-info", &args)
}
