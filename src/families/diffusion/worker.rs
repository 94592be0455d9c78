//! The diffusion family in the worker: how the one loop builds it, and its own commands beyond
//! training: reverse chains with their quality score (also its live measurement), samples, and
//! the noise field. Each reads the model once and posts one update.

use crate::data::toy2d::lattice;
use crate::families::diffusion::config::DiffusionConfig;
use crate::families::diffusion::lab::{DiffusionLab, METRICS_SAMPLER};
use crate::families::diffusion::protocol::{DiffusionCommand, DiffusionUpdate};
use crate::models::samplers::Sampler;
use crate::worker::chain as worker_chain;
use crate::worker::home::{Slot, W, Worker, lost, now, post, post_with_data};
use crate::worker::pace::Pace;
use crate::worker::protocol::Update;
use crate::worker::run::{Family, chunk, set_up};

/// Runs a reverse chain, sends its frames (when `frames > 0`), then scores its final samples.
pub async fn chain(n: usize, sampler: Sampler, frames: usize) {
    let t0 = now();
    let Some((chain, step)) = W.with_borrow_mut(|w| {
        let slot = DiffusionLab::slot(w);
        slot.lab.as_mut().filter(|_| !slot.ctl.diverged).map(|s| {
            if frames == 0 {
                s.restart_noise(); // a measurement: the same noise every time
            }
            (s.chain(n, sampler, frames.max(2)), s.step)
        })
    }) else {
        return;
    };
    let ts = chain.ts.clone();
    let path = chain.path.unwrap_or_else(|| burn::prelude::Tensor::zeros([n, 1], &chain.xt.device()));
    let Some(read) = worker_chain::read(chain.xt, chain.x0, path, n, ts.len(), t0).await else { return };
    // The frames go first, so the animation starts while the samples are scored.
    if frames > 0 {
        let update = DiffusionUpdate::Chain { n, ts, sampler, step, ms: read.ms, straightness: read.straightness, data: Vec::new() };
        post_with_data(&Update::Diffusion(update), &read.data);
    }
    worker_chain::score::<DiffusionLab>(&read.samples, step, |quality| Update::Diffusion(DiffusionUpdate::Metrics { quality }));
}

/// ε̂ on a lattice over `[-half, half]²`.
pub async fn field(t: usize, half: f32, grid: usize) {
    let grid = grid.clamp(2, 64);
    let points = lattice(half, grid);
    let Some((tensor, alpha_bar)) = W.with_borrow_mut(|w| {
        let slot = DiffusionLab::slot(w);
        slot.lab.as_ref().filter(|_| !slot.ctl.diverged).map(|s| (s.eps_field(&points, t), s.alpha_bar(t)))
    }) else {
        return;
    };
    match tensor.into_data_async().await {
        Ok(d) => post(&Update::Diffusion(DiffusionUpdate::Field {
            t,
            points: points.iter().flat_map(|p| [p[0], p[1]]).collect(),
            eps: d.try_to_vec::<f32>().unwrap_or_default(),
            alpha_bar,
        })),
        Err(e) => lost(format!("{e:?}")),
    }
}

/// `n` samples from the diffusion model.
pub async fn sample(n: usize) {
    let Some((tensor, step)) = W.with_borrow_mut(|w| {
        let slot = DiffusionLab::slot(w);
        slot.lab.as_mut().filter(|_| !slot.ctl.diverged).map(|s| (s.sample(n), s.step))
    }) else {
        return;
    };
    match tensor.into_data_async().await {
        Ok(data) => post(&Update::Diffusion(DiffusionUpdate::Samples { points: data.try_to_vec::<f32>().unwrap_or_default(), step })),
        Err(e) => lost(format!("{e:?}")),
    }
}

impl Family for DiffusionLab {
    type Settings = DiffusionConfig;

    /// The diffusion model is built once there is a device (its page is the first one); it
    /// measures its samples early and often (250 ms after a rebuild, doubling up to 1.5 s).
    fn new_slot() -> Slot<Self, DiffusionConfig> {
        let mut slot = Slot { wanted: true, ..Slot::default() };
        slot.ctl.pace = Pace::default().with_scoring(250.0, 1500.0);
        slot
    }

    fn build(w: &mut Worker, settings: &DiffusionConfig) -> Option<Self> {
        let (b, d) = w.backend.as_ref()?;
        Some(DiffusionLab::new(*b, d.clone(), w.points.clone(), w.seed, settings.clone()))
    }

    /// 1,000 quick DDIM-50 samples scored against the reference.
    async fn measure() {
        chain(1000, METRICS_SAMPLER, 0).await;
    }

    /// The whole lab, for the training history.
    fn snapshot(&self) -> Option<Self> {
        Some(self.clone())
    }
}

pub async fn handle(cmd: DiffusionCommand) {
    match cmd {
        DiffusionCommand::Configure { config } => {
            set_up::<DiffusionLab>(config);
            chunk::<DiffusionLab>(0).await;
        }
        DiffusionCommand::Sample { n } => sample(n).await,
        DiffusionCommand::Chain { n, sampler, frames } => chain(n, sampler, frames).await,
        DiffusionCommand::Field { t, half, grid } => field(t, half, grid).await,
    }
}
