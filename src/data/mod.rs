//! Data sources: seeded 2-D toy datasets and user-supplied points (CSV, drawing).

pub mod csv;
pub mod toy2d;

pub use toy2d::{Dataset, DatasetKind, DatasetSpec};
