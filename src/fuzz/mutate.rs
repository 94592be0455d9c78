//! Seeded mutations: the edits a fuzzer makes to a valid input to find the inputs a parser
//! was not written for — flipped bits, cut and repeated spans, spliced-in nasties (huge and
//! non-finite numbers, bad UTF-8 and %-escapes, long runs), all drawn from one seeded stream
//! so a failure is reproduced from its seed and index.

use rand::{RngExt, rngs::StdRng};

/// Values that break parsers written for friendly ones.
pub const NASTY: [&str; 24] = [
    "",
    "0",
    "-0",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "1e39",
    "-1e39",
    "1e-46",
    "3.4028236e38",
    "18446744073709551616",
    "-9223372036854775809",
    "0x10",
    "1_000",
    " 1",
    "1 ",
    "+1",
    "１",
    "%",
    "%zz",
    "%FF%FE",
    "%E0%80%AF",
];

/// One of `items`, uniformly.
pub fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// A run of `len` copies of a character from a small alphabet of troublemakers.
pub fn long_run(rng: &mut StdRng, len: usize) -> String {
    let c = *pick(rng, &['9', 'a', '%', '&', '=', ',', ';', '\u{feff}', 'é', '\u{10ffff}']);
    std::iter::repeat_n(c, len).collect()
}

/// Edits `bytes` in place, 1 to 8 times.
pub fn bytes(rng: &mut StdRng, bytes: &mut Vec<u8>) {
    for _ in 0..rng.random_range(1..=8) {
        let len = bytes.len();
        match rng.random_range(0..7) {
            0 if len > 0 => {
                let i = rng.random_range(0..len);
                bytes[i] ^= 1 << rng.random_range(0..8);
            }
            1 if len > 0 => {
                let i = rng.random_range(0..len);
                bytes[i] = *pick(rng, &[0u8, 0xff, 0x7f, 0x80, b'%', b'=', b'&', b'\n', b',']);
            }
            2 => bytes.truncate(rng.random_range(0..=len)),
            3 if len > 0 => {
                let (a, b) = (rng.random_range(0..len), rng.random_range(0..len));
                let (a, b) = (a.min(b), a.max(b));
                let span = bytes[a..=b].to_vec();
                let at = rng.random_range(0..=len);
                bytes.splice(at..at, span.iter().copied().cycle().take(span.len() * rng.random_range(1..4)));
            }
            4 => {
                let at = rng.random_range(0..=len);
                let extra: Vec<u8> = (0..rng.random_range(1..16)).map(|_| rng.random()).collect();
                bytes.splice(at..at, extra);
            }
            5 if len > 0 => {
                let (a, b) = (rng.random_range(0..len), rng.random_range(0..len));
                bytes.drain(a.min(b)..a.max(b));
            }
            _ => {
                let at = rng.random_range(0..=len);
                let nasty = pick(rng, &NASTY).as_bytes().to_vec();
                bytes.splice(at..at, nasty);
            }
        }
    }
}

/// A mutated copy of `text` (bytes edited, then read back lossily as text: parsers here take `&str`).
pub fn text(rng: &mut StdRng, text: &str) -> String {
    let mut b = text.as_bytes().to_vec();
    bytes(rng, &mut b);
    String::from_utf8_lossy(&b).into_owned()
}
