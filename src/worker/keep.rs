//! Keeps a host copy of the weights that train on a GPU, so a lost device costs a few seconds
//! of training, not the run (issue: "WebGPU lost mid-run → the CPU device, nothing lost").
//!
//! After a training chunk on WebGPU, at most every [`EVERY_MS`], each family's weights are read
//! back asynchronously (one readback, a few hundred kB at most) and kept with their step
//! counts. When the device is lost, the worker rebuilds every model on the CPU and loads what
//! was kept (`models/keep.rs`); the page is told from which step each one goes on.

use std::collections::HashMap;

use burn::prelude::Tensor;

use super::protocol::Update;
use super::wasm::{now, post, rebuild, report, Worker, W};
use crate::device;
use crate::device::Backend;
use crate::models::keep::KeepRuns;

/// Time between two kept copies of one family, in ms.
const EVERY_MS: f64 = 2000.0;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(super) enum Family {
    Diffusion,
    Gan,
    Vae,
    Images,
}

impl Family {
    fn label(self) -> &'static str {
        match self {
            Family::Diffusion => "the diffusion model",
            Family::Gan => "the GAN",
            Family::Vae => "the VAE",
            Family::Images => "the image model",
        }
    }
}

pub(super) struct Kept {
    pub(super) steps: Vec<u64>,
    pub(super) values: Vec<f32>,
    at_ms: f64,
}

#[derive(Default)]
pub(super) struct Keeper {
    kept: HashMap<Family, Kept>,
    last_ms: HashMap<Family, f64>,
    /// Bumped by every rebuild: a readback in flight across one belongs to a model that is gone.
    rebuilds: u64,
}

impl Keeper {
    /// Called by every rebuild of `family`: what was kept belongs to a model that is gone.
    pub(super) fn forget(&mut self, family: Family) {
        self.rebuilds += 1;
        self.kept.remove(&family);
        self.last_ms.remove(&family);
    }

    /// Everything kept, handed over when the device is lost.
    pub(super) fn take(&mut self) -> HashMap<Family, Kept> {
        self.rebuilds += 1;
        self.last_ms.clear();
        std::mem::take(&mut self.kept)
    }
}

fn runs(w: &Worker, family: Family) -> Option<(Vec<Tensor<1>>, Vec<u64>)> {
    match family {
        Family::Diffusion => w.session.as_ref().map(|s| s.kept_pieces()),
        Family::Gan => w.gan.lab.as_ref().map(|l| l.kept_pieces()),
        Family::Vae => w.vae.lab.as_ref().map(|l| l.kept_pieces()),
        Family::Images => w.image.train.kept_pieces(),
    }
}

/// After a training chunk of `family`: on WebGPU, when due, read its weights back and keep them.
pub(super) async fn keep(family: Family) {
    let due = W.with_borrow_mut(|w| {
        let on_gpu = matches!(w.backend, Some((Backend::WebGpu, _)));
        let last = w.keeper.last_ms.get(&family).copied().unwrap_or(f64::NEG_INFINITY);
        if !on_gpu || now() - last < EVERY_MS {
            return None;
        }
        let (pieces, steps) = runs(w, family)?;
        if pieces.is_empty() || steps.iter().all(|&s| s == 0) {
            return None;
        }
        w.keeper.last_ms.insert(family, now());
        Some((Tensor::cat(pieces, 0), steps, w.keeper.rebuilds))
    });
    let Some((tensor, steps, rebuilds)) = due else { return };
    // A failed read is the training loop's to report: it meets the same lost device.
    let Ok(Ok(values)) = tensor.into_data_async().await.map(|d| d.try_to_vec::<f32>()) else { return };
    W.with_borrow_mut(|w| {
        if w.keeper.rebuilds == rebuilds {
            w.keeper.kept.insert(family, Kept { steps, values, at_ms: now() });
        }
    });
}

/// After the device is lost and every model was rebuilt on the CPU: loads what was kept into
/// them. Returns one clause per family that had trained, for the page's notice.
pub(super) fn restore(mut kept: HashMap<Family, Kept>, trained: &[(Family, u64)]) -> Vec<String> {
    let mut said = Vec::new();
    for &(family, step) in trained {
        let Some(k) = kept.remove(&family) else {
            said.push(format!("{} starts again from the seed (it had trained {step} steps, before any copy was kept)", family.label()));
            continue;
        };
        let loaded = W.with_borrow_mut(|w| match family {
            Family::Diffusion => w.session.as_mut().map(|s| s.load_kept(&k.values, &k.steps)),
            Family::Gan => w.gan.lab.as_mut().map(|l| l.load_kept(&k.values, &k.steps)),
            Family::Vae => w.vae.lab.as_mut().map(|l| l.load_kept(&k.values, &k.steps)),
            Family::Images => Some(w.image.train.load_kept(&k.values, &k.steps)),
        });
        let age = (now() - k.at_ms) / 1000.0;
        let at = k.steps.iter().map(u64::to_string).collect::<Vec<_>>().join(" and ");
        said.push(match loaded {
            Some(Ok(())) => format!("{} goes on from step {at} (weights kept {age:.1} s earlier)", family.label()),
            Some(Err(e)) => format!("{} starts again from the seed (the kept weights did not fit: {e})", family.label()),
            None => format!("{} starts again from the seed", family.label()),
        });
    }
    said
}

/// Each family that has trained at least one step, with its (first run's) step count. Reads
/// only counters: no tensor op on the lost device.
pub(super) fn trained(w: &Worker) -> Vec<(Family, u64)> {
    let first = |steps: Option<u64>| steps.filter(|&s| s > 0);
    [
        (Family::Diffusion, first(w.session.as_ref().map(|s| s.step))),
        (Family::Gan, first(w.gan.lab.as_ref().and_then(|l| l.runs.first()).map(|r| r.step))),
        (Family::Vae, first(w.vae.lab.as_ref().and_then(|l| l.runs.first()).map(|r| r.step))),
        (Family::Images, first(w.image.train.steps())),
    ]
    .into_iter()
    .filter_map(|(f, s)| s.map(|s| (f, s)))
    .collect()
}

/// The GPU failed mid-run: every model is rebuilt on the CPU and takes the weights last kept
/// from the GPU (`keep.rs`); whatever was training goes on training. Only once: a readback still
/// in flight on the old device fails after the move too, and must not rebuild the CPU models
/// (that would throw away the weights just restored).
pub(super) fn device_lost(reason: String) {
    if W.with_borrow(|w| !matches!(w.backend, Some((Backend::WebGpu, _)))) {
        return;
    }
    let (kept, trained) = W.with_borrow_mut(|w| {
        let cpu = device::cpu();
        let trained = trained(w);
        // The shipped image models lived on the lost device: the page loads them again.
        w.image.train = std::mem::take(&mut w.image.train).rebuilt_on(&cpu);
        w.image.drop_models();
        w.backend = Some((Backend::Cpu, cpu));
        (w.keeper.take(), trained)
    });
    rebuild();
    let said = restore(kept, &trained);
    let then = if said.is_empty() { "nothing had trained yet".to_string() } else { said.join("; ") };
    post(&Update::Device {
        backend: Backend::Cpu,
        probe: Vec::new(),
        notice: Some(format!("The GPU stopped answering ({reason}). Everything moved to the CPU: {then}.")),
        kept: true,
    });
    report(Vec::new());
}
