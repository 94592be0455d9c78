//! The device probe: times a few steps of the real model (the diffusion model's) on WebGPU and
//! on the CPU, picks the faster (or the one asked for), and builds every family on it.

use crate::device::{self, Backend, DeviceChoice};
use crate::families::showcase;
use crate::i18n::Msg;
use crate::worker::families::{pause_all, rebuild_all, report_all};
use crate::worker::home::{W, now, post};
use crate::worker::protocol::{ProbeResult, Update};

/// Times a few steps of the real model on one device: first step (shader compilation
/// included), then the steady rate.
async fn probe(backend: Backend, dev: &burn::prelude::Device, points: &[[f32; 2]], seed: u64) -> Option<ProbeResult> {
    let mut s = showcase::Lab::new(backend, dev.clone(), points.to_vec(), seed, Default::default());
    let t0 = now();
    s.run(1)?.into_data_async().await.ok()?;
    let first_step_ms = now() - t0;
    let steps = if backend == Backend::Cpu { 40 } else { 10 };
    let t1 = now();
    s.run(steps)?.into_data_async().await.ok()?;
    let steps_per_sec = steps as f64 * 1000.0 / (now() - t1).max(1.0);
    Some(ProbeResult { backend, steps_per_sec, first_step_ms })
}

pub async fn init_device(choice: DeviceChoice) {
    pause_all();
    let (points, seed) = W.with_borrow(|w| (w.points.clone(), w.seed));
    let probe_points = if points.is_empty() { vec![[0.0, 0.0], [1.0, 1.0]] } else { points };
    let mut notice = None;
    let mut results = Vec::new();
    let gpu = if choice == DeviceChoice::Cpu {
        None
    } else {
        post(&Update::Status { message: Msg::new("status-starting-gpu") });
        match device::open(Backend::WebGpu).await {
            Ok(d) => Some(d),
            Err(e) => {
                notice = Some(Msg::new("notice-no-gpu").nested("why", &e));
                None
            }
        }
    };
    let cpu = device::cpu();
    let chosen = match (choice, gpu) {
        (DeviceChoice::WebGpu, Some(g)) => {
            post(&Update::Status { message: Msg::new("status-measuring-gpu") });
            results.extend(probe(Backend::WebGpu, &g, &probe_points, seed).await);
            (Backend::WebGpu, g)
        }
        (DeviceChoice::Auto, Some(g)) => {
            post(&Update::Status { message: Msg::new("status-measuring-both") });
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
