//! Seeded 2-D toy datasets, generated in Rust with no downloads.
//!
//! Every generator is a pure function `(spec, seed) -> Dataset` in the spirit of TensorFlow
//! Playground's `dataset.ts`: the same spec and seed always give the same points, on every
//! device and in every browser. Each point carries the index of the mixture component (the
//! "mode") it came from, and the dataset lists the component centres, so later pages can measure
//! mode coverage.

use rand::{RngExt, SeedableRng, rngs::StdRng};
use rand_distr::{Distribution, StandardNormal};
use serde::{Deserialize, Serialize};
use std::f32::consts::PI;

/// Which generator makes the points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatasetKind {
    /// Two Gaussian blobs on the x axis (the seed text's example density).
    TwoClusters,
    /// Eight Gaussians on a circle: the classic mode-collapse benchmark.
    EightGaussians,
    /// A noisy ring.
    Ring,
    /// Two interleaved half circles.
    TwoMoons,
    /// A two-armed spiral.
    Spiral,
    /// Uniform points on the dark squares of a 4×4 board.
    Checkerboard,
    /// Points the user drew or imported.
    Custom,
}

impl DatasetKind {
    /// Every kind, in the order the UI lists them.
    pub const ALL: [DatasetKind; 7] = [
        DatasetKind::TwoClusters,
        DatasetKind::EightGaussians,
        DatasetKind::Ring,
        DatasetKind::TwoMoons,
        DatasetKind::Spiral,
        DatasetKind::Checkerboard,
        DatasetKind::Custom,
    ];

    /// Stable id used in URLs and test hooks.
    pub fn id(self) -> &'static str {
        match self {
            DatasetKind::TwoClusters => "two_clusters",
            DatasetKind::EightGaussians => "eight_gaussians",
            DatasetKind::Ring => "ring",
            DatasetKind::TwoMoons => "two_moons",
            DatasetKind::Spiral => "spiral",
            DatasetKind::Checkerboard => "checkerboard",
            DatasetKind::Custom => "custom",
        }
    }

    /// The message id of its name on the page (`ui.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            DatasetKind::TwoClusters => "ui-dataset-two-clusters",
            DatasetKind::EightGaussians => "ui-dataset-eight-gaussians",
            DatasetKind::Ring => "ui-dataset-ring",
            DatasetKind::TwoMoons => "ui-dataset-two-moons",
            DatasetKind::Spiral => "ui-dataset-spiral",
            DatasetKind::Checkerboard => "ui-dataset-checkerboard",
            DatasetKind::Custom => "ui-dataset-custom",
        }
    }

    /// Inverse of [`DatasetKind::id`].
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// Everything that determines a generated dataset (besides the seed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DatasetSpec {
    pub kind: DatasetKind,
    /// Number of points, 16..=20 000.
    pub n: usize,
    /// Distance between the two clusters' centres; the diameter for the circular sets.
    pub separation: f32,
    /// Standard deviation of each cluster (two clusters); scales the noise of the others.
    pub spread: f32,
    /// Share of points in the left cluster (two clusters only), 0.05..=0.95.
    pub weight: f32,
}

impl Default for DatasetSpec {
    fn default() -> Self {
        Self { kind: DatasetKind::TwoClusters, n: 1000, separation: 4.0, spread: 0.5, weight: 0.5 }
    }
}

/// Allowed ranges, shared by the URL validator and the sliders.
pub const N_RANGE: (usize, usize) = (16, 20_000);
pub const SEPARATION_RANGE: (f32, f32) = (0.5, 8.0);
pub const SPREAD_RANGE: (f32, f32) = (0.05, 2.0);
pub const WEIGHT_RANGE: (f32, f32) = (0.05, 0.95);

/// Points with the component each came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub points: Vec<[f32; 2]>,
    /// Mixture component of each point (all 0 for sets without discrete modes).
    pub labels: Vec<u16>,
    /// Centre of each discrete mode (empty for continuous shapes).
    pub centres: Vec<[f32; 2]>,
}

impl Dataset {
    /// Points flattened as `[x0, y0, x1, y1, …]`, the layout tensors and the worker use.
    pub fn flat(&self) -> Vec<f32> {
        self.points.iter().flat_map(|p| [p[0], p[1]]).collect()
    }

    /// A dataset of user points with no known modes.
    pub fn custom(points: Vec<[f32; 2]>) -> Self {
        let labels = vec![0; points.len()];
        Self { points, labels, centres: Vec::new() }
    }
}

fn gauss(rng: &mut StdRng) -> f32 {
    StandardNormal.sample(rng)
}

/// Generates the dataset a spec describes. `Custom` has no generator and yields no points.
pub fn generate(spec: &DatasetSpec, seed: u64) -> Dataset {
    let mut rng = StdRng::seed_from_u64(seed);
    let n = spec.n;
    let (r, s) = (spec.separation / 2.0, spec.spread);
    let mut d = Dataset::default();
    match spec.kind {
        DatasetKind::TwoClusters => {
            d.centres = vec![[-r, 0.0], [r, 0.0]];
            for _ in 0..n {
                let k = usize::from(rng.random::<f32>() >= spec.weight);
                let c = d.centres[k];
                d.points.push([c[0] + s * gauss(&mut rng), c[1] + s * gauss(&mut rng)]);
                d.labels.push(k as u16);
            }
        }
        DatasetKind::EightGaussians => {
            d.centres = (0..8)
                .map(|k| {
                    let a = k as f32 * PI / 4.0;
                    [r * a.cos(), r * a.sin()]
                })
                .collect();
            for _ in 0..n {
                let k = rng.random_range(0..8usize);
                let c = d.centres[k];
                let sd = 0.3 * s;
                d.points.push([c[0] + sd * gauss(&mut rng), c[1] + sd * gauss(&mut rng)]);
                d.labels.push(k as u16);
            }
        }
        DatasetKind::Ring => {
            for _ in 0..n {
                let a = rng.random::<f32>() * 2.0 * PI;
                let rad = r + 0.2 * s * gauss(&mut rng);
                d.points.push([rad * a.cos(), rad * a.sin()]);
                d.labels.push(0);
            }
        }
        DatasetKind::TwoMoons => {
            // scikit-learn's make_moons, centred and scaled so its width is `separation`.
            let k = spec.separation / 3.0;
            for _ in 0..n {
                let lower = rng.random_bool(0.5);
                let a = rng.random::<f32>() * PI;
                let (x, y) = if lower { (1.0 - a.cos(), 0.5 - a.sin()) } else { (a.cos(), a.sin()) };
                let x = (x - 0.5) * k + 0.2 * s * gauss(&mut rng);
                let y = (y - 0.25) * k + 0.2 * s * gauss(&mut rng);
                d.points.push([x, y]);
                d.labels.push(u16::from(lower));
            }
        }
        DatasetKind::Spiral => {
            for _ in 0..n {
                let arm = rng.random_bool(0.5);
                let u = rng.random::<f32>().sqrt();
                let a = u * 3.0 * PI + if arm { PI } else { 0.0 };
                let rad = u * r;
                let x = rad * a.cos() + 0.1 * s * gauss(&mut rng);
                let y = rad * a.sin() + 0.1 * s * gauss(&mut rng);
                d.points.push([x, y]);
                d.labels.push(u16::from(arm));
            }
        }
        DatasetKind::Checkerboard => {
            let cell = spec.separation / 4.0;
            while d.points.len() < n {
                let (i, j) = (rng.random_range(0..4i32), rng.random_range(0..4i32));
                if (i + j) % 2 != 0 {
                    continue;
                }
                let x = (i as f32 - 2.0 + rng.random::<f32>()) * cell;
                let y = (j as f32 - 2.0 + rng.random::<f32>()) * cell;
                d.points.push([x, y]);
                d.labels.push(((i / 2) * 2 + j / 2) as u16);
            }
        }
        DatasetKind::Custom => {}
    }
    d
}

/// An isotropic Gaussian mixture Σ_k w_k N(c_k, sd² I): the distribution a mixture-shaped spec
/// draws from.
#[derive(Clone, Debug, PartialEq)]
pub struct Mixture {
    pub centres: Vec<[f64; 2]>,
    pub weights: Vec<f64>,
    pub sd: f64,
}

/// The true log-density (nats) of the distribution a Gaussian-mixture spec draws from, at `p`:
/// log Σ_k w_k N(p; c_k, s²I). `None` for shapes without a closed form (ring, moons, …).
pub fn log_density(spec: &DatasetSpec, p: [f32; 2]) -> Option<f64> {
    let Mixture { centres, weights, sd } = mixture(spec)?;
    let terms: Vec<f64> = centres
        .iter()
        .zip(&weights)
        .filter(|(_, w)| **w > 0.0)
        .map(|(c, w)| {
            let d2 = (p[0] as f64 - c[0]).powi(2) + (p[1] as f64 - c[1]).powi(2);
            w.ln() - d2 / (2.0 * sd * sd) - (2.0 * std::f64::consts::PI * sd * sd).ln()
        })
        .collect();
    let top = terms.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Some(top + terms.iter().map(|t| (t - top).exp()).sum::<f64>().ln())
}

/// The mixture a spec draws from, when it is one (two clusters, eight Gaussians).
pub fn mixture(spec: &DatasetSpec) -> Option<Mixture> {
    let r = spec.separation as f64 / 2.0;
    let (centres, weights, sd): (Vec<[f64; 2]>, Vec<f64>, f64) = match spec.kind {
        DatasetKind::TwoClusters => (vec![[-r, 0.0], [r, 0.0]], vec![spec.weight as f64, 1.0 - spec.weight as f64], spec.spread as f64),
        DatasetKind::EightGaussians => {
            let c = (0..8).map(|k| {
                let a = k as f64 * std::f64::consts::PI / 4.0;
                [r * a.cos(), r * a.sin()]
            });
            (c.collect(), vec![0.125; 8], 0.3 * spec.spread as f64)
        }
        _ => return None,
    };
    Some(Mixture { centres, weights, sd })
}

/// The centres of a `grid × grid` lattice of cells over `[-half, half]²`, row by row from the
/// bottom-left (where the DDPM's ε̂ and flow matching's v̂ and density are drawn).
pub fn lattice(half: f32, grid: usize) -> Vec<[f32; 2]> {
    let at = |i: usize| -half + (i as f32 + 0.5) * 2.0 * half / grid as f32;
    (0..grid * grid).map(|k| [at(k % grid), at(k / grid)]).collect()
}
