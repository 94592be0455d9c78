//! A latent plane of digits as the Digit models page draws it (the shipped planes and the one
//! trained in the page): the decoder's image of a grid of codes as faint tiles, the real
//! digits' codes as dots coloured by class, and each class's number at its codes' mean.

use web_sys::HtmlCanvasElement;

use crate::palette;
use crate::render::Frame;
use crate::render::images::draw_tiles;
use crate::render::points::{Layer, Painter};

/// The mean code of each class present (where its number is written), from x, y pairs.
pub fn centres(codes: &[f32], labels: &[u8]) -> Vec<(usize, [f32; 2])> {
    (0..10)
        .filter_map(|k| {
            let pts: Vec<&[f32]> = codes.chunks_exact(2).zip(labels).filter(|(_, l)| **l as usize == k).map(|(c, _)| c).collect();
            let n = pts.len() as f32;
            (!pts.is_empty()).then(|| (k, [pts.iter().map(|c| c[0]).sum::<f32>() / n, pts.iter().map(|c| c[1]).sum::<f32>() / n]))
        })
        .collect()
}

/// Paints the plane over `[-frame.half, frame.half]²`: `grid` is `n × n` decoded digits (ink in
/// [0, 1], row-major from the top left), `codes` x, y pairs with their `labels`. The painter is
/// returned for the caller's markers; `None` when the canvas cannot be drawn on.
pub fn draw_plane(c: &HtmlCanvasElement, frame: Frame, n: usize, grid: &[f32], codes: &[f32], labels: &[u8]) -> Option<Painter> {
    let paint = Painter::begin(c, frame)?;
    let half = frame.half;
    let ([x0, y0], [x1, y1]) = (paint.px([-half, half]), paint.px([half, -half]));
    draw_tiles(c, [x0, y0, x1 - x0, y1 - y0], n, grid, 0.4);
    let pts: Vec<[f32; 2]> = codes.chunks_exact(2).map(|c| [c[0], c[1]]).collect();
    for (k, colour) in palette::DIGITS.iter().enumerate() {
        let own: Vec<[f32; 2]> = pts.iter().zip(labels).filter(|(_, l)| **l as usize == k).map(|(c, _)| *c).collect();
        paint.points(&Layer { points: &own, colour: &colour.css(0.85), size: 5.0 });
    }
    for (k, c) in centres(codes, labels) {
        paint.text(c, &k.to_string(), &palette::DIGITS[k].css(1.0));
    }
    Some(paint)
}
