//! What the compare page asks of a family, whichever it is: draw samples the way its own page
//! does, and estimate the log-likelihood of held-out data — or say it cannot (an implicit
//! model). Each of the four 2-D families implements this in its own folder; this file names
//! none of them.

use burn::prelude::Tensor;
use serde::{Deserialize, Serialize};

/// What a family's log-likelihood number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Exact up to the ODE's discretisation (flow matching, by the change of variables).
    Exact,
    /// A lower bound (the DDPM's variational bound, the VAE's ELBO).
    Bound,
}

/// A log-likelihood being computed on the device: the values to read back, and how to turn
/// them into the mean over the points, in nats.
pub struct Pending {
    pub kind: Kind,
    pub values: Tensor<1>,
    pub finish: Finish,
}

/// Turns the read-back values into the measure.
pub type Finish = Box<dyn FnOnce(&[f32]) -> f64>;

impl Pending {
    /// A per-point log-likelihood `[n]` whose mean is the answer.
    pub fn mean(kind: Kind, per_point: Tensor<1>) -> Self {
        Self { kind, values: per_point, finish: Box::new(|v: &[f32]| v.iter().map(|&x| x as f64).sum::<f64>() / v.len().max(1) as f64) }
    }
}

/// One family on the compare page.
pub trait Contender {
    /// `n` samples drawn as the family's own page draws them, `[n, 2]`, on the device.
    fn draw(&mut self, n: usize) -> Tensor<2>;

    /// Its estimate of log p(x) over `points`, or `None` for a model without a density.
    fn log_likelihood(&self, points: &[[f32; 2]]) -> Option<Pending>;

    /// Training steps so far (the first run's, where there are two).
    fn trained_steps(&self) -> u64;
}
