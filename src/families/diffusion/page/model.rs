//! Model and optimiser settings of the ε-network, and the "trained for other settings" notice
//! with its one-click retrain.

use yew::prelude::*;

use crate::families::FamilyId;
use crate::families::diffusion::config::DiffusionConfig;
use crate::families::diffusion::protocol::DiffusionCommand;
use crate::families::diffusion::url;
use crate::i18n::{tr, tr_args};
use crate::state::app::AppState;
use crate::ui::controls::RangeSlider;
use crate::ui::hooks::{WorkerHandle, use_lang};
use crate::ui::stale::StaleModel;
use crate::worker::protocol::Command;
use crate::ui::notation::rich;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(ModelPanel)]
pub fn model_panel(p: &Props) -> Html {
    let lang = use_lang();
    let train = p.state.url.diffusion.config.clone();
    let set = |f: fn(&mut DiffusionConfig, f64)| crate::families::diffusion::page::train_setter(&p.state, f);
    let retrain = {
        let (worker, config) = (p.worker.clone(), train.clone());
        Callback::from(move |_| worker.send(&Command::Diffusion(DiffusionCommand::Configure { config: config.clone() })))
    };
    let params = train.params();
    html! {
        <div class="panel" data-testid="model-panel">
            <h2>{ tr(lang, "diff-model-title") }</h2>
            <p class="lede">{ rich(&tr_args(lang, "diff-model-lede", &[("layers", train.layers.to_string()), ("hidden", train.hidden.to_string()), ("params", params.to_string())])) }</p>
            if p.state.stale(FamilyId::Diffusion) {
                <StaleModel message="diff-stale" on_retrain={retrain} />
            }
            <div class="controls-row">
                <RangeSlider label={tr(lang, "diff-lr")} testid="lr" range={url::LR} value={train.learning_rate} decimals={1}
                    on_change={set(|c, v| c.learning_rate = v)} hint={tr(lang, "diff-lr-hint")} />
                <RangeSlider label={tr(lang, "diff-batch")} testid="batch" range={url::BATCH} value={train.batch as f64} decimals={0}
                    on_change={set(|c, v| c.batch = v as usize)} />
                <RangeSlider label={tr(lang, "diff-width")} testid="width" range={url::WIDTH} value={train.hidden as f64} decimals={0}
                    on_change={set(|c, v| c.hidden = v as usize)} />
                <RangeSlider label={tr(lang, "diff-depth")} testid="depth" range={url::DEPTH} value={train.layers as f64} decimals={0}
                    on_change={set(|c, v| c.layers = v as usize)} />
            </div>
        </div>
    }
}
