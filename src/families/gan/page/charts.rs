//! One run's numbers over training: D and G losses, G's gradient norm (log scale: the
//! vanishing-gradient story), and the mode-collapse meter — per-mode shares against the true
//! weights, the grid JS divergence and the Fréchet distance.

use crate::palette;
use crate::render::rgb;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::describe;
use crate::families::gan::state::{GanRunView, covered_modes};
use crate::i18n::{Lang, Msg, tr, tr_args};
use crate::render::lines::{Line, draw_lines, spread};

/// The name of mode `k` of `n`: the two clusters by side, else numbered.
fn mode_msg(k: usize, n: usize) -> Msg {
    match n {
        2 => Msg::new(if k == 0 { "gan-chart-left" } else { "gan-chart-right" }),
        _ => Msg::new("gan-chart-mode").arg("n", k + 1),
    }
}

/// The meter chart's legend for mode `k` of `n` (none past four: the legend would hide the lines).
fn mode_label(lang: Lang, k: usize, n: usize) -> String {
    if n <= 4 { mode_msg(k, n).text(lang) } else { String::new() }
}

/// The three charts' text alternatives: the latest shares per mode, the losses, the gradient norm.
fn alts(run: &GanRunView, modes: usize) -> [Msg; 3] {
    let last = |v: &[f32]| v.last().map(|x| *x as f64);
    let shares = run.history.last().map(|h| (h.step, &h.shares));
    let meter = match shares {
        Some((step, shares)) => {
            let values: Vec<(Msg, Option<f64>)> = (0..modes).map(|k| (mode_msg(k, modes), shares.get(k).map(|s| *s as f64))).collect();
            describe::series(&Msg::new("gan-chart-shares"), &describe::at_step(step), &values)
        }
        None => describe::series(&Msg::new("gan-chart-shares"), &describe::at_step(0), &[]),
    };
    let at = describe::at_step(run.step);
    [
        meter,
        describe::series(
            &Msg::new("gan-chart-losses"),
            &at,
            &[(Msg::new("gan-chart-d-loss"), last(&run.d_loss)), (Msg::new("gan-chart-g-loss"), last(&run.g_loss))],
        ),
        describe::series(&Msg::new("gan-chart-norm"), &at, &[(describe::raw("‖∇θ L_G‖"), last(&run.g_grad_norm))]),
    ]
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub run: GanRunView,
    pub weights: Vec<f32>,
    pub prefix: AttrValue,
    /// The GAN trains: the charts are redrawn at a pace (`ui::pace::CHART_EVERY_MS`).
    pub running: bool,
}

#[function_component(RunCharts)]
pub fn run_charts(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let (losses, norm, meter) = (use_node_ref(), use_node_ref(), use_node_ref());
    let pace = crate::ui::pace::use_chart_pace(&[losses.clone(), norm.clone(), meter.clone()]);
    {
        let (losses, norm, meter, run, weights) = (losses.clone(), norm.clone(), meter.clone(), p.run.clone(), p.weights.clone());
        use_effect_with((run.step, run.history.len(), weights.clone(), lang, p.running), move |(.., running)| {
            if !pace.due(*running) {
                return;
            }
            // The curves reach `top` (a copy from the past, shown, does not shorten them).
            let step = run.top.max(run.step);
            if let Some(c) = losses.cast::<HtmlCanvasElement>() {
                let (d, g) = (tr(lang, "gan-chart-d-loss"), tr(lang, "gan-chart-g-loss"));
                let lines = [
                    Line { label: &d, colour: rgb(palette::REAL), points: spread(&run.d_loss, step), dashed: false },
                    Line { label: &g, colour: rgb(palette::FAKE), points: spread(&run.g_loss, step), dashed: false },
                ];
                draw_lines(c, lang, &tr(lang, "gan-chart-losses"), &lines, false, None);
            }
            if let Some(c) = norm.cast::<HtmlCanvasElement>() {
                let lines =
                    [Line { label: "‖∇θ L_G‖", colour: rgb(palette::PUSH), points: spread(&run.g_grad_norm, step), dashed: false }];
                draw_lines(c, lang, &tr(lang, "gan-chart-norm"), &lines, true, None);
            }
            if let Some(c) = meter.cast::<HtmlCanvasElement>() {
                let x_max = step.max(1) as f32;
                let labels: Vec<String> = (0..weights.len()).map(|k| mode_label(lang, k, weights.len())).collect();
                let mut lines: Vec<Line> = Vec::new();
                for (k, w) in weights.iter().enumerate() {
                    let colour = rgb(palette::mode(k));
                    let points = run.history.iter().filter_map(|h| h.shares.get(k).map(|s| (h.step as f32, *s))).collect();
                    lines.push(Line { label: &labels[k], colour, points, dashed: false });
                    lines.push(Line { label: "", colour, points: vec![(0.0, *w), (x_max, *w)], dashed: true });
                }
                draw_lines(c, lang, &tr(lang, "gan-chart-shares"), &lines, false, Some((0.0, 1.0)));
            }
        });
    }
    let id = |k: &str| format!("{}{k}", p.prefix);
    let m = p.run.meter.as_ref();
    let fmt = |v: Option<f64>, d: usize| v.filter(|v| v.is_finite()).map_or("–".to_string(), |v| format!("{v:.d$}"));
    let covered = m.map(|m| covered_modes(&m.quality.shares, &m.quality.weights));
    // At iteration 0 G is untrained, its points one small blob: not yet a collapse.
    let untrained = m.is_some_and(|m| m.quality.step == 0);
    let collapsed = covered.is_some_and(|(c, n)| c < n) && !untrained;
    let [meter_alt, loss_alt, norm_alt] = alts(&p.run, p.weights.len()).map(|m| m.text(lang));
    html! {
        <div class="run-charts">
            <div class="meter" data-testid={id("meter")}>
                <div><span class="k">{ tr(lang, "gan-covered") }</span><b data-testid={id("covered")}>{ covered.map_or("–".into(), |(c, n)| tr_args(lang, "gan-covered-value", &[("covered", c.to_string()), ("modes", n.to_string())])) }</b></div>
                <div><span class="k">{ tr(lang, "gan-js") }</span><b data-testid={id("js")}>{ fmt(m.map(|m| m.js), 3) }</b></div>
                <div><span class="k">{ tr(lang, "gan-frechet") }</span><b data-testid={id("frechet")}>{ fmt(m.map(|m| m.quality.frechet), 3) }</b></div>
                <div><span class="k">{"MMD²"}</span><b>{ fmt(m.map(|m| m.quality.mmd2), 4) }</b></div>
                <div class="measured" data-testid={id("measured")}>{ m.map_or(tr(lang, "gan-not-measured"), |m| tr_args(lang, "gan-measured", &[("step", m.quality.step.to_string())])) }</div>
                if untrained {
                    <div class="measured" data-testid={id("untrained")}>{ tr(lang, "gan-untrained") }</div>
                }
                if collapsed {
                    <div class="collapse-flag" data-testid={id("collapsed")}>{ tr(lang, "gan-collapsed") }</div>
                }
            </div>
            <canvas ref={meter} width="460" height="200" data-testid={id("meter-chart")} role="img" aria-label={meter_alt} />
            <canvas ref={losses} width="460" height="180" data-testid={id("loss-chart")} role="img" aria-label={loss_alt} />
            <canvas ref={norm} width="460" height="180" data-testid={id("norm-chart")} role="img" aria-label={norm_alt} />
        </div>
    }
}
