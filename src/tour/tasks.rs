//! The tasks: whether task `k` of a chapter is done, read from the page's state alone.
//!
//! Every predicate is a pure function of what the app state holds (the link's settings, the
//! data, and each page's snapshot of the worker), so the page ticks a task off by itself and
//! the native tests check the ones that depend on settings only. A task is false on a fresh
//! state (nothing trained, nothing measured); the ones that need training ask for enough steps
//! that an untrained model's first measurement cannot tick them by chance.
//!
//! This file holds the dispatcher and the data, measuring, diffusion, flow-matching and digit tasks;
//! the GAN, VAE and compare-page tasks are in `tasks_more.rs`, what they read in `seen.rs`.

use crate::data::toy2d::DatasetKind;
use crate::families::flow::coupling::Coupling;
use crate::models::schedule::ScheduleKind;
use crate::tour::seen::like_the_data;
use crate::tour::tasks_more as more;

pub use crate::tour::seen::Seen;

/// ᾱ_T above this: x_T keeps √0.05 ≈ 22 % of the data's scale, so the clusters still show at
/// t = T (the page's own warning starts at 0.01).
pub const NOT_NOISE: f64 = 0.05;
/// Paths at most this much longer than straight lines count as straight (OT pairs: 1.002×).
pub const STRAIGHT: f64 = 1.05;

/// Whether task `k` (1-based) of chapter `id` is done in what `s` shows. False for a chapter
/// or task that does not exist.
pub fn done_in(id: &str, k: usize, s: &Seen) -> bool {
    match (id, k) {
        ("data", 1) => unequal(s),
        ("data", 2) => merged(s),
        ("variety", 1) => more::gan_drops_a_mode(s),
        ("explicit", 1) => more::three_likelihoods(s),
        ("explicit", 2) => more::flow_near_truth(s),
        ("metrics", 1) => !s.images.scores.is_empty(),
        ("metrics", 2) => one_class_scored(s),
        ("gan-game", 1) => more::d_stepped_alone(s),
        ("gan-game", 2) => more::gan_covers(s),
        ("vanishing", 1) => more::saturating_vanishes(s),
        ("vanishing", 2) => more::a_pushes_again(s),
        ("collapse", 1) => more::collapsed(s),
        ("collapse", 2) => more::recovered(s),
        ("ae-holes", 1) => more::ae_off_the_data(s),
        ("ae-holes", 2) => more::in_a_hole(s),
        ("vae", 1) => more::beta_zero_worse(s),
        ("vae", 2) => more::beta_raised(s),
        ("forward", 1) => alpha_bar_t(s) > NOT_NOISE,
        ("forward", 2) => s.url.diffusion.config.schedule.kind == ScheduleKind::Cosine,
        ("reverse", 1) => at_the_bar(s),
        ("reverse", 2) => reverse_lands(s),
        ("flow", 1) => flow_trained(s, Coupling::Independent, 1000) && s.flow.straightness.is_some(),
        ("flow", 2) => flow_trained(s, Coupling::Ot, 500) && s.flow.straightness.is_some_and(|v| v < STRAIGHT),
        ("compare", 1) => more::two_at_the_bar(s),
        ("compare", 2) => s.compare.past,
        ("digits", 1) => each_drawn(s),
        ("digits", 2) => gan_copies(s),
        _ => false,
    }
}

/// ᾱ_T of the schedule in the link: how much of x_0 survives to the last step.
pub fn alpha_bar_t(s: &Seen) -> f64 {
    s.url.diffusion.config.schedule.build().final_alpha_bar()
}

fn two_clusters(s: &Seen) -> bool {
    s.url.dataset.kind == DatasetKind::TwoClusters
}

/// π moved to 0.7 or beyond (or 0.3 or below): one bump is more than twice the other.
fn unequal(s: &Seen) -> bool {
    two_clusters(s) && (s.url.dataset.weight - 0.5).abs() >= 0.2 - 1e-4
}

/// Separation at most 2σ: two Gaussians of equal spread then make a density with a single
/// peak, whatever their weights.
fn merged(s: &Seen) -> bool {
    two_clusters(s) && s.url.dataset.separation <= 2.0 * s.url.dataset.spread + 1e-4
}

/// A scorecard of images the classifier reads as (nearly) one class: at least 80 % in one bar.
fn one_class_scored(s: &Seen) -> bool {
    s.images.scores.iter().any(|c| {
        let top = c.samples.hist.iter().copied().max().unwrap_or(0) as f64;
        c.samples.n >= 10 && top >= 0.8 * c.samples.n as f64
    })
}

/// A lineup of 0–9 in turn, drawn by all three families, while the link asks for it (not one
/// left from before the chapter set its class).
fn each_drawn(s: &Seen) -> bool {
    use crate::lineup::plan::Contestant;
    let Some(l) = &s.lineup.lineup else { return false };
    s.url.lineup.pick.is_none() && l.pick.is_none() && Contestant::ALL.iter().all(|f| l.column(Some(*f)).is_some())
}

/// A lineup whose GAN draws near-copies (ψ slid towards 0), while the link asks for that ψ.
fn gan_copies(s: &Seen) -> bool {
    use crate::lineup::plan::{Contestant, near_copies};
    let Some(l) = &s.lineup.lineup else { return false };
    l.psi == s.url.lineup.psi && l.column(Some(Contestant::Gan)).is_some_and(|c| near_copies(&c.row))
}

/// The DDPM, trained with the settings on screen, meets the quality bar.
fn at_the_bar(s: &Seen) -> bool {
    let d = s.diffusion;
    d.step > 0 && d.config.as_ref() == Some(&s.url.diffusion.config) && d.quality.as_ref().is_some_and(|q| q.passes && q.step > 0)
}

/// A reverse chain run from a trained model whose last frame looks like the data (or, for data
/// without modes, whose samples met the quality bar).
fn reverse_lands(s: &Seen) -> bool {
    let Some(c) = &s.diffusion.chain else { return false };
    if c.step == 0 || c.ts.is_empty() {
        return false;
    }
    let last = c.frame(c.ts.len() - 1, false);
    like_the_data(last, s).unwrap_or_else(|| s.diffusion.quality.as_ref().is_some_and(|q| q.passes && q.step == c.step))
}

/// Flow matching built with `coupling` and trained at least `steps` steps.
fn flow_trained(s: &Seen, coupling: Coupling, steps: u64) -> bool {
    s.flow.step >= steps && s.flow.config.as_ref().is_some_and(|c| c.coupling == coupling)
}
