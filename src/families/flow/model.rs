//! Flow matching on 2-D points: an MLP v_θ(x_t, t) that learns the velocity carrying noise to
//! data along straight lines.
//!
//! Conditional flow matching with the straight (rectified, optimal-transport) path (Lipman et
//! al. 2023, "Flow Matching for Generative Modeling", arXiv:2210.02747, eq. 20–23; Liu et al.
//! 2022, "Flow Straight and Fast", arXiv:2209.03003):
//!   t ~ U(0, 1),  ε ~ N(0, I),  x_t = (1 − t) · x_0 + t · ε,
//!   the path's velocity is dx_t/dt = ε − x_0, and
//!   L_CFM = ‖v_θ(x_t, t) − (ε − x_0)‖²  (mean over the batch and both coordinates),
//! with x_0 and ε paired independently or by minibatch optimal transport (`coupling.rs`).
//! Its minimiser is v*(x, t) = E[ε − x_0 | x_t = x], the velocity of a flow whose marginal at
//! every t is the law of x_t: integrating dx/dt = v_θ from t = 1 (x_1 ~ N(0, I)) down to t = 0
//! gives samples (`chain.rs`), and the change of variables along the same ODE gives the exact
//! log-likelihood (`likelihood.rs`).
//! The time t enters through the sinusoidal embedding of `models/time_mlp.rs`. All noise and
//! times are drawn on the host from one seeded RNG and uploaded with the batch as one `[b, 5]`
//! tensor, so a run is reproducible on every device.

use crate::models::rng::StdRng;
use burn::config::Config;
use burn::module::Module;
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer};
use burn::prelude::{Device, Tensor, TensorData};
use rand::{RngExt, SeedableRng};
use rand_distr::{Distribution, StandardNormal};

use crate::families::flow::coupling::{Coupling, pair_by_transport};
use crate::models::params::ema_step;
use crate::models::time_mlp::{TimeMlp, frequencies, time_embedding};
use crate::models::{SampleNoise, StepReport};

/// Network and optimiser settings.
#[derive(Config, Debug)]
pub struct FlowModelConfig {
    #[config(default = 64)]
    pub hidden: usize,
    #[config(default = 2)]
    pub layers: usize,
    #[config(default = "crate::models::time_mlp::TIME_FREQS")]
    pub time_freqs: usize,
    #[config(default = 2e-3)]
    pub learning_rate: f64,
    /// Decay of the moving average of the weights that sampling uses.
    #[config(default = 0.995)]
    pub ema_decay: f64,
    /// How each batch pairs noise with data (`coupling.rs`).
    #[config(default = "Coupling::Independent")]
    pub coupling: Coupling,
}

/// The flow-matching trainer: network, its moving average, optimiser and its own seeded RNG.
#[derive(Clone)]
pub struct Flow {
    pub config: FlowModelConfig,
    pub(crate) model: TimeMlp,
    /// Moving average of the weights: what sampling and the likelihood use.
    pub(crate) ema: TimeMlp,
    pub(crate) steps_done: u64,
    optim: ModuleOptimizer,
    pub(crate) freqs: Tensor<2>,
    pub(crate) device: Device,
    pub(crate) rng: StdRng,
    /// The noise of solves (never the training noise).
    pub(crate) sample_noise: SampleNoise,
}

/// The straight path's point and velocity for one sample: x_t = (1 − t)·x_0 + t·ε, u = ε − x_0.
pub fn path_point(x0: [f32; 2], eps: [f32; 2], t: f32) -> ([f32; 2], [f32; 2]) {
    ([0, 1].map(|k| (1.0 - t) * x0[k] + t * eps[k]), [0, 1].map(|k| eps[k] - x0[k]))
}

impl Flow {
    pub fn init(config: &FlowModelConfig, device: &Device, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed ^ 0x666c_6f77);
        let model = TimeMlp::new(config.time_freqs, config.hidden, config.layers, &mut rng, device);
        Self {
            config: config.clone(),
            ema: model.valid(),
            model,
            steps_done: 0,
            optim: AdamConfig::new().init(),
            freqs: frequencies(config.time_freqs, device),
            device: device.clone(),
            rng,
            sample_noise: SampleNoise::new(seed ^ 0x666c_6f77),
        }
    }

    pub(crate) fn normals(&mut self, n: usize) -> Vec<f32> {
        (0..n).map(|_| StandardNormal.sample(&mut self.rng)).collect()
    }

    /// v_θ(x, t) through the training network (`[b, 2]`, `[b, 1]` → `[b, 2]`).
    fn velocity_of(&self, model: &TimeMlp, x: Tensor<2>, t: Tensor<2>) -> Tensor<2> {
        model.forward(Tensor::cat(vec![x, time_embedding(t, &self.freqs)], 1))
    }

    /// One step of L_CFM on `batch` (x_0 points): returns the loss, still on the device.
    pub fn step(&mut self, batch: &[[f32; 2]]) -> StepReport {
        let mut eps: Vec<[f32; 2]> = batch
            .iter()
            .map(|_| {
                let e = self.normals(2);
                [e[0], e[1]]
            })
            .collect();
        if self.config.coupling == Coupling::Ot {
            pair_by_transport(batch, &mut eps);
        }
        let t: Vec<f32> = batch.iter().map(|_| self.rng.random()).collect();
        let loss = self.loss(batch, &eps, &t);
        let grads = GradientsParams::from_grads(loss.backward(), &self.model);
        let model = self.model.clone();
        self.model = self.optim.step(self.config.learning_rate, model, grads);
        self.ema = ema_step(self.ema.clone(), &self.model, self.config.ema_decay, self.steps_done);
        self.steps_done += 1;
        StepReport { loss: loss.detach() }
    }

    /// L_CFM of the training network for the given x_0, ε and t (one of each per point), `[1]`.
    pub fn loss(&self, x0: &[[f32; 2]], eps: &[[f32; 2]], t: &[f32]) -> Tensor<1> {
        let b = x0.len();
        // One upload: [x0 (2), ε (2), t] per point.
        let rows: Vec<f32> = (0..b).flat_map(|i| [x0[i][0], x0[i][1], eps[i][0], eps[i][1], t[i]]).collect();
        let data = Tensor::<2>::from_data(TensorData::new(rows, [b, 5]), &self.device);
        let x0 = data.clone().slice([0..b, 0..2]);
        let eps = data.clone().slice([0..b, 2..4]);
        let t = data.slice([0..b, 4..5]);
        let xt = x0.clone() * (t.clone().neg() + 1.0) + eps.clone() * t.clone();
        let pred = self.velocity_of(&self.model, xt, t);
        let diff = pred - (eps - x0);
        (diff.clone() * diff).mean()
    }

    /// The sampling network's v̂(x, t) at `points` (the unfolded network, as trained), `[n, 2]`.
    pub fn velocity(&self, points: &[[f32; 2]], t: f32) -> Tensor<2> {
        let device = self.device.clone().without_autodiff();
        let flat: Vec<f32> = points.iter().flat_map(|p| [p[0], p[1]]).collect();
        let x = Tensor::<2>::from_data(TensorData::new(flat, [points.len(), 2]), &device);
        let tt = Tensor::<2>::full([points.len(), 1], t, &device);
        let ema = self.ema.clone();
        ema.forward(Tensor::cat(vec![x, time_embedding(tt, &self.freqs.clone().inner())], 1))
    }

    /// The network sampling uses (the moving average).
    pub fn sampling_model(&self) -> &TimeMlp {
        &self.ema
    }
}

/// What the worker keeps of it while a GPU trains (`models/keep.rs`): every weight, the
/// moving average too, and the step count.
impl crate::models::Weights for Flow {
    fn weight_pieces(&self) -> Vec<burn::prelude::Tensor<1>> {
        [crate::models::params::pieces(&self.model), crate::models::params::pieces(&self.ema)].concat()
    }

    fn load_weights(&mut self, values: &mut &[f32], steps: u64) -> Result<(), String> {
        crate::models::keep::load_with_ema(&mut self.model, &mut self.ema, values)?;
        self.steps_done = steps;
        crate::models::keep::reseed(&mut self.rng, steps);
        Ok(())
    }
}

impl Flow {
    /// Its optimiser's state and random streams, saved or opened exactly (`models/carry.rs`).
    pub(crate) fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        crate::models::carry::optim(c, &mut self.model, &mut self.optim);
        c.rng(&mut self.rng);
        self.sample_noise.carry(c);
    }
}
