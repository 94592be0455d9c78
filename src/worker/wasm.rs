//! Web-worker glue: the message pump. Receives [`Command`]s, routes each family's own commands
//! to its folder (`families.rs`), handles the shared ones (device, data, Restore) here, and
//! posts [`Update`]s through `home.rs`.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::MessageEvent;

use crate::i18n::Msg;
use crate::worker::families::{rebuild_on_data, report_all, restore_one, route, scrub_one};
use crate::worker::handover::device_lost;
use crate::worker::home::{W, on_lost, post, scope};
use crate::worker::probe::{init_device, move_now};
use crate::worker::protocol::{Command, Update};

/// Entry point when the module starts inside the worker.
pub fn run_worker() {
    std::panic::set_hook(Box::new(|info| {
        post(&Update::Error { message: Msg::new("notice-crashed").arg("info", info), fatal: true });
    }));
    on_lost(device_lost);
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|ev: MessageEvent| {
        // Bytes are a lab file to open; every command is JSON text.
        if ev.data().is_instance_of::<js_sys::Uint8Array>() {
            return spawn_local(crate::worker::save::open(js_sys::Uint8Array::new(&ev.data()).to_vec()));
        }
        let text = ev.data().as_string().unwrap_or_default();
        match serde_json::from_str::<Command>(&text) {
            Ok(cmd) => spawn_local(handle(cmd)),
            Err(e) => post(&Update::Error { message: Msg::new("notice-bad-command").arg("error", e), fatal: false }),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&Update::Ready);
}

async fn handle(cmd: Command) {
    match cmd {
        Command::Init { device } => init_device(device).await,
        Command::SetData { points, reference, seed } => {
            // The data of a lab just opened, sent again by the page as it applies the file's
            // link, keeps the models opened.
            let same = W.with_borrow_mut(|w| {
                let same = std::mem::take(&mut w.opened_data) && (&w.points, &w.reference, w.seed) == (&points, &reference, seed);
                (w.points, w.reference, w.seed) = (points, reference, seed);
                same
            });
            if !same {
                rebuild_on_data();
            }
            report_all().await;
        }
        Command::Restore { family } => restore_one(family).await,
        Command::History { family, action } => scrub_one(family, action).await,
        Command::SaveLab { to } => crate::worker::save::save(to).await,
        Command::Crash => panic!("crash requested by the test hook"),
        // `device_lost` acts only on WebGPU.
        Command::LoseDevice => device_lost("the test hook simulated a lost device".into()),
        Command::MoveToGpu => move_now().await,
        family => route(family).await,
    }
}
