//! Grayscale images on a canvas through one `ImageData` (nearest-neighbour upscaling in Rust):
//! fast enough to redraw a grid of 28×28 images at every frame of a scrubber.

use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

/// Draws `images` (each `side × side` ink values, 1 = black; values outside [0, 1] are
/// clipped) in a grid of `cols` columns, each pixel `scale` canvas pixels, with a `gap`.
pub fn draw_grid(canvas: &HtmlCanvasElement, images: &[&[f32]], side: usize, cols: usize, scale: usize, gap: usize) -> Option<()> {
    let cols = cols.max(1);
    let rows = images.len().div_ceil(cols).max(1);
    let cell = side * scale + gap;
    let (w, h) = (cols * cell - gap, rows * cell - gap);
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    let mut rgba = vec![255u8; w * h * 4];
    for (k, img) in images.iter().enumerate() {
        let (ox, oy) = ((k % cols) * cell, (k / cols) * cell);
        for (i, v) in img.iter().enumerate().take(side * side) {
            let g = (255.0 * (1.0 - v.clamp(0.0, 1.0))).round() as u8;
            let (px, py) = (i % side, i / side);
            for dy in 0..scale {
                let row = (oy + py * scale + dy) * w;
                for dx in 0..scale {
                    let at = 4 * (row + ox + px * scale + dx);
                    rgba[at..at + 3].copy_from_slice(&[g, g, g]);
                }
            }
        }
    }
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let data = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), w as u32, h as u32).ok()?;
    ctx.put_image_data(&data, 0.0, 0.0).ok()
}

/// Tiles the rectangle at `(x0, y0)` of `w × h` canvas pixels with an `n × n` grid of 28×28
/// images (`grid`: ink values, row-major from the top left), faded to `strength` of full ink
/// over white: the decoder's map under a latent plane.
pub fn draw_tiles(canvas: &HtmlCanvasElement, [x0, y0, w, h]: [f64; 4], n: usize, grid: &[f32], strength: f32) -> Option<()> {
    const SIDE: usize = 28;
    let (w, h) = (w.round().max(1.0) as usize, h.round().max(1.0) as usize);
    if grid.len() < n * n * SIDE * SIDE {
        return None;
    }
    let mut rgba = vec![255u8; w * h * 4];
    for py in 0..h {
        let (row, iy) = ((py * n) / h, ((py * n * SIDE) / h) % SIDE);
        for px in 0..w {
            let (col, ix) = ((px * n) / w, ((px * n * SIDE) / w) % SIDE);
            let v = grid[(row * n + col) * SIDE * SIDE + iy * SIDE + ix].clamp(0.0, 1.0);
            let g = (255.0 * (1.0 - strength * v)).round() as u8;
            let at = 4 * (py * w + px);
            rgba[at..at + 3].copy_from_slice(&[g, g, g]);
        }
    }
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let data = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), w as u32, h as u32).ok()?;
    ctx.put_image_data(&data, x0.round(), y0.round()).ok()
}
