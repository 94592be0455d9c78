//! Point layers that do not change from one frame to the next (the training data behind a
//! model's samples), drawn once onto a canvas of their own and then copied in one `drawImage`
//! per frame instead of two thousand `fillRect`s: a training page redraws its views about seven times a
//! second, and the data is the largest layer most of them hold (issue 34).

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::points::{Layer, Painter};

/// Layers kept (each a canvas the size of the view that drew it): enough for every view of
/// the busiest page, the oldest dropped first.
const KEEP: usize = 8;

thread_local! {
    static KEPT: RefCell<Vec<(u64, HtmlCanvasElement)>> = const { RefCell::new(Vec::new()) };
}

/// FNV-1a over everything that decides the layer's pixels: the frame, the colour, the size
/// and every point's bits.
fn key(p: &Painter, layer: &Layer) -> u64 {
    let frame = p.frame();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut eat = |v: u64| {
        h ^= v;
        h = h.wrapping_mul(0x100000001b3);
    };
    eat(frame.width as u64);
    eat(frame.height as u64);
    eat(frame.half.to_bits() as u64);
    eat(layer.size.to_bits());
    layer.colour.bytes().for_each(|b| eat(b as u64));
    eat(layer.points.len() as u64);
    for q in layer.points {
        eat(((q[0].to_bits() as u64) << 32) | q[1].to_bits() as u64);
    }
    h
}

impl Painter {
    /// [`Painter::points`] for a layer that stays the same across frames: drawn once onto a
    /// canvas of its own, then copied. Falls back to drawing the points when no canvas can be
    /// made.
    pub fn kept_points(&self, layer: &Layer) {
        let k = key(self, layer);
        let found = KEPT.with_borrow(|kept| kept.iter().find(|(key, _)| *key == k).map(|(_, c)| c.clone()));
        let sprite = found.or_else(|| {
            let frame = self.frame();
            let canvas: HtmlCanvasElement = gloo::utils::document().create_element("canvas").ok()?.dyn_into().ok()?;
            canvas.set_width(frame.width);
            canvas.set_height(frame.height);
            let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
            Painter::on(ctx, frame).points(layer);
            KEPT.with_borrow_mut(|kept| {
                if kept.len() >= KEEP {
                    kept.remove(0);
                }
                kept.push((k, canvas.clone()));
            });
            Some(canvas)
        });
        match sprite {
            Some(c) => {
                let _ = self.context().draw_image_with_html_canvas_element(&c, 0.0, 0.0);
            }
            None => self.points(layer),
        }
    }
}
