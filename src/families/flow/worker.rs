//! Flow matching in the worker: how the one loop builds it, and its own commands beyond
//! training: ODE solves with their quality and straightness (also its live measurement), the
//! velocity field, and the exact density. Each reads the model once and posts one update.

use burn::prelude::Tensor;

use crate::families::flow::chain::FlowSampler;
use crate::families::flow::config::FlowConfig;
use crate::families::flow::lab::{FlowLab, METRICS_SAMPLER};
use crate::families::flow::protocol::{FlowCommand, FlowUpdate};
use crate::metrics::straightness;
use crate::quality::{self, QualityBar};
use crate::state::series::pairs;
use crate::worker::home::{Slot, W, Worker, lost, now, post, post_with_data};
use crate::worker::pace::Pace;
use crate::worker::protocol::Update;
use crate::worker::run::{Family, chunk, set_up, verify};

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
    let all = Tensor::cat(vec![c.xt, c.x0, Tensor::cat(vec![c.path.clone(), c.path], 1)], 0);
    let mut data = match all.into_data_async().await {
        Ok(d) => d.try_to_vec::<f32>().unwrap_or_default(),
        Err(e) => return lost(format!("{e:?}")),
    };
    let paths: Vec<f32> = data.split_off(data.len() - 2 * n).into_iter().step_by(2).collect();
    let ms = now() - t0;
    let last = (times.len() - 1) * n * 2;
    let samples = pairs(&data[last..last + n * 2]);
    let straight = straightness(&paths, &pairs(&data[..n * 2]), &samples);
    if frames > 0 {
        let update = FlowUpdate::Chain { n, times, sampler, step, ms, straightness: straight, data: Vec::new() };
        post_with_data(&Update::Flow(update), &data);
    }
    let bad = W.with_borrow_mut(|w| FlowLab::slot(w).lab.as_ref().and_then(|s| s.check_samples(&samples).err()));
    if !verify::<FlowLab>(bad) {
        return;
    }
    let reference = W.with_borrow(|w| w.reference.clone());
    if !reference.points.is_empty() {
        let quality = quality::evaluate(&samples, &reference, &QualityBar::default(), step);
        post(&Update::Flow(FlowUpdate::Metrics { quality, straightness: straight }));
    }
}

/// The points of a `grid × grid` lattice over `[-half, half]²`, row by row from the bottom-left.
pub fn lattice(half: f32, grid: usize) -> Vec<[f32; 2]> {
    let at = |i: usize| -half + (i as f32 + 0.5) * 2.0 * half / grid as f32;
    (0..grid * grid).map(|k| [at(k % grid), at(k / grid)]).collect()
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
