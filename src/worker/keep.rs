//! A lost GPU costs a few seconds of training, not the run. While a family trains on WebGPU,
//! the loop (`run.rs`) keeps a host copy of its weights every 2 s; when the device is lost,
//! every model is rebuilt on the CPU and loads what was kept (`models/keep.rs`); whatever was
//! training goes on, and the page is told from which step each one goes on. The image trainer,
//! which has its own loop, is kept here the same way.

use burn::prelude::Tensor;

use crate::families::gan::lab::GanLab;
use crate::worker::lab::{FamilyId, Kept};
use crate::worker::protocol::Update;
use crate::worker::run::Family;
use crate::families::diffusion::lab::Session;
use crate::families::vae::lab::VaeLab;
use crate::worker::wasm::{now, post, rebuild_all, report_all, W};
use crate::device;
use crate::device::Backend;

/// Time between two kept copies of the image trainer on WebGPU, in ms.
const EVERY_MS: f64 = 2000.0;

/// After an image training chunk on WebGPU, when due: read its weights back and keep them.
pub(crate) async fn keep_images() {
    let due = W.with_borrow_mut(|w| {
        let on_gpu = matches!(w.backend, Some((Backend::WebGpu, _)));
        if !on_gpu || w.image_keep.kept_ms.is_some_and(|t| now() - t < EVERY_MS) {
            return None;
        }
        let (pieces, steps) = w.image.train.kept_pieces()?;
        if pieces.is_empty() || steps.iter().all(|&s| s == 0) {
            return None;
        }
        w.image_keep.kept_ms = Some(now());
        Some((Tensor::cat(pieces, 0), steps, w.image_keep.generation))
    });
    let Some((tensor, steps, generation)) = due else { return };
    let Ok(Ok(values)) = tensor.into_data_async().await.map(|d| d.try_to_vec::<f32>()) else { return };
    W.with_borrow_mut(|w| {
        if w.image_keep.generation == generation {
            w.image_keep.good = Some(Kept { steps, values, at_ms: now() });
        }
    });
}

/// What one family had when the device was lost: its first run's step, whether it was
/// training, and its last kept weights.
struct Before {
    step: u64,
    running: bool,
    kept: Option<Kept>,
}

fn before<F: Family>() -> Option<Before> {
    W.with_borrow_mut(|w| {
        let slot = F::slot(w);
        let step = slot.lab.as_ref()?.steps().first().copied().filter(|&s| s > 0)?;
        Some(Before { step, running: slot.ctl.running, kept: slot.ctl.good.take() })
    })
}

/// Loads what was kept into the family rebuilt on the CPU; one clause for the page's notice.
fn after<F: Family>(b: Before) -> String {
    let label = F::ID.label();
    let Some(k) = b.kept else {
        return format!("{label} starts again from the seed (it had trained {} steps, before any copy was kept)", b.step);
    };
    let loaded = W.with_borrow_mut(|w| {
        let slot = F::slot(w);
        let r = slot.lab.as_mut().map(|l| l.load_kept(&k.values, &k.steps));
        slot.ctl.running = b.running && matches!(r, Some(Ok(())));
        slot.ctl.good = Some(k.clone());
        r
    });
    let at = k.steps.iter().map(u64::to_string).collect::<Vec<_>>().join(" and ");
    let age = (now() - k.at_ms) / 1000.0;
    match loaded {
        Some(Ok(())) => format!("{label} goes on from step {at} (weights kept {age:.1} s earlier)"),
        Some(Err(e)) => format!("{label} starts again from the seed (the kept weights did not fit: {e})"),
        None => format!("{label} starts again from the seed"),
    }
}

/// The GPU failed mid-run: every model is rebuilt on the CPU and takes the weights last kept
/// from the GPU; whatever was training goes on training. Only once: a readback still in flight
/// on the old device fails after the move too, and must not rebuild the CPU models (that would
/// throw away the weights just restored).
pub(crate) fn device_lost(reason: String) {
    if W.with_borrow(|w| !matches!(w.backend, Some((Backend::WebGpu, _)))) {
        return;
    }
    let (diffusion, gan, vae) = (before::<Session>(), before::<GanLab>(), before::<VaeLab>());
    let (image_step, image_kept) = W.with_borrow_mut(|w| {
        let cpu = device::cpu();
        let step = w.image.train.steps().filter(|&s| s > 0);
        // The shipped image models lived on the lost device: the page loads them again.
        w.image.train = std::mem::take(&mut w.image.train).rebuilt_on(&cpu);
        w.image.drop_models();
        w.backend = Some((Backend::Cpu, cpu));
        let kept = w.image_keep.good.take();
        w.image_keep.rebuilt();
        (step, kept)
    });
    rebuild_all();
    let mut said: Vec<String> = Vec::new();
    said.extend(diffusion.map(after::<Session>));
    said.extend(gan.map(after::<GanLab>));
    said.extend(vae.map(after::<VaeLab>));
    if let Some(step) = image_step {
        let label = FamilyId::Images.label();
        said.push(match image_kept {
            Some(k) => match W.with_borrow_mut(|w| w.image.train.load_kept(&k.values, &k.steps)) {
                Ok(()) => format!("{label} goes on from step {} (weights kept {:.1} s earlier)", k.steps[0], (now() - k.at_ms) / 1000.0),
                Err(e) => format!("{label} starts again from the seed (the kept weights did not fit: {e})"),
            },
            None => format!("{label} starts again from the seed (it had trained {step} steps, before any copy was kept)"),
        });
    }
    let then = if said.is_empty() { "nothing had trained yet".to_string() } else { said.join("; ") };
    post(&Update::Device {
        backend: Backend::Cpu,
        probe: Vec::new(),
        notice: Some(format!("The GPU stopped answering ({reason}). Everything moved to the CPU: {then}.")),
        kept: true,
    });
    wasm_bindgen_futures::spawn_local(report_all());
}
