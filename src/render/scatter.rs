//! Scatter plot of data points (coloured by mode) and model samples.

use plotters::prelude::*;

use web_sys::HtmlCanvasElement;

use crate::palette;
use crate::render::{Frame, MARGIN, X_LABELS, Y_LABELS, rgb};

/// Draws `points` (with their mode labels) and `samples` into the canvas.
pub fn draw(canvas: HtmlCanvasElement, frame: &Frame, points: &[[f32; 2]], labels: &[u16], samples: &[[f32; 2]]) -> Option<()> {
    let root = crate::render::backend::Canvas::area(canvas)?;
    root.fill(&WHITE).ok()?;
    let h = frame.half;
    let mut chart = ChartBuilder::on(&root)
        .margin(MARGIN)
        .x_label_area_size(X_LABELS)
        .y_label_area_size(Y_LABELS)
        .build_cartesian_2d(-h..h, -h..h)
        .ok()?;
    chart
        .configure_mesh()
        .x_labels(9)
        .y_labels(9)
        .max_light_lines(1)
        .light_line_style(RGBColor(245, 245, 245))
        .bold_line_style(RGBColor(225, 225, 225))
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .label_style(("sans-serif", 14))
        .draw()
        .ok()?;
    let size = if points.len() > 4000 { 1 } else { 2 };
    chart
        .draw_series(points.iter().zip(labels.iter().chain(std::iter::repeat(&0))).map(|(p, l)| {
            let c = rgb(palette::mode(*l as usize));
            Circle::new((p[0], p[1]), size, c.mix(0.55).filled())
        }))
        .ok()?;
    chart.draw_series(samples.iter().map(|p| Cross::new((p[0], p[1]), 3, rgb(palette::INK).stroke_width(1)))).ok()?;
    root.present().ok()
}
