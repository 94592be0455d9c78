//! The `.genlab` file: a whole lab saved in one file and opened again (the page's Save and
//! Open, `ui/lab_bar.rs`; the worker's side, `worker/save.rs`). Pure, so the native tests and
//! the fuzzer read exactly what the page reads.
//!
//! Layout (all integers little-endian):
//!
//! | bytes | what |
//! |---|---|
//! | 8 | `MAGIC`, "GENLAB" and two bytes that no text file starts with |
//! | 4 | format version ([`VERSION`]) |
//! | 4 | length of the description, `m` |
//! | 8 | number of weights, `n` |
//! | m | the description ([`LabMeta`], CBOR): when, the link, the data, each family's settings, step counts and carried state, the loss curves |
//! | 4 n | every family's weights in the order of the description, f32 |
//! | 8 | FNV-1a 64 checksum of everything before it |
//!
//! A family's carried state (version 2 on) is what training on exactly needs beyond its
//! weights: its optimisers' moments and its random streams (`models/carry.rs`), opaque here.
//! Version 1 files, which have none, are still read.
//!
//! Reading checks, in order: the size (at most [`MAX_BYTES`]), the mark, the version, that the
//! file is as long as its header says, the checksum, the description, and that the weights
//! add up and are all numbers. Each refusal is one message naming the problem.

use serde::{Deserialize, Serialize};

use crate::families::FamilyId;
use crate::i18n::Msg;
use crate::quality::Reference;

pub const MAGIC: [u8; 8] = *b"GENLAB\x00\xfe";
/// The format's version; a file of another version is refused with both numbers.
pub const VERSION: u32 = 2;
/// The oldest version still read.
pub const OLDEST: u32 = 1;
/// The largest file read (the default four 2-D models with full histories fit in 30 MB).
pub const MAX_BYTES: usize = 64 << 20;
const HEADER: usize = 8 + 4 + 4 + 8;

/// One trained family in the file: its worker settings (JSON, as the page sent them), each
/// run's step count, how many weights it holds, and its carried state (empty when it was saved
/// without: on WebGPU, or by version 1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedFamily {
    pub family: FamilyId,
    pub settings: String,
    pub steps: Vec<u64>,
    pub len: u64,
    #[serde(default, with = "serde_bytes", skip_serializing_if = "Vec::is_empty")]
    pub carried: Vec<u8>,
    /// Training time behind the model, in ms (the history's time axis).
    #[serde(default)]
    pub trained_ms: f64,
    /// Its training history's copies, oldest first (their weights follow the model's), and the
    /// steps between copies when it was saved (version 2 on; empty when saved on WebGPU).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<SavedCopy>,
    #[serde(default)]
    pub every: u64,
}

/// One copy of a family's training history: the step and training time it was taken at, and
/// the copy itself as the model is saved (each run's steps, its weights' count, its carried
/// state).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedCopy {
    pub step: u64,
    pub trained_ms: f64,
    pub steps: Vec<u64>,
    pub len: u64,
    #[serde(default, with = "serde_bytes", skip_serializing_if = "Vec::is_empty")]
    pub carried: Vec<u8>,
}

impl SavedFamily {
    /// Weights the family holds in the file: the model's, then every copy's.
    pub fn total(&self) -> Option<u64> {
        self.history.iter().try_fold(self.len, |a, c| a.checked_add(c.len))
    }

    /// Its part of the file's weights (`total` of them) split into the model's and each copy's.
    pub fn split<'a>(&self, values: &'a [f32]) -> (&'a [f32], Vec<&'a [f32]>) {
        let cut = |v: &'a [f32], n: u64| v.split_at((n as usize).min(v.len()));
        let (live, mut rest) = cut(values, self.len);
        let copies = self.history.iter().map(|c| {
            let (mine, after) = cut(rest, c.len);
            rest = after;
            mine
        });
        (live, copies.collect())
    }
}

/// One family's loss curves as the page showed them (each run's, in order): put back on Open,
/// so the curve goes on from where it was instead of starting at the saved step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedCurves {
    pub family: FamilyId,
    pub curves: Vec<Vec<f32>>,
}

/// Everything in the file but the weights.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabMeta {
    /// When it was saved, as the page wrote it ("2026-12-07 14:05").
    pub saved_at: String,
    /// The page's link query: its page, data and every family's settings.
    pub link: String,
    /// Drawn or imported points (a link holds only the first few hundred).
    pub custom: Vec<[f32; 2]>,
    /// The worker's data, its reference and seed, as they were trained on.
    pub points: Vec<[f32; 2]>,
    pub reference: Reference,
    pub seed: u64,
    pub families: Vec<SavedFamily>,
    /// The page's loss curves (version 2 on).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub curves: Vec<SavedCurves>,
}

/// A lab read from a file, or about to be written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LabFile {
    pub meta: LabMeta,
    /// Every family's weights, one after another in the order of `meta.families`.
    pub values: Vec<f32>,
}

/// FNV-1a, 64 bits: enough to tell a damaged file from a whole one.
pub fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

impl LabFile {
    /// Each family's weights (its model's, then its history's: [`SavedFamily::split`]), beside
    /// its entry.
    pub fn families(&self) -> impl Iterator<Item = (&SavedFamily, &[f32])> {
        let mut at = 0usize;
        self.meta.families.iter().map(move |f| {
            let end = (at + f.total().unwrap_or(0) as usize).min(self.values.len());
            let part = &self.values[at.min(end)..end];
            at = end;
            (f, part)
        })
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut meta = Vec::new();
        // Writing plain data into a Vec cannot fail.
        let _ = ciborium::into_writer(&self.meta, &mut meta);
        let mut out = Vec::with_capacity(HEADER + meta.len() + 4 * self.values.len() + 8);
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(meta.len() as u32).to_le_bytes());
        out.extend_from_slice(&(self.values.len() as u64).to_le_bytes());
        out.extend_from_slice(&meta);
        for v in &self.values {
            out.extend_from_slice(&v.to_le_bytes());
        }
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Reads a file, or says in one message what is wrong with it.
    pub fn decode(bytes: &[u8]) -> Result<LabFile, Msg> {
        let mb = |n: usize| format!("{:.1}", n as f64 / 1e6);
        if bytes.len() > MAX_BYTES {
            return Err(Msg::new("lab-too-big").arg("size", mb(bytes.len())).arg("max", mb(MAX_BYTES)));
        }
        if bytes.len() < 8 || bytes[..8] != MAGIC {
            return Err(Msg::new("lab-not-genlab"));
        }
        if bytes.len() < HEADER {
            return Err(truncated(bytes.len(), HEADER));
        }
        let u32_at = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let version = u32_at(8);
        if !(OLDEST..=VERSION).contains(&version) {
            return Err(Msg::new("lab-version").arg("found", version).arg("oldest", OLDEST).arg("ours", VERSION));
        }
        let meta_len = u32_at(12) as usize;
        let mut n = [0u8; 8];
        n.copy_from_slice(&bytes[16..24]);
        let count = u64::from_le_bytes(n);
        // A header that claims more than the largest file is a damaged header.
        let need = (count as u128) * 4 + (HEADER + meta_len + 8) as u128;
        if need > MAX_BYTES as u128 {
            return Err(corrupt("header"));
        }
        let need = need as usize;
        if bytes.len() < need {
            return Err(truncated(bytes.len(), need));
        }
        if bytes.len() > need {
            return Err(corrupt("length"));
        }
        let body = &bytes[..need - 8];
        let mut sum = [0u8; 8];
        sum.copy_from_slice(&bytes[need - 8..]);
        if checksum(body) != u64::from_le_bytes(sum) {
            return Err(corrupt("checksum"));
        }
        let mut described = &body[HEADER..HEADER + meta_len];
        let meta: LabMeta = ciborium::from_reader(&mut described).map_err(|e| Msg::new("lab-unknown").arg("error", e.to_string()))?;
        if !described.is_empty() {
            return Err(corrupt("length"));
        }
        let values: Vec<f32> = body[HEADER + meta_len..].chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let total = meta.families.iter().try_fold(0u64, |a, f| a.checked_add(f.total()?));
        if total != Some(values.len() as u64) {
            return Err(corrupt("weights"));
        }
        let r = &meta.reference;
        let data = meta.points.iter().chain(&meta.custom).chain(&r.points).chain(&r.centres).flatten();
        let curves = meta.curves.iter().flat_map(|c| c.curves.iter().flatten());
        let mut times = meta.families.iter().flat_map(|f| [f.trained_ms].into_iter().chain(f.history.iter().map(|c| c.trained_ms)));
        if values.iter().chain(data).chain(curves).chain(&r.weights).chain([&r.radius]).any(|v| !v.is_finite())
            || times.any(|t| !t.is_finite())
        {
            return Err(Msg::new("lab-not-numbers"));
        }
        Ok(LabFile { meta, values })
    }
}

fn truncated(have: usize, need: usize) -> Msg {
    Msg::new("lab-truncated").arg("have", have).arg("need", need)
}

/// "damaged: its checksum does not match", naming the part found wrong (a message id).
fn corrupt(part: &str) -> Msg {
    Msg::new("lab-corrupt").nested("what", &Msg::new(&format!("lab-part-{part}")))
}
