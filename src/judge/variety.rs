//! Variety measures of a set of generated images, in the classifier's feature space (rows of
//! `dim` features, row after row). Pure f64 maths over host vectors.
//!
//! - **Spread**: the mean pairwise Euclidean distance (1/(n(n−1))) Σ_{i≠j} ‖φ_i − φ_j‖; zero for
//!   identical images. The page shows it *relative* to real digits of the same class,
//!   spread(samples) / spread(real), so 1 means "as varied as the data".
//! - **Precision and recall** (Kynkäänniemi et al. 2019, "Improved Precision and Recall Metric
//!   for Assessing Generative Models", arXiv:1904.06991, §2): each set's manifold is the union of
//!   balls around its points, a ball's radius the distance to that point's k-th nearest
//!   neighbour in the same set,
//!   ```text
//!   f(φ, Φ) = 1 if ‖φ − φ'‖ ≤ ‖φ' − NN_k(φ', Φ)‖ for some φ' ∈ Φ, else 0,
//!   precision = (1/|Φ_g|) Σ_{φ_g} f(φ_g, Φ_r)  — "looks like real digits",
//!   recall    = (1/|Φ_r|) Σ_{φ_r} f(φ_r, Φ_g)  — "covers their variety".
//!   ```
//!   The paper uses k = 3 with VGG-16 features of 50k images; here the features are the small
//!   digit classifier's and the sets are hundreds of images, so the values are analogues and
//!   biased by n like every k-NN estimate (compare them at the same n).
//!
//! Fewer rows than a measure needs, or a non-finite feature, gives NaN ("cannot say").

use crate::data::glyphs::CLASSES;

/// Squared Euclidean distance between two rows.
fn dist2(a: &[f32], b: &[f32]) -> f64 {
    a.iter().zip(b).map(|(x, y)| (*x as f64 - *y as f64).powi(2)).sum()
}

fn rows(x: &[f32], dim: usize) -> Option<Vec<&[f32]>> {
    if dim == 0 || !x.len().is_multiple_of(dim) || x.iter().any(|v| !v.is_finite()) {
        return None;
    }
    Some(x.chunks(dim).collect())
}

/// Mean Euclidean distance over all ordered pairs of distinct rows; NaN for fewer than 2 rows.
pub fn mean_pairwise_distance(x: &[f32], dim: usize) -> f64 {
    let Some(r) = rows(x, dim) else { return f64::NAN };
    let n = r.len();
    if n < 2 {
        return f64::NAN;
    }
    let mut sum = 0.0;
    for i in 0..n {
        for j in i + 1..n {
            sum += dist2(r[i], r[j]).sqrt();
        }
    }
    sum / (n * (n - 1) / 2) as f64
}

/// spread(samples) / spread(real): 1 is as varied as the real digits, 0 identical copies;
/// NaN when either set is too small or the real digits have no spread.
pub fn relative_spread(samples: &[f32], real: &[f32], dim: usize) -> f64 {
    let base = mean_pairwise_distance(real, dim);
    if base > 0.0 { mean_pairwise_distance(samples, dim) / base } else { f64::NAN }
}

/// Each row's squared distance to its k-th nearest other row of the same set.
fn knn_radii2(r: &[&[f32]], k: usize) -> Vec<f64> {
    r.iter()
        .enumerate()
        .map(|(i, a)| {
            let mut d: Vec<f64> = r.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, b)| dist2(a, b)).collect();
            let (_, kth, _) = d.select_nth_unstable_by(k - 1, f64::total_cmp);
            *kth
        })
        .collect()
}

/// Share of `query` rows inside at least one ball of `support` (centres and squared radii).
fn inside(query: &[&[f32]], support: &[&[f32]], radii2: &[f64]) -> f64 {
    let hits = query.iter().filter(|q| support.iter().zip(radii2).any(|(s, r2)| dist2(q, s) <= *r2)).count();
    hits as f64 / query.len() as f64
}

/// Precision and recall of generated features against real ones (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PrecisionRecall {
    pub precision: f64,
    pub recall: f64,
}

/// The neighbour the manifolds' radii are measured to (the paper's k).
pub const K_NEIGHBOUR: usize = 3;

/// Precision and recall with k-th-neighbour balls; NaN for a set of k rows or fewer.
pub fn precision_recall(real: &[f32], fake: &[f32], dim: usize, k: usize) -> PrecisionRecall {
    let nan = PrecisionRecall { precision: f64::NAN, recall: f64::NAN };
    let (Some(r), Some(g)) = (rows(real, dim), rows(fake, dim)) else { return nan };
    if k == 0 || r.len() <= k || g.len() <= k {
        return nan;
    }
    let (rr, rg) = (knn_radii2(&r, k), knn_radii2(&g, k));
    PrecisionRecall { precision: inside(&g, &r, &rr), recall: inside(&r, &g, &rg) }
}

/// The mean over the classes in `asked` of the samples' spread relative to the real digits'
/// of that class (`features` and `real` row i both of class `asked[i]`). NaN when no class
/// has two of each.
pub fn class_spread(features: &[f32], asked: &[usize], real: &[f32], dim: usize) -> f64 {
    let rows =
        |x: &[f32], c: usize| -> Vec<f32> { x.chunks(dim).zip(asked).filter(|(_, a)| **a == c).flat_map(|(r, _)| r.to_vec()).collect() };
    let spreads: Vec<f64> = (0..CLASSES)
        .filter(|c| asked.iter().filter(|a| *a == c).count() >= 2)
        .map(|c| relative_spread(&rows(features, c), &rows(real, c), dim))
        .filter(|v| v.is_finite())
        .collect();
    if spreads.is_empty() { f64::NAN } else { spreads.iter().sum::<f64>() / spreads.len() as f64 }
}

/// Spread within a class ([`class_spread`]) below which a family's samples of a class are
/// called near-copies: half the real digits' variety gone. The shipped models at ψ = 1 measure 0.84–1.31 (README); at ψ = 0 every sample of a class is one image (0).
pub const NEAR_COPIES: f64 = 0.5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairwise_distance_of_a_known_set() {
        // Three points on a line at 0, 3, 4: pairs 3, 4, 1 → mean 8/3.
        let x = [0.0f32, 0.0, 3.0, 0.0, 4.0, 0.0];
        assert!((mean_pairwise_distance(&x, 2) - 8.0 / 3.0).abs() < 1e-12);
        assert!(mean_pairwise_distance(&x[..2], 2).is_nan());
        assert!(mean_pairwise_distance(&[1.0, f32::NAN, 0.0, 0.0], 2).is_nan());
    }

    #[test]
    fn a_point_is_inside_a_ball_of_its_kth_neighbour_radius() {
        // Support at 0, 1, 2, 10 (1-D), k = 1: radii 1, 1, 1, 8. A query at 5 is inside the
        // ball of 10 (radius 8); one at 25 is in none.
        let s = [0.0f32, 1.0, 2.0, 10.0];
        let support: Vec<&[f32]> = s.chunks(1).collect();
        let r2 = knn_radii2(&support, 1);
        assert_eq!(r2, vec![1.0, 1.0, 1.0, 64.0]);
        let q = [5.0f32, 25.0];
        let query: Vec<&[f32]> = q.chunks(1).collect();
        assert_eq!(inside(&query, &support, &r2), 0.5);
    }
}
