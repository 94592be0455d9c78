//! The tasks: whether task `k` of a chapter is done, read from the app state alone.

use crate::state::app::AppState;

/// Whether task `k` (1-based) of chapter `id` is done in state `s`.
pub fn done(id: &str, k: usize, s: &AppState) -> bool {
    let _ = (id, k, s);
    false
}
