//! One VAE run's column: both planes, its metrics and loss terms, and its settings.

use crate::palette;
use crate::render::rgb;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::describe;
use crate::families::vae::page::planes::{DataPlane, LatentPlane, Shown};
use crate::families::vae::runs::VaeRunConfig;
use crate::families::vae::state::VaeRunView;
use crate::families::vae::url;
use crate::i18n::{Msg, tr, tr_args};
use crate::render::lines::{Line, draw_lines, spread};
use crate::ui::controls::RangeSlider;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub index: usize,
    pub config: VaeRunConfig,
    pub run: VaeRunView,
    pub data: Vec<[f32; 2]>,
    /// The data's mode centres, to say where the prior's samples decode to.
    pub centres: Vec<[f32; 2]>,
    pub labels: Vec<usize>,
    pub pad: [f32; 2],
    pub decoded: Option<[f32; 2]>,
    pub shown: Shown,
    pub prior_n: usize,
    pub on_pad: Callback<[f32; 2]>,
    pub on_change: Callback<VaeRunConfig>,
    /// The VAE trains: its chart is redrawn at a pace (`ui::pace::CHART_EVERY_MS`).
    pub running: bool,
}

#[function_component(RunColumn)]
pub fn run_column(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let chart = use_node_ref();
    let pace = crate::ui::pace::use_chart_pace(std::slice::from_ref(&chart));
    {
        let (chart, run) = (chart.clone(), p.run.clone());
        use_effect_with((run.step, lang, p.running), move |(.., running)| {
            if !pace.due(*running) {
                return;
            }
            if let Some(c) = chart.cast::<HtmlCanvasElement>() {
                let recon = tr(lang, "vae-chart-recon");
                let lines = [
                    Line { label: &recon, colour: rgb(palette::GREEN), points: spread(&run.mse, run.top.max(run.step)), dashed: false },
                    Line {
                        label: "KL(q(z|x) ‖ N(0, I))",
                        colour: rgb(palette::VIOLET),
                        points: spread(&run.kl, run.top.max(run.step)),
                        dashed: false,
                    },
                ];
                draw_lines(c, lang, &tr(lang, "vae-chart-title"), &lines, true, None);
            }
        });
    }
    let prefix = if p.index == 0 { "a-" } else { "b-" };
    let id = |k: &str| format!("{prefix}{k}");
    let m = &p.config.model;
    let kind = if !m.variational { tr(lang, "vae-kind-ae") } else { tr_args(lang, "vae-kind-vae", &[("beta", m.beta.to_string())]) };
    let num = |edit: fn(&mut VaeRunConfig, f64)| {
        let (c, cb) = (p.config.clone(), p.on_change.clone());
        Callback::from(move |v: f64| {
            let mut c = c.clone();
            edit(&mut c, v);
            cb.emit(c);
        })
    };
    let toggle_ae = {
        let (c, cb) = (p.config.clone(), p.on_change.clone());
        Callback::from(move |_| {
            let mut c = c.clone();
            c.model.variational = !c.model.variational;
            cb.emit(c);
        })
    };
    let last = |v: &[f32]| v.last().map(|x| *x as f64);
    let loss_alt = describe::series(
        &Msg::new("vae-chart-title"),
        &describe::at_step(p.run.step),
        &[(Msg::new("vae-chart-recon"), last(&p.run.mse)), (describe::raw("KL(q(z|x) ‖ N(0, I))"), last(&p.run.kl))],
    );
    let q = p.run.quality.as_ref();
    let fmt = |v: Option<f64>, d: usize| v.filter(|v| v.is_finite()).map_or("–".to_string(), |v| format!("{v:.d$}"));
    let shares = q.map_or("–".into(), |q| q.shares.iter().map(|s| format!("{:.0} %", s * 100.0)).collect::<Vec<_>>().join(" / "));
    html! {
        <div class="panel vae-run" data-testid={id("run")}>
            <h2>{ tr(lang, if p.index == 0 { "vae-run-a" } else { "vae-run-b" }) }<span class="sub">{ format!(" — {kind}") }</span></h2>
            <div class="planes">
                <LatentPlane run={p.run.clone()} labels={p.labels.clone()} variational={m.variational} pad={p.pad} on_pad={p.on_pad.clone()} testid={id("latent")} />
                <DataPlane run={p.run.clone()} data={p.data.clone()} coded={p.labels.len()} decoded={p.decoded} shown={p.shown} prior_n={p.prior_n} centres={p.centres.clone()} testid={id("data")} />
            </div>
            <div class="meter" data-testid={id("vae-meter")}>
                <div><span class="k">{ tr(lang, "vae-shares") }</span><b data-testid={id("shares")}>{ shares }</b></div>
                <div><span class="k">{ tr(lang, "vae-far") }</span><b data-testid={id("far")}>{ q.map_or("–".into(), |q| format!("{:.0} %", (1.0 - q.near) * 100.0)) }</b></div>
                <div><span class="k">{"MMD²"}</span><b data-testid={id("mmd")}>{ fmt(q.map(|q| q.mmd2), 4) }</b></div>
                <div><span class="k">{ tr(lang, "vae-frechet") }</span><b>{ fmt(q.map(|q| q.frechet), 3) }</b></div>
                <div class="measured" data-testid={id("measured")}>{ q.map_or(tr(lang, "vae-not-measured"), |q| tr_args(lang, "vae-measured", &[("step", q.step.to_string())])) }</div>
            </div>
            <canvas ref={chart} width="520" height="190" data-testid={id("vae-loss")} role="img" aria-label={loss_alt.text(lang)} />
            <details class="settings" open={true}>
                <summary>{ tr(lang, "vae-settings") }</summary>
                <div class="buttons">
                    <button class={classes!("chip", (!m.variational).then_some("on"))} onclick={toggle_ae} data-testid={id("ae")}>{ tr(lang, "vae-plain-ae") }</button>
                </div>
                <div class="controls-row">
                    <RangeSlider label={tr(lang, "vae-beta")} testid={id("beta")} range={url::BETA} value={m.beta} decimals={1}
                        on_change={num(|c, v| c.model.beta = v)} hint={tr(lang, "vae-beta-hint")} />
                    <RangeSlider label={tr(lang, "vae-sigma")} testid={id("sx")} range={url::SIGMA_X} value={m.sigma_x} decimals={2}
                        on_change={num(|c, v| c.model.sigma_x = v)} hint={tr(lang, "vae-sigma-hint")} />
                    <RangeSlider label={tr(lang, "vae-lr")} testid={id("vlr")} range={url::LR} value={m.learning_rate} decimals={1}
                        on_change={num(|c, v| c.model.learning_rate = v)} />
                    <RangeSlider label={tr(lang, "vae-width")} testid={id("vw")} range={url::WIDTH} value={m.hidden as f64} decimals={0}
                        on_change={num(|c, v| c.model.hidden = v as usize)} />
                    <RangeSlider label={tr(lang, "vae-layers")} testid={id("vd")} range={url::DEPTH} value={m.layers as f64} decimals={0}
                        on_change={num(|c, v| c.model.layers = v as usize)} />
                </div>
            </details>
        </div>
    }
}
