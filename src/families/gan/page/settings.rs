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
use crate::ui::controls::{RangeSlider, Select};

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
                <RangeSlider label={t("gan-set-d-steps")} testid={id("k")} range={url::D_STEPS} value={m.d_steps as f64} decimals={0}
                    on_change={num(|c, v| c.model.d_steps = v as usize)} />
                <RangeSlider label={t("gan-set-noise")} testid={id("nz")} range={url::NOISE} value={m.noise_dim as f64} decimals={0}
                    on_change={num(|c, v| c.model.noise_dim = v as usize)} hint={t("gan-set-noise-hint")} />
                <RangeSlider label={t("gan-set-batch")} testid={id("batch")} range={url::BATCH} value={c.batch as f64} decimals={0}
                    on_change={num(|c, v| c.batch = v as usize)} />
            </div>
            <div class="controls-row">
                <Select label={t("gan-set-g-optim")} testid={id("gopt")} options={optims.clone()} value={oid(m.g_optim)}
                    on_change={pick(|c, v| c.model.g_optim = if v == "sgd" { OptimKind::Sgd } else { OptimKind::Adam })} />
                <RangeSlider label={t("gan-set-g-lr")} testid={id("glr")} range={url::LR} value={m.g_lr} decimals={1}
                    on_change={num(|c, v| c.model.g_lr = v)} />
                <RangeSlider label={t("gan-set-g-width")} testid={id("gw")} range={url::WIDTH} value={m.g_hidden as f64} decimals={0}
                    on_change={num(|c, v| c.model.g_hidden = v as usize)} />
                <RangeSlider label={t("gan-set-g-layers")} testid={id("gd")} range={url::DEPTH} value={m.g_layers as f64} decimals={0}
                    on_change={num(|c, v| c.model.g_layers = v as usize)} />
            </div>
            <div class="controls-row">
                <Select label={t("gan-set-d-optim")} testid={id("dopt")} options={optims} value={oid(m.d_optim)}
                    on_change={pick(|c, v| c.model.d_optim = if v == "sgd" { OptimKind::Sgd } else { OptimKind::Adam })} />
                <RangeSlider label={t("gan-set-d-lr")} testid={id("dlr")} range={url::LR} value={m.d_lr} decimals={1}
                    on_change={num(|c, v| c.model.d_lr = v)} />
                <RangeSlider label={t("gan-set-d-width")} testid={id("dw")} range={url::WIDTH} value={m.d_hidden as f64} decimals={0}
                    on_change={num(|c, v| c.model.d_hidden = v as usize)} />
                <RangeSlider label={t("gan-set-d-layers")} testid={id("dd")} range={url::DEPTH} value={m.d_layers as f64} decimals={0}
                    on_change={num(|c, v| c.model.d_layers = v as usize)} />
            </div>
            if m.loss == GanLoss::Wasserstein {
                <div class="controls-row">
                    <RangeSlider label={t("gan-set-gp")} testid={id("gp")} range={url::GP} value={m.gp_weight} decimals={1}
                        on_change={num(|c, v| c.model.gp_weight = v)} hint={t("gan-set-gp-hint")} />
                </div>
            }
        </div>
    }
}
