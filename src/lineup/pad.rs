//! The draw pad: a 28×28 digit drawn with a soft round brush (ink 1 at the stroke's centre,
//! falling off as a Gaussian of width `BRUSH`), the way the built-in digits are inked; and the
//! check a drawn image passes before the worker encodes it. Pure.

use crate::data::glyphs::{PIXELS, SIDE};

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
