//! A chart's legend, laid out as plotters lays out its series labels (12 px rows 1.25 apart, a
//! 30 px swatch column, a 10 px margin, 5 px from the plot's corner) but measured through the
//! backend ([`super::backend::Canvas`]): plotters' own legend measures every label with a
//! `<span>` in the document, a forced layout of the page each time a chart is drawn.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::backend::Canvas;

/// What stands beside a label: a stroke (a line series) or a filled block (a bar series).
#[derive(Clone, Copy)]
pub enum Swatch {
    Line(RGBColor),
    Block(RGBColor),
}

/// One row of the legend.
pub struct Entry {
    pub label: String,
    pub swatch: Swatch,
}

const MARGIN: i32 = 10;
const SWATCH: i32 = 30;
const FROM_EDGE: i32 = 5;

/// Draws `entries` in the `corner` of `plot` (the chart's plotting area) on a pale box.
pub fn draw(plot: &DrawingArea<Canvas, Shift>, corner: SeriesLabelPosition, entries: &[Entry]) -> Option<()> {
    if entries.is_empty() {
        return Some(());
    }
    let style = TextStyle::from(("sans-serif", 12).into_font()).color(&BLACK);
    let row = (12.0 * 1.25) as i32;
    let sizes = entries.iter().map(|e| plot.estimate_text_size(&e.label, &style).ok()).collect::<Option<Vec<_>>>()?;
    let text_w = sizes.iter().map(|s| s.0 as i32).max().unwrap_or(0);
    let text_h = (entries.len() as i32 - 1) * row + sizes.last().map_or(0, |s| s.1 as i32);
    let (w, h) = (text_w + SWATCH + 2 * MARGIN, text_h + 2 * MARGIN);
    let (aw, ah) = plot.dim_in_pixel();
    let (aw, ah) = (aw as i32, ah as i32);
    use SeriesLabelPosition::*;
    let x = match corner {
        UpperRight | MiddleRight | LowerRight => aw - w - FROM_EDGE,
        _ => FROM_EDGE,
    };
    let y = match corner {
        LowerLeft | LowerMiddle | LowerRight => ah - h - FROM_EDGE,
        _ => FROM_EDGE,
    };
    plot.draw(&Rectangle::new([(x, y), (x + w, y + h)], WHITE.mix(0.85).filled())).ok()?;
    plot.draw(&Rectangle::new([(x, y), (x + w, y + h)], RGBColor(200, 200, 200))).ok()?;
    for (i, (e, size)) in entries.iter().zip(&sizes).enumerate() {
        let top = y + MARGIN + i as i32 * row;
        plot.draw_text(&e.label, &style, (x + MARGIN + SWATCH, top)).ok()?;
        let (sx, sy) = (x + MARGIN, top + size.1 as i32 / 2);
        match e.swatch {
            Swatch::Line(c) => plot.draw(&PathElement::new(vec![(sx, sy), (sx + 16, sy)], c.stroke_width(2))).ok()?,
            Swatch::Block(c) => plot.draw(&Rectangle::new([(sx, sy - 5), (sx + 10, sy + 5)], c.filled())).ok()?,
        }
    }
    Some(())
}
