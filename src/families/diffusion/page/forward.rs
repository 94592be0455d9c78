//! Forward process view: the dataset noised to step t by the closed form (no loop), with the
//! same noise per point at every t so scrubbing is smooth; a play button animates t.

use crate::models::rng::StdRng;
use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::describe;
use crate::i18n::Msg;
use crate::palette;

use crate::i18n::tr;
use crate::models::samplers::q_sample;
use crate::render::Frame;
use crate::render::points::{Layer, Painter};
use crate::state::app::AppState;
use crate::ui::anim::{Cursor, Move, use_player};
use crate::ui::hooks::use_lang;
use crate::ui::notation::rich;

const SIZE: u32 = 520;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

#[function_component(ForwardView)]
pub fn forward_view(p: &Props) -> Html {
    let s = &p.state;
    let lang = use_lang();
    let schedule = use_memo(s.url.diffusion.config.schedule.clone(), |spec| spec.build());
    let big_t = schedule.len();
    let t = use_reducer_eq(Cursor::default);
    let playing = use_state(|| false);
    let canvas = use_node_ref();
    // One fixed ε per point, from the seed: the cloud moves smoothly as t changes.
    let noise = use_memo((s.data_version, s.url.seed, s.data.points.len()), |(_, seed, n)| {
        let mut rng = StdRng::seed_from_u64(seed ^ 0xF0_4A_3D);
        (0..*n).map(|_| [StandardNormal.sample(&mut rng), StandardNormal.sample(&mut rng)]).collect::<Vec<[f32; 2]>>()
    });
    let t_now = t.0.min(big_t - 1);
    let ab = schedule.alpha_bars[t_now];
    let xt = use_memo((t_now, s.data_version, schedule.clone()), |_| {
        s.data.points.iter().zip(noise.iter()).map(|(x, e)| q_sample(*x, *e, ab)).collect::<Vec<[f32; 2]>>()
    });
    let what =
        Msg::new("diff-alt-forward").arg("t", t_now).arg("ab", format!("{ab:.3}")).arg("signal", format!("{:.0}", 100.0 * ab.sqrt()));
    let alt = describe::cloud(&what, &xt, &s.data.centres);
    {
        let (canvas, st, xt) = (canvas.clone(), s.clone(), xt.clone());
        use_effect_with(xt.clone(), move |_| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                let frame = Frame::fit(SIZE, SIZE, &st.data.points);
                if let Some(paint) = Painter::begin(&c, frame) {
                    paint.kept_points(&Layer { points: &st.data.points, colour: &palette::DATA.css(palette::DATA_ALPHA), size: 2.0 });
                    paint.points(&Layer { points: &xt, colour: &palette::SAMPLE.css(0.7), size: 3.0 });
                    paint.label(&format!("t = {t_now}   ᾱ_t = {ab:.3}"));
                }
            }
        });
    }
    use_player(*playing, t.dispatcher(), (big_t / 120).max(1), big_t, true, 16);
    let on_t = {
        let t = t.clone();
        Callback::from(move |e: InputEvent| {
            let i: web_sys::HtmlInputElement = e.target_unchecked_into();
            t.dispatch(Move::Set(i.value().parse().unwrap_or(0)));
        })
    };
    let toggle = {
        let playing = playing.clone();
        Callback::from(move |_| playing.set(!*playing))
    };
    html! {
        <div class="panel" data-testid="forward-panel">
            <h2>{ rich(&tr(lang, "diff-forward-title")) }</h2>
            <p class="lede">{ rich(&tr(lang, "diff-forward-lede")) }</p>
            <canvas ref={canvas} width={SIZE.to_string()} height={SIZE.to_string()} data-testid="forward-canvas" class="square" role="img" aria-label={alt.text(lang)} />
            <div class="scrub">
                <button onclick={toggle} data-testid="forward-play">{ if *playing { "❚❚" } else { "▶" } }</button>
                <input type="range" min="0" max={(big_t - 1).to_string()} value={t_now.to_string()} oninput={on_t}
                    data-testid="forward-t" data-key="frames-alt" aria-label={tr(lang, "diff-forward-t")} />
                <output data-testid="forward-t-value">{ format!("t = {t_now} / {}", big_t - 1) }</output>
            </div>
        </div>
    }
}
