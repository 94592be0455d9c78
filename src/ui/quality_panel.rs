//! Sample-quality panel, the same for every family that samples 2-D points: mode coverage (each
//! cluster's share of samples against its true weight), MMD² against fresh data, and the 2-D
//! Fréchet distance (the analogue of FID).

use yew::prelude::*;

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
    let bar = QualityBar::default();
    let Some(q) = &p.quality else {
        return html! {
            <div class="panel" data-testid="metrics-panel">
                <h2>{"Sample quality"}</h2>
                <p class="lede">{"Train, or sample, to measure the model: the worker scores 1,000 fresh samples every 1.5 s of training."}</p>
            </div>
        };
    };
    let bars = q.shares.iter().zip(&q.weights).enumerate().map(|(k, (s, w))| {
        let ok = (s - w).abs() <= bar.share_tol;
        html! {
            <div class="share">
                <span class="share-label">{ format!("mode {}", k + 1) }</span>
                <span class="share-track">
                    <span class={classes!("share-fill", (!ok).then_some("off"))} style={format!("width:{:.1}%", s * 100.0)} />
                    <span class="share-true" style={format!("left:{:.1}%", w * 100.0)} title="true weight" />
                </span>
                <span class="share-num">{ format!("{:.0} % (true {:.0} %)", s * 100.0, w * 100.0) }</span>
            </div>
        }
    });
    html! {
        <div class="panel" data-testid="metrics-panel">
            <h2>{"Sample quality"}</h2>
            <p class={classes!("verdict", q.passes.then_some("pass"))} data-testid="quality-verdict">
                { if q.passes { "✓ meets the quality bar" } else { "✗ not yet at the quality bar" } }
                { format!(" (step {})", q.step) }
            </p>
            if !q.shares.is_empty() {
                <div class="shares" data-testid="coverage">{ for bars }</div>
                <p class="hint">{ format!("Mode coverage: share of samples nearest each centre; the tick is the true weight (bar: ±{:.2}). {:.1} % of samples lie within 3σ of a centre (bar: {:.0} %).", bar.share_tol, q.near * 100.0, bar.near_min * 100.0) }</p>
            }
            <table class="metrics">
                <tr><td>{"MMD² (RBF, median bandwidth)"}</td><td data-testid="mmd2">{ format!("{:.4}", q.mmd2) }</td><td class="hint">{ format!("bar < {}", bar.mmd2_max) }</td></tr>
                <tr><td>{"Fréchet distance (2-D analogue of FID)"}</td><td data-testid="frechet">{ format!("{:.4}", q.frechet) }</td><td class="hint">{"lower is better"}</td></tr>
                { p.children.clone() }
            </table>
            <p class="hint">{"The Fréchet distance compares only a Gaussian fit (mean and covariance): one wide Gaussian over both clusters can score well while missing both modes — which is why coverage is shown beside it."}</p>
        </div>
    }
}
