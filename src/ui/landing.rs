//! The landing: noise becoming data within two seconds of opening the link, one sentence of
//! what GenLab is, and the ways in (the tour, each page).
//!
//! Left, the *exact* reverse process of the data (`models::exact`: DDPM's sampler with the ideal
//! ε̂ of a Gaussian mixture, computed here in a few milliseconds, no network, no worker): it
//! moves as soon as the module has loaded. Right, a real DDPM that starts training in the
//! worker as the page opens, its latest samples beside the ideal ones.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::data::toy2d::{self, DatasetSpec};
use crate::families::FamilyId;
use crate::families::showcase;
use crate::i18n::tr;
use crate::models::exact::exact_chain;
use crate::render::Frame;
use crate::render::points::{Layer, Painter};
use crate::state::Page;
use crate::state::app::{Action, AppState};
use crate::ui::anim::{Cursor, use_player};
use crate::ui::hooks::{WorkerHandle, use_lang};
use crate::worker::protocol::{Command, TrainOp};

/// Canvas side in pixels, points per chain, frames shown per chain and extra frames held at
/// the end, and the time per frame: 101 frames of 30 ms show T = 200 steps in about three seconds.
const SIZE: u32 = 520;
const POINTS: usize = 700;
const FRAMES: usize = 101;
const HOLD: usize = 45;
const FRAME_MS: u32 = 30;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

/// The spec the landing animates: the current data when it is a Gaussian mixture, else the
/// default two clusters.
fn shown_spec(s: &AppState) -> DatasetSpec {
    if toy2d::mixture(&s.url.dataset).is_some() { s.url.dataset.clone() } else { DatasetSpec::default() }
}

#[function_component(Landing)]
pub fn landing(p: &Props) -> Html {
    let (s, lang) = (&*p.state, use_lang());
    let t = |id: &str| tr(lang, id);
    let cursor = use_reducer(Cursor::default);
    let cycle = use_mut_ref(|| (0u64, 0usize));
    use_player(true, cursor.dispatcher(), 1, FRAMES + HOLD, true, FRAME_MS);
    // A new chain, from new noise, each time the animation starts over.
    {
        let mut c = cycle.borrow_mut();
        if cursor.0 < c.1 {
            c.0 += 1;
        }
        c.1 = cursor.0;
    }
    let round = cycle.borrow().0;
    // Built only when the data, schedule, seed or round change: never in the per-frame render.
    let chain =
        use_memo((shown_spec(s), s.url.diffusion.config.schedule.clone(), s.url.seed, round), move |(spec, schedule, seed, round)| {
            let schedule = schedule.build();
            let mix = toy2d::mixture(spec).unwrap_or_else(|| toy2d::mixture(&DatasetSpec::default()).expect("two clusters"));
            let frames = exact_chain(&mix, &schedule, POINTS, FRAMES, seed.wrapping_add(*round));
            // Each point keeps the colour of the cluster it ends in, so the split is visible.
            let colour: Vec<usize> = frames.last().map(|last| last.iter().map(|q| nearest(&mix.centres, *q)).collect()).unwrap_or_default();
            let centres: Vec<[f32; 2]> = mix.centres.iter().map(|c| [c[0] as f32, c[1] as f32]).collect();
            (frames, colour, centres)
        });
    let ideal = use_node_ref();
    let live = use_node_ref();
    let steps = s.url.diffusion.config.schedule.steps;
    let f = cursor.0.min(FRAMES - 1);
    let t_now = steps - f * steps / (FRAMES - 1);
    {
        let (canvas, chain) = (ideal.clone(), chain.clone());
        let label = format!("t = {t_now} / {steps}");
        use_effect_with((f, round, chain.clone(), lang), move |_| {
            draw_frame(&canvas, &chain.0[f], &chain.1, &label);
            // The benchmark (tests/e2e/bench_landing.mjs) reads when the first frame moved.
            if f == 1 && round == 0 {
                let _ = gloo::utils::window().performance().map(|perf| perf.mark("genlab-first-move"));
            }
        });
    }
    {
        let canvas = live.clone();
        let samples = s.diffusion.samples.clone();
        use_effect_with((s.diffusion.samples_step, samples.len()), move |_| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>()
                && let Some(paint) = Painter::begin(&c, Frame { width: SIZE, height: SIZE, half: 3.5 })
            {
                paint.points(&Layer { points: &samples, colour: &crate::palette::SAMPLE.css(0.55), size: 3.0 });
            }
        });
    }
    // The real model starts training as the landing opens (once; the user can pause it later),
    // and the landing asks for fresh samples of it every second and a half.
    let ready = s.worker.backend.is_some() && s.worker.crashed.is_none();
    {
        let worker = p.worker.clone();
        let idle = s.diffusion.step == 0 && !s.diffusion.running;
        use_effect_with(ready, move |ready| {
            if *ready && idle {
                worker.send(&Command::train(FamilyId::Diffusion, TrainOp::Start { speed: 0 }));
            }
            let sampler = ready.then(|| {
                worker.send(&Command::Diffusion(showcase::Command::Sample { n: POINTS }));
                gloo::timers::callback::Interval::new(1500, move || {
                    worker.send(&Command::Diffusion(showcase::Command::Sample { n: POINTS }))
                })
            });
            move || drop(sampler)
        });
    }
    let live_caption = if s.diffusion.samples.is_empty() {
        s.worker.status.as_ref().map_or(t("landing-live-wait"), |m| m.text(lang))
    } else {
        crate::i18n::tr_args(lang, "landing-live-caption", &[("step", s.diffusion.samples_step.to_string())])
    };
    let what = crate::i18n::Msg::new("landing-ideal-alt").arg("t", t_now).arg("steps", steps);
    let ideal_alt = crate::describe::cloud(&what, &chain.0[f], &chain.2).text(lang);
    let live_alt = if s.diffusion.samples.is_empty() {
        live_caption.clone()
    } else {
        crate::describe::cloud(&crate::describe::raw(&live_caption), &s.diffusion.samples, &chain.2).text(lang)
    };
    let go = |page: Page| {
        let d = p.state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::SetPage(page)))
    };
    let tour = {
        let d = p.state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::SetTour(Some(1))))
    };
    // Every page but this one, the data page last.
    let pages = Page::ALL.iter().copied().filter(|p| !matches!(p, Page::Home | Page::Data));
    let cards = pages.chain([Page::Data]).map(|page| {
        html! {
            <button class="card" data-testid={format!("card-{}", page.id())} onclick={go(page)}>
                <strong>{ t(&page.message()) }</strong>
                <span>{ t(&format!("landing-card-{}", page.id())) }</span>
            </button>
        }
    });
    html! {
        <div class="landing" data-testid="landing">
            <h1>{ t("landing-title") }</h1>
            <p class="lede big">{ t("landing-lede") }</p>
            <div class="buttons">
                <button class="primary big" data-testid="start-tour" onclick={tour}>{ t("landing-start-tour") }</button>
                <button class="big" data-testid="open-data" onclick={go(Page::Data)}>{ t("landing-choose-data") }</button>
            </div>
            <div class="grid two">
                <figure class="panel">
                    <h2>{ t("landing-ideal-title") }</h2>
                    <canvas ref={ideal.clone()} class="square" width={SIZE.to_string()} height={SIZE.to_string()} data-testid="landing-ideal"
                        role="img" aria-label={ideal_alt} />
                    <crate::ui::export::ExportTools target={ideal.clone()} name="exact" caption={format!("{} · t = {t_now} / {steps}", t("landing-ideal-title"))} />
                    <figcaption class="caption">{ t("landing-ideal-caption") }</figcaption>
                </figure>
                <figure class="panel">
                    <h2>{ t("landing-live-title") }</h2>
                    <canvas ref={live} class="square" width={SIZE.to_string()} height={SIZE.to_string()} data-testid="landing-live"
                        role="img" aria-label={live_alt} />
                    <figcaption class="caption" data-testid="landing-live-caption">{ live_caption }</figcaption>
                </figure>
            </div>
            <h2 class="section">{ t("landing-pages") }</h2>
            <div class="cards">{ for cards }</div>
        </div>
    }
}

/// Index of the centre nearest `p`.
fn nearest(centres: &[[f64; 2]], p: [f32; 2]) -> usize {
    let d = |c: &[f64; 2]| (p[0] as f64 - c[0]).powi(2) + (p[1] as f64 - c[1]).powi(2);
    (0..centres.len()).min_by(|a, b| d(&centres[*a]).total_cmp(&d(&centres[*b]))).unwrap_or(0)
}

/// One frame of the chain, each point in the colour of the cluster it ends in.
fn draw_frame(canvas: &NodeRef, points: &[[f32; 2]], colour: &[usize], label: &str) {
    let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
    let Some(paint) = Painter::begin(&c, Frame { width: SIZE, height: SIZE, half: 3.5 }) else { return };
    for k in 0..crate::palette::MODES.len() {
        let layer: Vec<[f32; 2]> = points.iter().zip(colour).filter(|(_, m)| **m == k).map(|(q, _)| *q).collect();
        if !layer.is_empty() {
            paint.points(&Layer { points: &layer, colour: &crate::palette::mode(k).hex(), size: 3.5 });
        }
    }
    paint.label(label);
}
