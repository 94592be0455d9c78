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

use super::protocol::{Command, ProbeResult, Update};
use super::session::{Session, SessionConfig};
use crate::device::{self, Backend, DeviceChoice};
use crate::models::ddpm_chain::Sampler;
use crate::quality::{self, QualityBar, Reference};

/// Target wall time of one training chunk, in ms.
const CHUNK_MS: f64 = 100.0;
/// Training time between two live quality measurements, in ms.
const METRICS_EVERY_MS: f64 = 1500.0;
/// The quick sampler used for live metrics.
const METRICS_SAMPLER: Sampler = Sampler::Ddim { steps: 50, eta: 1.0 };

#[derive(Default)]
struct Worker {
    session: Option<Session>,
    points: Vec<[f32; 2]>,
    reference: Reference,
    seed: u64,
    last_metrics_ms: f64,
    config: SessionConfig,
    backend: Option<(Backend, burn::prelude::Device)>,
    running: bool,
    looping: bool,
    steps_per_chunk: usize,
    steps_per_sec: f64,
}

thread_local! {
    static W: RefCell<Worker> = RefCell::new(Worker { steps_per_chunk: 1, ..Default::default() });
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

pub(crate) fn post(update: &Update) {
    let _ = scope().post_message(&JsValue::from_str(&update.to_json()));
}

fn now() -> f64 {
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

fn rebuild() {
    W.with_borrow_mut(|w| {
        w.session = w.backend.as_ref().map(|(b, d)| {
            Session::new(*b, d.clone(), w.points.clone(), w.seed, w.config.clone())
        });
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
    }
}

fn report(losses: Vec<f32>) {
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

fn device_lost(reason: String) {
    W.with_borrow_mut(|w| {
        w.running = false;
        w.backend = Some((Backend::Cpu, device::cpu()));
    });
    rebuild();
    post(&Update::Device {
        backend: Backend::Cpu,
        probe: Vec::new(),
        notice: Some(format!("The GPU stopped answering ({reason}); training moved to the CPU and restarted from the seed.")),
    });
}

async fn train_loop() {
    loop {
        let (running, n) = W.with_borrow(|w| (w.running && w.session.is_some(), w.steps_per_chunk));
        if !running {
            break;
        }
        if let Some(losses) = run_chunk(n).await {
            report(losses);
        }
        let due = W.with_borrow_mut(|w| {
            let due = now() - w.last_metrics_ms > METRICS_EVERY_MS;
            if due {
                w.last_metrics_ms = now();
            }
            due
        });
        if due {
            chain(1000, METRICS_SAMPLER, 0).await;
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

/// Posts an update with a large float payload beside it, transferred (not copied) as a
/// Float32Array: `[json, data]`.
fn post_with_data(update: &Update, data: &[f32]) {
    let array = js_sys::Array::new();
    array.push(&JsValue::from_str(&update.to_json()));
    let floats = js_sys::Float32Array::from(data);
    array.push(&floats);
    let _ = scope().post_message_with_transfer(&array, &js_sys::Array::of1(&floats.buffer()));
}

/// Runs a reverse chain, scores its final samples, and (when `frames > 0`) sends the frames.
async fn chain(n: usize, sampler: Sampler, frames: usize) {
    let Some((chain, step)) = W.with_borrow_mut(|w| {
        w.session.as_mut().map(|s| (s.chain(n, sampler, frames.max(2)), s.step))
    }) else {
        return;
    };
    let ts = chain.ts.clone();
    let both = burn::prelude::Tensor::cat(vec![chain.xt, chain.x0], 0);
    let data = match both.into_data_async().await {
        Ok(d) => d.try_to_vec::<f32>().unwrap_or_default(),
        Err(e) => return device_lost(format!("{e:?}")),
    };
    let last = (ts.len() - 1) * n * 2;
    let samples: Vec<[f32; 2]> = data[last..last + n * 2].chunks_exact(2).map(|c| [c[0], c[1]]).collect();
    let reference = W.with_borrow(|w| w.reference.clone());
    if !reference.points.is_empty() {
        let quality = quality::evaluate(&samples, &reference, &QualityBar::default(), step);
        post(&Update::Metrics { quality });
    }
    if frames > 0 {
        post_with_data(&Update::Chain { n, ts, sampler, step, data: Vec::new() }, &data);
    }
}

/// ε̂ on a lattice over `[-half, half]²`.
async fn field(t: usize, half: f32, grid: usize) {
    let grid = grid.clamp(2, 64);
    let points: Vec<[f32; 2]> = (0..grid * grid)
        .map(|k| {
            let (i, j) = (k % grid, k / grid);
            let at = |i: usize| -half + (i as f32 + 0.5) * 2.0 * half / grid as f32;
            [at(i), at(j)]
        })
        .collect();
    let Some((tensor, alpha_bar)) = W.with_borrow(|w| {
        w.session.as_ref().map(|s| (s.eps_field(&points, t), s.alpha_bar(t)))
    }) else {
        return;
    };
    match tensor.into_data_async().await {
        Ok(d) => post(&Update::Field {
            t,
            points: points.iter().flat_map(|p| [p[0], p[1]]).collect(),
            eps: d.try_to_vec::<f32>().unwrap_or_default(),
            alpha_bar,
        }),
        Err(e) => device_lost(format!("{e:?}")),
    }
}

/// Times a few steps of the real model on one device: first step (shader compilation
/// included), then the steady rate.
async fn probe(backend: Backend, dev: &burn::prelude::Device, points: &[[f32; 2]], seed: u64) -> Option<ProbeResult> {
    let mut s = Session::new(backend, dev.clone(), points.to_vec(), seed, SessionConfig::default());
    let t0 = now();
    s.run(1)?.into_data_async().await.ok()?;
    let first_step_ms = now() - t0;
    let steps = if backend == Backend::Cpu { 40 } else { 10 };
    let t1 = now();
    s.run(steps)?.into_data_async().await.ok()?;
    let steps_per_sec = steps as f64 * 1000.0 / (now() - t1).max(1.0);
    Some(ProbeResult { backend, steps_per_sec, first_step_ms })
}

async fn init_device(choice: DeviceChoice) {
    W.with_borrow_mut(|w| w.running = false);
    let (points, seed) = W.with_borrow(|w| (w.points.clone(), w.seed));
    let probe_points = if points.is_empty() { vec![[0.0, 0.0], [1.0, 1.0]] } else { points };
    let mut notice = None;
    let mut results = Vec::new();
    let gpu = if choice == DeviceChoice::Cpu {
        None
    } else {
        post(&Update::Status { message: "Starting WebGPU…".into() });
        match device::open(Backend::WebGpu).await {
            Ok(d) => Some(d),
            Err(e) => {
                notice = Some(format!("{e}. Running on the CPU instead."));
                None
            }
        }
    };
    let cpu = device::cpu();
    let chosen = match (choice, gpu) {
        (DeviceChoice::WebGpu, Some(g)) => {
            post(&Update::Status { message: "Measuring WebGPU (the first step compiles shaders)…".into() });
            results.extend(probe(Backend::WebGpu, &g, &probe_points, seed).await);
            (Backend::WebGpu, g)
        }
        (DeviceChoice::Auto, Some(g)) => {
            post(&Update::Status { message: "Measuring WebGPU and CPU on the real model…".into() });
            let gr = probe(Backend::WebGpu, &g, &probe_points, seed).await;
            let cr = probe(Backend::Cpu, &cpu, &probe_points, seed).await;
            let gpu_wins = match (&gr, &cr) {
                (Some(g), Some(c)) => g.steps_per_sec > c.steps_per_sec,
                (Some(_), None) => true,
                _ => false,
            };
            results.extend(gr.into_iter().chain(cr));
            if gpu_wins { (Backend::WebGpu, g) } else { (Backend::Cpu, cpu) }
        }
        _ => {
            results.extend(probe(Backend::Cpu, &cpu, &probe_points, seed).await);
            (Backend::Cpu, cpu)
        }
    };
    let backend = chosen.0;
    W.with_borrow_mut(|w| {
        w.backend = Some(chosen);
        w.steps_per_sec = results.iter().find(|r| r.backend == backend).map_or(0.0, |r| r.steps_per_sec);
    });
    rebuild();
    post(&Update::Device { backend, probe: results, notice });
    report(Vec::new());
}
