//! Loss curves as the page keeps them, for every family alike: appended chunk by chunk, halved
//! by averaging neighbours when they grow too long, and cut back when training goes on from
//! weights kept a little earlier.

/// Longest per-curve history kept (older points are averaged pairwise).
pub const MAX_POINTS: usize = 4000;

/// `[x0, y0, x1, y1, …]` as points (an odd last value is dropped).
pub fn pairs(v: &[f32]) -> Vec<[f32; 2]> {
    v.chunks_exact(2).map(|c| [c[0], c[1]]).collect()
}

/// A chain's floats (every frame's x_t, then every frame's x̂_0) as its two lists of points.
pub fn chain_halves(data: &[f32]) -> (Vec<[f32; 2]>, Vec<[f32; 2]>) {
    let half = data.len() / 2;
    (pairs(&data[..half]), pairs(&data[half..]))
}

/// Appends `more`, halving the history by averaging neighbours when it grows too long.
pub fn push_capped(v: &mut Vec<f32>, more: &[f32]) {
    v.extend_from_slice(more);
    if v.len() > MAX_POINTS {
        *v = v.chunks(2).map(|c| c.iter().sum::<f32>() / c.len() as f32).collect();
    }
}

/// A curve of `old` steps (downsampled or not) cut back to its first `new` steps: training went
/// on from weights kept a little earlier (a lost GPU). A reset reports step 0 instead.
pub fn rewind(v: &mut Vec<f32>, old: u64, new: u64) {
    if old > 0 && new < old {
        v.truncate((v.len() as u64 * new).div_ceil(old) as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_curve_is_halved_and_keeps_its_mean() {
        let mut v = vec![1.0; MAX_POINTS];
        push_capped(&mut v, &[3.0, 3.0]);
        assert_eq!(v.len(), MAX_POINTS / 2 + 1);
        assert_eq!(v[v.len() - 1], 3.0);
        let mut w = vec![0.0; 100];
        rewind(&mut w, 1000, 250);
        assert_eq!(w.len(), 25);
    }
}
