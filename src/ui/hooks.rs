//! The one hook that owns the training worker.
//!
//! The worker is a module web worker (`www/worker.js`) that loads this crate's wasm — the page's
//! own module, or the build with burn's GPU stack; its start function sees a worker scope and
//! runs the training loop. Commands sent before the
//! worker says `Ready` are queued, then flushed in order.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::prelude::*;

use crate::state::app::{Action, AppState};
use crate::worker::protocol::{Command, Update};

#[derive(Default)]
struct Inner {
    worker: Option<Worker>,
    ready: bool,
    queue: Vec<String>,
    _listeners: Vec<Closure<dyn FnMut(JsValue)>>,
}

/// A cheap handle the components use to send commands.
#[derive(Clone, Default)]
pub struct WorkerHandle(Rc<RefCell<Inner>>);

impl PartialEq for WorkerHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl WorkerHandle {
    pub fn send(&self, cmd: &Command) {
        let json = cmd.to_json();
        let mut inner = self.0.borrow_mut();
        match (&inner.worker, inner.ready) {
            (Some(w), true) => {
                let _ = w.post_message(&JsValue::from_str(&json));
            }
            _ => inner.queue.push(json),
        }
    }

    fn mark_ready(&self) {
        let mut inner = self.0.borrow_mut();
        inner.ready = true;
        let queue = std::mem::take(&mut inner.queue);
        if let Some(w) = &inner.worker {
            for json in queue {
                let _ = w.post_message(&JsValue::from_str(&json));
            }
        }
    }
}

fn spawn(handle: &WorkerHandle, dispatch: UseReducerDispatcher<AppState>, gpu: bool) -> Result<(), JsValue> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let url = if gpu { "./www/worker.js?gpu=1" } else { "./www/worker.js?gpu=0" };
    let worker = Worker::new_with_options(url, &options)?;
    let (h, d) = (handle.clone(), dispatch.clone());
    let on_message = Closure::<dyn FnMut(JsValue)>::new(move |ev: JsValue| {
        let ev: MessageEvent = ev.unchecked_into();
        // Plain updates are JSON strings; large ones are `[json, Float32Array]`.
        let raw = ev.data();
        let (text, floats) = if raw.is_string() {
            (raw.as_string().unwrap_or_default(), None)
        } else {
            let array: js_sys::Array = raw.unchecked_into();
            let floats: js_sys::Float32Array = array.get(1).unchecked_into();
            (array.get(0).as_string().unwrap_or_default(), Some(floats.to_vec()))
        };
        match serde_json::from_str::<Update>(&text) {
            Ok(mut update) => {
                match (&mut update, floats) {
                    (Update::Chain { data, .. } | Update::ImageChain { data, .. }, Some(f)) => *data = f,
                    _ => {}
                }
                if update == Update::Ready {
                    h.mark_ready();
                }
                d.dispatch(Action::Worker(update));
            }
            Err(e) => d.dispatch(Action::Notice(format!("Unreadable message from the worker: {e}"))),
        }
    });
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |ev: JsValue| {
        let msg = js_sys::Reflect::get(&ev, &"message".into()).ok().and_then(|m| m.as_string());
        let message = format!("The training worker failed to run: {}", msg.unwrap_or_else(|| "unknown error".into()));
        dispatch.dispatch(Action::Worker(Update::Error { message, fatal: true }));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let mut inner = handle.0.borrow_mut();
    inner.worker = Some(worker);
    inner.ready = false;
    inner._listeners = vec![on_message, on_error];
    Ok(())
}

/// Spawns the worker (again whenever `generation` changes) and returns the handle. With `gpu`
/// the worker loads the build with burn's WebGPU backend where the browser has an adapter.
#[hook]
pub fn use_worker(dispatch: UseReducerDispatcher<AppState>, generation: u32, gpu: bool) -> WorkerHandle {
    let handle = use_memo((), |_| WorkerHandle::default());
    let handle = (*handle).clone();
    {
        let handle = handle.clone();
        use_effect_with(generation, move |_| {
            if let Err(e) = spawn(&handle, dispatch.clone(), gpu) {
                dispatch.dispatch(Action::Notice(format!("Web workers are unavailable here: {e:?}")));
            }
            move || {
                let mut inner = handle.0.borrow_mut();
                if let Some(w) = inner.worker.take() {
                    w.terminate();
                }
                inner.ready = false;
            }
        });
    }
    handle
}
