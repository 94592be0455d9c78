//! The GAN: generator and discriminator, the four games (losses), the views of D and of G's
//! manifold, its lab (one or two runs side by side), its URL keys and presets, its page state,
//! and its page.

pub mod lab;
pub mod loss;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod protocol;
pub mod runs;
pub mod state;
pub mod url;
pub mod view;
#[cfg(target_arch = "wasm32")]
pub mod worker;

// The family's face: the names the list's loops use (`families/mod.rs`).
pub use lab::GanLab as Lab;
pub use protocol::{GanCommand as Command, GanUpdate as Update};
pub use state::{Act, GanPageView as View};
pub use url::GanUrl as Url;
/// What one training step is called on this family's page (a message id).
pub const STEP_WORD: &str = "word-iteration";
#[cfg(target_arch = "wasm32")]
pub use worker::handle;
