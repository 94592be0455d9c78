//! Sample-quality panel, the same for every family that samples 2-D points: mode coverage (each
//! cluster's share of samples against its true weight), MMD² against fresh data, and the 2-D
//! Fréchet distance (the analogue of FID).

use yew::prelude::*;

use crate::i18n::{tr, tr_args};
use crate::quality::{Quality, QualityBar};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub quality: Option<Quality>,
    /// Rows of the family's own below the shared ones (label, value, test id, hint).
    #[prop_or_default]
    pub children: Html,
}

#[function_component(QualityPanel)]
pub fn quality_panel(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let t = |id: &str| tr(lang, id);
    let bar = QualityBar::default();
    let Some(q) = &p.quality else {
        return html! {
            <div class="panel" data-testid="metrics-panel">
                <h2>{ t("ui-quality-title") }</h2>
                <p class="lede">{ t("ui-quality-empty") }</p>
            </div>
        };
    };
    let bars = q.shares.iter().zip(&q.weights).enumerate().map(|(k, (s, w))| {
        let ok = (s - w).abs() <= bar.share_tol;
        html! {
            <div class="share">
                <span class="share-label">{ tr_args(lang, "ui-mode", &[("k", (k + 1).to_string())]) }</span>
                <span class="share-track">
                    <span class={classes!("share-fill", (!ok).then_some("off"))} style={format!("width:{:.1}%", s * 100.0)} />
                    <span class="share-true" style={format!("left:{:.1}%", w * 100.0)} title={t("ui-true-weight")} />
                </span>
                <span class="share-num">{ tr_args(lang, "ui-share", &[("share", format!("{:.0}", s * 100.0)), ("weight", format!("{:.0}", w * 100.0))]) }</span>
            </div>
        }
    });
    html! {
        <div class="panel" data-testid="metrics-panel">
            <h2>{ t("ui-quality-title") }</h2>
            <p class={classes!("verdict", q.passes.then_some("pass"))} data-testid="quality-verdict">
                { t(if q.passes { "ui-verdict-pass" } else { "ui-verdict-fail" }) }
                { format!(" {}", tr_args(lang, "ui-verdict-step", &[("step", q.step.to_string())])) }
            </p>
            if !q.shares.is_empty() {
                <div class="shares" data-testid="coverage">{ for bars }</div>
                <p class="hint">{ tr_args(lang, "ui-coverage-hint", &[("tol", format!("{:.2}", bar.share_tol)), ("near", format!("{:.1}", q.near * 100.0)), ("min", format!("{:.0}", bar.near_min * 100.0))]) }</p>
            }
            <table class="metrics">
                <tr><td>{ t("ui-mmd-label") }</td><td data-testid="mmd2">{ format!("{:.4}", q.mmd2) }</td><td class="hint">{ tr_args(lang, "ui-mmd-bar", &[("bar", bar.mmd2_max.to_string())]) }</td></tr>
                <tr><td>{ t("ui-frechet-label") }</td><td data-testid="frechet">{ format!("{:.4}", q.frechet) }</td><td class="hint">{ t("ui-lower-better") }</td></tr>
                { p.children.clone() }
            </table>
            <p class="hint">{ t("ui-frechet-note") }</p>
        </div>
    }
}
