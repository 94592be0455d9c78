//! Each metric over training time for all four families, one chart per metric.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::compare::page::panels::{FAMILIES as COLOURS, name};
use crate::compare::state::{ComparePageView, Point};
use crate::describe;
use crate::i18n::{Lang, Msg, tr};
use crate::render::lines::{Line, draw_lines_over};
use crate::state::shared::Shared;

/// (test id and title's message id, log y axis, the value of a point).
type Metric = (&'static str, bool, fn(&Point) -> Option<f64>);

const METRICS: [Metric; 4] = [
    ("chart-mmd2", true, |p| Some(p.mmd2)),
    ("chart-frechet", true, |p| Some(p.frechet)),
    ("chart-js", false, |p| Some(p.js)),
    ("chart-loglik", false, |p| p.log_likelihood),
];

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub view: Shared<ComparePageView>,
    /// The data's own mean log-density, drawn on the log-likelihood chart.
    pub truth: Option<f64>,
}

#[function_component(MetricCharts)]
pub fn metric_charts(p: &Props) -> Html {
    let refs = [use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref()];
    {
        let (refs, view, truth, lang) = (refs.clone(), p.view.clone(), p.truth, p.lang);
        use_effect_with((p.view.measurements, p.truth.map(f64::to_bits), lang), move |_| {
            let labels: Vec<String> = COLOURS.iter().map(|(fam, _)| name(lang, *fam)).collect();
            let truth_label = tr(lang, "chart-truth");
            for ((id, log_y, value), r) in METRICS.iter().zip(&refs) {
                let Some(c) = r.cast::<HtmlCanvasElement>() else { continue };
                let mut lines: Vec<Line> = COLOURS
                    .iter()
                    .zip(&labels)
                    .filter_map(|((fam, colour), label)| {
                        let row = view.row(*fam)?;
                        let points =
                            row.history.iter().filter_map(|pt| value(pt).map(|v| ((pt.train_ms / 1000.0) as f32, v as f32))).collect();
                        Some(Line { label, colour: crate::render::rgb(*colour), points, dashed: false })
                    })
                    .collect();
                let mut range = None;
                if *id == "chart-loglik" {
                    // The untrained models sit tens of nats down: show the last 8 nats below the
                    // best, where the families part, with the data's own density dashed.
                    let x_max = lines.iter().flat_map(|l| l.points.iter().map(|p| p.0)).fold(0.0f32, f32::max);
                    if let Some(t) = truth {
                        lines.push(Line {
                            label: &truth_label,
                            colour: crate::render::rgb(crate::palette::GREY),
                            points: vec![(0.0, t as f32), (x_max, t as f32)],
                            dashed: true,
                        });
                    }
                    let values = lines.iter().flat_map(|l| l.points.iter().map(|p| p.1)).filter(|v| v.is_finite());
                    let (lo, hi) = values.fold((f32::MAX, f32::MIN), |(a, b), v| (a.min(v), b.max(v)));
                    if lo <= hi {
                        range = Some((lo.max(hi - 8.0) - 0.2, hi + 0.3));
                    }
                }
                draw_lines_over(c, &tr(lang, id), &tr(lang, "chart-x"), &lines, *log_y, range);
            }
        });
    }
    let canvases = METRICS.iter().zip(&refs).map(|((id, _, value), r)| {
        // The latest value of each family, at the latest training time any of them reached.
        let rows: Vec<_> = COLOURS.iter().filter_map(|(fam, _)| p.view.row(*fam).map(|row| (*fam, row))).collect();
        let seconds = rows.iter().filter_map(|(_, row)| row.history.last()).map(|pt| pt.train_ms / 1000.0).fold(0.0f64, f64::max);
        let values: Vec<(Msg, Option<f64>)> =
            rows.iter().map(|(fam, row)| (Msg::new(&format!("family-{}", fam.id())), row.history.last().and_then(value))).collect();
        let alt = describe::series(&Msg::new(id), &Msg::new("alt-after-seconds").arg("s", format!("{seconds:.0}")), &values);
        html! { <canvas ref={r.clone()} width="460" height="240" data-testid={*id} role="img" aria-label={alt.text(p.lang)} /> }
    });
    html! {
        <div class="panel" data-testid="compare-charts">
            <h2>{ tr(p.lang, "charts-title") }</h2>
            <p class="lede">{ tr(p.lang, "charts-lede") }</p>
            <div class="chart-grid">{ for canvases }</div>
        </div>
    }
}
