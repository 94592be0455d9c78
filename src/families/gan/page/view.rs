//! One run's picture: D's output as a heatmap, real points, the generated points of a fixed
//! noise batch, the generator's push on them as arrows, and G's manifold (the image of a
//! regular grid in noise space). Each layer can be switched off.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::palette;

use crate::describe;
use crate::families::gan::loss::GanLoss;
use crate::families::gan::state::GanRunView;
use crate::i18n::{Msg, tr, tr_args};
use crate::render::Frame;
use crate::render::points::{Layer, Painter, grid_lines};

const SIZE: u32 = 520;

#[derive(Clone, Copy, PartialEq)]
pub struct Layers {
    pub heat: bool,
    pub real: bool,
    pub fakes: bool,
    pub arrows: bool,
    pub manifold: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Self { heat: true, real: true, fakes: true, arrows: true, manifold: false }
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub run: GanRunView,
    pub loss: GanLoss,
    pub real: Vec<[f32; 2]>,
    pub half: f32,
    pub layers: Layers,
    pub testid: AttrValue,
    /// The data's mode centres, to say where the generated points fall.
    pub centres: Vec<[f32; 2]>,
}

/// D's output mapped to [0, 1] for colouring: σ(l) for the logistic games, l clamped for
/// LSGAN (targets 0 and 1), and for the critic a squashed z-score over the grid.
fn shade(loss: GanLoss, heat: &[f32]) -> Vec<f32> {
    match loss {
        GanLoss::Minimax | GanLoss::NonSaturating => heat.iter().map(|l| 1.0 / (1.0 + (-l).exp())).collect(),
        GanLoss::LeastSquares => heat.iter().map(|l| l.clamp(0.0, 1.0)).collect(),
        GanLoss::Wasserstein => {
            let n = heat.len().max(1) as f32;
            let mean = heat.iter().sum::<f32>() / n;
            let sd = (heat.iter().map(|l| (l - mean).powi(2)).sum::<f32>() / n).sqrt().max(1e-6);
            heat.iter().map(|l| 0.5 + 0.5 * ((l - mean) / sd).tanh()).collect()
        }
    }
}

/// Green where D says "real", purple where it says "fake", white at indecision.
fn colour(p: f32) -> (palette::Rgb, f64) {
    let p = if p.is_finite() { p } else { 0.5 };
    let a = ((p - 0.5).abs() * 2.0 * 0.55).min(0.55) as f64;
    (if p >= 0.5 { palette::REAL } else { palette::FAKE }, a)
}

#[function_component(GanCanvas)]
pub fn gan_canvas(p: &Props) -> Html {
    let canvas = use_node_ref();
    let lang = crate::ui::hooks::use_lang();
    {
        let canvas = canvas.clone();
        let (run, loss, real, half, layers) = (p.run.clone(), p.loss, p.real.clone(), p.half, p.layers);
        use_effect_with((run.step, run.view.clone(), layers, half, real.len(), lang), move |_| {
            let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
            let frame = Frame { width: SIZE, height: SIZE, half: if half > 0.0 { half } else { Frame::fit(SIZE, SIZE, &real).half } };
            let Some(paint) = Painter::begin(&c, frame) else { return };
            let Some(v) = &run.view else {
                paint.kept_points(&Layer { points: &real, colour: &palette::REAL_POINTS.css(0.6), size: 3.0 });
                paint.label(&tr(lang, "gan-waiting"));
                return;
            };
            let n = (v.heat.len() as f64).sqrt().round() as usize;
            if layers.heat && n * n == v.heat.len() && n > 0 {
                let shades = shade(loss, &v.heat);
                paint.cells(n, |i| colour(shades[i]));
                paint.axes();
            }
            if layers.manifold {
                let pts: Vec<[f32; 2]> = v.manifold.chunks_exact(2).map(|c| [c[0], c[1]]).collect();
                let m = (pts.len() as f64).sqrt().round() as usize;
                if m * m == pts.len() {
                    paint.paths(grid_lines(&pts, m).iter().map(Vec::as_slice), "rgba(60,60,60,0.45)", 1.0);
                }
            }
            if layers.real {
                paint.kept_points(&Layer { points: &real, colour: &palette::REAL_POINTS.css(0.55), size: 3.0 });
            }
            let fakes: Vec<[f32; 2]> = v.fakes.chunks_exact(2).map(|c| [c[0], c[1]]).take(800).collect();
            if layers.fakes {
                paint.points(&Layer { points: &fakes, colour: &palette::FAKE_POINTS.css(0.8), size: 3.0 });
            }
            if layers.arrows {
                let arrows: Vec<[f32; 2]> = v.arrows.chunks_exact(2).map(|c| [c[0], c[1]]).collect();
                // One absolute scale for every run and loss (length ∝ tanh |push|), so a
                // vanishing gradient shows as vanishing arrows rather than being normalised away.
                let pushes: Vec<([f32; 2], [f32; 2])> = fakes
                    .iter()
                    .zip(&arrows)
                    .filter_map(|(p, a)| {
                        let m = (a[0] * a[0] + a[1] * a[1]).sqrt();
                        (m.is_finite() && m > 0.0).then(|| {
                            let k = 0.12 * frame.half * m.tanh() / m;
                            (*p, [a[0] * k, a[1] * k])
                        })
                    })
                    .collect();
                paint.arrows(&pushes, &palette::PUSH.css(0.85));
            }
            paint.label(&tr_args(lang, "gan-canvas-iteration", &[("step", run.step.to_string())]));
        });
    }
    let run_name = p.testid.chars().next().map_or(String::new(), |c| c.to_ascii_uppercase().to_string());
    let alt = match &p.run.view {
        None => Msg::new("gan-waiting"),
        Some(v) => {
            let fakes: Vec<[f32; 2]> = v.fakes.chunks_exact(2).map(|c| [c[0], c[1]]).collect();
            describe::cloud(&Msg::new("gan-alt-fakes").arg("run", &run_name).arg("step", p.run.step), &fakes, &p.centres)
        }
    };
    let caption = tr_args(
        lang,
        "gan-export-caption",
        &[("run", p.testid.chars().next().map_or(String::new(), |c| c.to_ascii_uppercase().to_string())), ("step", p.run.step.to_string())],
    );
    html! {
        <>
            <canvas ref={canvas.clone()} width={SIZE.to_string()} height={SIZE.to_string()} class="square" data-testid={p.testid.clone()} role="img" aria-label={alt.text(lang)} />
            <crate::ui::export::ExportTools target={canvas} name={p.testid.clone()} caption={caption} />
        </>
    }
}
