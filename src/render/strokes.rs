//! Many shapes of one colour as one path: polylines (a grid's rows and columns, a chain's
//! trails), arrows (a field of hundreds) and ellipse outlines (a VAE's posteriors). Each group
//! is one draw for the canvas to flush, not one a shape: the views redraw several times a
//! second while a model trains, and per-shape strokes were most of their canvas calls (issue 34).

use super::points::Painter;

impl Painter {
    /// Polylines in one colour and width, as one path with one stroke (a grid's rows and
    /// columns, a chain's trails): one draw for the canvas to flush instead of one a line.
    pub fn paths<'a>(&self, paths: impl IntoIterator<Item = &'a [[f32; 2]]>, colour: &str, width: f64) {
        self.context().set_stroke_style_str(colour);
        self.context().set_line_width(width);
        self.context().begin_path();
        for path in paths.into_iter().filter(|p| p.len() >= 2) {
            for (i, p) in path.iter().enumerate() {
                let [x, y] = self.px(*p);
                if i == 0 { self.context().move_to(x, y) } else { self.context().line_to(x, y) }
            }
        }
        self.context().stroke();
        self.context().set_line_width(1.0);
    }

    /// Arrows (start, vector in data units) in one colour: every shaft in one stroked path and
    /// every head in one filled path (a field of hundreds, several times a second).
    pub fn arrows(&self, arrows: &[([f32; 2], [f32; 2])], colour: &str) {
        let px: Vec<([f64; 2], [f64; 2])> = arrows
            .iter()
            .map(|(from, vec)| (self.px(*from), self.px([from[0] + vec[0], from[1] + vec[1]])))
            .filter(|([x0, y0], [x1, y1])| (x1 - x0).hypot(y1 - y0) >= 1.0)
            .collect();
        if px.is_empty() {
            return;
        }
        self.context().set_stroke_style_str(colour);
        self.context().begin_path();
        for ([x0, y0], [x1, y1]) in &px {
            self.context().move_to(*x0, *y0);
            self.context().line_to(*x1, *y1);
        }
        self.context().stroke();
        self.context().begin_path();
        for ([x0, y0], [x1, y1]) in &px {
            let (dx, dy) = (x1 - x0, y1 - y0);
            let len = dx.hypot(dy);
            let (ux, uy) = (dx / len, dy / len);
            let head = 5.0f64.min(len * 0.5);
            self.context().move_to(*x1, *y1);
            self.context().line_to(x1 - head * (ux - 0.5 * uy), y1 - head * (uy + 0.5 * ux));
            self.context().line_to(x1 - head * (ux + 0.5 * uy), y1 - head * (uy - 0.5 * ux));
            self.context().close_path();
        }
        self.context().set_fill_style_str(colour);
        self.context().fill();
    }

    /// Axis-aligned ellipse outlines (centre, radii in data units), all in one colour: one path
    /// and one stroke for all of them (a VAE's latent plane draws hundreds several times a second).
    pub fn ellipses(&self, shapes: &[([f32; 2], [f32; 2])], colour: &str, width: f64) {
        if shapes.is_empty() {
            return;
        }
        self.context().set_stroke_style_str(colour);
        self.context().set_line_width(width);
        self.context().begin_path();
        for (c, r) in shapes {
            let ([x, y], [x1, y1]) = (self.px(*c), self.px([c[0] + r[0], c[1] + r[1]]));
            let (rx, ry) = ((x1 - x).abs(), (y1 - y).abs());
            if rx.is_finite() && ry.is_finite() {
                self.context().move_to(x + rx, y);
                let _ = self.context().ellipse(x, y, rx, ry, 0.0, 0.0, std::f64::consts::TAU);
            }
        }
        self.context().stroke();
        self.context().set_line_width(1.0);
    }
}
