//! What the tasks read: the parts of the app state they need, borrowed, and the data's modes
//! as the pages score them. Shared by `tasks.rs` and `tasks_more.rs`.

use crate::compare::state::ComparePageView;
use crate::data::toy2d::{Dataset, DatasetKind};
use crate::families::diffusion::state::DiffusionPageView;
use crate::families::flow::state::FlowPageView;
use crate::families::gan::state::GanPageView;
use crate::families::images::state::ImagePageView;
use crate::families::vae::state::VaePageView;
use crate::lineup::state::LineupPageView;
use crate::metrics::mode_coverage;
use crate::state::UrlState;

/// The reducer builds it from the `AppState` ([`Seen::of`], from `state/reduce.rs`'s
/// `tick_tour`); the native tests build it from a parsed link and page views of their own.
pub struct Seen<'a> {
    pub url: &'a UrlState,
    pub data: &'a Dataset,
    pub diffusion: &'a DiffusionPageView,
    pub flow: &'a FlowPageView,
    pub gan: &'a GanPageView,
    pub vae: &'a VaePageView,
    pub images: &'a ImagePageView,
    pub compare: &'a ComparePageView,
    pub lineup: &'a LineupPageView,
}

impl<'a> Seen<'a> {
    /// What the tasks read of the app state.
    pub fn of(s: &'a crate::state::app::AppState) -> Self {
        Seen {
            url: &s.url,
            data: &s.data,
            diffusion: &s.diffusion,
            flow: &s.flow,
            gan: &s.gan,
            vae: &s.vae,
            images: &s.images,
            compare: &s.compare,
            lineup: &s.lineup,
        }
    }
}

/// The true share of each mode, and the "near a centre" radius (3σ), as the pages score them
/// (`AppState::reference`). Empty for data without modes.
pub fn modes(s: &Seen) -> (Vec<f32>, f32) {
    let spec = &s.url.dataset;
    match spec.kind {
        DatasetKind::TwoClusters => (vec![spec.weight, 1.0 - spec.weight], 3.0 * spec.spread),
        DatasetKind::EightGaussians => (vec![0.125; 8], 3.0 * 0.3 * spec.spread),
        _ => (Vec::new(), 0.0),
    }
}

/// Points that look like the data: ≥ 90 % within 3σ of a centre and every mode's share within
/// ±0.1 of its weight. `None` for data without modes.
pub fn like_the_data(points: &[[f32; 2]], s: &Seen) -> Option<bool> {
    let (weights, radius) = modes(s);
    if weights.is_empty() || weights.len() != s.data.centres.len() || points.is_empty() {
        return None;
    }
    let c = mode_coverage(points, &s.data.centres, radius);
    Some(c.near >= 0.9 && c.shares.iter().zip(&weights).all(|(a, w)| (a - w).abs() <= 0.1))
}

/// A point off the data: more than 3σ from every centre, or, for data without modes, more than
/// 0.5 from every data point.
pub fn off_the_data(p: [f32; 2], s: &Seen) -> bool {
    let dist = |c: &[f32; 2]| ((p[0] - c[0]).powi(2) + (p[1] - c[1]).powi(2)).sqrt();
    let (weights, radius) = modes(s);
    if !(p[0].is_finite() && p[1].is_finite()) {
        return false;
    }
    if !weights.is_empty() && s.data.centres.len() == weights.len() {
        s.data.centres.iter().all(|c| dist(c) > radius)
    } else {
        !s.data.points.is_empty() && s.data.points.iter().all(|c| dist(c) > 0.5)
    }
}
