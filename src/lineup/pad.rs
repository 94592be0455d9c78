//! The draw pad: a 28×28 digit drawn with a soft round brush (ink 1 at the stroke's centre,
//! falling off as a Gaussian of width `BRUSH`), the way the built-in digits are inked; and the
//! check a drawn image passes before the worker encodes it; and a drawing prepared as MNIST's
//! digits were, from its strokes (`prepare`). Pure.

use crate::data::glyphs::{PIXELS, SIDE};
use crate::data::prepare::BOX;

/// The brush's Gaussian width, in pixels of the 28×28 pad.
pub const BRUSH: f32 = 0.9;

/// Inks the segment from `a` to `b` (pad coordinates, 0…28 across) into `pixels`: each pixel
/// keeps the darker of its ink and the brush's at its distance from the segment.
pub fn stroke(pixels: &mut [f32], a: [f32; 2], b: [f32; 2]) {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let reach = 3.0 * BRUSH;
    let (x0, x1) = (a[0].min(b[0]) - reach, a[0].max(b[0]) + reach);
    let (y0, y1) = (a[1].min(b[1]) - reach, a[1].max(b[1]) + reach);
    for py in (y0.floor().max(0.0) as usize)..(y1.ceil().min(SIDE as f32) as usize) {
        for px in (x0.floor().max(0.0) as usize)..(x1.ceil().min(SIDE as f32) as usize) {
            let (cx, cy) = (px as f32 + 0.5, py as f32 + 0.5);
            let t = if len2 > 0.0 { (((cx - a[0]) * dx + (cy - a[1]) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
            let (ex, ey) = (cx - (a[0] + t * dx), cy - (a[1] + t * dy));
            let ink = (-(ex * ex + ey * ey) / (2.0 * BRUSH * BRUSH)).exp();
            let at = py * SIDE + px;
            pixels[at] = pixels[at].max(ink);
        }
    }
}

/// A drawn image fit to encode: 784 values, each clamped into [0, 1] (non-finite ones as 0);
/// `None` for another length.
pub fn sanitise(pixels: &[f32]) -> Option<Vec<f32>> {
    (pixels.len() == PIXELS).then(|| pixels.iter().map(|v| if v.is_finite() { v.clamp(0.0, 1.0) } else { 0.0 }).collect())
}

/// Whether anything is drawn (some pixel at half ink or more).
pub fn has_ink(pixels: &[f32]) -> bool {
    pixels.iter().any(|v| *v >= 0.5)
}

/// A pen segment on the pad (from, to), in pad coordinates.
pub type Segment = ([f32; 2], [f32; 2]);

/// The drawing's strokes prepared as MNIST's digits were (`data/prepare.rs`), from the strokes
/// themselves so the pen keeps MNIST's width however small one writes: the strokes' bounding
/// box scaled, aspect kept, so the ink's longer side is [`BOX`] pixels (the centre line's
/// `BOX − 2`, the brush adding about a pixel each side), inked with the pad's brush, then
/// moved so its centre of mass is the frame's centre. No strokes, no ink.
pub fn prepare(segments: &[Segment]) -> Vec<f32> {
    let points = || segments.iter().flat_map(|(a, b)| [*a, *b]).filter(|p| p[0].is_finite() && p[1].is_finite());
    let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
    for p in points() {
        (lo, hi) = ([lo[0].min(p[0]), lo[1].min(p[1])], [hi[0].max(p[0]), hi[1].max(p[1])]);
    }
    if lo[0] > hi[0] {
        return vec![0.0; PIXELS];
    }
    let extent = (hi[0] - lo[0]).max(hi[1] - lo[1]);
    let scale = if extent < 1.0 { 1.0 } else { (BOX as f32 - 2.0) / extent };
    let mid = [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0];
    let ink = |shift: [f32; 2]| {
        let mut px = vec![0.0f32; PIXELS];
        let at =
            |p: [f32; 2]| [(p[0] - mid[0]) * scale + SIDE as f32 / 2.0 + shift[0], (p[1] - mid[1]) * scale + SIDE as f32 / 2.0 + shift[1]];
        for (a, b) in segments.iter().filter(|(a, b)| a.iter().chain(b).all(|v| v.is_finite())) {
            stroke(&mut px, at(*a), at(*b));
        }
        px
    };
    let first = ink([0.0, 0.0]);
    let mass: f32 = first.iter().sum();
    let centre = |axis: fn(usize) -> usize| first.iter().enumerate().map(|(i, v)| v * (axis(i) as f32 + 0.5)).sum::<f32>() / mass;
    let (cx, cy) = (centre(|i| i % SIDE), centre(|i| i / SIDE));
    ink([SIDE as f32 / 2.0 - cx, SIDE as f32 / 2.0 - cy])
}
