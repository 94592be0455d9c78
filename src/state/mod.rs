//! Application state: the shareable URL state and (in the browser) the one reducer.

pub mod app;
pub mod each;
pub mod family;
pub mod kept;
pub mod keys;
pub mod lab;
pub mod page;
pub mod reduce;
pub mod series;
pub mod shared;
pub mod trainer;
pub mod url;
pub mod worker_updates;

pub use url::{Page, UrlState};
