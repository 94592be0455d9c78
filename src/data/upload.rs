//! A user's own picture for the image pages: decoded (PNG or JPEG), converted to grayscale,
//! resized to a 112×112 square and prepared as MNIST's digits were (`data/prepare.rs`: its ink
//! boxed in 20 pixels and centred by mass in 28×28), as ink in [0, 1] (dark = 1, like the real
//! digits). Anything that is not a small, valid image gets a plain message and changes nothing.

use image::{ImageFormat, ImageReader, Limits, imageops::FilterType};

use crate::data::glyphs::SIDE;
use crate::data::prepare::like_mnist;
use crate::i18n::Msg;

/// Largest file accepted.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Largest width or height accepted (decoding allocates width × height × 4 bytes).
pub const MAX_SIDE: u32 = 6000;

/// Why a file was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum UploadError {
    Empty,
    TooLarge { bytes: usize },
    NotAnImage,
    Unsupported(String),
    Corrupt(String),
    TooManyPixels { width: u32, height: u32 },
}

impl std::fmt::Display for UploadError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            UploadError::Empty => write!(f, "The file is empty."),
            UploadError::TooLarge { bytes } => {
                write!(f, "The file is {:.1} MB; pictures up to {} MB are accepted.", *bytes as f64 / 1e6, MAX_BYTES / (1024 * 1024))
            }
            UploadError::NotAnImage => write!(f, "This file is not a PNG or JPEG picture."),
            UploadError::Unsupported(kind) => write!(f, "{kind} pictures are not supported here; use PNG or JPEG."),
            UploadError::Corrupt(why) => write!(f, "The picture could not be read (it may be damaged): {why}."),
            UploadError::TooManyPixels { width, height } => {
                write!(f, "The picture is {width}×{height} pixels; at most {MAX_SIDE} on each side is accepted.")
            }
        }
    }
}

impl UploadError {
    /// The same, as a message the page words in its language.
    pub fn msg(&self) -> Msg {
        match self {
            UploadError::Empty => Msg::new("upload-empty"),
            UploadError::TooLarge { bytes } => {
                Msg::new("upload-too-large").arg("mb", format!("{:.1}", *bytes as f64 / 1e6)).arg("limit", MAX_BYTES / (1024 * 1024))
            }
            UploadError::NotAnImage => Msg::new("upload-not-image"),
            UploadError::Unsupported(kind) => Msg::new("upload-unsupported").arg("kind", kind),
            UploadError::Corrupt(why) => Msg::new("upload-corrupt").arg("why", why),
            UploadError::TooManyPixels { width, height } => {
                Msg::new("upload-too-many-pixels").arg("width", width).arg("height", height).arg("max", MAX_SIDE)
            }
        }
    }
}

/// Decodes `bytes` into `SIDE × SIDE` ink values in [0, 1], row-major.
pub fn decode(bytes: &[u8]) -> Result<Vec<f32>, UploadError> {
    if bytes.is_empty() {
        return Err(UploadError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(UploadError::TooLarge { bytes: bytes.len() });
    }
    let format = image::guess_format(bytes).map_err(|_| UploadError::NotAnImage)?;
    if !matches!(format, ImageFormat::Png | ImageFormat::Jpeg) {
        return Err(UploadError::Unsupported(format!("{format:?}").to_uppercase()));
    }
    let mut reader = ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let (width, height) = reader.into_dimensions().map_err(|e| UploadError::Corrupt(e.to_string()))?;
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(UploadError::TooManyPixels { width, height });
    }
    let mut reader = ImageReader::with_format(std::io::Cursor::new(bytes), format);
    reader.limits(Limits::default());
    let img = reader.decode().map_err(|e| UploadError::Corrupt(e.to_string()))?;
    let side = 4 * SIDE;
    let gray = image::imageops::resize(&img.to_luma8(), side as u32, side as u32, FilterType::Triangle);
    let ink: Vec<f32> = gray.pixels().map(|p| 1.0 - p.0[0] as f32 / 255.0).collect();
    Ok(like_mnist(&ink, side))
}
