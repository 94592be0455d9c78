//! Text alternatives for the canvases: what a view shows *now*, in words a screen reader (or a
//! student who cannot tell the colours apart) can use — "2000 samples: 71 % left cluster, 29 %
//! right cluster". Pure: each function turns plain data into a [`Msg`], worded on the page in
//! its language, and recomputed whenever the view redraws.

use crate::i18n::Msg;
use crate::metrics::mode_coverage;

/// A number in few characters: three significant figures, scientific when tiny or huge.
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let a = v.abs();
    if a != 0.0 && !(1e-3..1e5).contains(&a) {
        format!("{v:.2e}")
    } else if a >= 100.0 {
        format!("{v:.0}")
    } else if a >= 10.0 {
        format!("{v:.1}")
    } else if a >= 1.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.3}")
    }
}

/// The name of mode `k` of `centres`: with two modes, the left or the right cluster (by x);
/// else "mode k+1".
pub fn mode_name(k: usize, centres: &[[f32; 2]]) -> Msg {
    if centres.len() == 2 {
        let left = centres[k][0] <= centres[1 - k][0];
        Msg::new(if left { "alt-left-cluster" } else { "alt-right-cluster" })
    } else {
        Msg::new("alt-mode").arg("n", k + 1)
    }
}

/// Percentages that add up to 100 (largest remainders), for `shares` that sum to about 1.
fn percentages(shares: &[f32]) -> Vec<u32> {
    let raw: Vec<f64> = shares.iter().map(|s| (*s as f64).max(0.0) * 100.0).collect();
    let mut out: Vec<u32> = raw.iter().map(|r| r.floor() as u32).collect();
    let total: f64 = raw.iter().sum();
    let missing = (total.round() as u32).saturating_sub(out.iter().sum());
    let mut order: Vec<usize> = (0..raw.len()).collect();
    order.sort_by(|a, b| (raw[*b] - raw[*b].floor()).total_cmp(&(raw[*a] - raw[*a].floor())));
    for i in order.into_iter().take(missing as usize) {
        out[i] += 1;
    }
    out
}

/// A cloud of points: how many, and how they split between the data's modes (nearest centre);
/// with no known modes, where they sit and how wide they spread.
pub fn cloud(what: &Msg, points: &[[f32; 2]], centres: &[[f32; 2]]) -> Msg {
    let finite: Vec<[f32; 2]> = points.iter().copied().filter(|p| p[0].is_finite() && p[1].is_finite()).collect();
    if finite.is_empty() {
        return Msg::new("alt-cloud-empty").nested("what", what);
    }
    let n = finite.len();
    if centres.len() >= 2 {
        let cover = mode_coverage(&finite, centres, f32::INFINITY);
        let shares: Vec<Msg> = percentages(&cover.shares)
            .into_iter()
            .enumerate()
            .map(|(k, pct)| Msg::new("alt-share").arg("pct", pct).nested("mode", &mode_name(k, centres)))
            .collect();
        return Msg::new("alt-cloud-modes").nested("what", what).arg("n", n).list("shares", &shares, ", ");
    }
    let mean = |i: usize| finite.iter().map(|p| p[i] as f64).sum::<f64>() / n as f64;
    let (mx, my) = (mean(0), mean(1));
    let sd = (finite.iter().map(|p| (p[0] as f64 - mx).powi(2) + (p[1] as f64 - my).powi(2)).sum::<f64>() / (2 * n) as f64).sqrt();
    Msg::new("alt-cloud-spread").nested("what", what).arg("n", n).arg("x", number(mx)).arg("y", number(my)).arg("sd", number(sd))
}

/// A chart of lines over training: each line's latest value, at the step (or time) reached.
/// `values` pairs a line's name with its last value (`None`: nothing yet).
pub fn series(title: &Msg, at: &Msg, values: &[(Msg, Option<f64>)]) -> Msg {
    let known: Vec<Msg> = values
        .iter()
        .filter_map(|(name, v)| v.filter(|v| v.is_finite()).map(|v| Msg::new("alt-value").nested("name", name).arg("value", number(v))))
        .collect();
    if known.is_empty() {
        return Msg::new("alt-series-empty").nested("title", title);
    }
    Msg::new("alt-series").nested("title", title).nested("at", at).list("values", &known, ", ")
}

/// Where a chart's lines end: "at step 1200".
pub fn at_step(step: u64) -> Msg {
    Msg::new("alt-at-step").arg("step", step)
}

/// A bar chart of shares: the bars from largest to smallest, at most `top` of them named.
pub fn bars(title: &Msg, names: &[Msg], shares: &[f64], top: usize) -> Msg {
    let mut order: Vec<usize> = (0..shares.len().min(names.len())).filter(|i| shares[*i].is_finite()).collect();
    if order.is_empty() {
        return Msg::new("alt-series-empty").nested("title", title);
    }
    order.sort_by(|a, b| shares[*b].total_cmp(&shares[*a]));
    let empty = order.iter().filter(|i| shares[**i] <= 0.0).count();
    let named: Vec<Msg> = order
        .iter()
        .take(top)
        .filter(|i| shares[**i] > 0.0)
        .map(|i| Msg::new("alt-share").arg("pct", (shares[*i] * 100.0).round()).nested("mode", &names[*i]))
        .collect();
    Msg::new("alt-bars").nested("title", title).list("shares", &named, ", ").arg("empty", empty)
}

/// A message with no words to translate (a formula, a symbol), shown as it is.
pub fn raw(text: &str) -> Msg {
    Msg::new("alt-raw").arg("text", text)
}

/// A curve over the diffusion steps t = 1…T: where it starts and where it ends.
pub fn curve(title: &Msg, ys: &[f64]) -> Msg {
    match (ys.first(), ys.last()) {
        (Some(first), Some(last)) => {
            Msg::new("alt-curve").nested("title", title).arg("first", number(*first)).arg("last", number(*last)).arg("steps", ys.len())
        }
        _ => Msg::new("alt-series-empty").nested("title", title),
    }
}

/// Two descriptions of one view, one after the other.
pub fn both(a: &Msg, b: &Msg) -> Msg {
    Msg::new("alt-both").nested("a", a).nested("b", b)
}
