//! The image reverse process: 16 digits denoised from pure noise by the shipped U-Net, x_t
//! beside the model's x̂_0 at every kept frame, a scrubber and a filmstrip, a class to ask for
//! (or none) and the classifier-free guidance weight.

use web_sys::{HtmlCanvasElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::super::anim::{use_player, Cursor, Move};
use super::super::controls::Slider;
use super::super::hooks::WorkerHandle;
use crate::data::glyphs::{PIXELS, SIDE};
use crate::models::ddpm_chain::Sampler;
use crate::render::images::draw_grid;
use crate::state::app::AppState;
use crate::worker::protocol::Command;

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
    let s = &p.state;
    let class = use_state(|| None::<usize>);
    let guidance = use_state(|| 1.0f64);
    let steps = use_state(|| 25usize);
    let busy = use_state(|| false);
    let cursor = use_reducer_eq(Cursor::default);
    let playing = use_state(|| false);
    let (xt_c, x0_c, strip_c) = (use_node_ref(), use_node_ref(), use_node_ref());
    // Load the shipped model once a device is ready (again after a device change).
    {
        let worker = p.worker.clone();
        use_effect_with(s.worker.backend, move |b| {
            if b.is_some() {
                worker.send(&Command::ImageLoad);
            }
        });
    }
    let chain = s.image_chain.clone();
    let frames = chain.as_ref().map_or(0, |c| c.ts.len());
    let f = cursor.0.min(frames.saturating_sub(1));
    {
        let (busy, cursor, playing) = (busy.clone(), cursor.dispatcher(), playing.clone());
        use_effect_with(chain.as_ref().map(|c| (c.ms.to_bits(), c.ts.len())), move |c| {
            busy.set(false);
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
    let model = s.image_model.clone();
    let loaded = model.as_ref().is_some_and(|m| m.loaded);
    let run = {
        let (worker, class, guidance, steps, busy, seed, draw) = (p.worker.clone(), *class, *guidance, *steps, busy.clone(), s.url.seed, frames);
        Callback::from(move |_| {
            busy.set(true);
            let classes = (0..N).map(|i| class.or(Some(i % 10))).collect();
            let seed = seed.wrapping_add(draw as u64);
            worker.send(&Command::ImageChain { classes, sampler: Sampler::Ddim { steps, eta: 1.0 }, guidance, seed, frames: 40 });
        })
    };
    let on_class = {
        let class = class.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            class.set(sel.value().parse().ok());
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
        None => "Loading the shipped model…".to_string(),
        Some(m) if m.loaded => format!("Model loaded: a U-Net of {} parameters ({:.0} kB, f16).", m.params, m.bytes as f64 / 1000.0),
        Some(m) => m.message.clone(),
    };
    html! {
        <div class="panel" data-testid="images-reverse">
            <h2>{"Reverse process: denoising step by step"}</h2>
            <p class="lede">{"16 images start as pure noise and the shipped U-Net removes it step by step (DDIM, η = 1). Left: x_t; right: the model's guess of the clean image x̂_0 at the same step. Guidance w mixes the class-conditional and unconditional predictions: (1 + w)·ε(x, c) − w·ε(x, ∅) — higher w, cleaner but less varied digits."}</p>
            <p class="hint" data-testid="image-model-status">{ status }</p>
            <div class="controls-row">
                <label class="control"><span class="control-label">{"class"}</span>
                    <select data-testid="image-class" onchange={on_class}>
                        <option value="all" selected={class.is_none()}>{"0–9, one of each in turn"}</option>
                        { for (0..10).map(|c| html! { <option value={c.to_string()} selected={*class == Some(c)}>{ c }</option> }) }
                    </select>
                </label>
                <Slider label="guidance w" testid="image-guidance" value={*guidance} min={0.0} max={5.0} step={0.5} decimals={1}
                    on_change={{ let g = guidance.clone(); Callback::from(move |v: f64| g.set(v)) }} />
                <Slider label="DDIM steps" testid="image-steps" value={*steps as f64} min={5.0} max={100.0} step={5.0} decimals={0}
                    on_change={{ let st = steps.clone(); Callback::from(move |v: f64| st.set(v as usize)) }} />
            </div>
            <div class="buttons">
                <button class="primary" disabled={!loaded || *busy} onclick={run} data-testid="image-run">{ if *busy { "Denoising…" } else { "Denoise 16 images" } }</button>
                if let Some(c) = &chain {
                    <span class="rate" data-testid="image-chain-info">{ format!("{} steps in {:.1} s, guidance {}", c.ts.len().saturating_sub(1), c.ms / 1000.0, c.guidance) }</span>
                }
            </div>
            <div class="planes">
                <div><h3>{"x_t"}</h3><canvas ref={xt_c} class="pixels" data-testid="image-xt" /></div>
                <div><h3>{"x̂_0 (the model's guess)"}</h3><canvas ref={x0_c} class="pixels" data-testid="image-x0" /></div>
            </div>
            <div class="scrub">
                <button onclick={{ let pl = playing.clone(); Callback::from(move |_| pl.set(!*pl)) }} disabled={frames == 0} data-testid="image-play">{ if *playing { "❚❚" } else { "▶" } }</button>
                <input type="range" min="0" max={frames.saturating_sub(1).to_string()} value={f.to_string()} oninput={on_scrub} disabled={frames == 0} data-testid="image-frame" aria-label="Sampling step" />
                <output>{ chain.as_ref().map_or("no chain yet".into(), |c| format!("t = {}", c.ts[f])) }</output>
            </div>
            <h3>{"Filmstrip of the first image"}</h3>
            <canvas ref={strip_c} class="pixels" data-testid="image-strip" />
        </div>
    }
}
