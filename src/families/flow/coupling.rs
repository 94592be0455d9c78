//! Which noise each data point is paired with in a training batch.
//!
//! Independent pairing draws x_0 and ε apart: the straight conditional paths then cross, and
//! the learned marginal flow bends round the crossings (it first pulls noise towards the data's
//! mean, then splits it between the modes). Minibatch optimal-transport pairing (Tong et al.
//! 2024, "Improving and generalizing flow-based generative models with minibatch optimal
//! transport", arXiv:2302.00482; Pooladian et al. 2023, arXiv:2304.14772) matches the batch's
//! noise to its data by the assignment that minimises Σ‖x_0,i − ε_σ(i)‖²: the paths no longer
//! cross within a batch, the flow is nearly straight, and few ODE steps suffice.
//!
//! The assignment is solved exactly by the Hungarian method in its O(n³) potentials form
//! (Kuhn 1955; Jonker & Volgenant 1987), on blocks of at most [`BLOCK`] pairs to bound its cost.
//! It is written here because the crates that solve it take integer costs only.

use serde::{Deserialize, Serialize};

/// Largest block solved as one assignment problem.
pub const BLOCK: usize = 64;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coupling {
    #[default]
    Independent,
    /// Minibatch optimal transport.
    Ot,
}

impl Coupling {
    pub fn id(self) -> &'static str {
        match self {
            Coupling::Independent => "independent",
            Coupling::Ot => "ot",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        [Coupling::Independent, Coupling::Ot].into_iter().find(|c| c.id() == id)
    }
}

/// The assignment minimising Σ cost[i][σ(i)] of a square cost matrix (row-major, `n × n`):
/// `σ[i]` is row i's column.
pub fn assign(cost: &[f64], n: usize) -> Vec<usize> {
    // 1-based potentials u (rows), v (columns); way[j] is the column before j on the path.
    let (mut u, mut v) = (vec![0.0; n + 1], vec![0.0; n + 1]);
    let (mut row_of, mut way) = (vec![0usize; n + 1], vec![0usize; n + 1]);
    for i in 1..=n {
        row_of[0] = i;
        let mut j0 = 0;
        let (mut minv, mut used) = (vec![f64::INFINITY; n + 1], vec![false; n + 1]);
        loop {
            used[j0] = true;
            let (i0, mut delta, mut j1) = (row_of[j0], f64::INFINITY, 0);
            for j in 1..=n {
                if used[j] {
                    continue;
                }
                let cur = cost[(i0 - 1) * n + j - 1] - u[i0] - v[j];
                if cur < minv[j] {
                    (minv[j], way[j]) = (cur, j0);
                }
                if minv[j] < delta {
                    (delta, j1) = (minv[j], j);
                }
            }
            for j in 0..=n {
                if used[j] {
                    u[row_of[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if row_of[j0] == 0 {
                break;
            }
        }
        while j0 != 0 {
            let j1 = way[j0];
            row_of[j0] = row_of[j1];
            j0 = j1;
        }
    }
    let mut col_of = vec![0; n];
    for j in 1..=n {
        if row_of[j] > 0 {
            col_of[row_of[j] - 1] = j - 1;
        }
    }
    col_of
}

/// Reorders `eps` so that, block by block, each data point gets the noise the squared-distance
/// assignment gives it.
pub fn pair_by_transport(x0: &[[f32; 2]], eps: &mut [[f32; 2]]) {
    for (xs, es) in x0.chunks(BLOCK).zip(eps.chunks_mut(BLOCK)) {
        let n = xs.len();
        let cost: Vec<f64> =
            xs.iter().flat_map(|x| es.iter().map(move |e| ((x[0] - e[0]) as f64).powi(2) + ((x[1] - e[1]) as f64).powi(2))).collect();
        let order = assign(&cost, n);
        let paired: Vec<[f32; 2]> = order.iter().map(|&j| es[j]).collect();
        es.copy_from_slice(&paired);
    }
}
