//! Web-worker glue: the message pump. Receives [`Command`]s, routes each to its family, posts
//! [`Update`]s (as CBOR, so NaN and ±∞ travel as themselves). Every 2-D family trains through
//! the one loop in `run.rs`; the diffusion model's own extras (samples, chains, the ε̂ field)
//! are in `tasks.rs`, the GAN's and the VAE's in `gan_wasm.rs` and `vae_wasm.rs`.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

pub(crate) use crate::worker::keep::device_lost;
use crate::families::gan::runs::GanRunConfig;
use crate::families::gan::lab::GanLab;
use crate::worker::lab::{Control, FamilyId};
use crate::worker::pace::Pace;
use crate::worker::protocol::{Command, Update};
use crate::worker::run::{chunk, rebuild, restore, set_up, train, Family, Slot};
use crate::families::diffusion::lab::{Session, SessionConfig};
use crate::families::diffusion::worker::{chain, field, init_device, sample, METRICS_SAMPLER};
use crate::families::vae::lab::VaeLab;
use crate::families::vae::worker::VaeSettings;
use crate::device::Backend;
use crate::quality::Reference;

pub(crate) struct Worker {
    pub(crate) points: Vec<[f32; 2]>,
    pub(crate) reference: Reference,
    pub(crate) seed: u64,
    pub(crate) backend: Option<(Backend, burn::prelude::Device)>,
    pub(crate) diffusion: Slot<Session, SessionConfig>,
    pub(crate) gan: Slot<GanLab, Vec<GanRunConfig>>,
    pub(crate) vae: Slot<VaeLab, VaeSettings>,
    pub(crate) image: crate::families::images::worker::ImageState,
    /// The image trainer's kept weights (it trains in its own loop, `image_train.rs`).
    pub(crate) image_keep: Control,
}

impl Default for Worker {
    fn default() -> Self {
        // The diffusion model is always built once there is a device; it measures its samples
        // early and often (250 ms after a rebuild, doubling up to every 1.5 s).
        let mut diffusion = Slot::<Session, SessionConfig>::default();
        diffusion.wanted = true;
        diffusion.ctl.pace = Pace::default().with_scoring(250.0, 1500.0);
        Self {
            points: Vec::new(),
            reference: Reference::default(),
            seed: 0,
            backend: None,
            diffusion,
            gan: Slot::default(),
            vae: Slot::default(),
            image: Default::default(),
            image_keep: Control::default(),
        }
    }
}

impl Family for Session {
    type Settings = SessionConfig;

    fn slot(w: &mut Worker) -> &mut Slot<Self, SessionConfig> {
        &mut w.diffusion
    }

    fn build(w: &Worker, settings: &SessionConfig) -> Option<Self> {
        let (b, d) = w.backend.as_ref()?;
        Some(Session::new(*b, d.clone(), w.points.clone(), w.seed, settings.clone()))
    }

    /// 1,000 quick DDIM-50 samples scored against the reference.
    async fn measure() {
        chain(1000, METRICS_SAMPLER, 0).await;
    }
}

thread_local! {
    pub(crate) static W: RefCell<Worker> = RefCell::new(Worker::default());
}

pub(crate) fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Posts an update as CBOR bytes (transferred, not copied).
pub(crate) fn post(update: &Update) {
    let bytes = js_sys::Uint8Array::from(update.to_bytes().as_slice());
    let _ = scope().post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer()));
}

pub(crate) fn now() -> f64 {
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

/// A new device or new data: every family is built again, each once.
pub(crate) fn rebuild_all() {
    rebuild::<Session>();
    rebuild::<GanLab>();
    rebuild::<VaeLab>();
}

/// Every family's current state to the page (after `rebuild_all` or a move to the CPU).
pub(crate) async fn report_all() {
    chunk::<Session>(0).await;
    chunk::<GanLab>(0).await;
    chunk::<VaeLab>(0).await;
}

async fn handle(cmd: Command) {
    match cmd {
        Command::Init { device } => init_device(device).await,
        Command::SetData { points, reference, seed } => {
            W.with_borrow_mut(|w| (w.points, w.reference, w.seed) = (points, reference, seed));
            rebuild_all();
            report_all().await;
        }
        Command::Configure { config } => {
            set_up::<Session>(config);
            chunk::<Session>(0).await;
        }
        Command::Start => train::<Session>(0).await,
        Command::Pause => W.with_borrow_mut(|w| w.diffusion.ctl.running = false),
        Command::Step { n } => {
            chunk::<Session>(n as usize).await;
        }
        Command::Reset => {
            rebuild::<Session>();
            chunk::<Session>(0).await;
        }
        Command::Restore { family } => match family {
            FamilyId::Diffusion => restore::<Session>().await,
            FamilyId::Gan => restore::<GanLab>().await,
            FamilyId::Vae => restore::<VaeLab>().await,
            FamilyId::Images => {}
        },
        Command::Sample { n } => sample(n).await,
        Command::Chain { n, sampler, frames } => chain(n, sampler, frames).await,
        Command::Field { t, half, grid } => field(t, half, grid).await,
        Command::GanSetup { .. }
        | Command::GanStart { .. }
        | Command::GanPause
        | Command::GanStep { .. }
        | Command::GanReset => crate::families::gan::worker::handle(cmd).await,
        Command::VaeSetup { .. }
        | Command::VaeStart
        | Command::VaePause
        | Command::VaeStep { .. }
        | Command::VaeReset
        | Command::VaeTemperature { .. }
        | Command::VaeResample { .. }
        | Command::VaeDecode { .. } => crate::families::vae::worker::handle(cmd).await,
        Command::ImageLoad
        | Command::ImageChain { .. }
        | Command::ImageScore { .. }
        | Command::ImageCancel
        | Command::ImageTrain { .. }
        | Command::ImageTrainPause
        | Command::ImageUseTrained { .. } => crate::families::images::worker::handle(cmd).await,
        Command::Crash => panic!("crash requested by the test hook"),
        // `device_lost` acts only on WebGPU.
        Command::LoseDevice => device_lost("the test hook simulated a lost device".into()),
    }
}
