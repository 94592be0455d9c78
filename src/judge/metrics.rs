//! Sample-quality measures for generated images, judged by the digit classifier
//! (`classifier.rs`). Pure f64 maths over host vectors; no tensors.
//!
//! - **Inception-Score analogue** (Salimans et al. 2016, arXiv:1606.03498 §4):
//!   IS = exp(E_x KL(p(y|x) ‖ p(y))), p(y) = E_x p(y|x), natural log, 0 · ln 0 = 0.
//!   It is 1 when every prediction is the same and equals the number of classes when every
//!   prediction is confident and the classes are balanced.
//! - **Fréchet distance** between Gaussian fits of classifier features (the FID formula,
//!   Heusel et al. 2017, arXiv:1706.08500; Dowson & Landau 1982):
//!   d² = ‖μ_a − μ_b‖² + tr Σ_a + tr Σ_b − 2 tr (Σ_a^{1/2} Σ_b Σ_a^{1/2})^{1/2}.
//!   tr (Σ_a Σ_b)^{1/2} is written with symmetric square roots, which have the same
//!   eigenvalues and stay symmetric; square roots come from a cyclic Jacobi eigen-decomposition
//!   (Golub & Van Loan, "Matrix Computations", §8.5), fine for the ≤ 64-dimensional features.

/// IS analogue of row-major class probabilities `probs` (`n × classes`).
pub fn inception_score(probs: &[f32], classes: usize) -> f64 {
    let n = probs.len() / classes.max(1);
    if n == 0 {
        return f64::NAN;
    }
    let mut marginal = vec![0f64; classes];
    for row in probs.chunks(classes) {
        for (m, p) in marginal.iter_mut().zip(row) {
            *m += *p as f64 / n as f64;
        }
    }
    let kl: f64 = probs
        .chunks(classes)
        .map(|row| row.iter().zip(&marginal).filter(|(p, _)| **p > 0.0).map(|(p, m)| *p as f64 * ((*p as f64).ln() - m.ln())).sum::<f64>())
        .sum();
    (kl / n as f64).exp()
}

/// Share of rows whose most probable class is the requested one.
pub fn class_share(probs: &[f32], classes: usize, wanted: &[usize]) -> f64 {
    let hits = probs.chunks(classes).zip(wanted).filter(|(row, w)| crate::judge::classifier::argmax(row) == **w).count();
    hits as f64 / wanted.len().max(1) as f64
}

/// Mean and covariance (divided by n − 1) of `n × dim` row-major samples; the covariance is
/// row-major `dim × dim`.
pub fn gaussian_fit(x: &[f32], dim: usize) -> (Vec<f64>, Vec<f64>) {
    let n = x.len() / dim;
    let mut mu = vec![0f64; dim];
    for row in x.chunks(dim) {
        for (m, v) in mu.iter_mut().zip(row) {
            *m += *v as f64 / n as f64;
        }
    }
    let mut cov = vec![0f64; dim * dim];
    for row in x.chunks(dim) {
        for i in 0..dim {
            let di = row[i] as f64 - mu[i];
            for j in 0..dim {
                cov[i * dim + j] += di * (row[j] as f64 - mu[j]) / (n.max(2) - 1) as f64;
            }
        }
    }
    (mu, cov)
}

/// Eigenvalues and eigenvectors (columns of a row-major `n × n` matrix) of the symmetric `a`,
/// by cyclic Jacobi rotations until the off-diagonal mass is negligible.
pub fn symmetric_eigen(a: &[f64], n: usize) -> (Vec<f64>, Vec<f64>) {
    let mut a = a.to_vec();
    let mut v: Vec<f64> = (0..n * n).map(|k| if k / n == k % n { 1.0 } else { 0.0 }).collect();
    let scale: f64 = a.iter().map(|x| x * x).sum::<f64>().max(f64::MIN_POSITIVE);
    for _sweep in 0..100 {
        let off: f64 = (0..n).flat_map(|i| (0..n).filter(move |j| *j != i).map(move |j| (i, j))).map(|(i, j)| a[i * n + j].powi(2)).sum();
        if off <= 1e-24 * scale {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                let apq = a[p * n + q];
                if apq.abs() < 1e-300 {
                    continue;
                }
                // Rotation angle that zeroes a[p][q] (Golub & Van Loan Alg. 8.5.1).
                let theta = (a[q * n + q] - a[p * n + p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let (c, s) = (1.0 / (t * t + 1.0).sqrt(), t / (t * t + 1.0).sqrt());
                for k in 0..n {
                    let (akp, akq) = (a[k * n + p], a[k * n + q]);
                    a[k * n + p] = c * akp - s * akq;
                    a[k * n + q] = s * akp + c * akq;
                }
                for k in 0..n {
                    let (apk, aqk) = (a[p * n + k], a[q * n + k]);
                    a[p * n + k] = c * apk - s * aqk;
                    a[q * n + k] = s * apk + c * aqk;
                }
                for k in 0..n {
                    let (vkp, vkq) = (v[k * n + p], v[k * n + q]);
                    v[k * n + p] = c * vkp - s * vkq;
                    v[k * n + q] = s * vkp + c * vkq;
                }
            }
        }
    }
    ((0..n).map(|i| a[i * n + i]).collect(), v)
}

/// Symmetric square root of a symmetric positive semi-definite matrix: V diag(√max(λ, 0)) Vᵀ.
pub fn sqrt_psd(a: &[f64], n: usize) -> Vec<f64> {
    let (lambda, v) = symmetric_eigen(a, n);
    let r: Vec<f64> = lambda.iter().map(|l| l.max(0.0).sqrt()).collect();
    let mut out = vec![0f64; n * n];
    for i in 0..n {
        for j in 0..n {
            out[i * n + j] = (0..n).map(|k| v[i * n + k] * r[k] * v[j * n + k]).sum();
        }
    }
    out
}

fn matmul(a: &[f64], b: &[f64], n: usize) -> Vec<f64> {
    let mut out = vec![0f64; n * n];
    for i in 0..n {
        for k in 0..n {
            let aik = a[i * n + k];
            for j in 0..n {
                out[i * n + j] += aik * b[k * n + j];
            }
        }
    }
    out
}

/// Fréchet distance d² between Gaussians N(μ_a, Σ_a) and N(μ_b, Σ_b) in `n` dimensions.
pub fn frechet_gaussians(mu_a: &[f64], cov_a: &[f64], mu_b: &[f64], cov_b: &[f64], n: usize) -> f64 {
    let mean: f64 = mu_a.iter().zip(mu_b).map(|(a, b)| (a - b).powi(2)).sum();
    let trace = |m: &[f64]| (0..n).map(|i| m[i * n + i]).sum::<f64>();
    let s = sqrt_psd(cov_a, n);
    let mut m = matmul(&matmul(&s, cov_b, n), &s, n);
    for i in 0..n {
        for j in 0..i {
            let avg = 0.5 * (m[i * n + j] + m[j * n + i]);
            m[i * n + j] = avg;
            m[j * n + i] = avg;
        }
    }
    let (lambda, _) = symmetric_eigen(&m, n);
    let cross: f64 = lambda.iter().map(|l| l.max(0.0).sqrt()).sum();
    (mean + trace(cov_a) + trace(cov_b) - 2.0 * cross).max(0.0)
}

/// Fréchet distance between Gaussian fits of two feature sets (`n × dim`, row-major).
pub fn frechet_distance(a: &[f32], b: &[f32], dim: usize) -> f64 {
    let (mu_a, cov_a) = gaussian_fit(a, dim);
    let (mu_b, cov_b) = gaussian_fit(b, dim);
    frechet_gaussians(&mu_a, &cov_a, &mu_b, &cov_b, dim)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jacobi_eigenpairs_and_square_root() {
        // Jacobi: eigenpairs reproduce A, and the square root squares back.
        let n = 6;
        let m: Vec<f64> = (0..n * n).map(|k| ((k * 37 % 11) as f64 - 5.0) / 3.0).collect();
        let a: Vec<f64> = (0..n * n).map(|k| (0..n).map(|j| m[k / n * n + j] * m[k % n * n + j]).sum()).collect();
        let (l, v) = symmetric_eigen(&a, n);
        for (k, ak) in a.iter().enumerate() {
            let (i, j) = (k / n, k % n);
            assert!(((0..n).map(|e| v[i * n + e] * l[e] * v[j * n + e]).sum::<f64>() - ak).abs() < 1e-9);
        }
        let s = sqrt_psd(&a, n);
        for (k, ak) in a.iter().enumerate() {
            assert!(((0..n).map(|e| s[k / n * n + e] * s[e * n + k % n]).sum::<f64>() - ak).abs() < 1e-8);
        }
    }
}
