//! VAE training sessions: one run, or two side by side (e.g. the autoencoder against the VAE)
//! on the same data and seed, trained in lock-step. Pure (no browser APIs).
//!
//! A chunk enqueues `n` steps per run and, optionally, each run's view — the codes of the data
//! (μ and log σ² of q(z | x)), reconstructions x̂(μ), the decoder's image of a latent grid and
//! of a fixed prior sample at the current temperature — as one tensor: one readback per chunk.
//! The views use fixed latent points and draw nothing from the model's RNG, so looking at the
//! model never changes how it trains.

use crate::models::rng::StdRng;
use burn::prelude::{Device, Tensor};
use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};

use crate::compare::contender::{Contender, Kind, Pending};
use crate::families::vae::model::Vae;
use crate::families::vae::protocol::VaeUpdate;
use crate::families::vae::runs::{CODES_N, GRID, LATENT_HALF, PRIOR_N, VaeRunConfig, VaeRunReport, VaeView};
use crate::models::keep::{KeepRuns, load_runs};
use crate::models::{Batcher, Weights};
use crate::quality::{QualityBar, Reference, evaluate};
use crate::worker::lab::{FamilyId, Lab, NonFinite, Status, first_non_finite};

/// One run: model, batcher, step counter.
#[derive(Clone)]
pub struct VaeSession {
    pub config: VaeRunConfig,
    pub step: u64,
    pub vae: Vae,
    batcher: Batcher,
}

/// Side-by-side runs, their fixed view inputs and the reference they are scored against.
#[derive(Clone)]
pub struct VaeLab {
    pub runs: Vec<VaeSession>,
    pub reference: Reference,
    pub temperature: f32,
    codes_of: Vec<[f32; 2]>,
    eps: Vec<[f32; 2]>,
    pending: Vec<(usize, bool)>,
    /// Score the decoded prior samples in `finish` (see `GanLab::score`).
    pub score: bool,
    built: (Device, Vec<[f32; 2]>, u64, Vec<VaeRunConfig>),
}

fn lattice() -> Vec<[f32; 2]> {
    let at = |i: usize| -LATENT_HALF + i as f32 * 2.0 * LATENT_HALF / (GRID - 1) as f32;
    (0..GRID * GRID).map(|k| [at(k % GRID), at(k / GRID)]).collect()
}

impl VaeLab {
    pub fn new(device: &Device, points: &[[f32; 2]], reference: Reference, seed: u64, configs: &[VaeRunConfig], temperature: f32) -> Self {
        let runs = configs
            .iter()
            .take(2)
            .map(|c| VaeSession {
                vae: Vae::init(&c.model, device, seed),
                batcher: Batcher::new(points.to_vec(), seed),
                config: c.clone(),
                step: 0,
            })
            .collect();
        let mut rng = StdRng::seed_from_u64(seed ^ 0x0070_7269_6f72);
        let eps = (0..PRIOR_N).map(|_| [StandardNormal.sample(&mut rng), StandardNormal.sample(&mut rng)]).collect();
        let codes_of = points.iter().take(CODES_N).copied().collect();
        let built = (device.clone(), points.to_vec(), seed, configs.iter().take(2).cloned().collect());
        Self { runs, reference, temperature, codes_of, eps, pending: Vec::new(), score: true, built }
    }

    /// A fresh fixed prior draw ε (the `draw`-th after the seed's own): "sample again".
    pub fn resample(&mut self, seed: u64, draw: u64) {
        let mut rng = StdRng::seed_from_u64(seed ^ 0x0070_7269_6f72 ^ draw.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        self.eps = (0..PRIOR_N).map(|_| [StandardNormal.sample(&mut rng), StandardNormal.sample(&mut rng)]).collect();
    }

    fn view(&self, vae: &Vae) -> Tensor<1> {
        let (mu, logvar) = vae.encode(&self.codes_of);
        let n = self.codes_of.len();
        let recon = if n > 0 { vae.decode_tensor(mu.clone()) } else { mu.clone() };
        let z: Vec<[f32; 2]> = self.eps.iter().map(|e| [e[0] * self.temperature, e[1] * self.temperature]).collect();
        let parts = [mu, logvar, recon, vae.decode(&z), vae.decode(&lattice())];
        Tensor::cat(parts.into_iter().map(|t| t.flatten::<1>(0, 1)).collect(), 0)
    }

    /// Enqueues `n` steps of every run (and their views when `view`) as one flat tensor.
    pub fn chunk(&mut self, n: usize, view: bool) -> Option<Tensor<1>> {
        let mut parts = Vec::new();
        self.pending.clear();
        for i in 0..self.runs.len() {
            let run = &mut self.runs[i];
            let b = run.config.batch.max(1);
            for _ in 0..n {
                let batch = run.batcher.next(b);
                let s = run.vae.step_parts(&batch);
                let sigma2 = run.config.model.sigma_x * run.config.model.sigma_x;
                parts.push(Tensor::cat(vec![s.recon.mul_scalar(2.0 * sigma2), s.kl], 0));
                run.step += 1;
            }
            if view {
                parts.push(self.view(&self.runs[i].vae));
            }
            self.pending.push((n, view));
        }
        (!parts.is_empty()).then(|| Tensor::cat(parts, 0))
    }

    /// Splits a chunk's readback into per-run reports.
    pub fn finish(&self, flat: &[f32]) -> Vec<VaeRunReport> {
        let mut rest = flat;
        let mut take = |k: usize| -> Option<Vec<f32>> {
            (rest.len() >= k).then(|| {
                let (a, b) = rest.split_at(k);
                rest = b;
                a.to_vec()
            })
        };
        let mut out = Vec::new();
        for (run, &(n, view)) in self.runs.iter().zip(&self.pending) {
            let Some(terms) = take(2 * n) else { break };
            let mut report = VaeRunReport { step: run.step, ..Default::default() };
            report.mse = terms.iter().step_by(2).copied().collect();
            report.kl = terms.iter().skip(1).step_by(2).copied().collect();
            if view {
                let c = 2 * self.codes_of.len();
                let (Some(mu), Some(logvar), Some(recon), Some(prior), Some(grid)) =
                    (take(c), take(c), take(c), take(2 * PRIOR_N), take(2 * GRID * GRID))
                else {
                    break;
                };
                let pts: Vec<[f32; 2]> = prior.chunks_exact(2).map(|p| [p[0], p[1]]).collect();
                if self.score && !self.reference.points.is_empty() {
                    report.quality = Some(evaluate(&pts, &self.reference, &QualityBar::default(), run.step));
                }
                report.view = Some(VaeView { mu, logvar, recon, prior, grid });
            }
            out.push(report);
        }
        out
    }

    /// Each run's decoder at one latent point `z` (the latent pad), `[runs · 2]`.
    pub fn decode_point(&self, z: [f32; 2]) -> Option<Tensor<1>> {
        let parts: Vec<Tensor<1>> = self.runs.iter().map(|r| r.vae.decode(&[z]).flatten::<1>(0, 1)).collect();
        (!parts.is_empty()).then(|| Tensor::cat(parts, 0))
    }
}

impl VaeLab {
    /// The settings each run was built with.
    pub fn configs(&self) -> &[VaeRunConfig] {
        &self.built.3
    }

    /// Values in one run's view: μ, log σ² and x̂ of the coded points, the prior samples, the grid.
    fn view_len(&self) -> usize {
        3 * 2 * self.codes_of.len() + 2 * PRIOR_N + 2 * GRID * GRID
    }

    /// The first non-finite value of a chunk's readback (see `GanLab::check`).
    pub fn check(&self, flat: &[f32]) -> Option<NonFinite> {
        let mut rest = flat;
        for (i, (run, &(n, view))) in self.runs.iter().zip(&self.pending).enumerate() {
            let (terms, tail) = rest.split_at((2 * n).min(rest.len()));
            let (shown, tail) = tail.split_at(if view { self.view_len().min(tail.len()) } else { 0 });
            rest = tail;
            if let Some((k, value)) = first_non_finite(terms) {
                let what = if k % 2 == 0 { "its reconstruction loss" } else { "its KL term" };
                return Some(NonFinite { run: i, step: run.step - n as u64 + (k / 2) as u64 + 1, what, value });
            }
            if let Some((_, value)) = first_non_finite(shown) {
                return Some(NonFinite { run: i, step: run.step, what: "what-codes", value });
            }
        }
        None
    }
}

/// The VAE runs' settings and the prior temperature the views decode at.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct VaeSettings {
    pub runs: Vec<VaeRunConfig>,
    pub temperature: f32,
}

/// Only the runs' settings decide whether the model is built again; the temperature is a view.
impl PartialEq for VaeSettings {
    fn eq(&self, other: &Self) -> bool {
        self.runs == other.runs
    }
}

impl Lab for VaeLab {
    const ID: FamilyId = FamilyId::Vae;
    type Report = VaeUpdate;

    fn steps(&self) -> Vec<u64> {
        self.runs.iter().map(|r| r.step).collect()
    }

    fn enqueue(&mut self, n: usize, view: bool) -> Option<Tensor<1>> {
        self.chunk(n, view)
    }

    fn read(&mut self, flat: &[f32], score: bool, status: Status) -> Result<VaeUpdate, NonFinite> {
        if let Some(bad) = self.check(flat) {
            return Err(bad);
        }
        self.score = score;
        let runs = self.finish(flat);
        let configs = self.built.3.clone();
        Ok(VaeUpdate::Progress {
            runs,
            configs,
            running: status.running,
            steps_per_sec: status.steps_per_sec,
            temperature: self.temperature,
        })
    }

    fn reset(&mut self) {
        let (device, points, seed, configs) = self.built.clone();
        let (eps, temperature) = (std::mem::take(&mut self.eps), self.temperature);
        *self = VaeLab::new(&device, &points, self.reference.clone(), seed, &configs, temperature);
        self.eps = eps;
    }
}

impl KeepRuns for VaeLab {
    fn kept_pieces(&self) -> (Vec<Tensor<1>>, Vec<u64>) {
        (self.runs.iter().flat_map(|r| r.vae.weight_pieces()).collect(), self.steps())
    }

    fn load_kept(&mut self, values: &[f32], steps: &[u64]) -> Result<(), String> {
        load_runs(self.runs.iter_mut().map(|r| (&mut r.vae, &mut r.step)), values, steps)?;
        self.runs.iter_mut().for_each(|r| r.batcher.reseed(r.step));
        Ok(())
    }

    fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        for r in &mut self.runs {
            r.vae.carry(c);
            r.batcher.carry(c);
        }
    }
}

/// The compare page draws the first run's decoded prior samples at the page's temperature (from
/// the same noise each time), and
/// measures its ELBO (16 draws a point; none for a plain autoencoder).
impl Contender for VaeLab {
    fn draw(&mut self, n: usize) -> Tensor<2> {
        let t = self.temperature;
        let vae = &mut self.runs[0].vae;
        vae.sample_noise.restart();
        vae.sample_prior(n, t)
    }

    fn log_likelihood(&self, points: &[[f32; 2]]) -> Option<Pending> {
        let seed = self.built.2 ^ 0xe1_b0;
        self.runs[0].vae.elbo(points, 16, seed).map(|t| Pending::mean(Kind::Bound, t))
    }

    fn trained_steps(&self) -> u64 {
        self.runs[0].step
    }
}
