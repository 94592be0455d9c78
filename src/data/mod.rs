//! Data sources: seeded 2-D toy datasets, user-supplied points (CSV, drawing), the built-in
//! digit images, the real handwritten digits (MNIST) and user pictures.

pub mod csv;
pub mod glyphs;
pub mod mnist;
pub mod prepare;
pub mod real;
pub mod stream;
pub mod toy2d;
pub mod upload;

pub use toy2d::{Dataset, DatasetKind, DatasetSpec};
