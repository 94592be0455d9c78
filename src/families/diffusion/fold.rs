//! ε_θ at sampling time, with the time embedding folded into the first layer's bias
//! (`models/time_mlp.rs` does the folding; it is shared with flow matching).
//!
//! In a reverse step every point shares t, so its embedding e(t) is one row. Splitting the
//! first layer's weight by input rows, W₁ = [W₁ˣ; W₁ᵉ] (2 rows for x, 2k for e(t)),
//!   [x, e(t)] W₁ + b₁ = x W₁ˣ + c_t,   c_t = e(t) W₁ᵉ + b₁,
//! exactly (up to float rounding). The rows c_t of every timestep a chain visits come from one
//! `[steps, 2k] × [2k, h]` product before the chain starts; each step then costs a `[n, 2] ×
//! [2, h]` product and a broadcast add instead of sin, cos, two cats and a `[n, 2 + 2k] × [2k + 2,
//! h]` product. Training keeps the full layer (`EpsMlp::forward`).

use crate::families::diffusion::model::{Ddpm, EpsMlp};
use crate::models::time_mlp::Folded;

/// ε_θ(·, t) for a fixed list of timesteps, on the inference device.
pub type FoldedEps = Folded;

impl Ddpm {
    /// The sampling network (the EMA weights) folded for timesteps `ts` of this schedule.
    pub fn fold_eps(&self, ts: &[usize]) -> FoldedEps {
        let device = self.device.clone().without_autodiff();
        let big_t = self.schedule.len() as f32;
        let taus: Vec<f32> = ts.iter().map(|&t| t as f32 / big_t).collect();
        Folded::new(&self.ema, &taus, &self.freqs.clone().inner(), &device)
    }

    /// The sampling network, unfolded: `ε_θ([x, e(t)])` as training evaluates it.
    pub fn sampling_model(&self) -> &EpsMlp {
        &self.ema
    }
}
