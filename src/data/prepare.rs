//! A drawn or uploaded digit prepared as MNIST's were (LeCun et al. 1998, and the MNIST page):
//! the ink's bounding box scaled, aspect kept, so its longer side is 20 pixels, then placed in
//! the 28×28 frame so that its centre of mass sits at the frame's centre.
//!
//!   box = the pixels with ink > [`INK`] · max ink;  s = 20 / max(box width, box height)
//!   scaled(u, v) = mean of the source over the 4×4 sub-samples of (u, v)'s footprint (bilinear)
//!   (c_x, c_y) = Σ ink · (x, y) / Σ ink;  out(x, y) = scaled(x − 14 + c_x, y − 14 + c_y)
//!
//! Pure. The upload (`data/upload.rs`) calls it on a picture; the pad prepares its strokes the
//! same way from the strokes themselves (`lineup/pad.rs::prepare`, so the pen keeps MNIST's
//! width), and the tests check both against real digits.

use crate::data::glyphs::SIDE;

/// Ink below this share of the image's darkest pixel does not count toward the bounding box.
pub const INK: f32 = 0.1;
/// The longer side of the scaled box, in pixels (MNIST: 20 in 28).
pub const BOX: usize = 20;

/// Bilinear sample of the `side × side` image at continuous pixel coordinates (centres at .5).
fn sample(img: &[f32], side: usize, x: f32, y: f32) -> f32 {
    let (fx, fy) = (x - 0.5, y - 0.5);
    let (x0, y0) = (fx.floor(), fy.floor());
    let (tx, ty) = (fx - x0, fy - y0);
    let at = |xi: f32, yi: f32| -> f32 {
        if xi < 0.0 || yi < 0.0 || xi >= side as f32 || yi >= side as f32 {
            return 0.0;
        }
        let v = img[yi as usize * side + xi as usize];
        if v.is_finite() { v } else { 0.0 }
    };
    let top = at(x0, y0) * (1.0 - tx) + at(x0 + 1.0, y0) * tx;
    let bottom = at(x0, y0 + 1.0) * (1.0 - tx) + at(x0 + 1.0, y0 + 1.0) * tx;
    top * (1.0 - ty) + bottom * ty
}

/// `ink` (`side × side`, values in [0, 1], 1 = ink) prepared as MNIST's digits: 28×28, ink in
/// [0, 1]. An image without ink comes back blank.
pub fn like_mnist(ink: &[f32], side: usize) -> Vec<f32> {
    let max = ink.iter().copied().filter(|v| v.is_finite()).fold(0.0f32, f32::max);
    let mut out = vec![0.0; SIDE * SIDE];
    if max <= 0.0 || ink.len() != side * side {
        return out;
    }
    let (mut x0, mut x1, mut y0, mut y1) = (side, 0, side, 0);
    for (i, v) in ink.iter().enumerate() {
        if *v > INK * max {
            let (x, y) = (i % side, i / side);
            (x0, x1, y0, y1) = (x0.min(x), x1.max(x + 1), y0.min(y), y1.max(y + 1));
        }
    }
    let (w, h) = ((x1 - x0) as f32, (y1 - y0) as f32);
    let s = BOX as f32 / w.max(h);
    let (bw, bh) = ((w * s).round().max(1.0) as usize, (h * s).round().max(1.0) as usize);
    // The box, scaled: each target pixel averages 4×4 bilinear samples of its footprint.
    let mut boxed = vec![0.0f32; bw * bh];
    for v in 0..bh {
        for u in 0..bw {
            let mut acc = 0.0;
            for k in 0..16 {
                let (du, dv) = ((k % 4) as f32 + 0.5, (k / 4) as f32 + 0.5);
                acc += sample(ink, side, x0 as f32 + (u as f32 + du / 4.0) / s, y0 as f32 + (v as f32 + dv / 4.0) / s);
            }
            boxed[v * bw + u] = (acc / 16.0 / max).clamp(0.0, 1.0);
        }
    }
    let mass: f32 = boxed.iter().sum();
    let cx = boxed.iter().enumerate().map(|(i, p)| p * ((i % bw) as f32 + 0.5)).sum::<f32>() / mass;
    let cy = boxed.iter().enumerate().map(|(i, p)| p * ((i / bw) as f32 + 0.5)).sum::<f32>() / mass;
    let (ox, oy) = ((SIDE as f32 / 2.0 - cx).round() as i64, (SIDE as f32 / 2.0 - cy).round() as i64);
    for v in 0..bh {
        for u in 0..bw {
            let (x, y) = (u as i64 + ox, v as i64 + oy);
            if (0..SIDE as i64).contains(&x) && (0..SIDE as i64).contains(&y) {
                out[y as usize * SIDE + x as usize] = boxed[v * bw + u];
            }
        }
    }
    out
}
