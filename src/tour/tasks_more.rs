//! The GAN, VAE and compare-page tasks (the dispatcher is `tasks.rs`). Each reads the runs the
//! worker built (`configs`), not the settings on screen, so a task ticks for the model that is
//! actually training.

use crate::compare::score::HELD_OUT;
use crate::data::toy2d::{self, DatasetSpec};
use crate::families::FamilyId;
use crate::families::gan::loss::GanLoss;
use crate::families::gan::runs::GanMeter;
use crate::families::gan::state::covered_modes;
use crate::quality::Quality;
use crate::state::series::MAX_POINTS;
use crate::tour::seen::{Seen, off_the_data};

/// Iterations a GAN must have trained before its meter can count (its untrained G sits between
/// the clusters, where shares are even by accident).
const GAN_TRAINED: u64 = 1000;
/// Steps each VAE run must have trained before its prior samples are compared (the README's
/// figures are at 2,000).
const VAE_TRAINED: u64 = 1500;

/// Mean of the last `n` values (all of them when fewer), `None` when empty or not finite.
fn tail_mean(v: &[f32], n: usize) -> Option<f64> {
    let tail = &v[v.len().saturating_sub(n)..];
    let m = tail.iter().map(|x| *x as f64).sum::<f64>() / tail.len().max(1) as f64;
    (!tail.is_empty() && m.is_finite()).then_some(m)
}

/// The index of the first GAN run built with `loss`.
fn gan_run(s: &Seen, loss: GanLoss) -> Option<usize> {
    s.gan.configs.iter().position(|c| c.model.loss == loss).filter(|i| *i < s.gan.runs.len())
}

/// A trained GAN run's meter, measured at least `GAN_TRAINED` iterations in.
fn trained_meter<'a>(s: &Seen<'a>, i: usize) -> Option<&'a GanMeter> {
    s.gan.runs.get(i)?.meter.as_ref().filter(|m| m.quality.step >= GAN_TRAINED && !m.quality.weights.is_empty())
}

/// Modes covered by these shares (a fifth of their weight, as the page's meter counts them).
fn covers_all(shares: &[f32], weights: &[f32]) -> bool {
    let (c, n) = covered_modes(shares, weights);
    n > 0 && c == n
}

/// D took at least five updates more than G in run A: "Step D only" pressed (with k = 1 both
/// curves grow together otherwise).
pub fn d_stepped_alone(s: &Seen) -> bool {
    let (Some(r), Some(c)) = (s.gan.runs.first(), s.gan.configs.first()) else { return false };
    let k = c.model.d_steps.max(1);
    r.d_loss.len() < MAX_POINTS / 2 && r.d_loss.len() >= k * r.g_loss.len() + 5
}

/// Run A covers every mode in its true share (±0.1) after training.
pub fn gan_covers(s: &Seen) -> bool {
    trained_meter(s, 0).is_some_and(|m| {
        let q = &m.quality;
        covers_all(&q.shares, &q.weights) && q.shares.iter().zip(&q.weights).all(|(a, w)| (a - w).abs() <= 0.1)
    })
}

/// Over the first 50 iterations, while D is far ahead, G's typical gradient norm (the median:
/// the chart is on a log scale, and a few spikes should not decide it) under the saturating
/// loss is under a tenth of the non-saturating one's. Later, once G has moved, the two may meet.
pub fn saturating_vanishes(s: &Seen) -> bool {
    let (Some(a), Some(b)) = (gan_run(s, GanLoss::Minimax), gan_run(s, GanLoss::NonSaturating)) else { return false };
    matches!((early_median(&s.gan.runs[a].g_grad_norm), early_median(&s.gan.runs[b].g_grad_norm)), (Some(x), Some(y)) if y > 0.0 && x < 0.1 * y)
}

/// The median of the first 50 values, once there are 50 and all are finite.
fn early_median(v: &[f32]) -> Option<f64> {
    let mut first: Vec<f64> = v.get(..50)?.iter().map(|x| *x as f64).collect();
    if first.iter().any(|x| !x.is_finite()) {
        return None;
    }
    first.sort_by(f64::total_cmp);
    Some((first[24] + first[25]) / 2.0)
}

/// Run A switched to the non-saturating loss against a still-strong D (several D steps per G
/// step), trained 50 iterations, and its gradient norm stays up.
pub fn a_pushes_again(s: &Seen) -> bool {
    let (Some(r), Some(c)) = (s.gan.runs.first(), s.gan.configs.first()) else { return false };
    c.model.loss == GanLoss::NonSaturating
        && c.model.d_steps >= 2
        && r.g_grad_norm.len() >= 50
        && tail_mean(&r.g_grad_norm, 20).is_some_and(|m| m >= 0.3)
}

/// A trained run's meter shows a dropped mode (under a fifth of its true share).
pub fn collapsed(s: &Seen) -> bool {
    (0..s.gan.runs.len()).any(|i| trained_meter(s, i).is_some_and(|m| !covers_all(&m.quality.shares, &m.quality.weights)))
}

/// A run that had dropped a mode after its start covers every mode again, later.
pub fn recovered(s: &Seen) -> bool {
    (0..s.gan.runs.len()).any(|i| {
        let Some(m) = trained_meter(s, i) else { return false };
        let w = &m.quality.weights;
        covers_all(&m.quality.shares, w)
            && s.gan.runs[i].history.iter().any(|p| p.step >= 500 && p.step < m.quality.step && !covers_all(&p.shares, w))
    })
}

/// Share of prior samples farther than 3σ from every centre.
fn far(q: &Quality) -> f32 {
    1.0 - q.near
}

/// Run `i`'s prior-sample quality, measured after `steps` steps.
fn vae_quality<'a>(s: &Seen<'a>, i: usize, steps: u64) -> Option<&'a Quality> {
    s.vae.runs.get(i)?.quality.as_ref().filter(|q| q.step >= steps && q.near.is_finite())
}

/// The first VAE run whose settings pass `test`.
fn vae_run(s: &Seen, test: impl Fn(&crate::families::vae::model::VaeConfig) -> bool) -> Option<usize> {
    s.vae.configs.iter().position(|c| test(&c.model))
}

/// After training, the plain autoencoder's prior samples are far from the data at least 20
/// points (per 100) more often than the VAE's.
pub fn ae_off_the_data(s: &Seen) -> bool {
    let (Some(a), Some(v)) = (vae_run(s, |m| !m.variational), vae_run(s, |m| m.variational && m.beta >= 0.5)) else { return false };
    matches!((vae_quality(s, a, VAE_TRAINED), vae_quality(s, v, VAE_TRAINED)), (Some(qa), Some(qv)) if far(qa) >= far(qv) + 0.2)
}

/// The latent point, moved inside the prior's 2σ circle, decodes (by a trained autoencoder) to
/// a point off the data: more than 3σ from every centre, or, for data without modes, more than
/// 0.5 from every data point.
pub fn in_a_hole(s: &Seen) -> bool {
    let (Some(a), Some(d)) = (vae_run(s, |m| !m.variational), s.vae.decoded.as_ref()) else { return false };
    let (Some(run), Some(p)) = (s.vae.runs.get(a), d.points.get(a)) else { return false };
    let r = (d.z[0] * d.z[0] + d.z[1] * d.z[1]).sqrt();
    run.step >= 1000 && (0.1..=2.0).contains(&r) && off_the_data(*p, s)
}

/// After training, the VAE with β = 0 puts its prior samples much further from the data (MMD²
/// over three times) than the one with β ≥ 0.5.
pub fn beta_zero_worse(s: &Seen) -> bool {
    let (Some(z), Some(v)) = (vae_run(s, |m| m.variational && m.beta <= 0.05), vae_run(s, |m| m.variational && m.beta >= 0.5)) else {
        return false;
    };
    matches!((vae_quality(s, z, VAE_TRAINED), vae_quality(s, v, VAE_TRAINED)), (Some(qz), Some(qv)) if qz.mmd2 > 3.0 * qv.mmd2)
}

/// Run A raised to β ≥ 0.9 and trained: ≥ 90 % of its prior samples near the data.
pub fn beta_raised(s: &Seen) -> bool {
    let Some(c) = s.vae.configs.first() else { return false };
    c.model.variational && c.model.beta >= 0.9 && vae_quality(s, 0, 2000).is_some_and(|q| q.near >= 0.9)
}

/// On the compare page, past 500 steps the GAN has missed a mode at some measurement (its
/// "modes covered" line dipped: a GAN hops between modes, so the moment passes) while the DDPM
/// now covers them all.
pub fn gan_drops_a_mode(s: &Seen) -> bool {
    let (Some(g), Some(d)) = (s.compare.row(FamilyId::Gan), s.compare.row(FamilyId::Diffusion)) else { return false };
    let modes = g.latest.score.modes;
    modes >= 2
        && d.latest.step >= 500
        && d.latest.score.covered == d.latest.score.modes
        && g.history.iter().any(|p| p.step >= 500 && p.covered < modes)
}

/// The three explicit families show a log-likelihood after some training; the GAN has a row.
pub fn three_likelihoods(s: &Seen) -> bool {
    let has = |f| s.compare.row(f).is_some_and(|r| r.latest.step >= 200 && r.log_likelihood.as_ref().is_some_and(|l| l.nats.is_finite()));
    s.compare.row(FamilyId::Gan).is_some() && [FamilyId::Diffusion, FamilyId::Flow, FamilyId::Vae].into_iter().all(has)
}

/// The data's own mean log-density of the held-out points, as the compare page computes it
/// (`None` where the data has no closed form).
pub fn truth(spec: &DatasetSpec, seed: u64) -> Option<f64> {
    let fresh = toy2d::generate(&DatasetSpec { n: 2000, ..spec.clone() }, seed.wrapping_add(1000));
    let held: Vec<f64> = fresh.points.iter().take(HELD_OUT).filter_map(|&x| toy2d::log_density(spec, x)).collect();
    (!held.is_empty()).then(|| held.iter().sum::<f64>() / held.len() as f64)
}

/// Flow matching's exact log-likelihood within 0.3 nats of the data's own.
pub fn flow_near_truth(s: &Seen) -> bool {
    let Some(row) = s.compare.row(FamilyId::Flow) else { return false };
    let Some(l) = row.log_likelihood.as_ref().filter(|l| row.latest.step >= 200 && l.nats.is_finite()) else { return false };
    truth(&s.url.dataset, s.url.seed).is_some_and(|t| (l.nats - t).abs() <= 0.3)
}

/// At least two families have reached the quality bar on the compare page.
pub fn two_at_the_bar(s: &Seen) -> bool {
    s.compare.rows.iter().filter(|r| r.first_pass.is_some()).count() >= 2
}
