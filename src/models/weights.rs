//! A small weight-file format for shipped models, read and written as bytes (the page fetches
//! the file and hands the bytes over; nothing here touches a filesystem).
//!
//! Layout, all little-endian:
//! ```text
//! magic  b"GLWT"          4 bytes
//! version u32             = 1
//! dtype   u32             1 = f16 (IEEE binary16), 2 = f32
//! json    u32 length, then UTF-8: what the model is and its config (serde JSON)
//! count   u32             number of tensors
//! tensor  u16 name length, name (UTF-8 module path), u8 rank, rank × u32 dims,
//!         then ∏dims values of `dtype`, row-major
//! ```
//! burn 0.22's own `ModuleRecord::into_bytes` (burnpack) also works on bytes, but it has no slot
//! for our config, keys parameters by id as well as path, and stores f16 only if the module
//! itself is cast to f16 first; this format is 40 lines and readable by any tool.

use burn::tensor::f16;
use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::models::params::NamedTensor;

const MAGIC: &[u8; 4] = b"GLWT";
const VERSION: u32 = 1;

/// Storage precision of a weight file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    F16,
    F32,
}

/// A decoded weight file.
#[derive(Clone, Debug, PartialEq)]
pub struct WeightFile {
    /// The JSON header: the model kind and its config.
    pub json: String,
    pub precision: Precision,
    pub tensors: Vec<NamedTensor>,
}

/// Encodes a weight file.
pub fn encode(json: &str, tensors: &[NamedTensor], precision: Precision) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&(if precision == Precision::F16 { 1u32 } else { 2u32 }).to_le_bytes());
    out.extend_from_slice(&(json.len() as u32).to_le_bytes());
    out.extend_from_slice(json.as_bytes());
    out.extend_from_slice(&(tensors.len() as u32).to_le_bytes());
    for t in tensors {
        out.extend_from_slice(&(t.name.len() as u16).to_le_bytes());
        out.extend_from_slice(t.name.as_bytes());
        out.push(t.shape.len() as u8);
        for d in &t.shape {
            out.extend_from_slice(&(*d as u32).to_le_bytes());
        }
        for v in &t.values {
            match precision {
                Precision::F16 => out.extend_from_slice(&f16::from_f32(*v).to_bits().to_le_bytes()),
                Precision::F32 => out.extend_from_slice(&v.to_le_bytes()),
            }
        }
    }
    out
}

/// A cursor over the bytes that fails with a message instead of panicking on a short file.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end.ok_or_else(|| format!("weight file truncated at byte {}", self.at))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }
    fn utf8(&mut self, n: usize) -> Result<String, String> {
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| "weight file: text is not UTF-8".to_string())
    }
}

/// Decodes a weight file; a wrong magic, version or a truncated file is an error, not a panic.
pub fn decode(bytes: &[u8]) -> Result<WeightFile, String> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != MAGIC {
        return Err("not a GenLab weight file (bad magic)".into());
    }
    let version = r.u32()?;
    if version != VERSION {
        return Err(format!("weight file version {version}, this build reads {VERSION}"));
    }
    let precision = match r.u32()? {
        1 => Precision::F16,
        2 => Precision::F32,
        other => return Err(format!("weight file: unknown dtype {other}")),
    };
    let json_len = r.u32()? as usize;
    let json = r.utf8(json_len)?;
    let count = r.u32()? as usize;
    let mut tensors = Vec::with_capacity(count.min(4096));
    for _ in 0..count {
        let name_len = r.u16()? as usize;
        let name = r.utf8(name_len)?;
        let rank = r.take(1)?[0] as usize;
        let shape = (0..rank).map(|_| r.u32().map(|d| d as usize)).collect::<Result<Vec<_>, _>>()?;
        let n: usize = shape.iter().product();
        let values = match precision {
            Precision::F16 => r.take(n * 2)?.chunks_exact(2).map(|c| f16::from_bits(u16::from_le_bytes([c[0], c[1]])).to_f32()).collect(),
            Precision::F32 => r.take(n * 4)?.chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().unwrap())).collect(),
        };
        tensors.push(NamedTensor { name, shape, values });
    }
    if r.at != bytes.len() {
        return Err(format!("weight file has {} unexpected trailing bytes", bytes.len() - r.at));
    }
    Ok(WeightFile { json, precision, tensors })
}

#[derive(Serialize, Deserialize)]
struct Header {
    kind: String,
    config: serde_json::Value,
}

/// A model's weight file: the JSON header `{"kind": …, "config": …}` and its tensors.
pub fn encode_model<C: Serialize>(kind: &str, config: &C, tensors: &[NamedTensor], precision: Precision) -> Vec<u8> {
    let header = Header { kind: kind.into(), config: serde_json::to_value(config).expect("config serialises") };
    encode(&serde_json::to_string(&header).expect("header serialises"), tensors, precision)
}

/// Decodes a model's weight file, refusing one of another `kind` (`what` names the expected
/// model in the message).
/// `defaults` is the current default config: a setting added after a file was written is
/// missing from its header and takes its default (the value that file was trained with).
pub fn decode_model<C: DeserializeOwned + serde::Serialize>(
    bytes: &[u8],
    kind: &str,
    what: &str,
    defaults: &C,
) -> Result<(C, Vec<NamedTensor>), String> {
    let file = decode(bytes)?;
    let header: Header = serde_json::from_str(&file.json).map_err(|e| format!("weight header: {e}"))?;
    if header.kind != kind {
        return Err(format!("weight file holds a {}, not {what}", header.kind));
    }
    let mut config = header.config;
    fill_missing(&mut config, &serde_json::to_value(defaults).map_err(|e| e.to_string())?);
    let config = serde_json::from_value(config).map_err(|e| format!("weight file config: {e}"))?;
    Ok((config, file.tensors))
}

/// Adds every key of `defaults` that `value` lacks, recursively through objects.
fn fill_missing(value: &mut serde_json::Value, defaults: &serde_json::Value) {
    if let (Some(v), Some(d)) = (value.as_object_mut(), defaults.as_object()) {
        for (k, dv) in d {
            match v.get_mut(k) {
                Some(existing) => fill_missing(existing, dv),
                None => {
                    v.insert(k.clone(), dv.clone());
                }
            }
        }
    }
}
