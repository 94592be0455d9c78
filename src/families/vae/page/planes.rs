//! The VAE's two linked planes. Latent space: the prior N(0, I) as 1σ and 2σ circles, each
//! data point's code μ(x) coloured by its cluster with its 1σ ellipse, and the latent pad's
//! point, which can be dragged. Data space: the data, reconstructions x̂(μ(x)), prior samples
//! decoded at the chosen temperature, the decoder's image of a latent grid, and the pad's
//! decoded point.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::palette;

use crate::describe;
use crate::families::vae::runs::{GRID, LATENT_HALF};
use crate::families::vae::state::VaeRunView;
use crate::i18n::{Msg, tr};
use crate::render::Frame;
use crate::render::points::{Layer, Painter, grid_lines};

pub const SIZE: u32 = 420;

fn pairs(v: &[f32]) -> Vec<[f32; 2]> {
    v.chunks_exact(2).map(|c| [c[0], c[1]]).collect()
}

#[derive(Clone, Copy, PartialEq)]
pub struct Shown {
    pub recon: bool,
    pub prior: bool,
    pub grid: bool,
}

#[derive(Properties, PartialEq)]
pub struct LatentProps {
    pub run: VaeRunView,
    pub labels: Vec<usize>,
    pub variational: bool,
    pub pad: [f32; 2],
    pub on_pad: Callback<[f32; 2]>,
    pub testid: AttrValue,
}

#[function_component(LatentPlane)]
pub fn latent_plane(p: &LatentProps) -> Html {
    let canvas = use_node_ref();
    let lang = crate::ui::hooks::use_lang();
    let frame = Frame { width: SIZE, height: SIZE, half: LATENT_HALF + 0.5 };
    {
        let (canvas, run, labels, variational, pad) = (canvas.clone(), p.run.clone(), p.labels.clone(), p.variational, p.pad);
        use_effect_with((run.step, run.view.clone(), pad, lang), move |_| {
            let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
            let Some(paint) = Painter::begin(&c, frame) else { return };
            for r in [1.0, 2.0] {
                paint.ellipse([0.0, 0.0], [r, r], "rgba(40,40,40,0.55)", 1.5);
            }
            if let Some(v) = &run.view {
                let mu = pairs(&v.mu);
                let logvar = pairs(&v.logvar);
                for k in 0..palette::MODES.len() {
                    let pts: Vec<[f32; 2]> =
                        mu.iter().zip(&labels).filter(|(_, l)| **l % palette::MODES.len() == k).map(|(m, _)| *m).collect();
                    paint.points(&Layer { points: &pts, colour: &palette::mode(k).css(0.7), size: 3.0 });
                }
                if variational {
                    // Every sixth point's posterior, one stroke per colour.
                    for k in 0..palette::MODES.len() {
                        let shapes: Vec<([f32; 2], [f32; 2])> = mu
                            .iter()
                            .zip(&logvar)
                            .enumerate()
                            .step_by(6)
                            .filter(|(i, _)| labels.get(*i).copied().unwrap_or(0) % palette::MODES.len() == k)
                            .map(|(_, (m, lv))| (*m, [(0.5 * lv[0]).exp(), (0.5 * lv[1]).exp()]))
                            .collect();
                        paint.ellipses(&shapes, &palette::mode(k).css(0.7), 0.8);
                    }
                }
            }
            paint.marker(pad, &palette::VERMILLION.css(0.95));
            paint.label(&tr(lang, "vae-latent-label"));
        });
    }
    let drag = crate::ui::drag::use_drag(canvas.clone(), frame, LATENT_HALF, p.on_pad.clone());
    let z = Msg::new("vae-alt-z").arg("x", describe::number(p.pad[0] as f64)).arg("y", describe::number(p.pad[1] as f64));
    let alt = match &p.run.view {
        None => z,
        Some(v) => describe::both(&z, &describe::cloud(&Msg::new("vae-alt-codes").arg("step", p.run.step), &pairs(&v.mu), &[])),
    };
    html! {
        <canvas ref={canvas} width={SIZE.to_string()} height={SIZE.to_string()} class="square pad" data-testid={p.testid.clone()}
            onpointerdown={drag.down} onpointermove={drag.moved} onpointerup={drag.up.clone()} onpointerleave={drag.up}
            title={tr(lang, "vae-latent-title")} role="img" aria-label={alt.text(lang)} />
    }
}

#[derive(Properties, PartialEq)]
pub struct DataProps {
    pub run: VaeRunView,
    pub data: Vec<[f32; 2]>,
    pub coded: usize,
    pub decoded: Option<[f32; 2]>,
    pub shown: Shown,
    /// Prior samples drawn (the first of the view's fixed draw).
    pub prior_n: usize,
    pub centres: Vec<[f32; 2]>,
    pub testid: AttrValue,
}

#[function_component(DataPlane)]
pub fn data_plane(p: &DataProps) -> Html {
    let canvas = use_node_ref();
    let lang = crate::ui::hooks::use_lang();
    {
        let (canvas, run, data, decoded, shown, coded, prior_n) =
            (canvas.clone(), p.run.clone(), p.data.clone(), p.decoded, p.shown, p.coded, p.prior_n);
        use_effect_with((run.step, run.view.clone(), decoded, shown, data.len(), prior_n, lang), move |_| {
            let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
            let frame = Frame::fit(SIZE, SIZE, &data);
            let Some(paint) = Painter::begin(&c, frame) else { return };
            paint.kept_points(&Layer { points: &data, colour: &palette::DATA.css(palette::DATA_ALPHA), size: 2.5 });
            if let Some(v) = &run.view {
                if shown.grid {
                    let g = pairs(&v.grid);
                    if g.len() == GRID * GRID {
                        paint.paths(grid_lines(&g, GRID).iter().map(Vec::as_slice), "rgba(60,60,60,0.4)", 1.0);
                    }
                }
                if shown.recon {
                    let rec = pairs(&v.recon);
                    paint.points(&Layer { points: &rec[..rec.len().min(coded)], colour: &palette::GREEN.css(0.75), size: 3.0 });
                }
                if shown.prior {
                    let prior = pairs(&v.prior);
                    paint.points(&Layer { points: &prior[..prior.len().min(prior_n)], colour: &palette::VIOLET.css(0.55), size: 2.5 });
                }
            }
            if let Some(x) = decoded {
                paint.marker(x, &palette::VERMILLION.css(0.95));
            }
            paint.label(&tr(lang, "vae-data-label"));
        });
    }
    let alt = match &p.run.view {
        None => Msg::new("vae-alt-waiting"),
        Some(v) => {
            let prior = pairs(&v.prior);
            let what = Msg::new("vae-alt-prior").arg("step", p.run.step);
            let cloud = describe::cloud(&what, &prior[..prior.len().min(p.prior_n.max(1))], &p.centres);
            match p.decoded {
                Some(x) => describe::both(
                    &cloud,
                    &Msg::new("vae-alt-decoded").arg("x", describe::number(x[0] as f64)).arg("y", describe::number(x[1] as f64)),
                ),
                None => cloud,
            }
        }
    };
    html! { <canvas ref={canvas} width={SIZE.to_string()} height={SIZE.to_string()} class="square" data-testid={p.testid.clone()} role="img" aria-label={alt.text(lang)} /> }
}
