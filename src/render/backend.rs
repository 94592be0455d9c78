//! The drawing backend every chart uses: plotters' canvas backend, except that text is measured
//! on the canvas itself.
//!
//! plotters-canvas leaves `estimate_text_size` to plotters' web font code, which measures each
//! label by appending a `<span>` to the document and reading its `offsetHeight`: a forced layout
//! of the whole page for every tick label of every chart, ten charts a second while a model
//! trains (the largest single item in a profile of the page's main thread, issue 34). Here the
//! canvas's own `measureText` answers instead (no layout), and the answers are kept, because
//! the same few labels are measured on every frame.

use std::cell::RefCell;
use std::collections::HashMap;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Labels measured so far: (the canvas font, the text) → (width, height) in pixels. Cleared
/// when it passes [`KEEP`] entries, so a stream of new numbers cannot grow it without end.
const KEEP: usize = 1024;

thread_local! {
    static SIZES: RefCell<HashMap<(String, String), (u32, u32)>> = RefCell::new(HashMap::new());
}

/// plotters' canvas backend with text measured by the canvas ([`Canvas::estimate_text_size`]).
pub struct Canvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
}

impl Canvas {
    /// The backend for `canvas`, or `None` when it has no 2-D context.
    pub fn new(canvas: HtmlCanvasElement) -> Option<Self> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Self { inner: CanvasBackend::with_canvas_object(canvas)?, context })
    }

    /// The whole canvas as a plotters drawing area (what `CanvasBackend::…into_drawing_area` gave).
    pub fn area(canvas: HtmlCanvasElement) -> Option<DrawingArea<Self, Shift>> {
        Some(Self::new(canvas)?.into_drawing_area())
    }
}

/// The font string plotters-canvas sets before it draws `style`'s text (kept identical, so what
/// is measured is what is drawn).
fn font_of<S: BackendTextStyle>(style: &S) -> String {
    format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str())
}

impl DrawingBackend for Canvas {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_rect(a, b, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        c: BackendCoord,
        r: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_circle(c, r, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.fill_polygon(vert, style)
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_text(text, style, pos)
    }

    /// Width from the canvas's `measureText`; height the font's ascent plus descent (what a
    /// line of it takes), both rounded up.
    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        let key = (font_of(style), text.to_owned());
        if let Some(size) = SIZES.with(|s| s.borrow().get(&key).copied()) {
            return Ok(size);
        }
        self.context.set_font(&key.0);
        let size = match self.context.measure_text(text) {
            Ok(m) => {
                let height = m.font_bounding_box_ascent() + m.font_bounding_box_descent();
                // A font with no bounding box (never seen in Chromium) falls back to its size.
                let height = if height.is_finite() && height > 0.0 { height } else { style.size() * 1.2 };
                (m.width().max(0.0).ceil() as u32, height.ceil() as u32)
            }
            Err(_) => ((text.chars().count() as f64 * style.size() * 0.6).ceil() as u32, (style.size() * 1.2).ceil() as u32),
        };
        SIZES.with(|s| {
            let mut s = s.borrow_mut();
            if s.len() >= KEEP {
                s.clear();
            }
            s.insert(key, size);
        });
        Ok(size)
    }
}
