//! What the GAN page draws, computed on the device in one pass and read back once:
//! - fakes G(z) for a **fixed** noise batch (so the picture does not jitter between frames);
//! - D's output on a regular grid over the plot (the decision surface);
//! - the generator's push on the first fakes, −ℓ_G'(l) ∇_x D(x) (see `model.rs`, `loss.rs`):
//!   the direction a G update moves each generated point, to first order;
//! - the manifold: G applied to a regular grid over (z₁, z₂) ∈ [−2, 2]² (other noise
//!   coordinates 0), i.e. how G warps the noise plane.

use crate::models::rng::StdRng;
use burn::module::Module;
use burn::prelude::{Tensor, TensorData};
use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};

use crate::families::gan::loss::GanLoss;
use crate::families::gan::model::Gan;

/// Half-width of the noise square the manifold grid spans.
pub const MANIFOLD_HALF: f32 = 2.0;

/// Sizes of the view and its fixed noise.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewSpec {
    /// Fixed noise, `fakes × noise_dim`, drawn once per run from its seed.
    pub z: Vec<f32>,
    pub fakes: usize,
    /// Fakes that get a gradient arrow (the first ones).
    pub arrows: usize,
    /// Heatmap cells per axis, over `[−half, half]²`.
    pub grid: usize,
    pub half: f32,
    /// Manifold lattice points per axis.
    pub manifold: usize,
}

impl ViewSpec {
    pub fn new(seed: u64, noise_dim: usize, fakes: usize, half: f32) -> Self {
        let mut rng = StdRng::seed_from_u64(seed ^ 0x7669_6577);
        let z = (0..fakes * noise_dim.max(1)).map(|_| StandardNormal.sample(&mut rng)).collect();
        Self { z, fakes, arrows: fakes.min(200), grid: 40, half, manifold: 21 }
    }

    /// Centres of the heatmap cells, row-major from the bottom-left.
    pub fn grid_points(&self) -> Vec<[f32; 2]> {
        let (n, h) = (self.grid, self.half);
        let at = |i: usize| -h + (i as f32 + 0.5) * 2.0 * h / n as f32;
        (0..n * n).map(|k| [at(k % n), at(k / n)]).collect()
    }

    /// Length of the flat readback of [`Gan::view`].
    pub fn len(&self) -> usize {
        2 * self.fakes + self.grid * self.grid + 2 * self.arrows + 2 * self.manifold * self.manifold
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One view, split from the flat readback.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GanView {
    /// Fakes `[x, y, …]`.
    pub fakes: Vec<f32>,
    /// D's raw output l on the grid (row-major from the bottom-left).
    pub heat: Vec<f32>,
    /// Push on the first fakes `[dx, dy, …]`.
    pub arrows: Vec<f32>,
    /// Manifold lattice `[x, y, …]`, row-major.
    pub manifold: Vec<f32>,
}

impl GanView {
    pub fn split(spec: &ViewSpec, flat: &[f32]) -> Option<Self> {
        if flat.len() != spec.len() {
            return None;
        }
        let mut rest = flat;
        let mut take = |n: usize| {
            let (a, b) = rest.split_at(n);
            rest = b;
            a.to_vec()
        };
        Some(GanView {
            fakes: take(2 * spec.fakes),
            heat: take(spec.grid * spec.grid),
            arrows: take(2 * spec.arrows),
            manifold: take(2 * spec.manifold * spec.manifold),
        })
    }
}

/// −ℓ_G'(l) as tensor ops (the host version is `gan_loss::g_slope`).
fn push_factor(loss: GanLoss, l: Tensor<2>) -> Tensor<2> {
    use burn::tensor::activation::sigmoid;
    match loss {
        GanLoss::Minimax => sigmoid(l),
        GanLoss::NonSaturating => sigmoid(l.neg()),
        GanLoss::LeastSquares => l.neg().add_scalar(1.0),
        GanLoss::Wasserstein => l.ones_like(),
    }
}

impl Gan {
    /// The whole view as one flat tensor (layout: [`ViewSpec::len`], split by [`GanView::split`]).
    pub fn view(&self, spec: &ViewSpec) -> Tensor<1> {
        let device = self.device.clone().without_autodiff();
        let (g, d) = (self.g.valid(), self.d.valid());
        let k = self.config.noise_dim.max(1);
        let z = Tensor::<2>::from_data(TensorData::new(spec.z.clone(), [spec.fakes, k]), &device);
        let fakes = g.generate(z);
        let grid: Vec<f32> = spec.grid_points().into_iter().flatten().collect();
        let cells = spec.grid * spec.grid;
        let heat = d.critic(Tensor::from_data(TensorData::new(grid, [cells, 2]), &device));
        let head = fakes.clone().slice([0..spec.arrows, 0..2]);
        let push = d.critic_input_grad(head.clone()) * push_factor(self.config.loss, d.critic(head));
        let m = spec.manifold;
        let at = |i: usize| -MANIFOLD_HALF + i as f32 * 2.0 * MANIFOLD_HALF / (m - 1).max(1) as f32;
        let mut lattice = vec![0f32; m * m * k];
        for i in 0..m * m {
            lattice[i * k] = at(i % m);
            if k > 1 {
                lattice[i * k + 1] = at(i / m);
            }
        }
        let manifold = g.generate(Tensor::from_data(TensorData::new(lattice, [m * m, k]), &device));
        Tensor::cat(vec![fakes.flatten(0, 1), heat.flatten(0, 1), push.flatten(0, 1), manifold.flatten(0, 1)], 0)
    }
}
