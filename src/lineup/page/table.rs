//! The variety table under the lineup: each family's 100 samples and 100 real digits drawn
//! apart, judged the same way against the same 100 real digits, and the ranking it gives said
//! in words, beside what the seed claims.

use yew::prelude::*;

use crate::i18n::{Lang, tr, tr_args};
use crate::lineup::page::column_name;
use crate::lineup::plan::{Contestant, JUDGED, Row};
use crate::lineup::state::Lineup;
use crate::state::shared::Shared;

/// Recalls closer than this are called a tie in the seed's verdict (a draw of 100 samples).
const TIE: f64 = 0.05;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lineup: Shared<Lineup>,
}

/// A value as the table shows it ("—" when there was too little to measure).
fn num(v: f64, digits: usize) -> String {
    if v.is_finite() { format!("{v:.digits$}") } else { "—".into() }
}

/// "VAE 0.89 > Diffusion 0.81 > GAN 0.62".
fn order(lang: Lang, l: &Lineup, field: fn(&Row) -> f64) -> String {
    l.ranked(field).iter().map(|(f, v)| format!("{} {}", column_name(lang, Some(*f)), num(*v, 2))).collect::<Vec<_>>().join(" > ")
}

#[function_component(VarietyTable)]
pub fn variety_table(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let t = |id: &str| tr(lang, id);
    let l = &p.lineup;
    let line = |label: &str, id: &str, hint: &str, f: &dyn Fn(&Row) -> String| {
        let cells = l
            .columns
            .iter()
            .map(|c| html! { <td data-testid={format!("lineup-{id}-{}", c.family.map_or("real", Contestant::id))}>{ f(&c.row) }</td> });
        html! { <tr><th scope="row">{ label.to_string() }<span class="hint">{ hint.to_string() }</span></th>{ for cells }</tr> }
    };
    // The classes read: for one class, the most frequent ones; for 0–9, how many appear and how evenly.
    let classes = |r: &Row| {
        let seen: Vec<(usize, u32)> = r.hist.iter().copied().enumerate().filter(|(_, k)| *k > 0).collect();
        if l.pick.is_some() {
            let mut top = seen.clone();
            top.sort_by_key(|k| std::cmp::Reverse(k.1));
            top.iter().take(4).map(|(c, k)| format!("{c}×{k}")).collect::<Vec<_>>().join(" ")
        } else {
            let (lo, hi) = (r.hist.iter().min().copied().unwrap_or(0), r.hist.iter().max().copied().unwrap_or(0));
            tr_args(lang, "lineup-classes-each", &[("k", seen.len().to_string()), ("lo", lo.to_string()), ("hi", hi.to_string())])
        }
    };
    let heads = l.columns.iter().map(|c| html! { <th scope="col">{ column_name(lang, c.family) }</th> });
    let recall = |r: &Row| r.report.recall;
    let precision = |r: &Row| r.report.precision;
    let seed_line = match (l.column(Some(Contestant::Diffusion)), l.column(Some(Contestant::Gan))) {
        (Some(d), Some(g)) => {
            let (dr, gr) = (d.row.report.recall, g.row.report.recall);
            // Under 0.05 apart the draw cannot tell them apart at this size (100 samples each).
            let agree = t(if (dr - gr).abs() < TIE {
                "lineup-ties"
            } else if dr > gr {
                "lineup-agrees"
            } else {
                "lineup-disagrees"
            });
            tr_args(lang, "lineup-verdict-seed", &[("d", num(dr, 2)), ("g", num(gr, 2)), ("agree", agree)])
        }
        _ => String::new(),
    };
    // Families whose samples are near-copies (at a small ψ, or a collapsed generator).
    let copies: Vec<String> = l
        .columns
        .iter()
        .filter(|c| c.family.is_some() && crate::lineup::plan::near_copies(&c.row))
        .map(|c| format!("{} {}", column_name(lang, c.family), num(c.row.class_spread, 2)))
        .collect();
    let real_line = l
        .column(None)
        .map(|r| tr_args(lang, "lineup-verdict-real", &[("p", num(r.row.report.precision, 2)), ("r", num(r.row.report.recall, 2))]))
        .unwrap_or_default();
    html! {
        <div class="panel wide" data-testid="lineup-table">
            <h2>{ t("lineup-table-title") }</h2>
            <p class="lede">{ tr_args(lang, "lineup-table-lede", &[("n", JUDGED.to_string())]) }</p>
            <div class="table-scroll">
            <table class="metrics compare">
                <thead><tr><th scope="col"><span class="visually-hidden">{ t("table-measure") }</span></th>{ for heads }</tr></thead>
                <tbody>
                    { line(&t("lineup-share"), "share", &t("lineup-share-hint"), &|r| format!("{:.0} %", 100.0 * r.report.class_share)) }
                    { line(&t("lineup-classes"), "classes", &t("lineup-classes-hint"), &classes) }
                    { line(&t("lineup-spread"), "spread", &t("lineup-spread-hint"), &|r| num(r.class_spread, 2)) }
                    { line(&t("lineup-precision"), "precision", &t("lineup-precision-hint"), &|r| num(r.report.precision, 2)) }
                    { line(&t("lineup-recall"), "recall", &t("lineup-recall-hint"), &|r| num(r.report.recall, 2)) }
                    { line(&t("lineup-is"), "is", &t("lineup-is-hint"), &|r| num(r.is, 2)) }
                    { line(&t("lineup-fd"), "fd", &t("lineup-fd-hint"), &|r| num(r.fd, 0)) }
                </tbody>
            </table>
            </div>
            <ul class="verdicts-text" data-testid="lineup-verdict">
                <li>{ tr_args(lang, "lineup-verdict-recall", &[("order", order(lang, l, recall))]) }</li>
                <li>{ tr_args(lang, "lineup-verdict-precision", &[("order", order(lang, l, precision))]) }</li>
                <li data-testid="lineup-verdict-seed">{ seed_line }</li>
                <li>{ real_line }</li>
                if !copies.is_empty() {
                    <li class="warn" data-testid="lineup-verdict-copies">
                        { tr_args(lang, "lineup-verdict-copies", &[("who", copies.join(", "))]) }
                        if l.psi < 1.0 { { " " }{ tr_args(lang, "lineup-verdict-copies-psi", &[("psi", num(l.psi, 2))]) } }
                    </li>
                }
            </ul>
        </div>
    }
}
