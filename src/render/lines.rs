//! A line chart of several labelled series against the training step (GAN losses, gradient
//! norms, the mode-collapse meter's history), with a legend; optional log y axis.

use plotters::prelude::*;

use web_sys::HtmlCanvasElement;

use crate::i18n::{Lang, tr};
use crate::render::legend::{Entry, Swatch};

/// One series: points `(step, value)`.
pub struct Line<'a> {
    pub label: &'a str,
    pub colour: RGBColor,
    pub points: Vec<(f32, f32)>,
    /// Dashed (a reference such as a true weight).
    pub dashed: bool,
}

/// Evenly spreads `ys` over steps `1..=last_step` (histories are recorded per iteration).
pub fn spread(ys: &[f32], last_step: u64) -> Vec<(f32, f32)> {
    let n = ys.len().max(1) as f32;
    ys.iter().enumerate().map(|(i, v)| ((i as f32 + 1.0) / n * last_step.max(1) as f32, *v)).collect()
}

/// Draws `lines` on one chart; non-finite values (and, on a log axis, non-positive ones) are
/// skipped. `y_range` fixes the y axis (e.g. shares in [0, 1]).
pub fn draw_lines(
    canvas: HtmlCanvasElement,
    lang: Lang,
    title: &str,
    lines: &[Line],
    log_y: bool,
    y_range: Option<(f32, f32)>,
) -> Option<()> {
    draw_lines_over(canvas, title, &tr(lang, "chart-iteration"), lines, log_y, y_range)
}

/// The chart's margin, its wider right margin (the last x tick's label fits), and the areas of
/// the x and y tick labels, in pixels.
const MARGIN: u32 = 8;
const MARGIN_RIGHT: u32 = 18;
const X_LABELS: u32 = 40;
const Y_LABELS: u32 = 50;
/// The caption's height at 15 px type.
const CAPTION: f32 = 22.0;

/// The legend's size as shares of the plot's width and height: plotters' rows of 12 px type
/// and a 16 px swatch, over the canvas less the margins, caption and tick label areas.
fn legend_size(lines: &[Line], named: usize, width: f32, height: f32) -> (f32, f32) {
    let text = lines.iter().map(|l| l.label.chars().map(|c| if c.is_ascii() { 7.0 } else { 12.0 }).sum::<f32>()).fold(0.0, f32::max);
    let plot_w = (width - (MARGIN + MARGIN_RIGHT + Y_LABELS) as f32).max(1.0);
    let plot_h = (height - (2 * MARGIN + X_LABELS) as f32 - CAPTION).max(1.0);
    (((text + 44.0) / plot_w).min(1.0), ((20.0 + 22.0 * named as f32) / plot_h).min(0.8))
}

/// [`draw_lines`] with another x axis (`x_desc` names it: "training time (s)").
pub fn draw_lines_over(
    canvas: HtmlCanvasElement,
    title: &str,
    x_desc: &str,
    lines: &[Line],
    log_y: bool,
    y_range: Option<(f32, f32)>,
) -> Option<()> {
    let (width, height) = (canvas.width() as f32, canvas.height() as f32);
    let root = crate::render::backend::Canvas::area(canvas)?;
    root.fill(&WHITE).ok()?;
    let ok = |v: f32| v.is_finite() && (!log_y || v > 0.0);
    let all: Vec<(f32, f32)> = lines.iter().flat_map(|l| l.points.iter().copied()).filter(|p| ok(p.1)).collect();
    let x_max = all.iter().map(|p| p.0).fold(1.0f32, f32::max);
    let (lo, hi) = all.iter().fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let (lo, hi) = match y_range {
        Some(r) => r,
        None if all.is_empty() => (if log_y { 0.01 } else { 0.0 }, 1.0),
        None if log_y => (lo * 0.8, (hi * 1.25).max(lo * 1.5)),
        None => {
            let pad = ((hi - lo) * 0.08).max(1e-3);
            (lo - pad, hi + pad)
        }
    };
    // The legend takes a corner no line passes through; with none free, the y axis grows
    // upward by the legend's height and the legend sits in the room made.
    let named = lines.iter().filter(|l| !l.label.is_empty()).count();
    let size = legend_size(lines, named, width, height);
    let to_unit = |p: &(f32, f32)| {
        let y = if log_y { (p.1.ln() - lo.ln()) / (hi.ln() - lo.ln()) } else { (p.1 - lo) / (hi - lo) };
        (p.0 / x_max, y)
    };
    let paths: Vec<Vec<(f32, f32)>> = lines.iter().map(|l| l.points.iter().filter(|p| ok(p.1)).map(to_unit).collect()).collect();
    let corner = (named > 0).then(|| legend_corner(&paths, size));
    let grow = size.1 / (1.0 - size.1);
    let hi = match corner {
        Some(None) if log_y => hi * (hi / lo).powf(grow),
        Some(None) => hi + (hi - lo) * grow,
        _ => hi,
    };
    let corner = corner.flatten().unwrap_or(SeriesLabelPosition::UpperRight);
    let mut builder = ChartBuilder::on(&root);
    builder
        .margin(MARGIN)
        .margin_right(MARGIN_RIGHT)
        .x_label_area_size(X_LABELS)
        .y_label_area_size(Y_LABELS)
        .caption(crate::i18n::notation::plain(title), ("sans-serif", 15));
    let fmt = |v: &f32| match v.abs() {
        a if a >= 100.0 => format!("{v:.0}"),
        a if a >= 1.0 => format!("{v:.1}"),
        a if a >= 0.01 || a == 0.0 => format!("{v:.2}"),
        _ => format!("{v:.0e}"),
    };
    macro_rules! finish {
        ($chart:expr) => {{
            let mut chart = $chart;
            chart
                .configure_mesh()
                .max_light_lines(0)
                .x_labels(5)
                .y_labels(5)
                .x_desc(x_desc)
                .x_label_formatter(&|v| if x_max < 10.0 { format!("{v:.1}") } else { format!("{v:.0}") })
                .y_label_formatter(&fmt)
                .label_style(("sans-serif", 12))
                .draw()
                .ok()?;
            for l in lines {
                let pts: Vec<(f32, f32)> = l.points.iter().copied().filter(|p| ok(p.1)).collect();
                let style = l.colour.stroke_width(if l.dashed { 1 } else { 2 });
                if l.dashed {
                    chart.draw_series(DashedLineSeries::new(pts, 6, 4, style)).ok()?;
                } else {
                    chart.draw_series(LineSeries::new(pts, style)).ok()?;
                }
            }
            let entries: Vec<Entry> = lines
                .iter()
                .filter(|l| !l.label.is_empty())
                .map(|l| Entry { label: l.label.to_owned(), swatch: Swatch::Line(l.colour) })
                .collect();
            crate::render::legend::draw(&chart.plotting_area().strip_coord_spec(), corner, &entries)?;
        }};
    }
    if log_y {
        finish!(builder.build_cartesian_2d(0f32..x_max, (lo..hi).log_scale()).ok()?);
    } else {
        finish!(builder.build_cartesian_2d(0f32..x_max, lo..hi).ok()?);
    }
    root.present().ok()
}

/// The corner the legend takes: the first of upper right, lower right, upper left and lower left
/// that no line passes through (paths in the plot's unit square, y up; the legend `size` as
/// shares of the plot's width and height); None when every corner is crossed.
pub fn legend_corner(paths: &[Vec<(f32, f32)>], size: (f32, f32)) -> Option<SeriesLabelPosition> {
    let (w, h) = size;
    // Every segment sampled densely enough that a steep line is seen crossing a corner.
    let pts: Vec<(f32, f32)> = paths
        .iter()
        .flat_map(|p| {
            p.windows(2)
                .flat_map(|s| {
                    (0..=8).map(move |k| {
                        let t = k as f32 / 8.0;
                        (s[0].0 + t * (s[1].0 - s[0].0), s[0].1 + t * (s[1].1 - s[0].1))
                    })
                })
                .chain(p.iter().copied())
        })
        .collect();
    let free = |right: bool, upper: bool| {
        !pts.iter().any(|(x, y)| (if right { *x >= 1.0 - w } else { *x <= w }) && (if upper { *y >= 1.0 - h } else { *y <= h }))
    };
    [
        (true, true, SeriesLabelPosition::UpperRight),
        (true, false, SeriesLabelPosition::LowerRight),
        (false, true, SeriesLabelPosition::UpperLeft),
        (false, false, SeriesLabelPosition::LowerLeft),
    ]
    .into_iter()
    .find(|(r, u, _)| free(*r, *u))
    .map(|c| c.2)
}
