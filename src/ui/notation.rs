//! A message or formula with its notation rendered: `x_t` as x with a subscript t (the split is
//! the pure `i18n/notation.rs`). Headings, ledes, the tour's text and the formulas on the pages
//! go through [`rich`]; attributes (alt text, titles) keep the plain text.

use yew::prelude::*;

use crate::i18n::notation::{Piece, pieces};

/// `text` with its subscripts as `<sub>`.
pub fn rich(text: &str) -> Html {
    let parts = pieces(text).into_iter().map(|p| match p {
        Piece::Text(t) => html! { { t.to_string() } },
        Piece::Sub(s) => html! { <sub>{ s.to_string() }</sub> },
    });
    html! { <>{ for parts }</> }
}
