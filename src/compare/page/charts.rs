//! Each metric over training time for all four families, one chart per metric.

use plotters::style::RGBColor;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::compare::state::{ComparePageView, Point};
use crate::families::FamilyId;
use crate::render::lines::{draw_lines_over, Line};

const COLOURS: [(FamilyId, &str, RGBColor); 4] = [
    (FamilyId::Diffusion, "DDPM", RGBColor(0, 114, 178)),
    (FamilyId::Flow, "flow matching", RGBColor(0, 158, 115)),
    (FamilyId::Gan, "GAN", RGBColor(213, 94, 0)),
    (FamilyId::Vae, "VAE", RGBColor(204, 121, 167)),
];

/// (test id, title, log y axis, the value of a point).
type Metric = (&'static str, &'static str, bool, fn(&Point) -> Option<f64>);

const METRICS: [Metric; 4] = [
    ("chart-mmd2", "MMD² (log scale)", true, |p| Some(p.mmd2)),
    ("chart-frechet", "2-D Fréchet distance (log scale)", true, |p| Some(p.frechet)),
    ("chart-js", "Grid JS divergence (nats)", false, |p| Some(p.js)),
    ("chart-loglik", "Log-likelihood of held-out data (nats)", false, |p| p.log_likelihood),
];

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: ComparePageView,
    /// The data's own mean log-density, drawn on the log-likelihood chart.
    pub truth: Option<f64>,
}

#[function_component(MetricCharts)]
pub fn metric_charts(p: &Props) -> Html {
    let refs = [use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref()];
    {
        let (refs, view, truth) = (refs.clone(), p.view.clone(), p.truth);
        use_effect_with((p.view.measurements, p.truth.map(f64::to_bits)), move |_| {
            for ((id, title, log_y, value), r) in METRICS.iter().zip(&refs) {
                let Some(c) = r.cast::<HtmlCanvasElement>() else { continue };
                let mut lines: Vec<Line> = COLOURS
                    .iter()
                    .filter_map(|(fam, label, colour)| {
                        let row = view.row(*fam)?;
                        let points = row.history.iter().filter_map(|pt| value(pt).map(|v| ((pt.train_ms / 1000.0) as f32, v as f32))).collect();
                        Some(Line { label, colour: *colour, points, dashed: false })
                    })
                    .collect();
                let mut range = None;
                if *id == "chart-loglik" {
                    // The untrained models sit tens of nats down: show the last 8 nats below the
                    // best, where the families part, with the data's own density dashed.
                    let x_max = lines.iter().flat_map(|l| l.points.iter().map(|p| p.0)).fold(0.0f32, f32::max);
                    if let Some(t) = truth {
                        lines.push(Line { label: "true density", colour: RGBColor(90, 90, 90), points: vec![(0.0, t as f32), (x_max, t as f32)], dashed: true });
                    }
                    let values = lines.iter().flat_map(|l| l.points.iter().map(|p| p.1)).filter(|v| v.is_finite());
                    let (lo, hi) = values.fold((f32::MAX, f32::MIN), |(a, b), v| (a.min(v), b.max(v)));
                    if lo <= hi {
                        range = Some((lo.max(hi - 8.0) - 0.2, hi + 0.3));
                    }
                }
                draw_lines_over(c, title, "training time (s)", &lines, *log_y, range);
            }
        });
    }
    let canvases = METRICS.iter().zip(&refs).map(|((id, title, _, _), r)| html! {
        <canvas ref={r.clone()} width="460" height="240" data-testid={*id} aria-label={*title} />
    });
    html! {
        <div class="panel" data-testid="compare-charts">
            <h2>{"Over training time"}</h2>
            <p class="lede">{"Each point is one measurement; the x axis is the time that family has trained on the shared clock (with equal steps, the slower families get more of it)."}</p>
            <div class="chart-grid">{ for canvases }</div>
        </div>
    }
}
