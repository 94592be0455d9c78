//! One table of numeric settings per family: each entry is a link key, the range the link
//! accepts, and how to read and write the value. The link is read and written from the same
//! entries, and each slider takes its ends and step from the same [`Range`], so a value the
//! slider can reach is a value the link keeps, and the other way round. Settings that take one
//! of a few named values (`sched=cosine`) have their own entries ([`Pick`]), read and written
//! the same way.

use crate::i18n::Msg;

/// The values a setting may take, and how its slider moves through them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub lo: f64,
    pub hi: f64,
    /// The slider's step, in its own units (powers of ten for a log range).
    pub step: f64,
    /// The slider moves through log₁₀ of the value (learning rates).
    pub log: bool,
    /// Whole numbers only.
    pub int: bool,
}

impl Range {
    pub const fn lin(lo: f64, hi: f64, step: f64) -> Self {
        Self { lo, hi, step, log: false, int: false }
    }

    pub const fn int(lo: usize, hi: usize, step: usize) -> Self {
        Self { lo: lo as f64, hi: hi as f64, step: step as f64, log: false, int: true }
    }

    pub const fn log(lo: f64, hi: f64, step: f64) -> Self {
        Self { lo, hi, step, log: true, int: false }
    }

    /// The slider's ends, in its units.
    pub fn slider_ends(&self) -> (f64, f64) {
        if self.log { (self.lo.log10(), self.hi.log10()) } else { (self.lo, self.hi) }
    }

    /// A value as the slider shows it.
    pub fn to_slider(&self, v: f64) -> f64 {
        if self.log { v.log10() } else { v }
    }

    /// The slider's position back to a value, always inside the range.
    pub fn from_slider(&self, x: f64) -> f64 {
        let v = if self.log { 10f64.powf(x) } else { x };
        let v = if self.int { v.round() } else { v };
        v.clamp(self.lo, self.hi)
    }

    /// Whether `v` is a value of the range. An `f32` setting's ends, widened to `f64`, are a
    /// few parts in 10⁸ off the decimals a link writes: those count as the ends.
    pub fn contains(&self, v: f64) -> bool {
        let slack = |end: f64| end.abs() * 1e-6;
        v >= self.lo - slack(self.lo) && v <= self.hi + slack(self.hi) && (!self.int || v.fract() == 0.0)
    }
}

/// One numeric setting of a settings struct `S`.
pub struct Num<S> {
    pub key: &'static str,
    pub range: Range,
    pub get: fn(&S) -> f64,
    pub set: fn(&mut S, f64),
}

/// One setting of `S` that takes one of a few named values (`sched=cosine`, `loss=wgan-gp`).
pub struct Pick<S> {
    pub key: &'static str,
    /// The message for a name it does not know (its `raw` argument is the name the link gave).
    pub bad: &'static str,
    /// The value's name, as the link writes it.
    pub get: fn(&S) -> &'static str,
    /// Sets the value named `raw`; false when there is no such value.
    pub set: fn(&mut S, &str) -> bool,
}

/// Reads `key` (stripped of a run prefix) into `s` when the table has it, with one notice for a
/// name the setting does not know. False when it is not one of the table's keys.
pub fn read_pick<S>(table: &[Pick<S>], s: &mut S, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
    let Some(entry) = table.iter().find(|e| e.key == key) else { return false };
    if !(entry.set)(s, raw) {
        notices.push(Msg::new(entry.bad).arg("raw", raw));
    }
    true
}

/// Appends `prefix + key = name` for every entry whose value differs from `default`'s.
pub fn write_picks<S>(table: &[Pick<S>], s: &S, default: &S, prefix: &str, pairs: &mut Vec<(String, String)>) {
    for e in table {
        let (v, d) = ((e.get)(s), (e.get)(default));
        if v != d {
            pairs.push((format!("{prefix}{}", e.key), v.to_string()));
        }
    }
}

/// Checks `raw` against `range`; a notice in the user's words when it does not fit.
pub fn number(key: &str, raw: &str, range: Range, notices: &mut Vec<Msg>) -> Option<f64> {
    let (lo, hi) = (show(range.lo), show(range.hi));
    let kind = Msg::new(if range.int { "word-whole-number" } else { "word-number" });
    let not_valid = || Msg::new("url-not-valid").arg("key", key).arg("raw", raw).nested("kind", &kind).arg("lo", &lo).arg("hi", &hi);
    match raw.parse::<f64>() {
        Ok(v) if range.contains(v) => Some(v),
        Ok(v) if v.is_finite() && range.int && v.fract() != 0.0 && v >= range.lo && v <= range.hi => {
            notices.push(not_valid());
            None
        }
        Ok(v) if v.is_finite() => {
            notices.push(Msg::new("url-outside").arg("key", key).arg("raw", raw).arg("lo", &lo).arg("hi", &hi));
            None
        }
        _ => {
            notices.push(not_valid());
            None
        }
    }
}

/// Reads `key` (already stripped of a run prefix; `shown` is the key as the link wrote it)
/// into `s` when the table has it. False when it is not one of the table's keys.
pub fn read<S>(table: &[Num<S>], s: &mut S, key: &str, shown: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
    let Some(entry) = table.iter().find(|e| e.key == key) else { return false };
    if let Some(v) = number(shown, raw, entry.range, notices) {
        (entry.set)(s, v);
    }
    true
}

/// A number as a person reads it: an `f32` end in its own shortest form.
fn show(v: f64) -> String {
    if (v as f32) as f64 == v { (v as f32).to_string() } else { v.to_string() }
}

/// A value as a link writes it: whole numbers without a point, an `f32` setting in its own
/// shortest form (0.1, not 0.10000000149011612).
pub fn format(v: f64, range: Range) -> String {
    if range.int { format!("{}", v.round() as i64) } else { show(v) }
}

/// Appends `prefix + key = value` for every entry whose value differs from `default`'s.
pub fn write<S>(table: &[Num<S>], s: &S, default: &S, prefix: &str, pairs: &mut Vec<(String, String)>) {
    for e in table {
        let (v, d) = ((e.get)(s), (e.get)(default));
        if v != d {
            pairs.push((format!("{prefix}{}", e.key), format(v, e.range)));
        }
    }
}
