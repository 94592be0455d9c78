//! The one palette every view draws with, chosen to stay apart for colour-blind readers.
//!
//! The colours are Okabe & Ito's (2008, "Color Universal Design"), ordered so that the first
//! modes — two clusters is the default — differ most. `tests/all/palette.rs` checks every group
//! that shares a view (the modes of a dataset, the four families, a GAN's real/fake/arrows, …)
//! under simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009,
//! severity 1) and asks for a CIELAB distance of at least 15 between any two of them.

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `rgba(r,g,b,a)` for Canvas 2D and CSS.
    pub fn css(self, alpha: f64) -> String {
        format!("rgba({},{},{},{alpha:.3})", self.0, self.1, self.2)
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// The colour seen through `alpha` over white, as it lands on the page.
    pub fn over_white(self, alpha: f64) -> Rgb {
        let mix = |c: u8| (c as f64 * alpha + 255.0 * (1.0 - alpha)).round() as u8;
        Rgb(mix(self.0), mix(self.1), mix(self.2))
    }
}

pub const BLUE: Rgb = Rgb(0, 114, 178);
pub const VERMILLION: Rgb = Rgb(213, 94, 0);
pub const PURPLE: Rgb = Rgb(204, 121, 167);
pub const GREEN: Rgb = Rgb(0, 158, 115);
pub const ORANGE: Rgb = Rgb(230, 159, 0);
pub const SKY: Rgb = Rgb(86, 180, 233);
pub const GREY: Rgb = Rgb(90, 90, 90);
pub const YELLOW: Rgb = Rgb(240, 228, 66);
/// A deep violet (not Okabe–Ito's): the GAN's fakes and the prior, apart from both green and vermillion.
pub const VIOLET: Rgb = Rgb(120, 70, 170);

/// The modes of a dataset (cluster k), and the classes of the digits.
pub const MODES: [Rgb; 8] = [BLUE, VERMILLION, PURPLE, GREEN, ORANGE, SKY, GREY, YELLOW];

/// The ten digit classes 0–9 (the modes' eight, then violet and brown).
pub const DIGITS: [Rgb; 10] = [BLUE, VERMILLION, PURPLE, GREEN, ORANGE, SKY, GREY, YELLOW, VIOLET, Rgb(140, 86, 40)];

/// Mode `k`'s colour (wrapping past eight).
pub fn mode(k: usize) -> Rgb {
    MODES[k % MODES.len()]
}

/// The training data drawn behind a model's samples, and the alpha it is drawn with.
pub const DATA: Rgb = Rgb(150, 150, 150);
pub const DATA_ALPHA: f64 = 0.3;

/// Roles on the diffusion and flow pages: the samples x_t, the predicted x̂₀, the arrows of
/// ε̂ (or v), the paths of the chain.
pub const SAMPLE: Rgb = BLUE;
pub const X0: Rgb = PURPLE;
pub const ARROW: Rgb = GREEN;
pub const PATH: Rgb = VERMILLION;

/// Roles on the GAN page: real data and D's "real" side, the generator's fakes and D's "fake"
/// side, and the arrows of G's gradient.
pub const REAL: Rgb = GREEN;
pub const FAKE: Rgb = VIOLET;
pub const PUSH: Rgb = VERMILLION;
/// Real and fake points drawn over D's heatmap: darker than the heatmap's own shades, so they show.
pub const REAL_POINTS: Rgb = Rgb(0, 110, 80);
pub const FAKE_POINTS: Rgb = Rgb(110, 40, 160);

/// Each family's colour where families share a chart (the compare page): diffusion, flow
/// matching, GAN, VAE.
pub const FAMILIES: [Rgb; 4] = [BLUE, GREEN, VERMILLION, PURPLE];

/// Ink: text, and the samples on the data page (crosses, apart from every mode by shape and lightness).
pub const INK: Rgb = Rgb(29, 35, 48);
