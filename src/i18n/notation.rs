//! Subscripts in the messages' notation. The `.ftl` files write `x_t`, `x_{t−1}`, `v_θ` or `x̂_0`
//! plainly; [`pieces`] splits a message into text and subscripts, so the page renders them as
//! subscripts (`ui/notation.rs`), never as a raw `_` and braces. A `_` that is not notation (a
//! link key such as `fm_lr`, or one after a space) stays as written.

/// One piece of a message: plain text, or a subscript.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Sub(&'a str),
}

/// The message `s` as text and subscripts: `x_{t−1}` subscripts `t−1`; `x_t` subscripts `t` when
/// it is one letter or digit that no Latin letter, digit or `_` follows (a Korean particle may:
/// `x_T에`).
pub fn pieces(s: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let (mut text_from, mut at) = (0, 0);
    while let Some(found) = s[at..].find('_') {
        let under = at + found;
        at = under + 1;
        let after_word = s[..under].chars().next_back().is_some_and(|c| !c.is_whitespace() && c != '_');
        let rest = &s[under + 1..];
        let sub = if !after_word {
            None
        } else if let Some(inner) = rest.strip_prefix('{') {
            inner.find('}').map(|close| (&inner[..close], close + 2))
        } else {
            let mut chars = rest.chars();
            match (chars.next(), chars.next()) {
                (Some(c), next) if c.is_alphanumeric() && !next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '_') => {
                    Some((&rest[..c.len_utf8()], c.len_utf8()))
                }
                _ => None,
            }
        };
        if let Some((sub, len)) = sub {
            if text_from < under {
                out.push(Piece::Text(&s[text_from..under]));
            }
            out.push(Piece::Sub(sub));
            at = under + 1 + len;
            text_from = at;
        }
    }
    if text_from < s.len() {
        out.push(Piece::Text(&s[text_from..]));
    }
    out
}

/// The message `s` for a canvas, which cannot hold markup: each subscript in Unicode's subscript
/// letters (`x_t` → `xₜ`, `x_{t−1}` → `xₜ₋₁`) where it has them all, else as written.
pub fn plain(s: &str) -> String {
    pieces(s)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.to_string(),
            Piece::Sub(sub) => match sub.chars().map(subscript).collect::<Option<String>>() {
                Some(low) => low,
                None if sub.chars().count() == 1 => format!("_{sub}"),
                None => format!("_{{{sub}}}"),
            },
        })
        .collect()
}

/// A character's Unicode subscript form, when it has one.
fn subscript(c: char) -> Option<char> {
    const FROM: &str = "0123456789+−-=()aehijklmnoprstuvxβγρφχ";
    const TO: &str = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ";
    FROM.chars().position(|f| f == c).and_then(|i| TO.chars().nth(i))
}
