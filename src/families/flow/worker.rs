//! Flow matching in the worker: how the one loop builds it, and its own commands beyond
//! training: ODE solves with their quality and straightness (also its live measurement), the
//! velocity field, and the exact density. Each reads the model once and posts one update.

use crate::data::toy2d::lattice;
use crate::families::flow::chain::FlowSampler;
use crate::families::flow::config::FlowConfig;
use crate::families::flow::lab::{FlowLab, METRICS_SAMPLER};
use crate::families::flow::protocol::{FlowCommand, FlowUpdate};
use crate::worker::chain;
use crate::worker::home::{Slot, W, Worker, lost, now, post, post_with_data};
use crate::worker::pace::Pace;
use crate::worker::protocol::Update;
use crate::worker::run::{Family, chunk, set_up};

/// Held-out points the mean log-likelihood is measured on.
const HELD_OUT: usize = 500;

/// Runs `f` on the lab unless it is missing or diverged.
fn with_lab<T>(f: impl FnOnce(&mut FlowLab) -> T) -> Option<T> {
    W.with_borrow_mut(|w| {
        let slot = FlowLab::slot(w);
        slot.lab.as_mut().filter(|_| !slot.ctl.diverged).map(f)
    })
}

/// Solves the ODE for `n` points; sends the frames (when `frames > 0`), then scores the samples.
pub async fn chain(n: usize, sampler: FlowSampler, frames: usize) {
    let t0 = now();
    let Some((c, step)) = with_lab(|lab| {
        if frames == 0 {
            lab.restart_noise(); // a measurement: the same noise every time
        }
        (lab.chain(n, sampler, frames.max(2)), lab.step)
    }) else {
        return;
    };
    let times = c.times.clone();
    let Some(read) = chain::read(c.xt, c.x0, c.path, n, times.len(), t0).await else { return };
    let straightness = read.straightness;
    if frames > 0 {
        let update = FlowUpdate::Chain { n, times, sampler, step, ms: read.ms, straightness, data: Vec::new() };
        post_with_data(&Update::Flow(update), &read.data);
    }
    chain::score::<FlowLab>(&read.samples, step, |quality| Update::Flow(FlowUpdate::Metrics { quality, straightness }));
}

/// v̂ on a lattice at time `t`.
pub async fn field(t: f32, half: f32, grid: usize) {
    let points = lattice(half, grid.clamp(2, 64));
    let Some(tensor) = with_lab(|lab| lab.velocity(&points, t)) else { return };
    match tensor.into_data_async().await {
        Ok(d) => post(&Update::Flow(FlowUpdate::Field {
            t,
            points: points.iter().flat_map(|p| [p[0], p[1]]).collect(),
            v: d.try_to_vec::<f32>().unwrap_or_default(),
        })),
        Err(e) => lost(format!("{e:?}")),
    }
}

/// The exact log-likelihood of held-out data (the reference) and of a lattice.
pub async fn density(half: f32, grid: usize) {
    let grid = grid.clamp(2, 64);
    let held: Vec<[f32; 2]> = W.with_borrow(|w| w.reference.points.iter().take(HELD_OUT).copied().collect());
    let points = [held.clone(), lattice(half, grid)].concat();
    let Some((tensor, step)) = with_lab(|lab| (lab.log_likelihood(&points), lab.step)) else { return };
    match tensor.into_data_async().await {
        Ok(d) => {
            let mut log_p = d.try_to_vec::<f32>().unwrap_or_default();
            let lattice = log_p.split_off(held.len().min(log_p.len()));
            let mean_log_p = log_p.iter().map(|&v| v as f64).sum::<f64>() / log_p.len().max(1) as f64;
            post(&Update::Flow(FlowUpdate::Density { step, mean_log_p, half, grid, log_p: lattice }));
        }
        Err(e) => lost(format!("{e:?}")),
    }
}

impl Family for FlowLab {
    type Settings = FlowConfig;

    /// Measured early and often, like the DDPM (250 ms after a rebuild, doubling up to 1.5 s).
    fn new_slot() -> Slot<Self, FlowConfig> {
        let mut slot = Slot::default();
        slot.ctl.pace = Pace::default().with_scoring(250.0, 1500.0);
        slot
    }

    fn build(w: &mut Worker, settings: &FlowConfig) -> Option<Self> {
        let (b, d) = w.backend.as_ref()?;
        Some(FlowLab::new(*b, d.clone(), w.points.clone(), w.seed, settings.clone()))
    }

    /// 1,000 samples by 50 Euler steps, scored against the reference.
    async fn measure() {
        chain(1000, METRICS_SAMPLER, 0).await;
    }

    /// The whole lab, for the training history.
    fn snapshot(&self) -> Option<Self> {
        Some(self.clone())
    }
}

pub async fn handle(cmd: FlowCommand) {
    match cmd {
        FlowCommand::Configure { config } => {
            set_up::<FlowLab>(config);
            chunk::<FlowLab>(0).await;
        }
        FlowCommand::Chain { n, sampler, frames } => chain(n, sampler, frames).await,
        FlowCommand::Field { t, half, grid } => field(t, half, grid).await,
        FlowCommand::Density { half, grid } => density(half, grid).await,
    }
}
