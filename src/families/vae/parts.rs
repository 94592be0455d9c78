//! What the VAE page reads from a trained [`Vae`]: codes of data points, decoded latent points,
//! prior samples at a temperature, and reconstructions. All run on the inference (non-autodiff)
//! device with a copy of the current weights; noise comes from the model's seeded host RNG.

use burn::module::Module;
use burn::prelude::{Device, Tensor, TensorData};

use crate::families::vae::model::{LATENT_DIM, LOGVAR_RANGE, Vae, VaeNet, reparameterise};

/// Host points as a `[n, 2]` tensor on `device`.
fn upload(points: &[[f32; 2]], device: &Device) -> Tensor<2> {
    let flat: Vec<f32> = points.iter().flat_map(|p| [p[0], p[1]]).collect();
    Tensor::<2>::from_data(TensorData::new(flat, [points.len(), 2]), device)
}

impl Vae {
    /// The weights as they are now, on the inference device.
    fn inference(&self) -> (VaeNet, Device) {
        (self.net.valid(), self.device.clone().without_autodiff())
    }

    /// μ(x) and log σ²(x) of q(z | x) for each point, `[n, 2]` each. The deterministic
    /// autoencoder has no posterior width: its log σ² is reported as the floor `LOGVAR_RANGE.0`.
    pub fn encode(&self, points: &[[f32; 2]]) -> (Tensor<2>, Tensor<2>) {
        let (net, device) = self.inference();
        let (mu, logvar) = net.encode(upload(points, &device));
        if self.config.variational { (mu, logvar) } else { (mu, logvar.full_like(LOGVAR_RANGE.0)) }
    }

    /// `n` latent draws ε ~ N(0, I) from the host RNG, `[n, 2]` on `device`.
    fn noise(&mut self, n: usize, device: &Device) -> Tensor<2> {
        Tensor::<2>::from_data(TensorData::new(self.sample_noise.normals(n * LATENT_DIM), [n, LATENT_DIM]), device)
    }

    /// Decoder means x̂(z) at the given latent points, `[n, 2]`.
    pub fn decode(&self, z: &[[f32; 2]]) -> Tensor<2> {
        let (net, device) = self.inference();
        net.decoder.forward(upload(z, &device))
    }

    /// Decoder means at latent codes already on the inference device (e.g. the μ from
    /// [`Vae::encode`]), `[n, 2]`.
    pub fn decode_tensor(&self, z: Tensor<2>) -> Tensor<2> {
        self.net.valid().decoder.forward(z)
    }

    /// Decoder means at `n` draws z ~ N(0, temperature² I) from the host RNG, `[n, 2]`.
    pub fn sample_prior(&mut self, n: usize, temperature: f32) -> Tensor<2> {
        let (net, device) = self.inference();
        net.decoder.forward(self.noise(n, &device).mul_scalar(temperature))
    }

    /// x̂(z) with z ~ q(z | x) (z = μ(x) for the autoencoder), one draw per point, `[n, 2]`.
    pub fn reconstruct(&mut self, points: &[[f32; 2]]) -> Tensor<2> {
        let (net, device) = self.inference();
        let (mu, logvar) = net.encode(upload(points, &device));
        let z = if self.config.variational { reparameterise(mu, logvar, self.noise(points.len(), &device)) } else { mu };
        net.decoder.forward(z)
    }
}

impl Vae {
    /// The ELBO of each of `points`, in nats with every constant, `[n]` (a lower bound on
    /// log p(x) of the model p(x) = ∫ N(x; x̂(z), σ_x² I) N(z; 0, I) dz):
    ///   ELBO = E_q[log N(x; x̂(z), σ_x² I)] − KL(q(z | x) ‖ N(0, I)),
    ///   log N(x; x̂, σ_x² I) = −‖x − x̂‖² / 2σ_x² − ln(2π σ_x²)  (d = 2),
    /// the expectation over `draws` reparameterised z per point, their noise from an RNG seeded by
    /// `seed` (a measurement never disturbs training). `None` for the plain autoencoder: it has no
    /// prior to decode from, so no likelihood.
    pub fn elbo(&self, points: &[[f32; 2]], draws: usize, seed: u64) -> Option<Tensor<1>> {
        use rand::SeedableRng;
        use rand_distr::{Distribution, StandardNormal};
        if !self.config.variational {
            return None;
        }
        let (net, device) = self.inference();
        let (n, k) = (points.len(), draws.max(1));
        let (mu, logvar) = net.encode(upload(points, &device));
        let kl = crate::families::vae::model::gaussian_kl(mu.clone(), logvar.clone()); // [n]
        let mut rng = crate::models::rng::StdRng::seed_from_u64(seed);
        let eps: Vec<f32> = (0..n * k * LATENT_DIM).map(|_| StandardNormal.sample(&mut rng)).collect();
        let eps = Tensor::<2>::from_data(TensorData::new(eps, [k * n, LATENT_DIM]), &device);
        let tile = |t: Tensor<2>| Tensor::cat(vec![t; k], 0); // draw j of point i at row j·n + i
        let z = reparameterise(tile(mu), tile(logvar), eps);
        let diff = tile(upload(points, &device)) - net.decoder.forward(z);
        let s2 = self.config.sigma_x * self.config.sigma_x;
        let sq = (diff.clone() * diff).sum_dim(1).reshape([k, n]).mean_dim(0).reshape([n]);
        let log_lik = sq.div_scalar(-2.0 * s2).sub_scalar((2.0 * std::f64::consts::PI * s2).ln());
        Some(log_lik - kl)
    }
}
