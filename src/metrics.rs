//! Sample-quality metrics for 2-D point sets, shared by every model page. Pure f64 maths over
//! `&[[f32; 2]]`; nothing here touches tensors or the DOM.
//!
//! - **Mode coverage**: each sample is assigned to its nearest centre; `shares[k]` is the share
//!   assigned to centre k and `near` the share within `radius` of its nearest centre.
//! - **MMD²** (Gretton et al. 2012, JMLR 13, "A kernel two-sample test", eq. 3, unbiased):
//!   MMD²_u = 1/(m(m−1)) Σ_{i≠j} k(a_i, a_j) + 1/(n(n−1)) Σ_{i≠j} k(b_i, b_j)
//!   − 2/(mn) Σ_{i,j} k(a_i, b_j), with k(x, y) = exp(−‖x − y‖² / (2h²)) and h the median
//!   pairwise distance of the pooled set (the "median heuristic", Gretton et al. 2012 §8).
//! - **Fréchet distance** between Gaussian fits (Dowson & Landau 1982; the formula behind FID,
//!   Heusel et al. 2017, arXiv:1706.08500): d² = ‖μ_a − μ_b‖² + tr(Σ_a + Σ_b − 2(Σ_a Σ_b)^{1/2}).
//! - **Jensen–Shannon divergence** (Lin 1991) of normalised 2-D histograms P, Q with
//!   M = (P + Q)/2: JS = ½ KL(P‖M) + ½ KL(Q‖M), natural log, so 0 ≤ JS ≤ ln 2.

/// Result of [`mode_coverage`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Coverage {
    /// Share of samples whose nearest centre is k (one entry per centre; sums to 1).
    pub shares: Vec<f32>,
    /// Share of samples within `radius` of their nearest centre.
    pub near: f32,
}

fn dist2(p: [f32; 2], q: [f32; 2]) -> f64 {
    let (dx, dy) = (p[0] as f64 - q[0] as f64, p[1] as f64 - q[1] as f64);
    dx * dx + dy * dy
}

/// Nearest-centre shares and the share within `radius` (see the module docs); a tie goes to the
/// centre listed first. With no samples every share is 0; with no centres `shares` is empty and `near` is 0.
pub fn mode_coverage(samples: &[[f32; 2]], centres: &[[f32; 2]], radius: f32) -> Coverage {
    let mut counts = vec![0usize; centres.len()];
    let mut near = 0usize;
    let r2 = radius as f64 * radius as f64;
    for &p in samples {
        let best = centres.iter().enumerate().map(|(k, &c)| (k, dist2(p, c))).min_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((k, d2)) = best {
            counts[k] += 1;
            near += usize::from(d2 <= r2);
        }
    }
    let n = samples.len().max(1) as f32;
    Coverage { shares: counts.iter().map(|&c| c as f32 / n).collect(), near: near as f32 / n }
}

/// Most points per set that [`mmd2_rbf`] looks at.
pub const MMD_MAX_POINTS: usize = 1000;

/// At most `cap` points taken at evenly spaced indices ⌊i·len/cap⌋ (deterministic).
fn subsample(points: &[[f32; 2]], cap: usize) -> Vec<[f32; 2]> {
    if points.len() <= cap {
        return points.to_vec();
    }
    (0..cap).map(|i| points[i * points.len() / cap]).collect()
}

/// Unbiased MMD² with an RBF kernel and median-heuristic bandwidth (see the module docs).
///
/// Each set is first cut to at most [`MMD_MAX_POINTS`] points at evenly spaced indices, which
/// bounds the cost at O((m + n)²). The median is over all pooled pairs i < j; if it is 0 (all
/// points equal) h = 1. The unbiased estimate can be slightly negative (it is ≈ −2/m for two
/// identical sets). Returns NaN when either set has fewer than 2 points.
pub fn mmd2_rbf(a: &[[f32; 2]], b: &[[f32; 2]]) -> f64 {
    let (a, b) = (subsample(a, MMD_MAX_POINTS), subsample(b, MMD_MAX_POINTS));
    let (m, n) = (a.len(), b.len());
    if m < 2 || n < 2 {
        return f64::NAN;
    }
    let pooled: Vec<[f32; 2]> = a.iter().chain(&b).copied().collect();
    let mut d2: Vec<f64> = Vec::with_capacity(pooled.len() * (pooled.len() - 1) / 2);
    for (i, &p) in pooled.iter().enumerate() {
        d2.extend(pooled[i + 1..].iter().map(|&q| dist2(p, q)));
    }
    let mid = d2.len() / 2;
    let median2 = *d2.select_nth_unstable_by(mid, f64::total_cmp).1;
    let h2 = if median2 > 0.0 { median2 } else { 1.0 };
    let k = |p: [f32; 2], q: [f32; 2]| (-dist2(p, q) / (2.0 * h2)).exp();
    let within = |s: &[[f32; 2]]| {
        let mut sum = 0.0;
        for (i, &p) in s.iter().enumerate() {
            sum += s[i + 1..].iter().map(|&q| k(p, q)).sum::<f64>();
        }
        2.0 * sum / (s.len() * (s.len() - 1)) as f64
    };
    let cross: f64 = a.iter().map(|&p| b.iter().map(|&q| k(p, q)).sum::<f64>()).sum();
    within(&a) + within(&b) - 2.0 * cross / (m * n) as f64
}

/// Mean and covariance of a point set. The covariance uses the unbiased 1/(n − 1) normaliser
/// (as `numpy.cov` in the reference FID code); it is 0 for fewer than 2 points.
pub fn gaussian_fit(points: &[[f32; 2]]) -> ([f64; 2], [[f64; 2]; 2]) {
    let n = points.len();
    let mut mu = [0.0; 2];
    for p in points {
        mu[0] += p[0] as f64 / n as f64;
        mu[1] += p[1] as f64 / n as f64;
    }
    let mut cov = [[0.0; 2]; 2];
    if n >= 2 {
        for p in points {
            let d = [p[0] as f64 - mu[0], p[1] as f64 - mu[1]];
            for (i, row) in cov.iter_mut().enumerate() {
                for (j, c) in row.iter_mut().enumerate() {
                    *c += d[i] * d[j] / (n - 1) as f64;
                }
            }
        }
    }
    (mu, cov)
}

/// Fréchet distance d² between N(μ_a, Σ_a) and N(μ_b, Σ_b), covariances symmetric PSD.
///
/// tr (Σ_a Σ_b)^{1/2} in closed form: M = Σ_a Σ_b is similar to Σ_a^{1/2} Σ_b Σ_a^{1/2}, which is
/// symmetric PSD, so M's eigenvalues λ₁, λ₂ are real and ≥ 0 and tr √M = √λ₁ + √λ₂. Squaring,
/// (√λ₁ + √λ₂)² = λ₁ + λ₂ + 2√(λ₁λ₂) = tr M + 2√det M, hence tr √M = √(tr M + 2√det M).
/// Tiny negative tr M or det M from rounding are clamped to 0.
pub fn frechet_gaussian(mu_a: [f64; 2], cov_a: [[f64; 2]; 2], mu_b: [f64; 2], cov_b: [[f64; 2]; 2]) -> f64 {
    let dm = (mu_a[0] - mu_b[0]).powi(2) + (mu_a[1] - mu_b[1]).powi(2);
    let mut m = [[0.0; 2]; 2];
    for (i, row) in m.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            *v = cov_a[i][0] * cov_b[0][j] + cov_a[i][1] * cov_b[1][j];
        }
    }
    let tr_m = (m[0][0] + m[1][1]).max(0.0);
    let det_m = (m[0][0] * m[1][1] - m[0][1] * m[1][0]).max(0.0);
    let tr_sqrt = (tr_m + 2.0 * det_m.sqrt()).sqrt();
    let tr_a = cov_a[0][0] + cov_a[1][1];
    let tr_b = cov_b[0][0] + cov_b[1][1];
    (dm + tr_a + tr_b - 2.0 * tr_sqrt).max(0.0)
}

/// Fréchet distance between the Gaussian fits ([`gaussian_fit`]) of two point sets.
pub fn frechet_2d(a: &[[f32; 2]], b: &[[f32; 2]]) -> f64 {
    let ((mu_a, cov_a), (mu_b, cov_b)) = (gaussian_fit(a), gaussian_fit(b));
    frechet_gaussian(mu_a, cov_a, mu_b, cov_b)
}

/// Counts of a 2-D histogram over [−extent, extent]², plus one overflow bin.
#[derive(Clone, Debug, PartialEq)]
pub struct Histogram2d {
    /// Cells per axis.
    pub bins: usize,
    /// Row-major counts: cell (ix, iy) is at `iy * bins + ix`.
    pub cells: Vec<u64>,
    /// Points outside the square, or with a non-finite coordinate.
    pub overflow: u64,
}

impl Histogram2d {
    /// Bins every point: cell index ⌊(x + extent) / (2·extent) · bins⌋ per axis, with the
    /// right/top edge (x = extent) put in the last cell; anything else outside goes to
    /// `overflow`, never into a wrong cell. `bins` is at least 1.
    pub fn new(points: &[[f32; 2]], bins: usize, extent: f32) -> Self {
        let bins = bins.max(1);
        let extent = extent as f64;
        let mut h = Self { bins, cells: vec![0; bins * bins], overflow: 0 };
        let cell = |v: f32| {
            let v = v as f64;
            let inside = v.is_finite() && v >= -extent && v <= extent && extent > 0.0;
            inside.then(|| (((v + extent) / (2.0 * extent) * bins as f64) as usize).min(bins - 1))
        };
        for p in points {
            match (cell(p[0]), cell(p[1])) {
                (Some(ix), Some(iy)) => h.cells[iy * bins + ix] += 1,
                _ => h.overflow += 1,
            }
        }
        h
    }

    /// Total number of points binned (cells plus overflow).
    pub fn total(&self) -> u64 {
        self.cells.iter().sum::<u64>() + self.overflow
    }
}

/// Jensen–Shannon divergence (nats, in [0, ln 2]) between the normalised [`Histogram2d`]s of
/// `a` and `b`; the overflow bin counts as one more cell, so two sets that both lie entirely
/// outside the square look identical. Returns NaN when either set is empty.
pub fn grid_js(a: &[[f32; 2]], b: &[[f32; 2]], bins: usize, extent: f32) -> f64 {
    let (ha, hb) = (Histogram2d::new(a, bins, extent), Histogram2d::new(b, bins, extent));
    let (na, nb) = (ha.total() as f64, hb.total() as f64);
    if na == 0.0 || nb == 0.0 {
        return f64::NAN;
    }
    let pa = ha.cells.iter().chain([&ha.overflow]);
    let pb = hb.cells.iter().chain([&hb.overflow]);
    let mut js = 0.0;
    for (&ca, &cb) in pa.zip(pb) {
        let (p, q) = (ca as f64 / na, cb as f64 / nb);
        let m = 0.5 * (p + q);
        if p > 0.0 {
            js += 0.5 * p * (p / m).ln();
        }
        if q > 0.0 {
            js += 0.5 * q * (q / m).ln();
        }
    }
    js.clamp(0.0, std::f64::consts::LN_2)
}

/// How straight sampling paths are: the mean path length over the mean displacement (1 = every
/// point moved in a straight line). `paths` are each point's length Σ‖x_{i+1} − x_i‖, `start`
/// and `end` its first and last position. NaN when nothing moved.
pub fn straightness(paths: &[f32], start: &[[f32; 2]], end: &[[f32; 2]]) -> f64 {
    let length: f64 = paths.iter().map(|&l| l as f64).sum();
    let moved: f64 = start.iter().zip(end).map(|(a, b)| ((a[0] - b[0]) as f64).hypot((a[1] - b[1]) as f64)).sum();
    if moved > 0.0 { length / moved } else { f64::NAN }
}
