//! What training on *exactly* needs beyond the weights (`keep.rs`): each optimiser's state
//! (Adam's step count t and moment estimates m, v — Kingma & Ba 2015, Alg. 1:
//!   m ← β₁ m + (1 − β₁) g,  v ← β₂ v + (1 − β₂) g²,  θ ← θ − η m̂ / (√v̂ + ε))
//! and every random stream's exact position (seed, stream, word). A saved lab carries them
//! (`labfile.rs`), so a model opened from a file draws the same batches and noise and takes
//! the same steps as the one that was saved.
//!
//! Each family visits its state in one fixed order with a [`Carrier`]: the same visit writes
//! it ([`Writer`]) and reads it back into the family built afresh ([`Reader`]). burn keys an
//! optimiser's state by parameter id, and a model built afresh has new ids: the writer keeps
//! each module's ids in visiting order, and the reader gives the new module the saved ids
//! before loading the optimiser's record, so the record finds its parameters.
//!
//! Reading an optimiser's state back is a synchronous readback, and loading one makes tensors
//! on burn's default device: both only on the CPU device (`worker/lab_io.rs` checks).

use burn::module::{Module, ModuleMapper, Param, ParamId, list_param_ids};
use burn::optim::ModuleOptimizer;
use burn::prelude::{Bool, Int, Tensor};
use burn::tensor::Bytes;
use serde::{Deserialize, Serialize};

use crate::models::rng::{RngState, StdRng};

/// One optimiser's state and the ids of the module it steps, in visiting order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CarriedOptim {
    pub ids: Vec<u64>,
    #[serde(with = "serde_bytes")]
    pub record: Vec<u8>,
}

/// A family's carried state, in its visiting order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Carried {
    pub optims: Vec<CarriedOptim>,
    pub rngs: Vec<RngState>,
    pub words: Vec<Vec<u64>>,
}

impl Carried {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // Writing plain data into a Vec cannot fail.
        let _ = ciborium::into_writer(self, &mut out);
        out
    }

    pub fn from_bytes(mut bytes: &[u8]) -> Result<Self, String> {
        let c: Carried = ciborium::from_reader(&mut bytes).map_err(|e| e.to_string())?;
        if !bytes.is_empty() { Err("bytes after the carried state".into()) } else { Ok(c) }
    }
}

/// Visits a family's state beyond its weights: writes it, or reads it back.
pub trait Carrier {
    fn rng(&mut self, rng: &mut StdRng);
    /// The ids the module must take (when reading), given its ids now.
    fn optim(&mut self, ids: &[ParamId], optim: &mut ModuleOptimizer) -> Option<Vec<ParamId>>;
    /// Plain counters and orders (a data stream's position in its shuffled epoch).
    fn words(&mut self, words: &mut Vec<u64>);
}

/// One optimiser and the module it steps.
pub fn optim<M: Module>(c: &mut dyn Carrier, module: &mut M, optim: &mut ModuleOptimizer) {
    if let Some(ids) = c.optim(&list_param_ids(module), optim) {
        *module = module.clone().map(&mut SetIds(ids.into_iter()));
    }
}

struct SetIds(std::vec::IntoIter<ParamId>);

/// Gives every tensor parameter the next id, in the order `list_param_ids` lists them (float,
/// int and bool parameters alike).
impl ModuleMapper for SetIds {
    fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
        self.next(param)
    }
    fn map_int<const D: usize>(&mut self, param: Param<Tensor<D, Int>>) -> Param<Tensor<D, Int>> {
        self.next(param)
    }
    fn map_bool<const D: usize>(&mut self, param: Param<Tensor<D, Bool>>) -> Param<Tensor<D, Bool>> {
        self.next(param)
    }
}

impl SetIds {
    fn next<T: burn::module::ParameterValue>(&mut self, mut param: Param<T>) -> Param<T> {
        if let Some(id) = self.0.next() {
            param.id = id;
        }
        param
    }
}

/// Writes what it visits.
#[derive(Default)]
pub struct Writer(pub Carried);

impl Carrier for Writer {
    fn rng(&mut self, rng: &mut StdRng) {
        self.0.rngs.push(rng.state());
    }
    fn optim(&mut self, ids: &[ParamId], optim: &mut ModuleOptimizer) -> Option<Vec<ParamId>> {
        let record = optim.to_record().into_bytes().map(|b| b.to_vec()).unwrap_or_default();
        self.0.optims.push(CarriedOptim { ids: ids.iter().map(|i| i.val()).collect(), record });
        None
    }
    fn words(&mut self, words: &mut Vec<u64>) {
        self.0.words.push(words.clone());
    }
}

/// Reads back, in the same order, what a [`Writer`] wrote; the first mismatch is kept in
/// `error` and everything after it is left alone.
pub struct Reader {
    optims: std::vec::IntoIter<CarriedOptim>,
    rngs: std::vec::IntoIter<RngState>,
    words: std::vec::IntoIter<Vec<u64>>,
    pub error: Option<String>,
}

impl Reader {
    pub fn new(c: Carried) -> Self {
        Self { optims: c.optims.into_iter(), rngs: c.rngs.into_iter(), words: c.words.into_iter(), error: None }
    }

    fn fail(&mut self, e: String) {
        self.error.get_or_insert(e);
    }

    /// `Ok` when every part was read and nothing is left over.
    pub fn finish(mut self) -> Result<(), String> {
        if self.error.is_none() && (self.optims.next().is_some() || self.rngs.next().is_some() || self.words.next().is_some()) {
            self.fail("more state saved than the model has".into());
        }
        self.error.map_or(Ok(()), Err)
    }
}

impl Carrier for Reader {
    fn words(&mut self, words: &mut Vec<u64>) {
        match self.words.next() {
            Some(w) if self.error.is_none() => *words = w,
            Some(_) => {}
            None => self.fail("fewer counters saved than the model has".into()),
        }
    }
    fn rng(&mut self, rng: &mut StdRng) {
        match self.rngs.next() {
            Some(s) if self.error.is_none() => *rng = StdRng::from_state(&s),
            Some(_) => {}
            None => self.fail("fewer random streams saved than the model has".into()),
        }
    }
    fn optim(&mut self, ids: &[ParamId], optim: &mut ModuleOptimizer) -> Option<Vec<ParamId>> {
        let saved = match self.optims.next() {
            Some(s) if self.error.is_none() => s,
            Some(_) => return None,
            None => {
                self.fail("fewer optimisers saved than the model has".into());
                return None;
            }
        };
        if saved.ids.len() != ids.len() {
            self.fail(format!("an optimiser saved for {} parameters, the model has {}", saved.ids.len(), ids.len()));
            return None;
        }
        match optim.clone().from_bytes(Bytes::from_bytes_vec(saved.record)) {
            Ok(o) => *optim = o,
            Err(e) => {
                self.fail(format!("an optimiser's state does not read: {e:?}"));
                return None;
            }
        }
        Some(saved.ids.into_iter().map(ParamId::from).collect())
    }
}
