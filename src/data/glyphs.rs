//! A built-in tiny image set: 28×28 grayscale hand-drawn-looking digits 0–9, rendered in Rust
//! from strokes with a seeded random slant, scale, position, stroke thickness and wobble — no
//! downloads, the same images for the same seed everywhere.
//!
//! Each digit is a few polylines in a unit box (x right, y down). A sample moves every control
//! point by a small random offset (wobble), shears the glyph (slant), scales and shifts it, and
//! rasterises the strokes with a soft edge: a pixel's ink is clamp(w/2 + ½ − d, 0, 1), d its
//! distance in pixels to the nearest stroke segment and w the stroke width. Pixels are in
//! [0, 1] (0 = paper, 1 = ink); the diffusion model sees them mapped to [−1, 1].

use rand::{RngExt, SeedableRng, rngs::StdRng, seq::SliceRandom};

/// Image side in pixels.
pub const SIDE: usize = 28;
/// Pixels per image.
pub const PIXELS: usize = SIDE * SIDE;
/// Number of classes (digits 0–9).
pub const CLASSES: usize = 10;

type Stroke = &'static [(f32, f32)];

/// Polylines of each digit in the unit box.
fn strokes(digit: usize) -> Vec<Vec<(f32, f32)>> {
    let ellipse = |cx: f32, cy: f32, rx: f32, ry: f32, from: f32, to: f32, n: usize| -> Vec<(f32, f32)> {
        (0..=n)
            .map(|k| {
                let a = (from + (to - from) * k as f32 / n as f32).to_radians();
                (cx + rx * a.cos(), cy + ry * a.sin())
            })
            .collect()
    };
    const ONE: Stroke = &[(0.38, 0.28), (0.52, 0.15), (0.52, 0.85)];
    const TWO: Stroke = &[(0.28, 0.3), (0.36, 0.18), (0.5, 0.14), (0.65, 0.18), (0.71, 0.3), (0.66, 0.45), (0.28, 0.85), (0.76, 0.85)];
    const THREE: Stroke =
        &[(0.28, 0.2), (0.5, 0.13), (0.69, 0.21), (0.69, 0.38), (0.48, 0.48), (0.71, 0.58), (0.72, 0.76), (0.5, 0.87), (0.27, 0.8)];
    const FOUR: Stroke = &[(0.62, 0.86), (0.62, 0.14), (0.25, 0.62), (0.78, 0.62)];
    const FIVE: Stroke = &[(0.72, 0.15), (0.33, 0.15), (0.3, 0.45), (0.5, 0.41), (0.69, 0.5), (0.72, 0.7), (0.56, 0.86), (0.29, 0.8)];
    const SIX: Stroke = &[
        (0.68, 0.17),
        (0.5, 0.13),
        (0.34, 0.27),
        (0.28, 0.55),
        (0.32, 0.78),
        (0.5, 0.87),
        (0.68, 0.77),
        (0.7, 0.6),
        (0.55, 0.48),
        (0.38, 0.51),
        (0.29, 0.6),
    ];
    const SEVEN: Stroke = &[(0.26, 0.15), (0.75, 0.15), (0.44, 0.86)];
    match digit {
        0 => vec![ellipse(0.5, 0.5, 0.22, 0.35, 0.0, 360.0, 20)],
        1 => vec![ONE.to_vec()],
        2 => vec![TWO.to_vec()],
        3 => vec![THREE.to_vec()],
        4 => vec![FOUR.to_vec()],
        5 => vec![FIVE.to_vec()],
        6 => vec![SIX.to_vec()],
        7 => vec![SEVEN.to_vec()],
        8 => vec![ellipse(0.5, 0.31, 0.17, 0.17, 0.0, 360.0, 16), ellipse(0.5, 0.67, 0.21, 0.19, 0.0, 360.0, 16)],
        _ => vec![ellipse(0.5, 0.33, 0.2, 0.19, 0.0, 360.0, 16), vec![(0.7, 0.33), (0.66, 0.6), (0.6, 0.86)]],
    }
}

/// Distance from `p` to the segment `a`–`b`.
fn segment_distance(p: (f32, f32), a: (f32, f32), b: (f32, f32)) -> f32 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
    let (qx, qy) = (a.0 + t * dx - p.0, a.1 + t * dy - p.1);
    (qx * qx + qy * qy).sqrt()
}

/// One digit drawn with the style drawn from `rng`, `PIXELS` values in [0, 1], row-major.
pub fn draw(digit: usize, rng: &mut StdRng) -> Vec<f32> {
    let slant = rng.random_range(-0.35f32..0.35);
    let scale = rng.random_range(0.78f32..1.0);
    let (sx, sy) = (rng.random_range(-2.0f32..2.0), rng.random_range(-1.5f32..1.5));
    let width = rng.random_range(1.6f32..2.9);
    let wobble = 0.035;
    let side = SIDE as f32;
    let segments: Vec<((f32, f32), (f32, f32))> = strokes(digit % CLASSES)
        .into_iter()
        .flat_map(|line| {
            let pts: Vec<(f32, f32)> = line
                .into_iter()
                .map(|(x, y)| {
                    let (x, y) = (x + rng.random_range(-wobble..wobble), y + rng.random_range(-wobble..wobble));
                    let (x, y) = (x - 0.5 + slant * (0.5 - y), y - 0.5);
                    (side / 2.0 + x * scale * side + sx, side / 2.0 + y * scale * side + sy)
                })
                .collect();
            pts.windows(2).map(|w| (w[0], w[1])).collect::<Vec<_>>()
        })
        .collect();
    (0..PIXELS)
        .map(|i| {
            let p = ((i % SIDE) as f32 + 0.5, (i / SIDE) as f32 + 0.5);
            let d = segments.iter().map(|(a, b)| segment_distance(p, *a, *b)).fold(f32::MAX, f32::min);
            (width / 2.0 + 0.5 - d).clamp(0.0, 1.0)
        })
        .collect()
}

/// A seeded set of images with their classes.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageSet {
    /// `n × PIXELS` values in [0, 1], image after image.
    pub pixels: Vec<f32>,
    pub labels: Vec<u8>,
}

impl ImageSet {
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Image `i`'s pixels.
    pub fn image(&self, i: usize) -> &[f32] {
        &self.pixels[i * PIXELS..(i + 1) * PIXELS]
    }
}

/// `n` images, classes cycling 0, 1, …, 9 (balanced), every style drawn from `seed`.
pub fn generate(n: usize, seed: u64) -> ImageSet {
    let mut rng = StdRng::seed_from_u64(seed ^ 0x676c_7970_6873);
    let mut pixels = Vec::with_capacity(n * PIXELS);
    let mut labels = Vec::with_capacity(n);
    for i in 0..n {
        let digit = i % CLASSES;
        pixels.extend(draw(digit, &mut rng));
        labels.push(digit as u8);
    }
    ImageSet { pixels, labels }
}

/// Training batches of (pixels, labels) from a stream of fresh seeded image sets: `size`
/// digits per epoch, reshuffled, a new set (seed × 1,000,003 + epoch) every epoch.
pub struct DigitStream {
    seed: u64,
    size: usize,
    pub epoch: u64,
    set: ImageSet,
    order: Vec<usize>,
    at: usize,
    rng: StdRng,
}

impl DigitStream {
    pub fn new(seed: u64, size: usize) -> Self {
        let mut e = Self { seed, size, epoch: 0, set: generate(0, 0), order: Vec::new(), at: 0, rng: StdRng::seed_from_u64(seed) };
        e.refresh();
        e
    }

    fn refresh(&mut self) {
        self.set = generate(self.size, self.seed.wrapping_mul(1_000_003).wrapping_add(self.epoch));
        self.order = (0..self.size).collect();
        self.order.shuffle(&mut self.rng);
        self.at = 0;
        self.epoch += 1;
    }

    /// The next `b` digits (`b × PIXELS` values in [0, 1]) and their classes.
    pub fn next(&mut self, b: usize) -> (Vec<f32>, Vec<u8>) {
        if self.at + b > self.size {
            self.refresh();
        }
        let idx = &self.order[self.at..self.at + b];
        self.at += b;
        let pixels = idx.iter().flat_map(|&i| self.set.image(i).iter().copied()).collect();
        (pixels, idx.iter().map(|&i| self.set.labels[i]).collect())
    }
}

/// The forward process on pixels by its closed form, x_t = √ᾱ_t x_0 + √(1 − ᾱ_t) ε, with x_0
/// mapped from [0, 1] to [−1, 1] and the result mapped back for display (not clamped).
pub fn noise_image(x0: &[f32], eps: &[f32], alpha_bar: f64) -> Vec<f32> {
    let (a, b) = (alpha_bar.sqrt() as f32, (1.0 - alpha_bar).sqrt() as f32);
    x0.iter().zip(eps).map(|(x, e)| ((a * (2.0 * x - 1.0) + b * e) + 1.0) / 2.0).collect()
}
