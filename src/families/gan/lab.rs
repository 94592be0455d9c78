//! The GAN family's [`Lab`]: one or two runs ([`GanSession`]) on the same data and seed,
//! trained in lock-step. A chunk enqueues `n` iterations per run and, optionally, each run's
//! view — everything concatenated into one tensor, so the worker reads the device back once per
//! chunk. Pure (no browser APIs).

use burn::prelude::{Device, Tensor};

use crate::compare::contender::{Contender, Pending};
use crate::families::gan::protocol::GanUpdate;
use crate::families::gan::runs::{GanCurves, GanRunConfig, GanRunReport, GanSession, Phase, Slot, meter};
use crate::families::gan::view::GanView;
use crate::models::Weights;
use crate::models::keep::{KeepRuns, load_runs};
use crate::quality::Reference;
use crate::worker::lab::{FamilyId, Lab, NonFinite, Status, first_non_finite};

/// Side-by-side runs plus what they are scored against.
#[derive(Clone)]
pub struct GanLab {
    pub runs: Vec<GanSession>,
    pub reference: Reference,
    /// What the next chunk runs: both nets (training), or D or G alone (the step buttons).
    pub phase: Phase,
    /// Values per run in the pending chunk: (iterations, curve values, view length).
    pending: Vec<(usize, usize, usize)>,
    /// Score the views (the meter) in `finish`; the worker turns this off between scorings,
    /// because MMD² over 2,000 × 2,000 pairs costs more than a chunk of training in wasm.
    pub score: bool,
    built: (Device, Vec<[f32; 2]>, u64, Vec<GanRunConfig>),
}

impl GanLab {
    /// `configs.len()` runs (1 or 2) on the same data and seed.
    pub fn new(device: &Device, points: &[[f32; 2]], reference: Reference, seed: u64, configs: &[GanRunConfig]) -> Self {
        let configs: Vec<GanRunConfig> = configs.iter().take(2).cloned().collect();
        let runs = configs.iter().map(|c| GanSession::new(device, points, seed, c.clone())).collect();
        let built = (device.clone(), points.to_vec(), seed, configs);
        Self { runs, reference, phase: Phase::Both, pending: Vec::new(), score: true, built }
    }

    /// The settings each run was built with.
    pub fn configs(&self) -> &[GanRunConfig] {
        &self.built.3
    }

    /// Enqueues `n` iterations of every run (and their views when `view`), as one flat tensor
    /// to read back and pass to [`GanLab::finish`]. `None` when there is nothing to run.
    pub fn chunk(&mut self, n: usize, phase: Phase, view: bool) -> Option<Tensor<1>> {
        let mut parts = Vec::new();
        self.pending.clear();
        for run in &mut self.runs {
            let before = parts.len();
            run.slots.clear();
            run.run(n, phase, &mut parts);
            let curves = parts.len() - before;
            let view_len = if view { run.spec.len() } else { 0 };
            if view {
                parts.push(run.gan.view(&run.spec));
            }
            self.pending.push((n, curves, view_len));
        }
        (!parts.is_empty()).then(|| Tensor::cat(parts, 0))
    }

    /// The first non-finite value of a chunk's readback: the run, the iteration it belongs to,
    /// and whether it was a loss, a gradient norm or a generated point.
    pub fn check(&self, flat: &[f32]) -> Option<NonFinite> {
        let mut rest = flat;
        for (i, (run, &(n, curves, view_len))) in self.runs.iter().zip(&self.pending).enumerate() {
            let (values, tail) = rest.split_at(curves.min(rest.len()));
            let (view, tail) = tail.split_at(view_len.min(tail.len()));
            rest = tail;
            if let Some((k, value)) = first_non_finite(values) {
                let per_iteration = (curves / n.max(1)).max(1);
                let step = run.step - n as u64 + (k / per_iteration) as u64 + 1;
                let what = match run.slots.get(k) {
                    Some(Slot::D) => "what-d-loss",
                    Some(Slot::G) => "what-g-loss",
                    _ => "what-g-grad-norm",
                };
                return Some(NonFinite { run: i, step, what, value });
            }
            if let Some((_, value)) = first_non_finite(view) {
                return Some(NonFinite { run: i, step: run.step, what: "what-generated", value });
            }
        }
        None
    }

    /// Splits a chunk's readback into per-run curves, views and meters.
    pub fn finish(&mut self, flat: &[f32]) -> Vec<GanRunReport> {
        let mut rest = flat;
        let mut reports = Vec::new();
        for (run, &(_, curves, view_len)) in self.runs.iter().zip(&self.pending) {
            if rest.len() < curves + view_len {
                break;
            }
            let (values, tail) = rest.split_at(curves);
            let (view, tail) = tail.split_at(view_len);
            rest = tail;
            let mut c = GanCurves::default();
            for (slot, &v) in run.slots.iter().zip(values) {
                match slot {
                    Slot::D => c.d_loss.push(v),
                    Slot::G => c.g_loss.push(v),
                    Slot::Norm => c.g_grad_norm.push(v),
                }
            }
            let view = GanView::split(&run.spec, view);
            let meter = view.as_ref().filter(|_| self.score).map(|v| meter(&v.fakes, &self.reference, run.spec.half, run.step));
            reports.push(GanRunReport { step: run.step, curves: c, view, meter });
        }
        reports
    }
}

impl Lab for GanLab {
    const ID: FamilyId = FamilyId::Gan;
    type Report = GanUpdate;

    fn steps(&self) -> Vec<u64> {
        self.runs.iter().map(|r| r.step).collect()
    }

    fn enqueue(&mut self, n: usize, view: bool) -> Option<Tensor<1>> {
        let phase = self.phase;
        self.chunk(n, phase, view)
    }

    fn read(&mut self, flat: &[f32], score: bool, status: Status) -> Result<GanUpdate, NonFinite> {
        if let Some(bad) = self.check(flat) {
            return Err(bad);
        }
        self.score = score;
        let runs = self.finish(flat);
        let half = self.runs.first().map_or(3.0, |r| r.spec.half);
        Ok(GanUpdate::Progress { runs, configs: self.built.3.clone(), running: status.running, steps_per_sec: status.steps_per_sec, half })
    }

    fn reset(&mut self) {
        let (device, points, seed, configs) = self.built.clone();
        let phase = self.phase;
        *self = GanLab::new(&device, &points, self.reference.clone(), seed, &configs);
        self.phase = phase;
    }
}

impl KeepRuns for GanLab {
    fn kept_pieces(&self) -> (Vec<Tensor<1>>, Vec<u64>) {
        (self.runs.iter().flat_map(|r| r.gan.weight_pieces()).collect(), self.steps())
    }

    fn load_kept(&mut self, values: &[f32], steps: &[u64]) -> Result<(), String> {
        load_runs(self.runs.iter_mut().map(|r| (&mut r.gan, &mut r.step)), values, steps)?;
        self.runs.iter_mut().for_each(|r| r.batcher.reseed(r.step));
        Ok(())
    }

    fn carry(&mut self, c: &mut dyn crate::models::carry::Carrier) {
        for r in &mut self.runs {
            r.gan.carry(c);
            r.batcher.carry(c);
        }
    }
}

/// The compare page draws from the first run's generator, from the same noise each time; a GAN
/// has no likelihood.
impl Contender for GanLab {
    fn draw(&mut self, n: usize) -> Tensor<2> {
        let gan = &mut self.runs[0].gan;
        gan.sample_noise.restart();
        gan.sample(n)
    }

    fn log_likelihood(&self, _points: &[[f32; 2]]) -> Option<Pending> {
        None
    }

    fn trained_steps(&self) -> u64 {
        self.runs[0].step
    }
}
