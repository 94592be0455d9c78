//! Line chart of the training loss against the step.

use plotters::prelude::*;

use web_sys::HtmlCanvasElement;

use crate::i18n::{Lang, tr};

/// Draws `losses` (evenly spread over steps `0..=last_step`) on a log-scaled y axis (linear
/// when they span less than a factor of four).
pub fn draw_loss(canvas: HtmlCanvasElement, lang: Lang, losses: &[f32], last_step: u64) -> Option<()> {
    let (title, loss) = (tr(lang, "chart-training-loss"), tr(lang, "chart-loss"));
    let finite: Vec<f32> = losses.iter().copied().filter(|v| v.is_finite() && *v > 0.0).collect();
    let (lo, hi) = finite.iter().fold((f32::MAX, f32::MIN), |(a, b), v| (a.min(*v), b.max(*v)));
    if !finite.is_empty() && hi < 4.0 * lo {
        // Less than a factor of four: a log axis would show one tick or none; use a linear one.
        let line = crate::render::lines::Line {
            label: &loss,
            colour: crate::render::rgb(crate::palette::BLUE),
            points: crate::render::lines::spread(losses, last_step),
            dashed: false,
        };
        return crate::render::lines::draw_lines(canvas, lang, &title, &[line], false, None);
    }
    let root = crate::render::backend::Canvas::area(canvas)?;
    root.fill(&WHITE).ok()?;
    let (lo, hi) = if finite.is_empty() { (0.01, 1.0) } else { (lo * 0.9, hi * 1.1) };
    let x_max = last_step.max(1) as f32;
    let mut chart = ChartBuilder::on(&root)
        .margin(10)
        .x_label_area_size(36)
        .y_label_area_size(48)
        .caption(crate::i18n::notation::plain(&title), ("sans-serif", 15))
        .build_cartesian_2d(0f32..x_max, (lo..hi).log_scale())
        .ok()?;
    chart
        .configure_mesh()
        .x_desc(tr(lang, "chart-step"))
        .max_light_lines(1)
        .x_labels(6)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| format!("{v:.2}"))
        .light_line_style(RGBColor(245, 245, 245))
        .label_style(("sans-serif", 12))
        .draw()
        .ok()?;
    let n = losses.len().max(1) as f32;
    let series = losses.iter().enumerate().filter(|(_, v)| v.is_finite() && **v > 0.0).map(|(i, v)| ((i as f32 + 1.0) / n * x_max, *v));
    chart.draw_series(LineSeries::new(series, crate::render::rgb(crate::palette::BLUE).stroke_width(2))).ok()?;
    root.present().ok()
}

/// A small line chart of `ys` against `0..ys.len()` (schedules: β_t, ᾱ_t, log SNR), with an
/// optional marker at `mark` (the t the user is looking at).
pub fn draw_curve(canvas: HtmlCanvasElement, title: &str, ys: &[f64], mark: Option<usize>) -> Option<()> {
    let root = crate::render::backend::Canvas::area(canvas)?;
    root.fill(&WHITE).ok()?;
    let finite: Vec<f64> = ys.iter().copied().filter(|v| v.is_finite()).collect();
    let (lo, hi) = finite.iter().fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(*v), b.max(*v)));
    if finite.is_empty() {
        return root.present().ok();
    }
    let pad = ((hi - lo) * 0.08).max(1e-6);
    let x_max = ys.len().max(2) as f64 - 1.0;
    let mut chart = ChartBuilder::on(&root)
        .margin(8)
        .x_label_area_size(24)
        .y_label_area_size(46)
        .caption(crate::i18n::notation::plain(title), ("sans-serif", 15))
        .build_cartesian_2d(0f64..x_max, (lo - pad)..(hi + pad))
        .ok()?;
    chart
        .configure_mesh()
        .max_light_lines(0)
        .x_labels(5)
        .y_labels(5)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| match v.abs() {
            a if a >= 10.0 => format!("{v:.0}"),
            a if a >= 1.0 => format!("{v:.1}"),
            a if a < 1e-12 => "0".into(),
            _ => format!("{v:.3}"),
        })
        .label_style(("sans-serif", 12))
        .draw()
        .ok()?;
    let series = ys.iter().enumerate().filter(|(_, v)| v.is_finite()).map(|(i, v)| (i as f64, *v));
    chart.draw_series(LineSeries::new(series, crate::render::rgb(crate::palette::BLUE).stroke_width(2))).ok()?;
    if let Some(t) = mark.filter(|t| *t < ys.len()) {
        let line = vec![(t as f64, lo - pad), (t as f64, hi + pad)];
        chart.draw_series(LineSeries::new(line, crate::render::rgb(crate::palette::VERMILLION).stroke_width(1))).ok()?;
    }
    root.present().ok()
}
