//! Fast point-cloud drawing straight on a Canvas 2D context (no plotters): used for the
//! animated views, which redraw up to 60 times a second. Same [`Frame`] geometry as the
//! plotters scatter, so both kinds of plot line up and map clicks the same way.

use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

use crate::palette::Rgb;
use crate::render::Frame;

/// A layer of points in one colour.
pub struct Layer<'a> {
    pub points: &'a [[f32; 2]],
    pub colour: &'a str,
    pub size: f64,
}

/// The rows and then the columns of an `m × m` grid of points given row by row (a mapped grid:
/// a GAN's generator manifold, a VAE's decoded lattice), as polylines for [`Painter::paths`].
pub fn grid_lines(pts: &[[f32; 2]], m: usize) -> Vec<Vec<[f32; 2]>> {
    if m == 0 || pts.len() < m * m {
        return Vec::new();
    }
    let rows = (0..m).map(|r| (0..m).map(|i| pts[r * m + i]).collect());
    let cols = (0..m).map(|r| (0..m).map(|i| pts[i * m + r]).collect());
    rows.chain(cols).collect()
}

/// How many nats below its peak a density heatmap still shows.
pub const DENSITY_NATS: f32 = 8.0;

/// Owns the context and the frame for one draw.
pub struct Painter {
    ctx: CanvasRenderingContext2d,
    frame: Frame,
}

impl Painter {
    /// Clears the canvas and draws the axes, the integer grid and their labels.
    pub fn begin(canvas: &HtmlCanvasElement, frame: Frame) -> Option<Self> {
        let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        let (w, h) = (frame.width as f64, frame.height as f64);
        ctx.set_fill_style_str("#fff");
        ctx.fill_rect(0.0, 0.0, w, h);
        let p = Self { ctx, frame };
        let half = frame.half.floor() as i32;
        let step = if half > 6 { 2 } else { 1 };
        p.ctx.set_line_width(1.0);
        p.ctx.set_font("13px sans-serif");
        p.ctx.set_text_align("center");
        for k in (-half..=half).filter(|k| k % step == 0) {
            let v = k as f32;
            let ([x0, y0], [x1, y1]) = (p.px([v, -frame.half]), p.px([v, frame.half]));
            p.line(x0, y0, x1, y1, if k == 0 { "#c8c8c8" } else { "#ececec" });
            p.ctx.set_fill_style_str("#555");
            let _ = p.ctx.fill_text(&k.to_string(), x0, y0 + 16.0);
            let ([x0, y0], [x1, y1]) = (p.px([-frame.half, v]), p.px([frame.half, v]));
            p.line(x0, y0, x1, y1, if k == 0 { "#c8c8c8" } else { "#ececec" });
            let _ = p.ctx.fill_text(&k.to_string(), x0 - 14.0, y0 + 4.0);
        }
        Some(p)
    }

    /// A painter on `ctx` that clears and draws nothing (an offscreen layer's).
    pub(super) fn on(ctx: CanvasRenderingContext2d, frame: Frame) -> Self {
        Self { ctx, frame }
    }

    pub(super) fn frame(&self) -> Frame {
        self.frame
    }

    pub(super) fn context(&self) -> &CanvasRenderingContext2d {
        &self.ctx
    }

    /// Data → canvas pixels.
    pub fn px(&self, p: [f32; 2]) -> [f64; 2] {
        let [x, y] = self.frame.to_px(p);
        [x as f64, y as f64]
    }

    fn line(&self, x0: f64, y0: f64, x1: f64, y1: f64, colour: &str) {
        self.ctx.set_stroke_style_str(colour);
        self.ctx.begin_path();
        self.ctx.move_to(x0, y0);
        self.ctx.line_to(x1, y1);
        self.ctx.stroke();
    }

    /// Points as small squares (fast: one `fillRect` each), clipped to the plot.
    pub fn points(&self, layer: &Layer) {
        self.ctx.set_fill_style_str(layer.colour);
        let s = layer.size;
        for p in layer.points {
            if p[0].abs() <= self.frame.half && p[1].abs() <= self.frame.half {
                let [x, y] = self.px(*p);
                self.ctx.fill_rect(x - s / 2.0, y - s / 2.0, s, s);
            }
        }
    }

    /// A polyline through `path` (a point's trajectory).
    pub fn path(&self, path: &[[f32; 2]], colour: &str, width: f64) {
        self.paths(std::iter::once(path), colour, width);
    }

    /// An arrow from `from` along `vec` (both in data units), with a small head.
    pub fn arrow(&self, from: [f32; 2], vec: [f32; 2], colour: &str) {
        self.arrows(&[(from, vec)], colour);
    }

    /// A text label in the top-left corner of the plot, its notation's subscripts in Unicode
    /// (a canvas holds no markup).
    pub fn label(&self, text: &str) {
        let text = &crate::i18n::notation::plain(text);
        self.ctx.set_text_align("left");
        self.ctx.set_font("bold 15px sans-serif");
        self.ctx.set_fill_style_str("#1d2330");
        let [x, y] = self.px([-self.frame.half, self.frame.half]);
        let _ = self.ctx.fill_text(text, x + 8.0, y + 20.0);
    }
}

impl Painter {
    /// Fills `n × n` square cells over the whole plot, row-major from the bottom-left, each
    /// with the colour `colour(i)` gives (a heatmap under the points).
    pub fn cells(&self, n: usize, colour: impl Fn(usize) -> (Rgb, f64)) {
        // One n × n image (a pixel a cell, rows from the top), drawn over the frame's square
        // without smoothing: one draw call instead of n² fills with a colour string each (a
        // 40 × 40 heatmap ten times a second was thousands of fills a second per canvas).
        let mut rgba = vec![0u8; n * n * 4];
        for i in 0..n * n {
            let (ix, iy) = (i % n, i / n);
            let (c, a) = colour(i);
            let k = ((n - 1 - iy) * n + ix) * 4;
            let alpha = if a.is_finite() { (a.clamp(0.0, 1.0) * 255.0).round() as u8 } else { 0 };
            rgba[k..k + 4].copy_from_slice(&[c.0, c.1, c.2, alpha]);
        }
        let Some(scratch) = scratch(n) else { return };
        let Ok(image) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), n as u32, n as u32) else { return };
        let Some(sctx) = scratch.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok()) else {
            return;
        };
        if sctx.put_image_data(&image, 0.0, 0.0).is_err() {
            return;
        }
        let h = self.frame.half;
        let ([x0, y0], [x1, y1]) = (self.px([-h, h]), self.px([h, -h]));
        let (x0, y0) = (x0.round(), y0.round());
        self.ctx.set_image_smoothing_enabled(false);
        let _ = self.ctx.draw_image_with_html_canvas_element_and_dw_and_dh(&scratch, x0, y0, x1.round() - x0, y1.round() - y0);
        self.ctx.set_image_smoothing_enabled(true);
    }

    /// A log-density on an `n × n` lattice over the frame as a blue heatmap, opacity linear in
    /// log p over the [`DENSITY_NATS`] below its maximum (so the tails and a thin bridge between
    /// modes show, not only the peaks), then the axes again.
    pub fn density(&self, n: usize, log_p: &[f32]) {
        let top = log_p.iter().copied().filter(|v| v.is_finite()).fold(f32::NEG_INFINITY, f32::max);
        self.cells(n, |i| {
            let a = ((log_p[i] - top + DENSITY_NATS) / DENSITY_NATS).clamp(0.0, 1.0);
            (crate::palette::SKY, if a.is_finite() { 0.8 * a as f64 } else { 0.0 })
        });
        self.axes();
    }

    /// Redraws the zero axes over a heatmap.
    pub fn axes(&self) {
        let h = self.frame.half;
        let ([x0, y0], [x1, y1]) = (self.px([0.0, -h]), self.px([0.0, h]));
        self.line(x0, y0, x1, y1, "rgba(0,0,0,0.25)");
        let ([x0, y0], [x1, y1]) = (self.px([-h, 0.0]), self.px([h, 0.0]));
        self.line(x0, y0, x1, y1, "rgba(0,0,0,0.25)");
    }
}

impl Painter {
    /// An axis-aligned ellipse outline centred at `c` with radii `r` (data units).
    pub fn ellipse(&self, c: [f32; 2], r: [f32; 2], colour: &str, width: f64) {
        self.ellipses(&[(c, r)], colour, width);
    }

    /// Bold text centred at `p` (data units) in `colour`, outlined in near-black so it reads
    /// over points and pictures alike.
    pub fn text(&self, p: [f32; 2], text: &str, colour: &str) {
        let [x, y] = self.px(p);
        self.ctx.set_font("bold 22px sans-serif");
        self.ctx.set_text_align("center");
        self.ctx.set_line_width(4.0);
        self.ctx.set_stroke_style_str("#1d2330");
        let _ = self.ctx.stroke_text(text, x, y + 6.0);
        self.ctx.set_fill_style_str(colour);
        let _ = self.ctx.fill_text(text, x, y + 6.0);
        self.ctx.set_line_width(1.0);
    }

    /// A large ringed marker (the latent pad's point and its decoded image).
    pub fn marker(&self, p: [f32; 2], colour: &str) {
        let [x, y] = self.px(p);
        self.ctx.begin_path();
        let _ = self.ctx.arc(x, y, 8.0, 0.0, std::f64::consts::TAU);
        self.ctx.set_fill_style_str(colour);
        self.ctx.fill();
        self.ctx.set_line_width(2.5);
        self.ctx.set_stroke_style_str("#fff");
        self.ctx.stroke();
        self.ctx.set_line_width(1.0);
    }
}

thread_local! {
    /// The one off-screen canvas heatmaps are composed on before they are scaled up.
    static SCRATCH: std::cell::RefCell<Option<HtmlCanvasElement>> = const { std::cell::RefCell::new(None) };
}

/// The scratch canvas, `n × n` pixels.
fn scratch(n: usize) -> Option<HtmlCanvasElement> {
    SCRATCH.with_borrow_mut(|s| {
        if s.is_none() {
            *s = gloo::utils::document().create_element("canvas").ok()?.dyn_into().ok();
        }
        let c = s.as_ref()?;
        if c.width() != n as u32 || c.height() != n as u32 {
            c.set_width(n as u32);
            c.set_height(n as u32);
        }
        Some(c.clone())
    })
}
