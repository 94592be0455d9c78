//! Draw your own digit: a 28×28 pad for mouse, pen or touch. On each lifted stroke the drawing
//! is prepared as MNIST's digits were (`lineup/pad.rs::prepare`: its strokes boxed in 20 pixels
//! and centred by their mass, whatever size and place one draws at) and the worker reads it with the classifier and encodes it with both coders (its code then shows on the
//! planes, with the VAE's 1σ ellipse); below, each coder's reconstruction and reading, and the
//! forward process noising the prepared drawing by its closed form with the Diffusion page's
//! schedule. "Start from a real digit" puts a held-out MNIST digit on the pad (from the worker).

use rand_distr::{Distribution, StandardNormal};
use web_sys::{HtmlCanvasElement, PointerEvent};
use yew::prelude::*;

use crate::data::glyphs::{PIXELS, SIDE, noise_image};
use crate::i18n::{tr, tr_args};
use crate::lineup::pad::{Segment, has_ink, prepare, stroke};
use crate::lineup::protocol::LineupCommand;
use crate::models::rng::StdRng;
use crate::render::images::draw_grid;
use crate::state::app::AppState;
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::Command;
use rand::SeedableRng;

/// Frames of the forward strip.
const FRAMES: usize = 7;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(DrawPad)]
pub fn draw_pad(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let s = &p.state;
    let (pad, strip, recon) = (use_node_ref(), use_node_ref(), use_node_ref());
    let pixels = use_mut_ref(|| vec![0.0f32; PIXELS]);
    // The pen's segments since the pad was cleared, and what the worker was last sent (the
    // drawing prepared as MNIST's, or the real digit as it is).
    let segments = use_mut_ref(Vec::<Segment>::new);
    let sent = use_mut_ref(|| vec![0.0f32; PIXELS]);
    let last = use_mut_ref(|| None::<[f32; 2]>);
    let version = use_state(|| 0u32);
    let starts = use_state(|| 0u64);
    let loaded = s.lineup.models.as_ref().is_some_and(|m| m.loaded);
    let schedule = use_memo(s.url.diffusion.config.schedule.clone(), |spec| spec.build());
    let paint = {
        let (pad, pixels) = (pad.clone(), pixels.clone());
        move || {
            if let Some(c) = pad.cast::<HtmlCanvasElement>() {
                draw_grid(&c, &[pixels.borrow().as_slice()], SIDE, 1, 8, 0);
            }
        }
    };
    let send = {
        let (worker, pixels, segments, sent, version) = (p.worker.clone(), pixels.clone(), segments.clone(), sent.clone(), version.clone());
        move || {
            let prepared = if segments.borrow().is_empty() { pixels.borrow().clone() } else { prepare(&segments.borrow()) };
            *sent.borrow_mut() = prepared.clone();
            worker.send(&Command::Lineup(LineupCommand::Encode { pixels: prepared }));
            version.set(*version + 1);
        }
    };
    // A real digit from the worker replaces the drawing (the worker reads and encodes it).
    {
        let (pixels, segments, sent, paint, version, given) =
            (pixels.clone(), segments.clone(), sent.clone(), paint.clone(), version.clone(), s.lineup.given.clone());
        use_effect_with(given.as_ref().map(|g| g.0), move |_| {
            if let Some((_, ink)) = given.filter(|g| g.1.len() == PIXELS) {
                segments.borrow_mut().clear();
                *pixels.borrow_mut() = ink.clone();
                *sent.borrow_mut() = ink;
                paint();
                version.set(*version + 1);
            }
        });
    }
    {
        let paint = paint.clone();
        use_effect_with((), move |_| paint());
    }
    // The forward strip and the reconstructions follow the drawing and the worker's answer.
    {
        let (strip, recon, sent, schedule, encoded, seed) =
            (strip.clone(), recon.clone(), sent.clone(), schedule.clone(), s.lineup.encoded.clone(), s.url.seed);
        use_effect_with((*version, encoded.clone(), schedule.clone()), move |_| {
            let mut rng = StdRng::seed_from_u64(seed ^ 0x0070_6164);
            let eps: Vec<f32> = (0..PIXELS).map(|_| StandardNormal.sample(&mut rng)).collect();
            let big_t = schedule.len();
            let frames: Vec<Vec<f32>> =
                (0..FRAMES).map(|k| noise_image(&sent.borrow(), &eps, schedule.alpha_bars[k * (big_t - 1) / (FRAMES - 1)])).collect();
            if let Some(c) = strip.cast::<HtmlCanvasElement>() {
                draw_grid(&c, &frames.iter().map(Vec::as_slice).collect::<Vec<_>>(), SIDE, FRAMES, 3, 6);
            }
            if let (Some(c), Some((_, coded))) = (recon.cast::<HtmlCanvasElement>(), encoded) {
                draw_grid(&c, &coded.iter().map(|k| k.recon.as_slice()).collect::<Vec<_>>(), SIDE, coded.len(), 4, 10);
            }
        });
    }
    let at = {
        let pad = pad.clone();
        move |e: &PointerEvent| -> Option<[f32; 2]> {
            let r = pad.cast::<HtmlCanvasElement>()?.get_bounding_client_rect();
            let k = SIDE as f64 / r.width().max(1.0);
            Some([((e.client_x() as f64 - r.left()) * k) as f32, ((e.client_y() as f64 - r.top()) * k) as f32])
        }
    };
    let down = {
        let (last, pixels, segments, paint, at) = (last.clone(), pixels.clone(), segments.clone(), paint.clone(), at.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(q) = at(&e) else { return };
            stroke(&mut pixels.borrow_mut(), q, q);
            segments.borrow_mut().push((q, q));
            *last.borrow_mut() = Some(q);
            paint();
        })
    };
    let moved = {
        let (last, pixels, segments, paint) = (last.clone(), pixels.clone(), segments.clone(), paint.clone());
        Callback::from(move |e: PointerEvent| {
            let (Some(from), Some(q)) = (*last.borrow(), at(&e)) else { return };
            stroke(&mut pixels.borrow_mut(), from, q);
            segments.borrow_mut().push((from, q));
            *last.borrow_mut() = Some(q);
            paint();
        })
    };
    let up = {
        let (last, send) = (last.clone(), send.clone());
        Callback::from(move |_: PointerEvent| {
            if last.borrow_mut().take().is_some() {
                send();
            }
        })
    };
    let clear = {
        let (pixels, segments, paint, send) = (pixels.clone(), segments.clone(), paint.clone(), send.clone());
        Callback::from(move |_| {
            pixels.borrow_mut().fill(0.0);
            segments.borrow_mut().clear();
            paint();
            send();
        })
    };
    let real = {
        let (worker, starts, seed) = (p.worker.clone(), starts.clone(), s.url.seed);
        Callback::from(move |_| {
            // Digit classes 0, 1, 2, … in turn; the seed picks which held-out digits.
            worker.send(&Command::Lineup(LineupCommand::EncodeReal { n: *starts + 10 * (seed % 20) }));
            starts.set(*starts + 1);
        })
    };
    let drawn = has_ink(&pixels.borrow());
    let reading = match (&s.lineup.encoded, drawn) {
        (_, false) => tr(lang, "pad-empty"),
        (Some(((k, c), _)), true) => tr_args(lang, "pad-reads", &[("class", k.to_string()), ("percent", format!("{:.0}", 100.0 * c))]),
        (None, true) => tr(lang, "plane-working"),
    };
    let recon_line = s.lineup.encoded.as_ref().filter(|_| drawn).map(|(_, coded)| {
        coded
            .iter()
            .map(|k| {
                tr_args(
                    lang,
                    &format!("pad-recon-{}", k.coder.id()),
                    &[("class", k.read.0.to_string()), ("percent", format!("{:.0}", 100.0 * k.read.1))],
                )
            })
            .collect::<Vec<_>>()
            .join(" · ")
    });
    html! {
        <div class="panel wide" data-testid="lineup-pad">
            <h2>{ tr(lang, "pad-title") }</h2>
            <p class="lede">{ tr(lang, "pad-lede") }</p>
            <div class="plane-pair">
                <div>
                    <canvas ref={pad} class="pixels drawpad" data-testid="pad-canvas" role="img" aria-label={reading.clone()}
                        onpointerdown={down} onpointermove={moved} onpointerup={up.clone()} onpointerleave={up} />
                    <div class="buttons">
                        <button onclick={clear} data-testid="pad-clear">{ tr(lang, "pad-clear") }</button>
                        <button onclick={real} disabled={!loaded} data-testid="pad-real">{ tr(lang, "pad-real") }</button>
                    </div>
                </div>
                <div>
                    <p class="big-read" data-testid="pad-read">{ reading }</p>
                    <h3>{ tr(lang, "pad-recon-title") }</h3>
                    <canvas ref={recon} class="pixels" data-testid="pad-recon" role="img" aria-label={recon_line.clone().unwrap_or_else(|| tr(lang, "pad-recon-none"))} />
                    <p class="caption" data-testid="pad-recon-read">{ recon_line.unwrap_or_default() }</p>
                    <h3>{ tr_args(lang, "pad-forward-title", &[("last", (schedule.len() - 1).to_string())]) }</h3>
                    <canvas ref={strip} class="pixels" data-testid="pad-forward" role="img" aria-label={tr(lang, "pad-forward-alt")} />
                </div>
            </div>
        </div>
    }
}
