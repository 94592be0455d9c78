//! Grouped bar chart: one group per category (the ten digit classes), one bar per series
//! (sampled images beside real digits), with a legend and an optional dashed reference level.

use plotters::prelude::*;

use web_sys::HtmlCanvasElement;

use crate::i18n::{Lang, tr};
use crate::render::legend::{Entry, Swatch};

/// One series of bar heights, one per category.
pub struct Bars<'a> {
    pub label: &'a str,
    pub colour: RGBColor,
    pub values: Vec<f64>,
}

/// Draws `series` over `categories`; `level` draws a dashed horizontal line (an even share).
pub fn draw_bars(
    canvas: HtmlCanvasElement,
    lang: Lang,
    title: &str,
    categories: &[String],
    series: &[Bars],
    level: Option<f64>,
) -> Option<()> {
    let root = crate::render::backend::Canvas::area(canvas)?;
    root.fill(&WHITE).ok()?;
    let top = series.iter().flat_map(|s| s.values.iter().copied()).chain(level).filter(|v| v.is_finite()).fold(1.0f64, f64::max) * 1.15;
    let k = categories.len().max(1);
    let mut chart = ChartBuilder::on(&root)
        .margin(10)
        .x_label_area_size(30)
        .y_label_area_size(40)
        .caption(crate::i18n::notation::plain(title), ("sans-serif", 15))
        .build_cartesian_2d(0f64..k as f64, 0f64..top)
        .ok()?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(k * 2 + 1)
        .x_label_formatter(&|x| {
            let i = (x - 0.5).round();
            if (x - 0.5 - i).abs() < 1e-6 && i >= 0.0 && (i as usize) < k { categories[i as usize].clone() } else { String::new() }
        })
        .y_label_formatter(&|v| format!("{v:.0}"))
        .light_line_style(RGBColor(245, 245, 245))
        .label_style(("sans-serif", 12))
        .draw()
        .ok()?;
    let m = series.len().max(1) as f64;
    let width = 0.8 / m;
    for (j, s) in series.iter().enumerate() {
        let bars = s.values.iter().enumerate().filter(|(_, v)| v.is_finite()).map(|(i, v)| {
            let x0 = i as f64 + 0.1 + j as f64 * width;
            Rectangle::new([(x0, 0.0), (x0 + width * 0.92, *v)], s.colour.filled())
        });
        chart.draw_series(bars).ok()?;
    }
    let mut entries: Vec<Entry> = series.iter().map(|s| Entry { label: s.label.to_owned(), swatch: Swatch::Block(s.colour) }).collect();
    if let Some(level) = level {
        let dashes = (0..k * 8).map(|i| {
            let x = i as f64 / 8.0;
            PathElement::new(vec![(x, level), (x + 1.0 / 16.0, level)], RGBColor(90, 90, 90).stroke_width(1))
        });
        chart.draw_series(dashes).ok()?;
        entries.push(Entry { label: tr(lang, "chart-even-share"), swatch: Swatch::Line(RGBColor(90, 90, 90)) });
    }
    crate::render::legend::draw(&chart.plotting_area().strip_coord_spec(), SeriesLabelPosition::UpperRight, &entries)?;
    root.present().ok()
}
