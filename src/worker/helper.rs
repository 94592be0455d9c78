//! A second worker for reverse chains on the CPU: the chain of every point is independent of
//! the others', so a large chain is split in two, this helper runs one half on the second core
//! while the training worker runs the other, and the frames are joined point-wise.
//!
//! The helper is a plain module worker (`www/worker.js?role=helper`) that loads the page's CPU
//! build, rebuilds the same ε-network from the training worker's weights (`models/keep.rs`),
//! runs its half of the chain with its own noise stream, and sends the frames back. Where it is
//! missing, still starting, or fails, the training worker runs the whole chain itself.

use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use super::session::{Session, SessionConfig};
use crate::models::ddpm_chain::Sampler;

/// Chains of fewer points are not split (the hand-over would cost more than it saves).
pub(super) const MIN_SPLIT: usize = 400;

/// What the helper needs to run its half: the model's settings and step, the seed its noise
/// derives from, and the chain. The weights travel beside it as a Float32Array.
#[derive(Serialize, Deserialize)]
pub(super) struct HalfChain {
    pub config: SessionConfig,
    pub seed: u64,
    pub step: u64,
    pub n: usize,
    pub sampler: Sampler,
    pub frames: usize,
}

struct Helper {
    worker: Option<Worker>,
    /// The helper's share of a split chain's points, balanced by measured speed: in headless
    /// Chromium the nested worker ran its part about 1.7× slower per point than the training
    /// worker did (while the page's renderer kept a core busy).
    share: f64,
    ready: bool,
    busy: bool,
    pending: Option<(js_sys::Function, js_sys::Function)>,
    _listeners: Vec<Closure<dyn FnMut(JsValue)>>,
}

impl Default for Helper {
    fn default() -> Self {
        Self { worker: None, share: 0.5, ready: false, busy: false, pending: None, _listeners: Vec::new() }
    }
}

thread_local! {
    static H: RefCell<Helper> = RefCell::new(Helper::default());
}

/// Starts the helper once (in the training worker), so it is warm by the first large chain.
pub(super) fn ensure() {
    if H.with_borrow(|h| h.worker.is_some()) {
        return;
    }
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let Ok(worker) = Worker::new_with_options("./worker.js?role=helper", &options) else { return };
    let on_message = Closure::<dyn FnMut(JsValue)>::new(|ev: JsValue| {
        let data = ev.unchecked_into::<MessageEvent>().data();
        if data.as_string().as_deref() == Some("ready") {
            H.with_borrow_mut(|h| h.ready = true);
        } else if let Some((resolve, _)) = H.with_borrow_mut(|h| h.pending.take()) {
            let _ = resolve.call1(&JsValue::NULL, &data);
        }
    });
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|_| {
        // A helper that failed is not used again; a chain waiting on it runs its half locally.
        let pending = H.with_borrow_mut(|h| {
            h.ready = false;
            h.pending.take()
        });
        if let Some((_, reject)) = pending {
            let _ = reject.call1(&JsValue::NULL, &"the chain helper failed".into());
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    H.with_borrow_mut(|h| {
        h.worker = Some(worker);
        h._listeners = vec![on_message, on_error];
    });
}

/// Sends half a chain to the helper when it is ready and idle; the returned future gives its
/// `(ts, frames)` (x_t frames, then x̂_0 frames). `None`: run it locally.
pub(super) fn start(job: &HalfChain, weights: &[f32]) -> Option<JsFuture> {
    H.with_borrow_mut(|h| {
        let w = h.worker.as_ref().filter(|_| h.ready && !h.busy)?;
        let array = js_sys::Array::of2(&JsValue::from_str(&serde_json::to_string(job).ok()?), &js_sys::Float32Array::from(weights));
        let mut slots = None;
        let promise = js_sys::Promise::new(&mut |resolve, reject| slots = Some((resolve, reject)));
        w.post_message(&array).ok()?;
        h.pending = slots;
        h.busy = true;
        Some(JsFuture::from(promise))
    })
}

/// The helper's answer: its frames, or `None` when it failed. `here` is what the training
/// worker's own part took (points, ms): with the helper's, it sets the next split.
pub(super) async fn finish(future: JsFuture, here: (usize, f64), theirs: usize) -> Option<(Vec<usize>, Vec<f32>)> {
    let answer = future.await;
    H.with_borrow_mut(|h| h.busy = false);
    let array: js_sys::Array = answer.ok()?.dyn_into().ok()?;
    let (ts, ms): (Vec<usize>, f64) = serde_json::from_str(&array.get(0).as_string()?).ok()?;
    let frames: js_sys::Float32Array = array.get(1).dyn_into().ok()?;
    H.with_borrow_mut(|h| h.balance(here, (theirs, ms)));
    Some((ts, frames.to_vec()))
}

impl Helper {
    /// Moves the helper's share of the points towards what equalises the two parts' times
    /// (points per ms on each side), within 20–80 %.
    fn balance(&mut self, (n_here, ms_here): (usize, f64), (n_theirs, ms_theirs): (usize, f64)) {
        if ms_here < 20.0 || ms_theirs < 20.0 || n_here == 0 || n_theirs == 0 {
            return; // too short to measure
        }
        let (rate_here, rate_theirs) = (n_here as f64 / ms_here, n_theirs as f64 / ms_theirs);
        let ideal = rate_theirs / (rate_here + rate_theirs);
        self.share = (0.5 * self.share + 0.5 * ideal).clamp(0.2, 0.8);
    }
}

/// The helper's share of the next split chain's `n` points.
pub(super) fn share_of(n: usize) -> usize {
    let share = H.with_borrow(|h| h.share);
    ((n as f64 * share).round() as usize).clamp(1, n - 1)
}

/// Entry point when the module starts as the helper.
pub fn run_helper() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let array: js_sys::Array = ev.data().unchecked_into();
        let t0 = js_sys::Date::now();
        let answer = array.get(0).as_string().and_then(|j| serde_json::from_str::<HalfChain>(&j).ok()).and_then(|job| {
            let weights = array.get(1).dyn_into::<js_sys::Float32Array>().ok()?.to_vec();
            run_half(&job, &weights)
        });
        match answer {
            Some((ts, data)) => {
                let ms = js_sys::Date::now() - t0;
                let floats = js_sys::Float32Array::from(data.as_slice());
                let reply = js_sys::Array::of2(&JsValue::from_str(&serde_json::to_string(&(ts, ms)).unwrap_or_default()), &floats);
                let _ = scope.post_message_with_transfer(&reply, &js_sys::Array::of1(&floats.buffer()));
            }
            None => {
                let _ = scope.post_message(&JsValue::NULL);
            }
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Warm-up: a throw-away chain (about 0.2 s), so the engine has compiled the hot code with
    // its optimising tier before the first real part arrives (measured: cold, 1.15× slower).
    let mut warm = Session::new(crate::device::Backend::Cpu, crate::device::cpu(), Vec::new(), 0, SessionConfig::default());
    let _ = warm.chain(500, Sampler::Ddpm, 2).xt.into_data();
    let _ = scope.post_message(&"ready".into());
}

/// The helper's half: the same network from the weights, its own noise stream.
fn run_half(job: &HalfChain, weights: &[f32]) -> Option<(Vec<usize>, Vec<f32>)> {
    let mut session = Session::from_kept(job.config.clone(), job.seed ^ 0x6865_6c70, job.step, weights).ok()?;
    let chain = session.chain(job.n, job.sampler, job.frames);
    let data = burn::prelude::Tensor::cat(vec![chain.xt, chain.x0], 0).into_data().try_to_vec::<f32>().ok()?;
    Some((chain.ts, data))
}
