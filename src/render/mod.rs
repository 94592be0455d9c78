//! Plain drawing functions over plain data (plotters on a 2-D canvas). The geometry they share
//! lives in [`Frame`], so a click on a canvas maps back to data coordinates exactly.

pub mod backend;
pub mod bars;
pub mod chart;
pub mod images;
pub mod latent_plane;
pub mod legend;
pub mod lines;
pub mod points;
pub mod scatter;
pub mod sprite;
pub mod strokes;

/// Pixel layout of a square scatter plot: where the data domain lands on the canvas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: u32,
    pub height: u32,
    /// Data range shown on both axes: `[-half, half]`.
    pub half: f32,
}

/// Space plotters leaves for the margin and the axis labels.
pub const MARGIN: u32 = 10;
pub const X_LABELS: u32 = 30;
pub const Y_LABELS: u32 = 40;

impl Frame {
    /// A frame that shows every point (and at least `[-3, 3]`), with 10 % headroom.
    pub fn fit(width: u32, height: u32, points: &[[f32; 2]]) -> Self {
        let max = points.iter().flat_map(|p| [p[0].abs(), p[1].abs()]).filter(|v| v.is_finite()).fold(3.0f32, f32::max);
        Self { width, height, half: (max * 1.1 * 2.0).ceil() / 2.0 }
    }

    fn plot_area(&self) -> (f32, f32, f32, f32) {
        let left = (MARGIN + Y_LABELS) as f32;
        let top = MARGIN as f32;
        let right = self.width.saturating_sub(MARGIN) as f32;
        let bottom = self.height.saturating_sub(MARGIN + X_LABELS) as f32;
        (left, top, right, bottom)
    }

    /// Data coordinates → canvas pixel (inverse of [`Frame::to_data`]).
    pub fn to_px(&self, p: [f32; 2]) -> [f32; 2] {
        let (l, t, r, b) = self.plot_area();
        let x = l + (p[0] + self.half) / (2.0 * self.half) * (r - l);
        let y = t + (self.half - p[1]) / (2.0 * self.half) * (b - t);
        [x, y]
    }

    /// Canvas pixel → data coordinates, or `None` outside the plot area.
    pub fn to_data(&self, px: f32, py: f32) -> Option<[f32; 2]> {
        let (l, t, r, b) = self.plot_area();
        if px < l || px > r || py < t || py > b {
            return None;
        }
        let x = -self.half + (px - l) / (r - l) * 2.0 * self.half;
        let y = self.half - (py - t) / (b - t) * 2.0 * self.half;
        Some([x, y])
    }
}

/// A palette colour as plotters takes it.
pub fn rgb(c: crate::palette::Rgb) -> plotters::style::RGBColor {
    plotters::style::RGBColor(c.0, c.1, c.2)
}
