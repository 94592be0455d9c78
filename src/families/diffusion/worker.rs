//! The diffusion family in the worker: how the one loop builds it, and its own commands beyond
//! training: reverse chains with their quality score (also its live measurement), samples, and
//! the noise field. Each reads the model once and posts one update.

use crate::families::diffusion::config::DiffusionConfig;
use crate::families::diffusion::lab::{DiffusionLab, METRICS_SAMPLER};
use crate::families::diffusion::protocol::{DiffusionCommand, DiffusionUpdate};
use crate::metrics::straightness;
use crate::models::samplers::Sampler;
use crate::quality::{self, QualityBar};
use crate::state::series::pairs;
use crate::worker::home::{Slot, W, Worker, lost, now, post, post_with_data};
use crate::worker::pace::Pace;
use crate::worker::protocol::Update;
use crate::worker::run::{Family, chunk, set_up, verify};

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
    // The path lengths ride along as one more block of n rows (each length twice).
    let path = chain.path.unwrap_or_else(|| burn::prelude::Tensor::zeros([n, 1], &chain.xt.device()));
    let all = burn::prelude::Tensor::cat(vec![chain.xt, chain.x0, burn::prelude::Tensor::cat(vec![path.clone(), path], 1)], 0);
    let mut data = match all.into_data_async().await {
        Ok(d) => d.try_to_vec::<f32>().unwrap_or_default(),
        Err(e) => return lost(format!("{e:?}")),
    };
    let paths: Vec<f32> = data.split_off(data.len() - 2 * n).into_iter().step_by(2).collect();
    let ms = now() - t0;
    let last = (ts.len() - 1) * n * 2;
    let samples: Vec<[f32; 2]> = pairs(&data[last..last + n * 2]);
    let straightness = straightness(&paths, &pairs(&data[..n * 2]), &samples);
    // The frames go first, so the animation starts while the samples are scored.
    if frames > 0 {
        post_with_data(&Update::Diffusion(DiffusionUpdate::Chain { n, ts, sampler, step, ms, straightness, data: Vec::new() }), &data);
    }
    let bad = W.with_borrow_mut(|w| DiffusionLab::slot(w).lab.as_ref().and_then(|s| s.check_samples(&samples).err()));
    if !verify::<DiffusionLab>(bad) {
        return;
    }
    let reference = W.with_borrow(|w| w.reference.clone());
    if !reference.points.is_empty() {
        let quality = quality::evaluate(&samples, &reference, &QualityBar::default(), step);
        post(&Update::Diffusion(DiffusionUpdate::Metrics { quality }));
    }
}

/// ε̂ on a lattice over `[-half, half]²`.
pub async fn field(t: usize, half: f32, grid: usize) {
    let grid = grid.clamp(2, 64);
    let points: Vec<[f32; 2]> = (0..grid * grid)
        .map(|k| {
            let (i, j) = (k % grid, k / grid);
            let at = |i: usize| -half + (i as f32 + 0.5) * 2.0 * half / grid as f32;
            [at(i), at(j)]
        })
        .collect();
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
