//! The one hook that owns the training worker.
//!
//! The worker is a module web worker (`www/worker.js`) that loads one of this crate's two worker
//! builds — on burn's CPU device, or with burn's GPU stack; its start function sees a worker
//! scope and runs the training loop. Commands sent before the
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
    /// JSON commands, or a lab file's bytes.
    queue: Vec<JsValue>,
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
        self.post(JsValue::from_str(&cmd.to_json()));
    }

    /// A lab file to open: its bytes, in order with the commands. Its buffer is handed to the
    /// worker rather than copied (a lab with histories is ~20 MB: copying it cost the page
    /// 40 ms and the worker 50 ms more of Open).
    pub fn send_lab(&self, bytes: &[u8]) {
        let array = js_sys::Uint8Array::from(bytes);
        let mut inner = self.0.borrow_mut();
        match (&inner.worker, inner.ready) {
            (Some(w), true) => {
                let _ = w.post_message_with_transfer(&array, &js_sys::Array::of1(&array.buffer()));
            }
            _ => inner.queue.push(array.into()),
        }
    }

    fn post(&self, message: JsValue) {
        let mut inner = self.0.borrow_mut();
        match (&inner.worker, inner.ready) {
            (Some(w), true) => {
                let _ = w.post_message(&message);
            }
            _ => inner.queue.push(message),
        }
    }

    /// Ends a worker that reported a fatal error: a trapped wasm instance can still be called by
    /// its timers and would go on posting (and burning the CPU) until the user restarts it.
    fn stop(&self) {
        let mut inner = self.0.borrow_mut();
        if let Some(w) = inner.worker.take() {
            w.terminate();
        }
        inner.ready = false;
    }

    fn mark_ready(&self) {
        let mut inner = self.0.borrow_mut();
        inner.ready = true;
        let queue = std::mem::take(&mut inner.queue);
        if let Some(w) = &inner.worker {
            for message in queue {
                let _ = w.post_message(&message);
            }
        }
    }
}

/// One message from the worker: CBOR bytes, `[bytes, Float32Array]` for large payloads, or a
/// JSON string (the loader script's own error, before the model code runs).
fn decode(raw: JsValue) -> Result<Update, String> {
    if let Some(text) = raw.as_string() {
        return serde_json::from_str::<Update>(&text).map_err(|e| e.to_string());
    }
    if raw.is_instance_of::<js_sys::Uint8Array>() {
        return Update::from_bytes(&js_sys::Uint8Array::new(&raw).to_vec());
    }
    let array: js_sys::Array = raw.dyn_into().map_err(|_| "neither bytes nor a list".to_string())?;
    let bytes = js_sys::Uint8Array::new(&array.get(0)).to_vec();
    let floats: js_sys::Float32Array = array.get(1).dyn_into().map_err(|_| "no float payload".to_string())?;
    let mut update = Update::from_bytes(&bytes)?;
    if let Some(data) = update.payload() {
        *data = floats.to_vec();
    }
    Ok(update)
}

fn spawn(handle: &WorkerHandle, dispatch: UseReducerDispatcher<AppState>, gpu: bool) -> Result<(), JsValue> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let url = if gpu { "./www/worker.js?gpu=1" } else { "./www/worker.js?gpu=0" };
    let worker = Worker::new_with_options(url, &options)?;
    let (h, d) = (handle.clone(), dispatch.clone());
    let on_message = Closure::<dyn FnMut(JsValue)>::new(move |ev: JsValue| {
        let ev: MessageEvent = ev.unchecked_into();
        match decode(ev.data()) {
            Ok(update) => {
                if update == Update::Ready {
                    h.mark_ready();
                }
                let fatal = matches!(update, Update::Error { fatal: true, .. });
                d.dispatch(Action::Worker(update));
                if fatal {
                    h.stop();
                }
            }
            // One notice, however many messages follow: the reducer keeps only the first.
            Err(e) => d.dispatch(Action::Unreadable(e)),
        }
    });
    let stop = handle.clone();
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |ev: JsValue| {
        stop.stop();
        let msg = js_sys::Reflect::get(&ev, &"message".into()).ok().and_then(|m| m.as_string());
        let message = crate::i18n::Msg::new("notice-worker-failed").arg("error", msg.unwrap_or_else(|| "?".into()));
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
                dispatch.dispatch(Action::Notice(crate::i18n::Msg::new("notice-no-workers").arg("error", format!("{e:?}"))));
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

/// The page's language, from the context the app provides (English outside it). Every
/// component that shows words reads it here rather than taking it as a prop.
#[hook]
pub fn use_lang() -> crate::i18n::Lang {
    use_context::<crate::i18n::Lang>().unwrap_or_default()
}
