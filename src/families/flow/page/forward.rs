//! The straight path, forward: the data x_0 slid towards its own noise ε along
//! x_t = (1 − t)·x_0 + t·ε, with the same ε per point at every t so scrubbing is smooth, and a
//! few points' whole segments drawn, so one sees the segments cross.

use crate::models::rng::StdRng;
use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::describe;
use crate::i18n::Msg;
use crate::palette;

use crate::families::flow::model::path_point;
use crate::i18n::{tr, tr_args};
use crate::render::Frame;
use crate::render::points::{Layer, Painter};
use crate::state::app::AppState;
use crate::ui::anim::{Cursor, Move, use_player};
use crate::ui::hooks::use_lang;
use crate::ui::notation::rich;

const SIZE: u32 = 520;
/// Positions of the scrubber: t = i / TICKS.
const TICKS: usize = 100;
/// Segments drawn whole.
const SEGMENTS: usize = 24;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

#[function_component(PathView)]
pub fn path_view(p: &Props) -> Html {
    let s = &p.state;
    let lang = use_lang();
    let tick = use_reducer_eq(Cursor::default);
    let playing = use_state(|| false);
    let canvas = use_node_ref();
    let noise = use_memo((s.data_version, s.url.seed, s.data.points.len()), |(_, seed, n)| {
        let mut rng = StdRng::seed_from_u64(seed ^ 0x000F_103D);
        (0..*n).map(|_| [StandardNormal.sample(&mut rng), StandardNormal.sample(&mut rng)]).collect::<Vec<[f32; 2]>>()
    });
    let i = tick.0.min(TICKS);
    let t = i as f32 / TICKS as f32;
    let xt = use_memo((i, s.data_version), |_| {
        s.data.points.iter().zip(noise.iter()).map(|(x, e)| path_point(*x, *e, t).0).collect::<Vec<[f32; 2]>>()
    });
    let alt = describe::cloud(&Msg::new("flow-alt-path").arg("t", format!("{t:.2}")), &xt, &s.data.centres);
    {
        let (canvas, st, noise, xt) = (canvas.clone(), s.clone(), noise.clone(), xt.clone());
        use_effect_with(xt.clone(), move |_| {
            let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
            let frame = Frame::fit(SIZE, SIZE, &st.data.points);
            let Some(paint) = Painter::begin(&c, frame) else { return };
            let every = (st.data.points.len() / SEGMENTS).max(1);
            for (x0, e) in st.data.points.iter().zip(noise.iter()).step_by(every).take(SEGMENTS) {
                paint.path(&[*x0, *e], &palette::PATH.css(0.35), 1.0);
            }
            paint.kept_points(&Layer { points: &st.data.points, colour: &palette::DATA.css(palette::DATA_ALPHA), size: 2.0 });
            paint.points(&Layer { points: &xt, colour: &palette::SAMPLE.css(0.7), size: 3.0 });
            paint.label(&format!("t = {t:.2}:  x_t = {:.2}·x_0 + {t:.2}·ε", 1.0 - t));
        });
    }
    use_player(*playing, tick.dispatcher(), 1, TICKS + 1, true, 30);
    let on_t = {
        let tick = tick.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            tick.dispatch(Move::Set(input.value().parse().unwrap_or(0)));
        })
    };
    let toggle = {
        let playing = playing.clone();
        Callback::from(move |_| playing.set(!*playing))
    };
    html! {
        <div class="panel" data-testid="path-panel">
            <h2>{ rich(&tr_args(lang, "flow-path-title", &[("path", "x_t = (1 − t)·x_0 + t·ε".into())])) }</h2>
            <p class="lede">{ rich(&tr(lang, "flow-path-lede")) }</p>
            <canvas ref={canvas} width={SIZE.to_string()} height={SIZE.to_string()} data-testid="path-canvas" class="square" role="img" aria-label={alt.text(lang)} />
            <div class="scrub">
                <button onclick={toggle} data-testid="path-play">{ if *playing { "❚❚" } else { "▶" } }</button>
                <input type="range" min="0" max={TICKS.to_string()} value={i.to_string()} oninput={on_t} data-testid="path-t" data-key="frames-alt" aria-label={tr(lang, "flow-path-t")} />
                <output data-testid="path-t-value">{ format!("t = {t:.2}") }</output>
            </div>
        </div>
    }
}
