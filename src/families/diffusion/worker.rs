//! Worker tasks beyond the training loop: the measured device probe, reverse chains with their
//! quality score, and the noise field. Each reads the model once and posts one update.

use crate::worker::protocol::{ProbeResult, Update};
use crate::families::diffusion::lab::{Session, SessionConfig};
use crate::worker::wasm::{device_lost, now, post, rebuild_all, report_all, scope, W};
use crate::device::{self, Backend, DeviceChoice};
use crate::families::diffusion::chain::Sampler;
use crate::quality::{self, QualityBar};

/// The quick sampler the diffusion model's live metrics use.
pub(crate) const METRICS_SAMPLER: Sampler = Sampler::Ddim { steps: 50, eta: 1.0 };

/// Posts an update with a large float payload beside it, transferred (not copied) as a
/// Float32Array: `[cbor, data]`.
pub(crate) fn post_with_data(update: &Update, data: &[f32]) {
    let array = js_sys::Array::new();
    let bytes = js_sys::Uint8Array::from(update.to_bytes().as_slice());
    array.push(&bytes);
    let floats = js_sys::Float32Array::from(data);
    array.push(&floats);
    let _ = scope().post_message_with_transfer(&array, &js_sys::Array::of2(&bytes.buffer(), &floats.buffer()));
}

/// Runs a reverse chain, sends its frames (when `frames > 0`), then scores its final samples.
pub(crate) async fn chain(n: usize, sampler: Sampler, frames: usize) {
    let t0 = now();
    let Some((chain, step)) = W.with_borrow_mut(|w| {
        w.diffusion.lab.as_mut().filter(|_| !w.diffusion.ctl.diverged).map(|s| (s.chain(n, sampler, frames.max(2)), s.step))
    }) else {
        return;
    };
    let ts = chain.ts.clone();
    let both = burn::prelude::Tensor::cat(vec![chain.xt, chain.x0], 0);
    let data = match both.into_data_async().await {
        Ok(d) => d.try_to_vec::<f32>().unwrap_or_default(),
        Err(e) => return device_lost(format!("{e:?}")),
    };
    let ms = now() - t0;
    let last = (ts.len() - 1) * n * 2;
    let samples: Vec<[f32; 2]> = data[last..last + n * 2].chunks_exact(2).map(|c| [c[0], c[1]]).collect();
    // The frames go first, so the animation starts while the samples are scored.
    if frames > 0 {
        post_with_data(&Update::Chain { n, ts, sampler, step, ms, data: Vec::new() }, &data);
    }
    // Samples thrown to infinity: the model diverged even if its loss still reads finite.
    let bad = W.with_borrow(|w| w.diffusion.lab.as_ref().and_then(|s| s.check_samples(&samples).err()));
    if let Some(bad) = bad {
        let update = W.with_borrow_mut(|w| {
            let ctl = &mut w.diffusion.ctl;
            // The copy kept since the last finite measurement may hold the same broken weights.
            ctl.good = ctl.verified.clone();
            (!ctl.diverged).then(|| ctl.diverge::<Session>(bad, 1))
        });
        return update.iter().for_each(post);
    }
    W.with_borrow_mut(|w| w.diffusion.ctl.verified = w.diffusion.ctl.good.clone());
    let reference = W.with_borrow(|w| w.reference.clone());
    if !reference.points.is_empty() {
        let quality = quality::evaluate(&samples, &reference, &QualityBar::default(), step);
        post(&Update::Metrics { quality });
    }
}

/// ε̂ on a lattice over `[-half, half]²`.
pub(crate) async fn field(t: usize, half: f32, grid: usize) {
    let grid = grid.clamp(2, 64);
    let points: Vec<[f32; 2]> = (0..grid * grid)
        .map(|k| {
            let (i, j) = (k % grid, k / grid);
            let at = |i: usize| -half + (i as f32 + 0.5) * 2.0 * half / grid as f32;
            [at(i), at(j)]
        })
        .collect();
    let Some((tensor, alpha_bar)) = W.with_borrow(|w| {
        w.diffusion.lab.as_ref().filter(|_| !w.diffusion.ctl.diverged).map(|s| (s.eps_field(&points, t), s.alpha_bar(t)))
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

pub(crate) async fn init_device(choice: DeviceChoice) {
    W.with_borrow_mut(crate::worker::run::pause_all);
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
    W.with_borrow_mut(|w| w.backend = Some(chosen));
    rebuild_all();
    post(&Update::Device { backend, probe: results, notice, kept: false });
    report_all().await;
}

/// `n` samples from the diffusion model.
pub(crate) async fn sample(n: usize) {
    let Some((tensor, step)) = W.with_borrow_mut(|w| {
        let ok = !w.diffusion.ctl.diverged;
        w.diffusion.lab.as_mut().filter(|_| ok).map(|s| (s.sample(n), s.step))
    }) else {
        return;
    };
    match tensor.into_data_async().await {
        Ok(data) => post(&Update::Samples { points: data.try_to_vec::<f32>().unwrap_or_default(), step }),
        Err(e) => device_lost(format!("{e:?}")),
    }
}
