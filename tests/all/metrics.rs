//! Sample-quality metrics on hand-made point sets with known answers.

use genlab::metrics::{Histogram2d, frechet_2d, frechet_gaussian, gaussian_fit, grid_js, mmd2_rbf, mode_coverage};
use rand::{RngExt, SeedableRng, rngs::StdRng};
use rand_distr::{Distribution, StandardNormal};
use std::f64::consts::LN_2;

/// `n` draws from N(mean, L Lᵀ) with L lower-triangular `[[l00, 0], [l10, l11]]`.
fn gaussian(n: usize, mean: [f32; 2], l: [f32; 3], seed: u64) -> Vec<[f32; 2]> {
    let mut rng = StdRng::seed_from_u64(seed);
    (0..n)
        .map(|_| {
            let (u, v): (f32, f32) = (StandardNormal.sample(&mut rng), StandardNormal.sample(&mut rng));
            [mean[0] + l[0] * u, mean[1] + l[1] * u + l[2] * v]
        })
        .collect()
}

/// Trace of the square root of a symmetric PSD 2×2 matrix via its eigenvalues.
fn tr_sqrt_sym(m: [[f64; 2]; 2]) -> f64 {
    let (tr, det) = (m[0][0] + m[1][1], m[0][0] * m[1][1] - m[0][1] * m[1][0]);
    let disc = (tr * tr / 4.0 - det).max(0.0).sqrt();
    (tr / 2.0 + disc).sqrt() + (tr / 2.0 - disc).max(0.0).sqrt()
}

/// Symmetric square root of a symmetric PD 2×2 matrix: √A = (A + √det A · I) / √(tr A + 2√det A).
fn sqrt_sym(a: [[f64; 2]; 2]) -> [[f64; 2]; 2] {
    let s = (a[0][0] * a[1][1] - a[0][1] * a[1][0]).sqrt();
    let t = (a[0][0] + a[1][1] + 2.0 * s).sqrt();
    [[(a[0][0] + s) / t, a[0][1] / t], [a[1][0] / t, (a[1][1] + s) / t]]
}

fn mul(a: [[f64; 2]; 2], b: [[f64; 2]; 2]) -> [[f64; 2]; 2] {
    [0, 1].map(|i| [0, 1].map(|j| a[i][0] * b[0][j] + a[i][1] * b[1][j]))
}

#[test]
fn identical_sets_score_zero() {
    let a = gaussian(600, [0.5, -1.0], [1.0, 0.3, 0.7], 1);
    let mmd = mmd2_rbf(&a, &a);
    assert!(mmd.abs() < 0.01, "MMD² {mmd}");
    assert!(frechet_2d(&a, &a).abs() < 1e-9);
    assert_eq!(grid_js(&a, &a, 32, 4.0), 0.0);
}

#[test]
fn mmd_separates_different_sets() {
    let a = gaussian(3000, [0.0, 0.0], [1.0, 0.0, 1.0], 2);
    let same = gaussian(3000, [0.0, 0.0], [1.0, 0.0, 1.0], 3);
    let shifted = gaussian(3000, [1.5, 0.0], [1.0, 0.0, 1.0], 4);
    let (m_same, m_shift) = (mmd2_rbf(&a, &same), mmd2_rbf(&a, &shifted));
    assert!(m_same.abs() < 0.01, "{m_same}");
    assert!(m_shift > 0.1, "{m_shift}");
    assert!(mmd2_rbf(&a[..1], &same).is_nan());
    // All points equal: bandwidth falls back to 1 and the sets are indistinguishable.
    assert!(mmd2_rbf(&[[1.0, 1.0]; 5], &[[1.0, 1.0]; 7]).abs() < 1e-12);
}

#[test]
fn coverage_of_a_collapsed_set() {
    let centres = [[-2.0f32, 0.0], [2.0, 0.0]];
    let collapsed = gaussian(500, [-2.0, 0.0], [0.1, 0.0, 0.1], 5);
    let c = mode_coverage(&collapsed, &centres, 0.5);
    assert_eq!(c.shares, vec![1.0, 0.0]);
    assert!(c.near > 0.99, "{}", c.near);

    let mut rng = StdRng::seed_from_u64(6);
    let mixed: Vec<[f32; 2]> = (0..1000).map(|_| centres[rng.random_range(0..2usize)]).collect();
    let c = mode_coverage(&mixed, &centres, 0.5);
    assert!((c.shares[0] - 0.5).abs() < 0.05 && (c.shares.iter().sum::<f32>() - 1.0).abs() < 1e-6);
    assert_eq!(c.near, 1.0);
    let far = mode_coverage(&[[3.0, 5.0], [2.0, 0.2]], &centres, 0.5);
    assert_eq!((far.shares.clone(), far.near), (vec![0.0, 1.0], 0.5));
    assert_eq!(mode_coverage(&[], &centres, 1.0).shares, vec![0.0, 0.0]);
}

#[test]
fn two_far_point_masses_have_js_ln2() {
    let a = vec![[-3.0f32, -3.0]; 100];
    let b = vec![[3.0f32, 3.0]; 40];
    assert!((grid_js(&a, &b, 16, 4.0) - LN_2).abs() < 1e-12);
    // One inside, one in the overflow bin: still disjoint.
    assert!((grid_js(&a, &[[10.0, 0.0]; 3], 16, 4.0) - LN_2).abs() < 1e-12);
    let half: Vec<[f32; 2]> = a.iter().chain(&b[..]).copied().collect();
    let js = grid_js(&a, &half, 16, 4.0);
    assert!(js > 0.0 && js < LN_2);
    assert!(grid_js(&a, &[], 16, 4.0).is_nan());
}

#[test]
fn out_of_range_points_go_to_the_overflow_bin() {
    let pts = [[4.1f32, 0.0], [0.0, -5.0], [f32::NAN, 0.0], [0.0, f32::INFINITY], [4.0, 4.0], [-4.0, -4.0], [0.1, 0.1]];
    let h = Histogram2d::new(&pts, 4, 4.0);
    assert_eq!(h.overflow, 4);
    assert_eq!(h.total(), pts.len() as u64);
    assert_eq!(h.cells[3 * 4 + 3], 1, "the top-right edge is in the last cell");
    assert_eq!(h.cells[0], 1);
    assert_eq!(h.cells[2 * 4 + 2], 1);
    assert_eq!(h.cells.iter().sum::<u64>(), 3);
}

#[test]
fn frechet_matches_the_analytic_value() {
    // Commuting (diagonal) covariances: ‖Δμ‖² + Σ_k (√a_k − √b_k)².
    let d = frechet_gaussian([1.0, 2.0], [[4.0, 0.0], [0.0, 9.0]], [0.0, -1.0], [[1.0, 0.0], [0.0, 1.0]]);
    assert!((d - (1.0 + 9.0 + 1.0 + 4.0)).abs() < 1e-12, "{d}");
    // Non-commuting: tr √(Σa Σb) = tr √(√Σa Σb √Σa), computed through a symmetric square root.
    let (ca, cb) = ([[2.0, 1.0], [1.0, 2.0]], [[1.0, -0.3], [-0.3, 4.0]]);
    let ra = sqrt_sym(ca);
    assert!((mul(ra, ra)[0][1] - 1.0).abs() < 1e-12);
    let want = 0.25 + 2.0 + 2.0 + 5.0 - 2.0 * tr_sqrt_sym(mul(mul(ra, cb), ra));
    let got = frechet_gaussian([0.5, 0.0], ca, [0.0, 0.0], cb);
    assert!((got - want).abs() < 1e-10, "{got} vs {want}");
    // From samples: the Gaussian fits converge on the true parameters.
    let a = gaussian(100_000, [1.0, 0.0], [1.0, 0.0, 1.0], 8);
    let b = gaussian(100_000, [0.0, 0.0], [2.0, 0.0, 1.0], 9);
    let want = 1.0 + (2.0f64 - 1.0).powi(2);
    assert!((frechet_2d(&a, &b) - want).abs() < 0.05, "{}", frechet_2d(&a, &b));
}

#[test]
fn gaussian_fit_by_hand() {
    let pts = [[1.0f32, 0.0], [-1.0, 0.0], [0.0, 2.0], [0.0, -2.0]];
    let (mu, cov) = gaussian_fit(&pts);
    assert_eq!(mu, [0.0, 0.0]);
    assert!((cov[0][0] - 2.0 / 3.0).abs() < 1e-12 && (cov[1][1] - 8.0 / 3.0).abs() < 1e-12);
    assert_eq!((cov[0][1], cov[1][0]), (0.0, 0.0));
}
