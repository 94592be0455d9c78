//! Every model moves to another device with its weights, two ways. A lost GPU costs a few
//! seconds of training, not the run: while a family trains on WebGPU, the loop (`run.rs`) keeps
//! a host copy of its weights every 2 s; when the device is lost, every model is rebuilt on the
//! CPU and loads what was kept (`models/keep.rs`). And a page opens training on the CPU at once
//! (`probe.rs`): when the probe then measures WebGPU faster, training waits a moment, every
//! family keeps its weights as they are, and each goes on from them on the GPU. Either way
//! whatever was training goes on, and the page is told from which step each one goes on.

use crate::device::{self, Backend};
use crate::i18n::Msg;
use crate::worker::families::{all, rebuild_all, report_all};
use crate::worker::home::{Hold, W, now, post};
use crate::worker::protocol::Update;

/// Why the models move.
#[derive(Clone, Copy, PartialEq)]
enum Why {
    /// The GPU was lost: the weights are the last copy kept from it.
    Lost,
    /// The probe found WebGPU faster: the weights are copied as they are now.
    Faster,
}

/// Every model rebuilt on `to`, each loading the weights its family last kept; whatever was
/// training goes on. What happened to each family that had trained, in words.
fn hand_over(to: (Backend, burn::prelude::Device), why: Why) -> Vec<Msg> {
    let before = W.with_borrow_mut(|w| {
        let before: Vec<_> = all().iter().map(|f| f.before(w)).collect();
        all().iter().for_each(|f| f.device_gone(w));
        w.backend = Some(to);
        before
    });
    rebuild_all();
    let mut said: Vec<Msg> = Vec::new();
    for (f, b) in all().iter().zip(before) {
        let Some(b) = b else { continue };
        let label = f.id().the_name();
        let Some(k) = b.kept else {
            said.push(Msg::new("lost-untouched").nested("who", &label).arg("steps", b.step));
            continue;
        };
        let loaded = W.with_borrow_mut(|w| f.load(w, &k, b.running));
        if matches!(loaded, Some(Ok(()))) {
            // A little older than the last step shown (after a loss): the page cuts its curves
            // back.
            post(&Update::Rewind { family: f.id(), steps: k.steps.clone() });
        }
        let at = k.steps.iter().map(u64::to_string).collect::<Vec<_>>().join(" / ");
        let age = (now() - k.at_ms) / 1000.0;
        said.push(match (loaded, why) {
            (Some(Ok(())), Why::Lost) => Msg::new("lost-goes-on").nested("who", &label).arg("step", &at).arg("age", format!("{age:.1}")),
            (Some(Ok(())), Why::Faster) => Msg::new("moved-goes-on").nested("who", &label).arg("step", &at),
            (Some(Err(e)), _) => Msg::new("lost-unfit").nested("who", &label).arg("error", e),
            (None, _) => Msg::new("lost-restart").nested("who", &label),
        });
    }
    said
}

/// The GPU failed mid-run: every model is rebuilt on the CPU and takes the weights last kept
/// from the GPU; whatever was training goes on training. Only once: a readback still in flight
/// on the old device fails after the move too, and must not rebuild the CPU models (that would
/// throw away the weights just restored).
pub fn device_lost(reason: String) {
    if W.with_borrow(|w| !w.on_gpu()) {
        return;
    }
    let mut said = hand_over((Backend::Cpu, device::cpu()), Why::Lost);
    if said.is_empty() {
        said.push(Msg::new("lost-nothing"));
    }
    post(&Update::Device {
        backend: Backend::Cpu,
        probe: Vec::new(),
        notice: Some(Msg::new("notice-gpu-lost").arg("reason", reason).list("then", &said, "; ")),
        kept: true,
    });
    wasm_bindgen_futures::spawn_local(report_all());
}

/// Moves every model from the CPU to WebGPU (`gpu`): training waits until no chunk is in
/// flight, every family that has trained keeps its weights as they are now, and each goes on
/// from them on the GPU. What happened to each family that had trained, in words (none when
/// nothing had trained).
pub async fn move_to_gpu(gpu: burn::prelude::Device) -> Vec<Msg> {
    let hold = Hold::start().await;
    for f in all() {
        f.keep_now().await;
    }
    let said = hand_over((Backend::WebGpu, gpu), Why::Faster);
    drop(hold);
    said
}
