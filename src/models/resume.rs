//! A saved lab's training state written and opened again as a whole: the weights and step
//! counts (`keep.rs`) and, where the device allows, the carried state (`carry.rs`), so that the
//! opened lab trains on exactly as the saved one would have. Pure: the worker's Save and Open
//! (`worker/lab_io.rs`) and the native tests call the same functions.

use crate::models::carry::{Carried, Reader, Writer};
use crate::models::keep::KeepRuns;

/// Whether an opened lab trains on exactly, and if not, why its optimisers start again.
#[derive(Clone, Debug, PartialEq)]
pub enum Exact {
    Yes,
    /// The file holds no carried state (saved on WebGPU, or by format version 1).
    NoneSaved,
    /// This device loads weights only (the WebGPU build).
    NotHere,
    /// The carried state does not fit this lab.
    Unfit(String),
}

/// The lab's carried state as bytes (its optimisers' state is read back synchronously: the CPU
/// device only).
pub fn write(lab: &mut impl KeepRuns) -> Vec<u8> {
    let mut w = Writer::default();
    lab.carry(&mut w);
    w.0.to_bytes()
}

/// Loads `values` and `steps` into `lab` (built afresh from the saved settings), then its
/// carried state when `here` (this device can load it). `Err` when the weights do not fit; a
/// carried state that does not fit is undone (`reset` takes the lab back to its seed's start,
/// and the weights are loaded again) and says why.
pub fn open<L: KeepRuns>(
    lab: &mut L,
    reset: impl FnOnce(&mut L),
    (values, steps): (&[f32], &[u64]),
    carried: &[u8],
    here: bool,
) -> Result<Exact, String> {
    lab.load_kept(values, steps)?;
    if carried.is_empty() {
        return Ok(Exact::NoneSaved);
    }
    if !here {
        return Ok(Exact::NotHere);
    }
    let read = Carried::from_bytes(carried).and_then(|c| {
        let mut r = Reader::new(c);
        lab.carry(&mut r);
        r.finish()
    });
    match read {
        Ok(()) => Ok(Exact::Yes),
        Err(e) => {
            // Part of it may have been taken before the misfit: the weights alone again.
            reset(lab);
            lab.load_kept(values, steps)?;
            Ok(Exact::Unfit(e))
        }
    }
}

/// A saved copy of a lab: each run's steps, its weights, its carried state.
pub type CopyParts = (Vec<u64>, Vec<f32>, Vec<u8>);

/// A lab as a saved copy, its weights read back synchronously (the CPU device only).
pub fn write_copy(lab: &mut impl KeepRuns) -> Result<CopyParts, String> {
    let (pieces, steps) = lab.kept_pieces();
    let values = match pieces.is_empty() {
        true => Vec::new(),
        false => burn::prelude::Tensor::cat(pieces, 0).into_data().try_to_vec::<f32>().map_err(|e| format!("{e:?}"))?,
    };
    Ok((steps, values, write(lab)))
}
