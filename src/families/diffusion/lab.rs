//! The diffusion family's lab: one ε-MLP DDPM on one device with its data, seed and settings. Pure (no
//! browser APIs), so the native tests drive exactly what the worker drives.

use burn::prelude::{Device, Tensor};

use crate::compare::contender::{Contender, Kind, Pending};
use crate::device::Backend;
use crate::families::diffusion::bound::{BoundPlan, plan};
use crate::families::diffusion::config::DiffusionConfig;
use crate::families::diffusion::model::{Ddpm, DdpmConfig};
use crate::families::diffusion::protocol::DiffusionUpdate;
use crate::models::keep::{KeepRuns, load_runs};
use crate::models::samplers::{Chain, Sampler};
use crate::models::{Batcher, Weights};
use crate::worker::lab::{FamilyId, Lab, NonFinite, Status, check_losses};

/// The quick sampler of the live metrics and the compare page: DDIM-50 with η = 1.
pub const METRICS_SAMPLER: Sampler = Sampler::Ddim { steps: 50, eta: 1.0 };

/// Timesteps a point in the likelihood bound's estimate beyond the first 32 (`bound.rs`).
pub const BOUND_DRAWS: usize = 32;
/// Noise draws of each of the first 32 timesteps' terms in the bound.
pub const BOUND_REPEATS: usize = 4;

/// Model + data + step counter.
#[derive(Clone)]
pub struct DiffusionLab {
    pub backend: Backend,
    pub device: Device,
    pub step: u64,
    pub config: DiffusionConfig,
    points: Vec<[f32; 2]>,
    seed: u64,
    trainer: Ddpm,
    batcher: Batcher,
}

impl DiffusionLab {
    pub fn new(backend: Backend, device: Device, points: Vec<[f32; 2]>, seed: u64, config: DiffusionConfig) -> Self {
        let model_config = DdpmConfig::new()
            .with_hidden(config.hidden)
            .with_layers(config.layers)
            .with_learning_rate(config.learning_rate)
            .with_schedule(config.schedule.clone());
        Self {
            trainer: Ddpm::init(&model_config, &device, seed),
            batcher: Batcher::new(points.clone(), seed),
            backend,
            device,
            step: 0,
            config,
            points,
            seed,
        }
    }

    /// Fresh weights and optimiser state from the same seed.
    pub fn reset(&mut self) {
        *self = DiffusionLab::new(self.backend, self.device.clone(), std::mem::take(&mut self.points), self.seed, self.config.clone());
    }

    /// Enqueues `steps` training steps and returns their losses, `[steps]`, still on the device:
    /// one readback per chunk instead of one per step.
    pub fn run(&mut self, steps: usize) -> Option<Tensor<1>> {
        if self.points.is_empty() || steps == 0 {
            return None;
        }
        let mut losses = Vec::with_capacity(steps);
        for _ in 0..steps {
            let batch = self.batcher.next(self.config.batch);
            losses.push(self.trainer.step(&batch).loss);
            self.step += 1;
        }
        Some(Tensor::cat(losses, 0))
    }

    /// The next chain starts from the sampling noise's first draws again: a measurement's
    /// samples then depend on the weights alone.
    pub fn restart_noise(&mut self) {
        self.trainer.sample_noise.restart();
    }

    /// `n` samples from the current model, `[n, 2]`.
    pub fn sample(&mut self, n: usize) -> Tensor<2> {
        self.trainer.sample(n)
    }

    /// The reverse chain for `n` points, keeping about `frames` frames.
    pub fn chain(&mut self, n: usize, sampler: Sampler, frames: usize) -> Chain {
        self.trainer.chain(n, sampler, frames)
    }

    /// The model's ε̂ at `points` for timestep `t`, `[points, 2]`.
    pub fn eps_field(&self, points: &[[f32; 2]], t: usize) -> Tensor<2> {
        self.trainer.eps_field(points, t)
    }

    /// ᾱ_t of the schedule the model trains with (t clamped to the schedule).
    pub fn alpha_bar(&self, t: usize) -> f64 {
        let ab = &self.trainer.schedule.alpha_bars;
        ab[t.min(ab.len() - 1)]
    }

    /// A lower bound on log p_θ of `points` (nats, `[n]`): 64 stratified timesteps a point,
    /// noise from a fixed seed (`bound.rs`).
    /// Returns the plan and the network's ε̂ for it; `BoundPlan::finish` gives the bound.
    pub fn log_likelihood_bound(&self, points: &[[f32; 2]]) -> (BoundPlan, Tensor<2>) {
        let plan = plan(&self.trainer.schedule, points, BOUND_DRAWS, BOUND_REPEATS, self.seed ^ 0xb0_00d);
        let eps = self.trainer.bound_eps(&plan);
        (plan, eps)
    }

    pub fn trainer(&self) -> &Ddpm {
        &self.trainer
    }

    /// Number of training points.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// True when there is nothing to train on.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }
}

impl DiffusionLab {
    /// The live measurement's samples: 1,000 points by DDIM-50 (η = 1), as `[x, y]` pairs,
    /// read back synchronously (native only: the worker awaits the same chain in `worker.rs`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn measure_samples(&mut self) -> Vec<[f32; 2]> {
        let chain = self.chain(1000, Sampler::Ddim { steps: 50, eta: 1.0 }, 2);
        let n = chain.ts.len();
        let xt = chain.xt.into_data().try_to_vec::<f32>().unwrap_or_default();
        xt[(n - 1) * 2000..].chunks_exact(2).map(|c| [c[0], c[1]]).collect()
    }
}

impl Lab for DiffusionLab {
    const ID: FamilyId = FamilyId::Diffusion;
    type Report = DiffusionUpdate;
    const SCORES_VIEW: bool = false;

    fn steps(&self) -> Vec<u64> {
        vec![self.step]
    }

    fn enqueue(&mut self, n: usize, _view: bool) -> Option<Tensor<1>> {
        self.run(n)
    }

    fn read(&mut self, flat: &[f32], _score: bool, status: Status) -> Result<DiffusionUpdate, NonFinite> {
        check_losses(flat, self.step)?;
        let (running, steps_per_sec) = (status.running, status.steps_per_sec);
        Ok(DiffusionUpdate::Progress { step: self.step, losses: flat.to_vec(), steps_per_sec, running, config: self.config.clone() })
    }

    fn reset(&mut self) {
        DiffusionLab::reset(self);
    }
}

impl KeepRuns for DiffusionLab {
    fn kept_pieces(&self) -> (Vec<Tensor<1>>, Vec<u64>) {
        (self.trainer.weight_pieces(), vec![self.step])
    }

    fn load_kept(&mut self, values: &[f32], steps: &[u64]) -> Result<(), String> {
        load_runs([(&mut self.trainer, &mut self.step)].into_iter(), values, steps)?;
        self.batcher.reseed(self.step);
        Ok(())
    }

    fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        self.trainer.carry(c);
        self.batcher.carry(c);
    }
}

impl Contender for DiffusionLab {
    fn draw(&mut self, n: usize) -> Tensor<2> {
        self.restart_noise();
        self.chain(n, METRICS_SAMPLER, 2).final_x()
    }

    fn log_likelihood(&self, points: &[[f32; 2]]) -> Option<Pending> {
        let (plan, eps) = self.log_likelihood_bound(points);
        let rows = eps.dims()[0];
        let finish = Box::new(move |v: &[f32]| {
            let b = plan.finish(v);
            b.iter().sum::<f64>() / b.len().max(1) as f64
        });
        Some(Pending { kind: Kind::Bound, values: eps.reshape([rows * 2]), finish })
    }

    fn trained_steps(&self) -> u64 {
        self.step
    }
}
