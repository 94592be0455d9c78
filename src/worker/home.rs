//! The worker's state and its ways out. [`Worker`] holds what every family shares (the data,
//! its reference, the seed, the device) and one [`Slot`] per family, stored by type: this file
//! names no family, so a family's folder can use it without the worker importing it back.
//! [`post`] sends an update to the page (CBOR, so NaN and ±∞ travel as themselves);
//! [`lost`] reports a failed GPU readback to the handler the message pump installs.

use std::any::Any;
use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;
use web_sys::DedicatedWorkerGlobalScope;

use crate::device::Backend;
use crate::quality::Reference;
use crate::worker::control::Control;
use crate::worker::history::History;
use crate::worker::protocol::Update;

/// One family's state in the worker: its lab (once the page asked for it and a device exists),
/// the loop's control of it, and its settings.
pub struct Slot<L, S> {
    pub lab: Option<L>,
    pub ctl: Control,
    pub settings: S,
    /// The page has asked for this family (its settings arrived), so it is built on a device.
    pub wanted: bool,
    /// Copies of the lab taken while it trained (`history.rs`).
    pub history: History<L>,
}

impl<L, S: Default> Default for Slot<L, S> {
    fn default() -> Self {
        Self { lab: None, ctl: Control::default(), settings: S::default(), wanted: false, history: History::default() }
    }
}

/// A slot of any family, as the worker stores it.
trait AnySlot {
    fn ctl(&mut self) -> &mut Control;
    fn any(&mut self) -> &mut dyn Any;
}

impl<L: 'static, S: 'static> AnySlot for Slot<L, S> {
    fn ctl(&mut self) -> &mut Control {
        &mut self.ctl
    }
    fn any(&mut self) -> &mut dyn Any {
        self
    }
}

#[derive(Default)]
pub struct Worker {
    pub points: Vec<[f32; 2]>,
    pub reference: Reference,
    pub seed: u64,
    pub backend: Option<(Backend, burn::prelude::Device)>,
    /// Bumped by every device choice from the page: a probe still measuring for an older
    /// choice drops its verdict.
    pub device_gen: u64,
    /// The device probe times a few steps, or the models move to another device: training waits
    /// between its chunks meanwhile (`probe.rs`'s [`Hold`](crate::worker::probe::Hold)).
    pub hold: bool,
    /// A lab file was just opened: the page's next data, if the same, builds nothing again.
    pub opened_data: bool,
    slots: Vec<Box<dyn AnySlot>>,
    extras: Vec<Box<dyn Any>>,
}

impl Worker {
    /// The slot of the family whose lab is `L`, made with `new` the first time it is asked for.
    pub fn slot<L: 'static, S: 'static>(&mut self, new: fn() -> Slot<L, S>) -> &mut Slot<L, S> {
        let at = match self.slots.iter_mut().position(|s| s.any().is::<Slot<L, S>>()) {
            Some(i) => i,
            None => {
                self.slots.push(Box::new(new()));
                self.slots.len() - 1
            }
        };
        // The slot at `at` holds a `Slot<L, S>`: it was found or put there just above.
        self.slots[at].any().downcast_mut().expect("the slot found holds this family")
    }

    /// A family's state beyond its slot (the image family's shipped models), by type.
    pub fn extra<T: Default + 'static>(&mut self) -> &mut T {
        let at = match self.extras.iter().position(|e| e.is::<T>()) {
            Some(i) => i,
            None => {
                self.extras.push(Box::new(T::default()));
                self.extras.len() - 1
            }
        };
        self.extras[at].downcast_mut().expect("the extra found holds this type")
    }

    /// Every family waits while another trains.
    pub fn pause_all(&mut self) {
        for s in &mut self.slots {
            s.ctl().running = false;
        }
    }

    /// A chunk of some family is between its enqueue and its readback.
    pub fn busy(&mut self) -> bool {
        self.slots.iter_mut().any(|s| s.ctl().busy)
    }

    /// The device, when one is chosen.
    pub fn device(&self) -> Option<burn::prelude::Device> {
        self.backend.as_ref().map(|(_, d)| d.clone())
    }

    pub fn on_gpu(&self) -> bool {
        matches!(self.backend, Some((Backend::WebGpu, _)))
    }
}

thread_local! {
    pub static W: RefCell<Worker> = RefCell::new(Worker::default());
    static LOST: Cell<Option<fn(String)>> = const { Cell::new(None) };
}

pub fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Posts an update as CBOR bytes (transferred, not copied).
pub fn post(update: &Update) {
    let bytes = js_sys::Uint8Array::from(update.to_bytes().as_slice());
    let _ = scope().post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer()));
}

/// Posts an update with a large float payload beside it, transferred (not copied) as a
/// Float32Array: `[cbor, data]`.
pub fn post_with_data(update: &Update, data: &[f32]) {
    let array = js_sys::Array::new();
    let bytes = js_sys::Uint8Array::from(update.to_bytes().as_slice());
    array.push(&bytes);
    let floats = js_sys::Float32Array::from(data);
    array.push(&floats);
    let _ = scope().post_message_with_transfer(&array, &js_sys::Array::of2(&bytes.buffer(), &floats.buffer()));
}

/// While held, training waits between its chunks: the device probe's timed steps run alone, and
/// a move to another device finds no chunk in flight. Released when dropped.
pub struct Hold;

impl Hold {
    /// Holds training once no chunk is in flight.
    pub async fn start() -> Hold {
        W.with_borrow_mut(|w| w.hold = true);
        while W.with_borrow_mut(|w| w.busy()) {
            gloo::timers::future::TimeoutFuture::new(5).await;
        }
        Hold
    }

    /// Training's side: waits while the probe or a move holds it.
    pub async fn wait() {
        while W.with_borrow(|w| w.hold) {
            gloo::timers::future::TimeoutFuture::new(10).await;
        }
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        W.with_borrow_mut(|w| w.hold = false);
    }
}

pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Who handles a lost device (the pump installs `keep::device_lost` at start).
pub fn on_lost(handler: fn(String)) {
    LOST.set(Some(handler));
}

/// A GPU readback failed: the device is gone (acts only on WebGPU; see `handover.rs`).
pub fn lost(reason: String) {
    if let Some(handler) = LOST.get() {
        handler(reason);
    }
}
