//! Sampling flow matching: integrate dx/dt = v_θ(x, t) from t = 1 (x_1 ~ N(0, I)) down to t = 0.
//!
//! With K steps of size h = 1/K at times t_i = 1 − i·h:
//!   Euler:  x_{i+1} = x_i − h · v_θ(x_i, t_i)
//!   Heun:   x̃ = x_i − h · v_θ(x_i, t_i),  x_{i+1} = x_i − h/2 · (v_θ(x_i, t_i) + v_θ(x̃, t_{i+1}))
//! (Heun's method, the explicit trapezoidal rule: second order, two network calls a step;
//! Karras et al. 2022, arXiv:2206.00364, Alg. 1 uses it for the same reason).
//! Each frame also shows the model's guess of where the point ends, x̂_0 = x_t − t · v_θ(x_t, t)
//! (exact for the straight path x_t = (1 − t)·x_0 + t·ε, whose velocity is ε − x_0).
//! Straightness: each point's path length Σ‖x_{i+1} − x_i‖ over its displacement ‖x_K − x_0‖;
//! 1 is a straight line. The network runs folded at the times it visits (`models/time_mlp.rs`).

use burn::prelude::{Tensor, TensorData};
use serde::{Deserialize, Serialize};

use crate::families::flow::model::Flow;
use crate::models::time_mlp::Folded;

/// How the ODE is integrated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Solver {
    #[default]
    Euler,
    Heun,
}

impl Solver {
    pub fn id(self) -> &'static str {
        match self {
            Solver::Euler => "euler",
            Solver::Heun => "heun",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        [Solver::Euler, Solver::Heun].into_iter().find(|s| s.id() == id)
    }

    /// Network evaluations per step.
    pub fn calls(self) -> usize {
        if self == Solver::Heun { 2 } else { 1 }
    }
}

/// A solver and its number of steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowSampler {
    pub solver: Solver,
    pub steps: usize,
}

/// One Euler step of one point, as plain maths: x − h · v.
pub fn euler_step(x: [f32; 2], v: [f32; 2], h: f32) -> [f32; 2] {
    [x[0] - h * v[0], x[1] - h * v[1]]
}

/// One Heun step of one point, given v at the start and v at the Euler guess x − h · v₁.
pub fn heun_step(x: [f32; 2], v1: [f32; 2], v2: [f32; 2], h: f32) -> [f32; 2] {
    [x[0] - 0.5 * h * (v1[0] + v2[0]), x[1] - 0.5 * h * (v1[1] + v2[1])]
}

/// A recorded ODE solve: frames of x_t and x̂_0, stacked `[frames · n, 2]`, each frame's t, and
/// each point's path length `[n, 1]`.
pub struct FlowChain {
    pub n: usize,
    pub times: Vec<f32>,
    pub xt: Tensor<2>,
    pub x0: Tensor<2>,
    pub path: Tensor<2>,
}

impl FlowChain {
    /// The final samples, `[n, 2]`.
    pub fn final_x(&self) -> Tensor<2> {
        let rows = self.xt.dims()[0];
        self.xt.clone().slice([rows - self.n..rows, 0..2])
    }
}

impl Flow {
    /// x_1 ~ N(0, I) for `n` points, from the trainer's RNG.
    pub(crate) fn start_noise(&mut self, n: usize) -> Tensor<2> {
        let z = self.sample_noise.normals(n * 2);
        Tensor::<2>::from_data(TensorData::new(z, [n, 2]), &self.device.clone().without_autodiff())
    }

    /// The sampling network folded at `times`.
    pub(crate) fn fold(&self, times: &[f32]) -> Folded {
        let device = self.device.clone().without_autodiff();
        Folded::new(&self.ema, times, &self.freqs.clone().inner(), &device)
    }

    /// Solves from fresh noise for `n` points, keeping about `max_frames` evenly spaced frames
    /// (always the first and the last).
    pub fn chain(&mut self, n: usize, sampler: FlowSampler, max_frames: usize) -> FlowChain {
        let x = self.start_noise(n);
        self.chain_from(x, sampler, max_frames)
    }

    /// Solves from the given x_1 (`[n, 2]`).
    pub fn chain_from(&self, mut x: Tensor<2>, sampler: FlowSampler, max_frames: usize) -> FlowChain {
        let n = x.dims()[0];
        let k = sampler.steps.max(1);
        let h = 1.0 / k as f32;
        let times: Vec<f32> = (0..=k).map(|i| 1.0 - i as f32 * h).collect();
        let net = self.fold(&times);
        let every = k.div_ceil(max_frames.max(2) - 1).max(1);
        let mut path = Tensor::<2>::zeros([n, 1], &x.device());
        let (mut kept_t, mut xs, mut x0s) = (Vec::new(), Vec::new(), Vec::new());
        for (i, &t) in times.iter().enumerate().take(k) {
            let v1 = net.forward(x.clone(), i);
            if i % every == 0 {
                kept_t.push(t);
                xs.push(x.clone());
                x0s.push(x.clone() - v1.clone().mul_scalar(t));
            }
            let next = match sampler.solver {
                Solver::Euler => x.clone() - v1.mul_scalar(h),
                Solver::Heun => {
                    let guess = x.clone() - v1.clone().mul_scalar(h);
                    let v2 = net.forward(guess, i + 1);
                    x.clone() - (v1 + v2).mul_scalar(0.5 * h)
                }
            };
            let d = next.clone() - x;
            path = path + (d.clone() * d).sum_dim(1).sqrt();
            x = next;
        }
        kept_t.push(0.0);
        xs.push(x.clone());
        x0s.push(x);
        FlowChain { n, times: kept_t, xt: Tensor::cat(xs, 0), x0: Tensor::cat(x0s, 0), path }
    }
}
