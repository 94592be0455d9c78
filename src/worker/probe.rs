//! The device: chosen at once, measured beside training. On Auto (and on CPU) every family is
//! built on the CPU the moment the page asks, so ▶ works at once; then the probe times a few
//! steps of the real model (the diffusion model's) on WebGPU and on the CPU while training goes
//! on, holding it only for the timed steps. When WebGPU measures faster, every model moves to
//! it with its weights (`handover.rs`); otherwise nothing changes but the figures shown. Asked
//! for WebGPU, the page waits for it as asked.

use crate::device::{self, Backend, DeviceChoice};
use crate::families::showcase;
use crate::i18n::Msg;
use crate::worker::families::{pause_all, rebuild_all, report_all};
use crate::worker::handover::move_to_gpu;
use crate::worker::home::{Hold, W, now, post};
use crate::worker::protocol::{ProbeResult, Update};

/// Times a few steps of the real model on one device: first step (shader compilation
/// included, training going on beside it), then the steady rate, with training held.
async fn probe(backend: Backend, dev: &burn::prelude::Device) -> Option<ProbeResult> {
    let (points, seed) = W.with_borrow(|w| (w.points.clone(), w.seed));
    let points = if points.is_empty() { vec![[0.0, 0.0], [1.0, 1.0]] } else { points };
    let mut s = showcase::Lab::new(backend, dev.clone(), points, seed, Default::default());
    let t0 = now();
    s.run(1)?.into_data_async().await.ok()?;
    let first_step_ms = now() - t0;
    let steps = if backend == Backend::Cpu { 40 } else { 10 };
    let _hold = Hold::start().await;
    let t1 = now();
    s.run(steps)?.into_data_async().await.ok()?;
    let steps_per_sec = steps as f64 * 1000.0 / (now() - t1).max(1.0);
    Some(ProbeResult { backend, steps_per_sec, first_step_ms })
}

/// Every family built on `backend`, and the page told (curves start afresh).
async fn build_on(backend: (Backend, burn::prelude::Device), probe: Vec<ProbeResult>, notice: Option<Msg>) {
    let b = backend.0;
    W.with_borrow_mut(|w| w.backend = Some(backend));
    rebuild_all();
    post(&Update::Device { backend: b, probe, notice, kept: false });
    report_all().await;
}

/// The page's device choice. Training stops; every family is built again on the device.
pub async fn init_device(choice: DeviceChoice) {
    pause_all();
    let generation = W.with_borrow_mut(|w| {
        w.device_gen += 1;
        w.device_gen
    });
    if choice == DeviceChoice::WebGpu {
        post(&Update::Status { message: Msg::new("status-starting-gpu") });
        let opened = device::open(Backend::WebGpu).await;
        if W.with_borrow(|w| w.device_gen != generation) {
            return; // the page chose again while WebGPU started
        }
        match opened {
            Ok(g) => {
                post(&Update::Status { message: Msg::new("status-measuring-gpu") });
                let result = probe(Backend::WebGpu, &g).await;
                build_on((Backend::WebGpu, g), result.into_iter().collect(), None).await;
            }
            Err(e) => {
                let notice = Msg::new("notice-no-gpu").nested("why", &e);
                build_on((Backend::Cpu, device::cpu()), Vec::new(), Some(notice)).await;
                measure_beside(None, Vec::new(), generation).await;
            }
        }
        return;
    }
    // The CPU at once: ▶ works while WebGPU starts and both are measured.
    build_on((Backend::Cpu, device::cpu()), Vec::new(), None).await;
    let gpu = if choice == DeviceChoice::Auto {
        post(&Update::Status { message: Msg::new("status-measuring-beside") });
        match device::open(Backend::WebGpu).await {
            Ok(g) => Some(g),
            Err(e) => {
                post(&Update::Error { message: Msg::new("notice-no-gpu").nested("why", &e), fatal: false });
                None
            }
        }
    } else {
        None
    };
    let gpu_result = match &gpu {
        Some(g) => probe(Backend::WebGpu, g).await,
        None => None,
    };
    measure_beside(gpu.zip(gpu_result), gpu_result.into_iter().collect(), generation).await;
}

/// Measures the CPU beside training and, when WebGPU (already measured) is faster, moves every
/// model to it. Nothing happens when the page chose a device again meanwhile.
async fn measure_beside(gpu: Option<(burn::prelude::Device, ProbeResult)>, mut results: Vec<ProbeResult>, generation: u64) {
    let current = || W.with_borrow(|w| w.device_gen == generation);
    if !current() {
        return;
    }
    let cpu = probe(Backend::Cpu, &device::cpu()).await;
    if !current() {
        return;
    }
    results.extend(cpu);
    let faster = match (&gpu, &cpu) {
        (Some((_, g)), Some(c)) => g.steps_per_sec > c.steps_per_sec,
        (Some(_), None) => true,
        _ => false,
    };
    match gpu.filter(|_| faster) {
        Some((g, r)) => {
            let cpu_rate = cpu.map_or(0.0, |c| c.steps_per_sec);
            let why = Msg::new("moved-faster").arg("gpu", format!("{:.0}", r.steps_per_sec)).arg("cpu", format!("{cpu_rate:.0}"));
            switch(g, results, why).await;
        }
        None => {
            let backend = W.with_borrow(|w| w.backend.as_ref().map_or(Backend::Cpu, |b| b.0));
            post(&Update::Device { backend, probe: results, notice: None, kept: true });
        }
    }
}

/// Every model moves to WebGPU with its weights; the page is told what went on from where.
async fn switch(gpu: burn::prelude::Device, probe: Vec<ProbeResult>, why: Msg) {
    let said = move_to_gpu(gpu).await;
    let notice = (!said.is_empty()).then(|| Msg::new("notice-moved").nested("why", &why).list("then", &said, "; "));
    post(&Update::Device { backend: Backend::WebGpu, probe, notice, kept: true });
    report_all().await;
}

/// Test hook: moves every model to WebGPU as a probe that measured it faster does (a probe
/// still measuring drops its verdict).
pub async fn move_now() {
    if W.with_borrow(|w| w.on_gpu()) {
        return;
    }
    W.with_borrow_mut(|w| w.device_gen += 1);
    match device::open(Backend::WebGpu).await {
        Ok(g) => switch(g, Vec::new(), Msg::new("moved-asked")).await,
        Err(e) => post(&Update::Error { message: Msg::new("notice-no-gpu").nested("why", &e), fatal: false }),
    }
}
