//! Flow matching's lab: one velocity MLP on one device with its data, seed and settings. Pure
//! (no browser APIs), so the native tests drive exactly what the worker drives.

use burn::prelude::{Device, Tensor};

use crate::compare::contender::{Contender, Kind, Pending};
use crate::device::Backend;
use crate::families::flow::chain::{FlowChain, FlowSampler, Solver};
use crate::families::flow::config::FlowConfig;
use crate::families::flow::model::{Flow, FlowModelConfig};
use crate::families::flow::protocol::FlowUpdate;
use crate::models::keep::{KeepRuns, load_runs};
use crate::models::{Batcher, Weights};
use crate::worker::lab::{FamilyId, Lab, NonFinite, Status, check_losses};

/// The quick solve the live metrics use: 50 Euler steps (as many network calls as DDIM-50).
pub const METRICS_SAMPLER: FlowSampler = FlowSampler { solver: Solver::Euler, steps: 50 };
/// Heun steps of the likelihood's ODE.
pub const LIKELIHOOD_STEPS: usize = 32;

/// Model + data + step counter.
#[derive(Clone)]
pub struct FlowLab {
    pub backend: Backend,
    pub device: Device,
    pub step: u64,
    pub config: FlowConfig,
    points: Vec<[f32; 2]>,
    seed: u64,
    trainer: Flow,
    batcher: Batcher,
}

impl FlowLab {
    pub fn new(backend: Backend, device: Device, points: Vec<[f32; 2]>, seed: u64, config: FlowConfig) -> Self {
        let model = FlowModelConfig::new()
            .with_hidden(config.hidden)
            .with_layers(config.layers)
            .with_learning_rate(config.learning_rate)
            .with_coupling(config.coupling);
        Self {
            trainer: Flow::init(&model, &device, seed),
            batcher: Batcher::new(points.clone(), seed ^ 0x666c),
            backend,
            device,
            step: 0,
            config,
            points,
            seed,
        }
    }

    /// Enqueues `steps` training steps; their losses `[steps]` stay on the device.
    pub fn run(&mut self, steps: usize) -> Option<Tensor<1>> {
        if self.points.is_empty() || steps == 0 {
            return None;
        }
        let losses: Vec<Tensor<1>> = (0..steps)
            .map(|_| {
                let batch = self.batcher.next(self.config.batch);
                self.step += 1;
                self.trainer.step(&batch).loss
            })
            .collect();
        Some(Tensor::cat(losses, 0))
    }

    /// Solves the ODE for `n` points from fresh noise, keeping about `frames` frames.
    pub fn chain(&mut self, n: usize, sampler: FlowSampler, frames: usize) -> FlowChain {
        self.trainer.chain(n, sampler, frames)
    }

    /// The next solve starts from the sampling noise's first draws again (see `DiffusionLab`).
    pub fn restart_noise(&mut self) {
        self.trainer.sample_noise.restart();
    }

    /// v̂ at `points` for time `t`, `[points, 2]`.
    pub fn velocity(&self, points: &[[f32; 2]], t: f32) -> Tensor<2> {
        self.trainer.velocity(points, t.clamp(0.0, 1.0))
    }

    /// log p_θ at `points` in nats, `[points]`.
    pub fn log_likelihood(&self, points: &[[f32; 2]]) -> Tensor<1> {
        self.trainer.log_likelihood(points, LIKELIHOOD_STEPS)
    }

    pub fn trainer(&self) -> &Flow {
        &self.trainer
    }
}

impl Lab for FlowLab {
    const ID: FamilyId = FamilyId::Flow;
    type Report = FlowUpdate;
    const SCORES_VIEW: bool = false;

    fn steps(&self) -> Vec<u64> {
        vec![self.step]
    }

    fn enqueue(&mut self, n: usize, _view: bool) -> Option<Tensor<1>> {
        self.run(n)
    }

    fn read(&mut self, flat: &[f32], _score: bool, status: Status) -> Result<FlowUpdate, NonFinite> {
        check_losses(flat, self.step)?;
        let (running, steps_per_sec) = (status.running, status.steps_per_sec);
        Ok(FlowUpdate::Progress { step: self.step, losses: flat.to_vec(), steps_per_sec, running, config: self.config.clone() })
    }

    fn reset(&mut self) {
        *self = FlowLab::new(self.backend, self.device.clone(), std::mem::take(&mut self.points), self.seed, self.config.clone());
    }
}

impl KeepRuns for FlowLab {
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

impl Contender for FlowLab {
    fn draw(&mut self, n: usize) -> Tensor<2> {
        self.restart_noise();
        self.chain(n, METRICS_SAMPLER, 2).final_x()
    }

    fn log_likelihood(&self, points: &[[f32; 2]]) -> Option<Pending> {
        Some(Pending::mean(Kind::Exact, FlowLab::log_likelihood(self, points)))
    }

    fn trained_steps(&self) -> u64 {
        self.step
    }
}
