//! One metrics table for all four families, live: the same functions on the same number of
//! samples, plus each explicit family's log-likelihood of held-out data beside the GAN's
//! "implicit", and the true density's where the data has one.

use yew::prelude::*;

use crate::compare::contender::Kind;
use crate::compare::page::panels::FAMILIES;
use crate::compare::state::{ComparePageView, Row};
use crate::quality::QualityBar;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: ComparePageView,
    /// Mean true log-density of the held-out data, when the data has a closed form.
    pub truth: Option<f64>,
}

fn cell(row: Option<&Row>, f: impl Fn(&Row) -> String) -> String {
    row.map_or("—".into(), f)
}

#[function_component(MetricsTable)]
pub fn metrics_table(p: &Props) -> Html {
    let bar = QualityBar::default();
    let rows: Vec<Option<&Row>> = FAMILIES.iter().map(|f| p.view.row(f.0)).collect();
    let line = |label: &str, id: &str, hint: &str, f: &dyn Fn(&Row) -> String| {
        let cells = rows.iter().zip(FAMILIES).map(|(r, fam)| html! { <td data-testid={format!("cell-{id}-{}", fam.0.id())}>{ cell(*r, f) }</td> });
        html! { <tr><th scope="row">{ label }<span class="hint">{ hint }</span></th>{ for cells }</tr> }
    };
    let shares = |r: &Row| {
        let q = &r.latest.score.quality;
        if q.shares.is_empty() { "no modes".into() } else { q.shares.iter().map(|s| format!("{:.1}", s * 100.0)).collect::<Vec<_>>().join(" / ") + " %" }
    };
    let truth_shares = rows.iter().flatten().next().map(|r| r.latest.score.quality.weights.iter().map(|w| format!("{:.0}", w * 100.0)).collect::<Vec<_>>().join(" / ") + " %");
    let log_lik = |r: &Row| match (&r.log_likelihood, r.family) {
        (_, crate::families::FamilyId::Gan) => "none: an implicit model".into(),
        (Some(l), _) if l.nats.is_finite() => format!("{}{:.2}{}", if l.kind == Kind::Bound { "≥ " } else { "" }, l.nats, if l.kind == Kind::Bound { " (bound)" } else { " (exact)" }),
        (Some(_), _) => "not a number".into(),
        (None, _) => "measuring…".into(),
    };
    let to_bar = |r: &Row| r.first_pass.map_or("not yet".into(), |(s, ms)| format!("{s} steps · {:.1} s", ms / 1000.0));
    let heads = FAMILIES.iter().map(|f| html! { <th scope="col">{ f.1 }</th> });
    html! {
        <div class="panel" data-testid="compare-table">
            <h2>{"Measured the same way"}</h2>
            <p class="lede">{ format!("Every measurement draws 2,000 samples from each model and scores them with the same functions against fresh data. True shares: {}.", truth_shares.unwrap_or_else(|| "—".into())) }</p>
            <table class="metrics compare">
                <thead><tr><th />{ for heads }</tr></thead>
                <tbody>
                    { line("Share per mode", "shares", "against the true weights", &shares) }
                    { line("Modes covered", "covered", "≥ half their weight", &|r| format!("{} of {}", r.latest.score.covered, r.latest.score.modes)) }
                    { line("Near the data", "near", "within 3σ of a centre", &|r| { let n = r.latest.score.quality.near; if n.is_finite() { format!("{:.1} %", n * 100.0) } else { "—".into() } }) }
                    { line("MMD²", "mmd2", &format!("bar < {}", bar.mmd2_max), &|r| format!("{:.4}", r.latest.score.quality.mmd2)) }
                    { line("2-D Fréchet", "frechet", "the analogue of FID", &|r| format!("{:.3}", r.latest.score.quality.frechet)) }
                    { line("Grid JS", "js", "nats, ≤ ln 2", &|r| format!("{:.3}", r.latest.score.js)) }
                    { line("Log-likelihood", "loglik", "held-out data, nats per point", &log_lik) }
                    { line("To the quality bar", "tobar", "first measurement at the bar", &to_bar) }
                </tbody>
            </table>
            <p class="hint" data-testid="truth">{ match p.truth {
                Some(t) => format!("The data's own density gives {t:.2} nats per point: no model can beat it on average. A bound (≥) may sit well below its model's true value: the DDPM's is loosest, from its first few coarse steps."),
                None => "This data has no closed-form density, so there is no true value to compare the log-likelihoods with.".to_string(),
            } }</p>
        </div>
    }
}
