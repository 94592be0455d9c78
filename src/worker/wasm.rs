//! Web-worker glue: receives [`Command`]s, drives a [`Session`], posts [`Update`]s.
//!
//! Training runs in chunks: each chunk enqueues as many steps as fit in about a tenth of a
//! second, reads their losses back with one async readback, posts one update, then yields to
//! the worker's event loop so a `Pause` is seen at once. The page is never blocked.

use std::cell::RefCell;

use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

pub(super) use super::keep::device_lost;
use super::keep::{keep, Family};
use super::protocol::{Command, Update};
use super::session::{Session, SessionConfig};
use super::tasks::{chain, field, init_device};
use crate::device::Backend;
use crate::models::ddpm_chain::Sampler;
use crate::quality::Reference;

/// Target wall time of one training chunk, in ms.
const CHUNK_MS: f64 = 100.0;
/// Training time between two live quality measurements, in ms, once training is under way.
/// The first ones come sooner (250 ms, then doubling), so a model that meets the quality bar
/// early is seen to meet it early.
const METRICS_EVERY_MS: f64 = 1500.0;
const METRICS_FIRST_MS: f64 = 250.0;
/// The quick sampler used for live metrics.
const METRICS_SAMPLER: Sampler = Sampler::Ddim { steps: 50, eta: 1.0 };

#[derive(Default)]
pub(super) struct Worker {
    pub(super) session: Option<Session>,
    pub(super) points: Vec<[f32; 2]>,
    pub(super) reference: Reference,
    pub(super) seed: u64,
    pub(super) last_metrics_ms: f64,
    pub(super) metrics_cost_ms: f64,
    /// Live measurements since the model was (re)built: early ones come more often.
    pub(super) metrics_done: u32,
    pub(super) config: SessionConfig,
    pub(super) backend: Option<(Backend, burn::prelude::Device)>,
    pub(super) running: bool,
    pub(super) looping: bool,
    pub(super) steps_per_chunk: usize,
    pub(super) steps_per_sec: f64,
    pub(super) gan: super::gan_wasm::GanState,
    pub(super) vae: super::vae_wasm::VaeState,
    pub(super) image: super::image_wasm::ImageState,
    pub(super) keeper: super::keep::Keeper,
}

thread_local! {
    pub(super) static W: RefCell<Worker> = RefCell::new(Worker { steps_per_chunk: 1, ..Default::default() });
}

pub(super) fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

pub(crate) fn post(update: &Update) {
    let _ = scope().post_message(&JsValue::from_str(&update.to_json()));
}

pub(super) fn now() -> f64 {
    js_sys::Date::now()
}

/// Entry point when the module starts inside the worker.
pub fn run_worker() {
    std::panic::set_hook(Box::new(|info| {
        post(&Update::Error { message: format!("The training worker crashed: {info}"), fatal: true });
    }));
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|ev: MessageEvent| {
        let text = ev.data().as_string().unwrap_or_default();
        match serde_json::from_str::<Command>(&text) {
            Ok(cmd) => spawn_local(handle(cmd)),
            Err(e) => post(&Update::Error { message: format!("bad command: {e}"), fatal: false }),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&Update::Ready);
}

pub(super) fn rebuild() {
    super::gan_wasm::rebuild();
    super::vae_wasm::rebuild();
    W.with_borrow_mut(|w| {
        w.session = w.backend.as_ref().map(|(b, d)| {
            Session::new(*b, d.clone(), w.points.clone(), w.seed, w.config.clone())
        });
        w.keeper.forget(Family::Diffusion);
        w.metrics_done = 0;
        w.steps_per_chunk = 1;
    });
}

async fn handle(cmd: Command) {
    match cmd {
        Command::Init { device } => init_device(device).await,
        Command::SetData { points, reference, seed } => {
            W.with_borrow_mut(|w| {
                w.points = points;
                w.reference = reference;
                w.seed = seed;
            });
            rebuild();
            report(Vec::new());
        }
        Command::Configure { config } => {
            W.with_borrow_mut(|w| {
                w.running = false;
                w.config = config;
            });
            rebuild();
            report(Vec::new());
        }
        Command::Start => {
            let start = W.with_borrow_mut(|w| {
                w.gan.running = false;
                w.vae.running = false;
                w.image.train.pause();
                w.running = true;
                !std::mem::replace(&mut w.looping, true)
            });
            if start {
                train_loop().await;
            }
        }
        Command::Pause => W.with_borrow_mut(|w| w.running = false),
        Command::Step { n } => {
            if let Some(losses) = run_chunk(n as usize).await {
                report(losses);
            }
        }
        Command::Reset => {
            W.with_borrow_mut(|w| w.running = false);
            rebuild();
            report(Vec::new());
        }
        Command::Sample { n } => sample(n).await,
        Command::Chain { n, sampler, frames } => chain(n, sampler, frames).await,
        Command::Field { t, half, grid } => field(t, half, grid).await,
        Command::GanSetup { .. }
        | Command::GanStart { .. }
        | Command::GanPause
        | Command::GanStep { .. }
        | Command::GanReset => super::gan_wasm::handle(cmd).await,
        Command::VaeSetup { .. }
        | Command::VaeStart
        | Command::VaePause
        | Command::VaeStep { .. }
        | Command::VaeReset
        | Command::VaeTemperature { .. }
        | Command::VaeResample { .. }
        | Command::VaeDecode { .. } => super::vae_wasm::handle(cmd).await,
        Command::ImageLoad
        | Command::ImageChain { .. }
        | Command::ImageScore { .. }
        | Command::ImageCancel
        | Command::ImageTrain { .. }
        | Command::ImageTrainPause
        | Command::ImageUseTrained { .. } => super::image_wasm::handle(cmd).await,
        Command::Crash => panic!("crash requested by the test hook"),
        // `device_lost` acts only on WebGPU.
        Command::LoseDevice => device_lost("the test hook simulated a lost device".into()),
    }
}

pub(super) fn report(losses: Vec<f32>) {
    let (step, steps_per_sec, running, config) = W.with_borrow(|w| {
        (w.session.as_ref().map_or(0, |s| s.step), w.steps_per_sec, w.running, w.config.clone())
    });
    post(&Update::Progress { step, losses, steps_per_sec, running, config });
}

/// Runs `n` steps and reads their losses back once. `None` when there is no session, or when
/// the device failed (then the worker has already moved to the CPU and said so).
async fn run_chunk(n: usize) -> Option<Vec<f32>> {
    let t0 = now();
    let tensor = W.with_borrow_mut(|w| w.session.as_mut().and_then(|s| s.run(n)))?;
    match tensor.into_data_async().await {
        Ok(data) => {
            let dt = (now() - t0).max(1.0);
            W.with_borrow_mut(|w| {
                let rate = n as f64 * 1000.0 / dt;
                w.steps_per_sec = if w.steps_per_sec == 0.0 { rate } else { 0.7 * w.steps_per_sec + 0.3 * rate };
                let ideal = (w.steps_per_sec * CHUNK_MS / 1000.0).round() as usize;
                w.steps_per_chunk = ideal.clamp(1, 200);
            });
            data.try_to_vec::<f32>().ok()
        }
        Err(e) => {
            device_lost(format!("{e:?}"));
            None
        }
    }
}

async fn train_loop() {
    loop {
        let (running, n) = W.with_borrow(|w| (w.running && w.session.is_some(), w.steps_per_chunk));
        if !running {
            break;
        }
        if let Some(losses) = run_chunk(n).await {
            report(losses);
            keep(Family::Diffusion).await;
        }
        let due = W.with_borrow(|w| {
            let every = (METRICS_FIRST_MS * 2f64.powi(w.metrics_done.min(8) as i32)).min(METRICS_EVERY_MS);
            now() - w.last_metrics_ms > every.max(4.0 * w.metrics_cost_ms)
        });
        if due {
            // Measuring must not starve training on a slow device: keep it under ~20 % of the
            // time by spacing measurements at least four times their own cost apart.
            let t0 = now();
            chain(1000, METRICS_SAMPLER, 0).await;
            W.with_borrow_mut(|w| {
                w.metrics_cost_ms = now() - t0;
                w.last_metrics_ms = now();
                w.metrics_done += 1;
            });
        }
        TimeoutFuture::new(0).await;
    }
    W.with_borrow_mut(|w| w.looping = false);
    report(Vec::new());
}

async fn sample(n: usize) {
    let Some(tensor) = W.with_borrow_mut(|w| w.session.as_mut().map(|s| s.sample(n))) else {
        return;
    };
    let step = W.with_borrow(|w| w.session.as_ref().map_or(0, |s| s.step));
    match tensor.into_data_async().await {
        Ok(data) => post(&Update::Samples { points: data.try_to_vec::<f32>().unwrap_or_default(), step }),
        Err(e) => device_lost(format!("{e:?}")),
    }
}

