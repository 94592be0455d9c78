//! The four inputs that come from outside the program, each with the property it must keep:
//!
//! - **url**: a link's query (mutated from real ones: every key of the URL table, presets,
//!   tour chapters, drawn points). Never panics; the link the page writes for the state it read
//!   (`to_query`) reads back, with no notice, to the same link.
//! - **csv**: an imported point file. Never panics; what it accepts is finite, within the
//!   documented range, and at most `MAX_ROWS` points; what it refuses has a message.
//! - **upload**: a picture (valid PNG/JPEG, cut, bit-flipped, a header claiming 50,000 ×
//!   50,000 pixels, a deflate bomb). Never panics; an accepted picture is 28×28 ink in [0, 1].
//! - **protocol**: the worker's messages (CBOR updates to the page, JSON commands to the
//!   worker). Never panics, and an update that decodes is folded into a fresh page state
//!   without panicking either.
//! - **digits**: the real digits' sprite (`www/data/mnist.png`: a valid one, small sprites with
//!   layout faults, either cut or bit-flipped). Never panics; what it accepts has whole digits,
//!   one label each, every class at least `MIN_PER_CLASS`; what it refuses has a message.
//! - **lab**: a saved lab (`.genlab`: a whole one, cut, bit-flipped, spliced, or junk; half
//!   the damaged ones with their checksum made to match, so what is behind it is read). Never
//!   panics; what it accepts holds exactly its families' weights, every value a number, and
//!   written again reads back the same (CBOR may spell one value several ways, so not always
//!   the same bytes); what it refuses has a message.

use rand::{RngExt, rngs::StdRng};

use crate::data::{csv, glyphs::PIXELS, mnist, upload};
use crate::fuzz::{inputs, mutate};
use crate::labfile::LabFile;
use crate::models::carry::Carried;
use crate::state::url::UrlState;
use crate::worker::protocol::{Command, Update};

/// One url input: a real link, mutated, sometimes with a nasty or huge value spliced in.
pub fn url(rng: &mut StdRng) -> Result<(), String> {
    let base = mutate::pick(rng, inputs::links());
    let query = match rng.random_range(0..4) {
        0 => mutate::text(rng, base),
        1 => {
            let key = mutate::pick(rng, inputs::url_keys());
            format!("{base}&{key}={}", mutate::pick(rng, &mutate::NASTY))
        }
        2 => {
            let key = mutate::pick(rng, inputs::url_keys());
            let len = *mutate::pick(rng, &[10usize, 1000, 100_000]);
            format!("{base}&{key}={}", mutate::long_run(rng, len))
        }
        _ => format!("{base}&{base}"),
    };
    let (state, _) = UrlState::parse(&query);
    let again = state.to_query();
    let (back, notices) = UrlState::parse(&again);
    // What a link writes is the state it shares: it must read back to the same link. (The
    // parsed states themselves may differ in what is never written, such as a preset's name
    // once its settings are spelled out, or run B's settings while the comparison is off.)
    if back.to_query() != again || !notices.is_empty() {
        return Err(format!("{query:?} → {again:?} does not read back the same ({} notices)", notices.len()));
    }
    Ok(())
}

/// One csv input: a file of rows, mutated.
pub fn csv(rng: &mut StdRng) -> Result<(), String> {
    let file = inputs::csv_file(rng);
    let text = mutate::text(rng, &file);
    match csv::parse_points(&text) {
        Ok(points) if points.len() > csv::MAX_ROWS => Err(format!("{} rows accepted", points.len())),
        Ok(points) => {
            match points.iter().find(|p| !p[0].is_finite() || !p[1].is_finite() || p[0].abs() > csv::MAX_ABS || p[1].abs() > csv::MAX_ABS) {
                Some(p) => Err(format!("accepted the point {p:?}")),
                None => Ok(()),
            }
        }
        Err(e) if e.msg().id.is_empty() => Err("a refusal without a message".into()),
        Err(_) => Ok(()),
    }
}

/// One upload input: a small real picture, a crafted hostile one, or either mutated.
pub fn upload(rng: &mut StdRng) -> Result<(), String> {
    // The bomb takes a tenth of a second to refuse or shrink: one input in a thousand.
    let mut bytes = match rng.random_range(0..1000) {
        0 => inputs::deflate_bomb().to_vec(),
        1..=100 => inputs::giant_png_header(),
        101..=400 => inputs::jpeg(rng),
        _ => inputs::png(rng),
    };
    if rng.random_range(0..4) > 0 {
        mutate::bytes(rng, &mut bytes);
    }
    match upload::decode(&bytes) {
        Ok(ink) if ink.len() != PIXELS || ink.iter().any(|v| !(0.0..=1.0).contains(v)) => {
            Err(format!("{} values, not {PIXELS} in [0, 1]", ink.len()))
        }
        _ => Ok(()),
    }
}

/// One protocol input: a real update or command, encoded and mutated.
pub fn protocol(rng: &mut StdRng) -> Result<(), String> {
    if rng.random_bool(0.5) {
        let mut bytes = mutate::pick(rng, &inputs::updates()).to_bytes();
        mutate::bytes(rng, &mut bytes);
        if let Ok(u) = Update::from_bytes(&bytes) {
            let _ = crate::state::app::AppState::new(UrlState::default(), Vec::new()).apply(crate::state::app::Action::Worker(u));
        }
    } else {
        let json = mutate::pick(rng, &inputs::commands()).to_json();
        let json = mutate::text(rng, &json);
        let _ = serde_json::from_str::<Command>(&json);
    }
    Ok(())
}

/// One digits input: the sprite format, valid or faulty, often mutated.
pub fn digits(rng: &mut StdRng) -> Result<(), String> {
    let mut bytes = match rng.random_range(0..100) {
        0 => inputs::valid_sprite().to_vec(),
        1 => inputs::giant_png_header(),
        2..=10 => inputs::png(rng),
        _ => inputs::small_sprite(rng),
    };
    if rng.random_range(0..3) > 0 {
        mutate::bytes(rng, &mut bytes);
    }
    match mnist::decode(&bytes) {
        Ok(bank) => {
            let counts = bank.counts();
            if bank.pixels.len() != bank.len() * PIXELS || counts.iter().any(|&n| n < mnist::MIN_PER_CLASS) {
                Err(format!("accepted {} digits in {} bytes, classes {counts:?}", bank.len(), bank.pixels.len()))
            } else {
                Ok(())
            }
        }
        Err(e) if e.msg().id.is_empty() || e.to_string().is_empty() => Err("a refusal without a message".into()),
        Err(_) => Ok(()),
    }
}

/// One lab input: a whole small file, often damaged.
pub fn lab(rng: &mut StdRng) -> Result<(), String> {
    let mut bytes = match rng.random_range(0..20) {
        0 => (0..rng.random_range(0..200)).map(|_| rng.random()).collect(),
        _ => inputs::lab_file(rng),
    };
    match rng.random_range(0..4) {
        0 => {}
        1 => bytes.truncate(rng.random_range(0..=bytes.len())),
        _ => mutate::bytes(rng, &mut bytes),
    }
    // Half the damaged files get a checksum that matches again, so the description and the
    // weights behind it are read too.
    let n = bytes.len().saturating_sub(8);
    if n >= 24 && rng.random_bool(0.5) {
        let sum = crate::labfile::checksum(&bytes[..n]);
        bytes[n..].copy_from_slice(&sum.to_le_bytes());
    }
    match LabFile::decode(&bytes) {
        Ok(file) => {
            let n: u64 = file.meta.families.iter().filter_map(|f| f.total()).sum();
            if n != file.values.len() as u64 || file.values.iter().any(|v| !v.is_finite()) {
                Err(format!("accepted {} weights for families holding {n}", file.values.len()))
            } else if LabFile::decode(&file.encode()).as_ref() != Ok(&file) {
                Err("what it accepted, written again, does not read back the same".into())
            } else if let Some(c) = file
                .meta
                .families
                .iter()
                .filter_map(|f| Carried::from_bytes(&f.carried).ok())
                .find(|c| Carried::from_bytes(&c.to_bytes()).as_ref() != Ok(c))
            {
                Err(format!("a carried state it read does not read back the same: {c:?}"))
            } else {
                Ok(())
            }
        }
        Err(e) if e.id.is_empty() => Err("a refusal without a message".into()),
        Err(_) => Ok(()),
    }
}
