//! Application state: the shareable URL state and (in the browser) the one reducer.

pub mod keys;
pub mod page;
pub mod series;
pub mod trainer;
pub mod url;
pub mod app;

pub use url::{Page, UrlState};
