//! The four GAN objectives, written on the discriminator's raw outputs (logits) l = D(x).
//!
//! With σ the logistic function, log σ(l) = −softplus(−l) and log(1 − σ(l)) = −softplus(l):
//! - **Minimax** (Goodfellow et al. 2014, eq. 1), the original, *saturating* game:
//!   L_D = −E[log σ(l_real)] − E[log(1 − σ(l_fake))],   L_G = E[log(1 − σ(l_fake))].
//!   When D confidently rejects fakes (l_fake ≪ 0), ∂L_G/∂l = −σ(l_fake) ≈ 0: G's gradient
//!   vanishes exactly when G is worst — the failure the seed text names.
//! - **Non-saturating** (same paper, §3): L_G = −E[log σ(l_fake)], slope −(1 − σ(l)) ≈ −1 there.
//! - **Least squares** (Mao et al. 2017, a = 0, b = c = 1): L_D = ½E[(l_real − 1)²] + ½E[l_fake²],
//!   L_G = ½E[(l_fake − 1)²].
//! - **Wasserstein with gradient penalty** (Arjovsky et al. 2017; Gulrajani et al. 2017):
//!   L_D = E[l_fake] − E[l_real] + λ E[(‖∇_x̂ D(x̂)‖ − 1)²],  x̂ = εx_real + (1 − ε)x_fake,
//!   ε ~ U[0, 1];  L_G = −E[l_fake].  The penalty is in `gan.rs` (it needs D's input gradient).

use burn::prelude::Tensor;
use burn::tensor::activation::softplus;
use serde::{Deserialize, Serialize};

/// Which game G and D play.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GanLoss {
    /// Original minimax: G minimises log(1 − D(G(z))) (saturates).
    Minimax,
    /// G minimises −log D(G(z)).
    #[default]
    NonSaturating,
    /// Least-squares GAN.
    LeastSquares,
    /// Wasserstein critic with gradient penalty.
    Wasserstein,
}

impl GanLoss {
    pub const ALL: [GanLoss; 4] = [GanLoss::Minimax, GanLoss::NonSaturating, GanLoss::LeastSquares, GanLoss::Wasserstein];

    pub fn id(self) -> &'static str {
        match self {
            GanLoss::Minimax => "minimax",
            GanLoss::NonSaturating => "ns",
            GanLoss::LeastSquares => "lsgan",
            GanLoss::Wasserstein => "wgan-gp",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            GanLoss::Minimax => "Minimax (saturating): log(1 − D(G(z)))",
            GanLoss::NonSaturating => "Non-saturating: −log D(G(z))",
            GanLoss::LeastSquares => "Least squares (LSGAN)",
            GanLoss::Wasserstein => "Wasserstein + gradient penalty",
        }
    }

    /// D's output shown to the user: a probability σ(l) for the logistic games, the raw score
    /// for LSGAN and the critic.
    pub fn is_logistic(self) -> bool {
        matches!(self, GanLoss::Minimax | GanLoss::NonSaturating)
    }
}

/// The discriminator's loss (without the gradient penalty), `[1]`.
pub fn d_loss(loss: GanLoss, real: Tensor<2>, fake: Tensor<2>) -> Tensor<1> {
    match loss {
        GanLoss::Minimax | GanLoss::NonSaturating => softplus(real.neg(), 1.0).mean() + softplus(fake, 1.0).mean(),
        GanLoss::LeastSquares => {
            let r = real.sub_scalar(1.0);
            (r.clone() * r).mean().mul_scalar(0.5) + (fake.clone() * fake).mean().mul_scalar(0.5)
        }
        GanLoss::Wasserstein => fake.mean() - real.mean(),
    }
}

/// The generator's loss on D's outputs for fakes, `[1]`.
pub fn g_loss(loss: GanLoss, fake: Tensor<2>) -> Tensor<1> {
    match loss {
        GanLoss::Minimax => softplus(fake, 1.0).mean().neg(),
        GanLoss::NonSaturating => softplus(fake.neg(), 1.0).mean(),
        GanLoss::LeastSquares => {
            let f = fake.sub_scalar(1.0);
            (f.clone() * f).mean().mul_scalar(0.5)
        }
        GanLoss::Wasserstein => fake.mean().neg(),
    }
}

/// ∂ℓ_G/∂l for one fake point with D-output `l` (ℓ_G the per-point generator loss): the
/// factor that turns D's input gradient into the direction G is pushed, −ℓ_G'(l) ∇_x l.
pub fn g_slope(loss: GanLoss, l: f32) -> f32 {
    let sigmoid = |v: f32| 1.0 / (1.0 + (-v).exp());
    match loss {
        GanLoss::Minimax => -sigmoid(l),
        GanLoss::NonSaturating => -sigmoid(-l),
        GanLoss::LeastSquares => l - 1.0,
        GanLoss::Wasserstein => -1.0,
    }
}
