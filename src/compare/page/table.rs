//! One metrics table for all four families, live: the same functions on the same number of
//! samples, plus each explicit family's log-likelihood of held-out data beside the GAN's
//! "implicit", and the true density's where the data has one.

use yew::prelude::*;

use crate::compare::contender::Kind;
use crate::compare::page::panels::{FAMILIES, name};
use crate::compare::state::{ComparePageView, Row};
use crate::i18n::{Lang, tr, tr_args};
use crate::quality::QualityBar;
use crate::state::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub view: Shared<ComparePageView>,
    /// Mean true log-density of the held-out data, when the data has a closed form.
    pub truth: Option<f64>,
}

fn cell(row: Option<&Row>, f: impl Fn(&Row) -> String) -> String {
    row.map_or("—".into(), f)
}

/// A percentage as the table shows it.
fn percent(v: f32) -> String {
    format!("{:.1}", v * 100.0)
}

#[function_component(MetricsTable)]
pub fn metrics_table(p: &Props) -> Html {
    let (bar, lang) = (QualityBar::default(), p.lang);
    let t = |id: &str| tr(lang, id);
    let rows: Vec<Option<&Row>> = FAMILIES.iter().map(|f| p.view.row(f.0)).collect();
    let line = |label: &str, id: &str, hint: &str, f: &dyn Fn(&Row) -> String| {
        let cells =
            rows.iter().zip(FAMILIES).map(|(r, fam)| html! { <td data-testid={format!("cell-{id}-{}", fam.0.id())}>{ cell(*r, f) }</td> });
        html! { <tr><th scope="row">{ label.to_string() }<span class="hint">{ hint.to_string() }</span></th>{ for cells }</tr> }
    };
    let shares = |r: &Row| {
        let q = &r.latest.score.quality;
        if q.shares.is_empty() { t("table-no-modes") } else { q.shares.iter().map(|s| percent(*s)).collect::<Vec<_>>().join(" / ") + " %" }
    };
    let truth_shares = rows
        .iter()
        .flatten()
        .next()
        .map(|r| r.latest.score.quality.weights.iter().map(|w| format!("{:.0}", w * 100.0)).collect::<Vec<_>>().join(" / ") + " %");
    let covered = |r: &Row| {
        tr_args(
            lang,
            "table-covered-value",
            &[("covered", r.latest.score.covered.to_string()), ("modes", r.latest.score.modes.to_string())],
        )
    };
    let log_lik = |r: &Row| match (&r.log_likelihood, r.family) {
        (_, crate::families::FamilyId::Gan) => t("table-implicit"),
        (Some(l), _) if l.nats.is_finite() => {
            tr_args(lang, if l.kind == Kind::Bound { "table-bound" } else { "table-exact" }, &[("nats", format!("{:.2}", l.nats))])
        }
        (Some(_), _) => t("table-nan"),
        (None, _) => t("table-measuring"),
    };
    let to_bar = |r: &Row| {
        r.first_pass.map_or(t("table-not-yet"), |(s, ms)| {
            tr_args(lang, "table-tobar-value", &[("steps", s.to_string()), ("seconds", format!("{:.1}", ms / 1000.0))])
        })
    };
    let heads = FAMILIES.iter().map(|f| html! { <th scope="col">{ name(lang, f.0) }</th> });
    html! {
        <div class="panel" data-testid="compare-table">
            <h2>{ t("table-title") }</h2>
            <p class="lede">{ tr_args(lang, "table-lede", &[("shares", truth_shares.unwrap_or_else(|| "—".into()))]) }</p>
            <table class="metrics compare">
                <thead><tr><th scope="col"><span class="visually-hidden">{ t("table-measure") }</span></th>{ for heads }</tr></thead>
                <tbody>
                    { line(&t("table-shares"), "shares", &t("table-shares-hint"), &shares) }
                    { line(&t("table-covered"), "covered", &t("table-covered-hint"), &covered) }
                    { line(&t("table-near"), "near", &t("table-near-hint"), &|r| { let n = r.latest.score.quality.near; if n.is_finite() { format!("{} %", percent(n)) } else { "—".into() } }) }
                    { line("MMD²", "mmd2", &tr_args(lang, "table-mmd-hint", &[("bar", bar.mmd2_max.to_string())]), &|r| format!("{:.4}", r.latest.score.quality.mmd2)) }
                    { line(&t("table-frechet"), "frechet", &t("table-frechet-hint"), &|r| format!("{:.3}", r.latest.score.quality.frechet)) }
                    { line(&t("table-js"), "js", &t("table-js-hint"), &|r| format!("{:.3}", r.latest.score.js)) }
                    { line(&t("table-loglik"), "loglik", &t("table-loglik-hint"), &log_lik) }
                    { line(&t("table-tobar"), "tobar", &t("table-tobar-hint"), &to_bar) }
                </tbody>
            </table>
            <p class="hint" data-testid="truth">{ match p.truth {
                Some(v) => tr_args(lang, "table-truth", &[("nats", format!("{v:.2}"))]),
                None => t("table-no-truth"),
            } }</p>
        </div>
    }
}
