//! Whole-module parameter tools for any burn [`Module`]: an exponential moving average of the
//! weights, reading or replacing every float parameter by its module path (what the weight
//! files in `weights.rs` store), and flattening every weight into one vector and back (how the
//! worker keeps a host copy of a model training on a GPU that may be lost).
//!
//! EMA (Ho et al. 2020 §4 sample from it; warm-up as in common diffusion code):
//!   θ_ema ← d · θ_ema + (1 − d) · θ,  d = min(decay, (1 + n)/(10 + n)) after n updates.
//! It stays on the device: the current parameters are flattened to `[len]` tensors, never read
//! back, so a GPU run is not synchronised by averaging.

use std::collections::HashMap;

use burn::module::{Module, ModuleMapper, ModuleVisitor, Param};
use burn::prelude::{Tensor, TensorData};

/// Every float parameter of a module, flattened, in visiting order (the order is fixed by the
/// module's structure, so two modules built from one config line up).
struct Flatten(Vec<Tensor<1>>);

impl ModuleVisitor for Flatten {
    fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
        let t = param.val().inner();
        let n = t.shape().num_elements();
        self.0.push(t.reshape([n]));
    }
}

struct Average {
    current: std::vec::IntoIter<Tensor<1>>,
    decay: f32,
}

impl ModuleMapper for Average {
    fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
        let c = self.current.next().expect("EMA: modules of different structure");
        let d = self.decay;
        param.map(|e| {
            let shape = e.shape();
            e.mul_scalar(d) + c.reshape(shape).mul_scalar(1.0 - d)
        })
    }
}

/// Every float parameter of `module`, flattened, in visiting order, still on its device.
pub fn pieces<M: Module>(module: &M) -> Vec<Tensor<1>> {
    let mut flat = Flatten(Vec::new());
    module.visit(&mut flat);
    flat.0
}

struct LoadFlat<'a> {
    values: &'a [f32],
    short: bool,
}

impl ModuleMapper for LoadFlat<'_> {
    fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
        let shape = param.lazy_shape();
        let n = shape.num_elements();
        if self.short || self.values.len() < n {
            self.short = true;
            return param;
        }
        let (mine, rest) = self.values.split_at(n);
        self.values = rest;
        let device = param.lazy_device();
        param.map(|old| {
            let new = Tensor::from_data(TensorData::new(mine.to_vec(), shape), &device);
            if old.is_require_grad() { new.require_grad() } else { new }
        })
    }
}

/// `module` with its float parameters taken, in [`pieces`] order, from the front of `values`
/// (which is advanced past them), on the module's own device. Fails when `values` is too short.
pub fn load_flat<M: Module>(module: M, values: &mut &[f32]) -> Result<M, String> {
    let mut l = LoadFlat { values, short: false };
    let module = module.map(&mut l);
    if l.short {
        return Err("the kept weights are shorter than the model".into());
    }
    *values = l.values;
    Ok(module)
}

/// The decay actually used after `n` updates (warm-up so early averages are not stuck at init).
pub fn ema_decay(decay: f64, n: u64) -> f64 {
    decay.min((1.0 + n as f64) / (10.0 + n as f64))
}

/// One EMA update of `ema` towards `current` (same structure; `ema` on the inference device):
/// θ_ema ← d · θ_ema + (1 − d) · θ with d = [`ema_decay`]`(decay, n)`.
pub fn ema_step<M: Module>(ema: M, current: &M, decay: f64, n: u64) -> M {
    let mut flat = Flatten(Vec::new());
    current.visit(&mut flat);
    let mut avg = Average { current: flat.0.into_iter(), decay: ema_decay(decay, n) as f32 };
    ema.map(&mut avg)
}

/// One named parameter read back to the host: module path (`"down.0.conv1.weight"`), shape,
/// values.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedTensor {
    pub name: String,
    pub shape: Vec<usize>,
    pub values: Vec<f32>,
}

#[derive(Default)]
struct Collect {
    path: Vec<String>,
    out: Vec<NamedTensor>,
}

impl ModuleVisitor for Collect {
    fn enter_module(&mut self, name: &str, _: &str) {
        self.path.push(name.to_string());
    }
    fn exit_module(&mut self, _: &str, _: &str) {
        self.path.pop();
    }
    fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
        let data = param.val().into_data();
        let shape = data.shape().to_vec();
        let values = data.try_into_vec_as::<f32>().expect("float parameter");
        self.out.push(NamedTensor { name: self.path.join("."), shape, values });
    }
}

/// Every float parameter of `module`, read back (a synchronous readback: native, or a worker
/// on the CPU device).
pub fn collect<M: Module>(module: &M) -> Vec<NamedTensor> {
    let mut c = Collect::default();
    module.visit(&mut c);
    c.out
}

struct Replace {
    path: Vec<String>,
    by_name: HashMap<String, NamedTensor>,
    errors: Vec<String>,
}

impl ModuleMapper for Replace {
    fn enter_module(&mut self, name: &str, _: &str) {
        self.path.push(name.to_string());
    }
    fn exit_module(&mut self, _: &str, _: &str) {
        self.path.pop();
    }
    fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
        let name = self.path.join(".");
        let Some(t) = self.by_name.remove(&name) else {
            self.errors.push(format!("missing tensor {name}"));
            return param;
        };
        let want = param.lazy_shape().to_vec();
        if t.shape != want {
            self.errors.push(format!("{name}: file has shape {:?}, model {:?}", t.shape, want));
            return param;
        }
        let device = param.lazy_device();
        param.map(|old| {
            let new = Tensor::from_data(TensorData::new(t.values, t.shape), &device);
            if old.is_require_grad() { new.require_grad() } else { new }
        })
    }
}

/// `module` with every float parameter replaced by the tensor of the same path. Fails, naming
/// them, on missing, extra or wrongly shaped tensors (a file for another configuration).
pub fn replace<M: Module>(module: M, tensors: Vec<NamedTensor>) -> Result<M, String> {
    let by_name = tensors.into_iter().map(|t| (t.name.clone(), t)).collect();
    let mut r = Replace { path: Vec::new(), by_name, errors: Vec::new() };
    let module = module.map(&mut r);
    let mut extra: Vec<_> = r.by_name.into_keys().collect();
    extra.sort();
    r.errors.extend(extra.into_iter().map(|n| format!("unexpected tensor {n}")));
    if r.errors.is_empty() { Ok(module) } else { Err(r.errors.join("; ")) }
}
