//! The reverse process of the 2-D DDPM on tensors: ancestral DDPM and DDIM chains that keep
//! frames (x_t and the model's x̂_0) for the page's animation, and the learned noise field.
//!
//! Per step, with ε̂ = ε_θ(x_t, t) (see `samplers.rs` for the per-point reference maths):
//!   x̂_0 = (x_t − √(1 − ᾱ_t) ε̂) / √ᾱ_t
//!   DDPM (Ho et al. 2020, Alg. 2):  x_{t−1} = c_x x_t − c_ε ε̂ + σ_t z,  σ_t² = β̃_t
//!   DDIM (Song et al. 2020, eq. 12): x_{t'} = √ᾱ' x̂_0 + √(1 − ᾱ' − σ²) ε̂ + σ z,
//!                                     σ = η √((1 − ᾱ')/(1 − ᾱ_t)) √(1 − ᾱ_t/ᾱ')
//! Each point's path length (every step, not only the kept frames) is summed on the device.
//! The score of the noised density is ∇ log q_t(x) ≈ −ε̂ / √(1 − ᾱ_t): the field arrows.
//! Chains evaluate ε̂ with the time embedding folded into a per-step bias (`fold.rs`; the
//! same function), the field with the network as trained. Noise z is drawn on the host from
//! the trainer's seeded RNG, like everything else.

use burn::prelude::{Tensor, TensorData};

use crate::families::diffusion::model::{Ddpm, EpsMlp};
use crate::models::samplers::{Chain, Sampler, ddim_pairs, ddim_sigma};
use crate::models::time_mlp::time_embedding;

impl Ddpm {
    fn eps_at(&self, model: &EpsMlp, x: Tensor<2>, t: usize) -> Tensor<2> {
        let n = x.dims()[0];
        let t_norm = Tensor::<2>::full([n, 1], t as f32 / self.schedule.len() as f32, &x.device());
        let emb = time_embedding(t_norm, &self.freqs.clone().inner());
        model.forward(Tensor::cat(vec![x, emb], 1))
    }

    fn noise(&mut self, n: usize, device: &burn::prelude::Device) -> Tensor<2> {
        let z = self.sample_noise.normals(n * 2);
        Tensor::<2>::from_data(TensorData::new(z, [n, 2]), device)
    }

    /// Runs the reverse chain from x_T ~ N(0, I) for `n` points, keeping about `max_frames`
    /// evenly spaced frames (always the first and the last). ε̂ comes from the folded network
    /// (`fold.rs`): one bias row per step instead of an embedding per point.
    pub fn chain(&mut self, n: usize, sampler: Sampler, max_frames: usize) -> Chain {
        let device = self.device.clone().without_autodiff();
        let big_t = self.schedule.len();
        let pairs: Vec<(usize, Option<usize>)> = match sampler {
            Sampler::Ddpm => (0..big_t).rev().map(|t| (t, t.checked_sub(1))).collect(),
            Sampler::Ddim { steps, .. } => ddim_pairs(big_t, steps.clamp(1, big_t)),
        };
        let eps_net = self.fold_eps(&pairs.iter().map(|&(t, _)| t).collect::<Vec<_>>());
        let every = pairs.len().div_ceil(max_frames.max(2) - 1).max(1);
        let mut x = self.noise(n, &device); // x_T
        let mut path = Tensor::<2>::zeros([n, 1], &device);
        let (mut ts, mut xs, mut x0s) = (Vec::new(), Vec::new(), Vec::new());
        for (i, &(t, prev)) in pairs.iter().enumerate() {
            let eps = eps_net.forward(x.clone(), i);
            let ab = self.schedule.alpha_bars[t];
            let keep = i % every == 0;
            // x̂_0 is needed by DDIM's update and by kept frames only.
            let x0 = (keep || matches!(sampler, Sampler::Ddim { .. }))
                .then(|| (x.clone() - eps.clone().mul_scalar((1.0 - ab).sqrt())).div_scalar(ab.sqrt()));
            if keep {
                ts.push(t);
                xs.push(x.clone());
                x0s.push(x0.clone().unwrap());
            }
            let next = match sampler {
                Sampler::Ddpm => {
                    let (c_x, c_eps, sigma) = self.schedule.ddpm_step_coefficients(t);
                    let next = x.clone().mul_scalar(c_x) - eps.mul_scalar(c_eps);
                    if sigma > 0.0 { next + self.noise(n, &device).mul_scalar(sigma) } else { next }
                }
                Sampler::Ddim { eta, .. } => {
                    let ab_prev = prev.map_or(1.0, |p| self.schedule.alpha_bars[p]);
                    let sigma = ddim_sigma(ab, ab_prev, eta);
                    let dir = (1.0 - ab_prev - sigma * sigma).max(0.0).sqrt();
                    let next = x0.expect("DDIM computes x̂_0").mul_scalar(ab_prev.sqrt()) + eps.mul_scalar(dir);
                    if sigma > 0.0 { next + self.noise(n, &device).mul_scalar(sigma) } else { next }
                }
            };
            let d = next.clone() - x;
            path = path + (d.clone() * d).sum_dim(1).sqrt();
            x = next;
            if prev.is_none() {
                // The final sample: shown as "t = 0 done", its own x̂_0 is itself.
                ts.push(0);
                xs.push(x.clone());
                x0s.push(x.clone());
            }
        }
        Chain { n, ts, xt: Tensor::cat(xs, 0), x0: Tensor::cat(x0s, 0), path: Some(path) }
    }

    /// The model's noise prediction ε̂(x, t) at the given points, `[points, 2]`, through the
    /// unfolded network (as training evaluates it).
    pub fn eps_field(&self, points: &[[f32; 2]], t: usize) -> Tensor<2> {
        let model = self.ema.clone();
        let device = self.device.clone().without_autodiff();
        let flat: Vec<f32> = points.iter().flat_map(|p| [p[0], p[1]]).collect();
        let x = Tensor::<2>::from_data(TensorData::new(flat, [points.len(), 2]), &device);
        self.eps_at(&model, x, t.min(self.schedule.len() - 1))
    }
}
