//! One run's settings: the game (loss), both networks' size, optimiser and learning rate,
//! D steps per G step, noise dimension, batch and the gradient penalty. Changing any of them
//! rebuilds the run from the seed (the page says so).

use yew::prelude::*;

use crate::families::gan::loss::GanLoss;
use crate::families::gan::model::OptimKind;
use crate::families::gan::page::loss_label;
use crate::families::gan::runs::GanRunConfig;
use crate::families::gan::url;
use crate::i18n::tr;
use crate::ui::controls::{Select, Slider};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub config: GanRunConfig,
    /// Prefix of every control's test id (`a-` or `b-`).
    pub prefix: AttrValue,
    pub on_change: Callback<GanRunConfig>,
}

#[function_component(RunSettings)]
pub fn run_settings(p: &Props) -> Html {
    let c = &p.config;
    let lang = crate::ui::hooks::use_lang();
    let t = |id: &str| AttrValue::from(tr(lang, id));
    let id = |k: &str| AttrValue::from(format!("{}{k}", p.prefix));
    let num = |edit: fn(&mut GanRunConfig, f64)| {
        let (c, cb) = (c.clone(), p.on_change.clone());
        Callback::from(move |v: f64| {
            let mut c = c.clone();
            edit(&mut c, v);
            cb.emit(c);
        })
    };
    let pick = |edit: fn(&mut GanRunConfig, &str)| {
        let (c, cb) = (c.clone(), p.on_change.clone());
        Callback::from(move |v: String| {
            let mut c = c.clone();
            edit(&mut c, &v);
            cb.emit(c);
        })
    };
    let losses: Vec<(AttrValue, AttrValue)> = GanLoss::ALL.iter().map(|l| (l.id().into(), loss_label(lang, *l).into())).collect();
    let optims = vec![(AttrValue::from("adam"), AttrValue::from("Adam (β₁ 0.5)")), ("sgd".into(), "SGD".into())];
    let oid = |o: OptimKind| AttrValue::from(if o == OptimKind::Sgd { "sgd" } else { "adam" });
    let m = &c.model;
    html! {
        <div class="run-settings">
            <div class="controls-row">
                <Select label={t("gan-set-loss")} testid={id("loss")} options={losses} value={AttrValue::from(m.loss.id())}
                    on_change={pick(|c, v| c.model.loss = GanLoss::from_id(v).unwrap_or_default())} />
                <Slider label={t("gan-set-d-steps")} testid={id("k")} value={m.d_steps as f64} min={url::D_STEPS.slider_ends().0} max={url::D_STEPS.slider_ends().1} step={url::D_STEPS.step} decimals={0}
                    on_change={num(|c, v| c.model.d_steps = v as usize)} />
                <Slider label={t("gan-set-noise")} testid={id("nz")} value={m.noise_dim as f64} min={url::NOISE.slider_ends().0} max={url::NOISE.slider_ends().1} step={url::NOISE.step} decimals={0}
                    on_change={num(|c, v| c.model.noise_dim = v as usize)} hint={t("gan-set-noise-hint")} />
                <Slider label={t("gan-set-batch")} testid={id("batch")} value={c.batch as f64} min={url::BATCH.slider_ends().0} max={url::BATCH.slider_ends().1} step={url::BATCH.step} decimals={0}
                    on_change={num(|c, v| c.batch = v as usize)} />
            </div>
            <div class="controls-row">
                <Select label={t("gan-set-g-optim")} testid={id("gopt")} options={optims.clone()} value={oid(m.g_optim)}
                    on_change={pick(|c, v| c.model.g_optim = if v == "sgd" { OptimKind::Sgd } else { OptimKind::Adam })} />
                <Slider label={t("gan-set-g-lr")} testid={id("glr")} value={m.g_lr.log10()} min={url::LR.slider_ends().0} max={url::LR.slider_ends().1} step={url::LR.step} decimals={1}
                    on_change={num(|c, v| c.model.g_lr = 10f64.powf(v))} />
                <Slider label={t("gan-set-g-width")} testid={id("gw")} value={m.g_hidden as f64} min={url::WIDTH.slider_ends().0} max={url::WIDTH.slider_ends().1} step={url::WIDTH.step} decimals={0}
                    on_change={num(|c, v| c.model.g_hidden = v as usize)} />
                <Slider label={t("gan-set-g-layers")} testid={id("gd")} value={m.g_layers as f64} min={url::DEPTH.slider_ends().0} max={url::DEPTH.slider_ends().1} step={url::DEPTH.step} decimals={0}
                    on_change={num(|c, v| c.model.g_layers = v as usize)} />
            </div>
            <div class="controls-row">
                <Select label={t("gan-set-d-optim")} testid={id("dopt")} options={optims} value={oid(m.d_optim)}
                    on_change={pick(|c, v| c.model.d_optim = if v == "sgd" { OptimKind::Sgd } else { OptimKind::Adam })} />
                <Slider label={t("gan-set-d-lr")} testid={id("dlr")} value={m.d_lr.log10()} min={url::LR.slider_ends().0} max={url::LR.slider_ends().1} step={url::LR.step} decimals={1}
                    on_change={num(|c, v| c.model.d_lr = 10f64.powf(v))} />
                <Slider label={t("gan-set-d-width")} testid={id("dw")} value={m.d_hidden as f64} min={url::WIDTH.slider_ends().0} max={url::WIDTH.slider_ends().1} step={url::WIDTH.step} decimals={0}
                    on_change={num(|c, v| c.model.d_hidden = v as usize)} />
                <Slider label={t("gan-set-d-layers")} testid={id("dd")} value={m.d_layers as f64} min={url::DEPTH.slider_ends().0} max={url::DEPTH.slider_ends().1} step={url::DEPTH.step} decimals={0}
                    on_change={num(|c, v| c.model.d_layers = v as usize)} />
            </div>
            if m.loss == GanLoss::Wasserstein {
                <div class="controls-row">
                    <Slider label={t("gan-set-gp")} testid={id("gp")} value={m.gp_weight} min={url::GP.slider_ends().0} max={url::GP.slider_ends().1} step={url::GP.step} decimals={1}
                        on_change={num(|c, v| c.model.gp_weight = v)} hint={t("gan-set-gp-hint")} />
                </div>
            }
        </div>
    }
}
