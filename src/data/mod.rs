//! Data sources: seeded 2-D toy datasets, user-supplied points (CSV, drawing), the built-in
//! digit images and user pictures.

pub mod csv;
pub mod glyphs;
pub mod toy2d;
pub mod upload;

pub use toy2d::{Dataset, DatasetKind, DatasetSpec};
