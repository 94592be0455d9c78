//! Model and optimiser settings of the ε-network, and the "trained for other settings" notice
//! with its one-click retrain.

use yew::prelude::*;

use crate::families::FamilyId;
use crate::families::diffusion::config::DiffusionConfig;
use crate::families::diffusion::protocol::DiffusionCommand;
use crate::families::diffusion::url;
use crate::i18n::{tr, tr_args};
use crate::state::app::AppState;
use crate::ui::controls::Slider;
use crate::ui::hooks::{WorkerHandle, use_lang};
use crate::ui::stale::StaleModel;
use crate::worker::protocol::Command;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(ModelPanel)]
pub fn model_panel(p: &Props) -> Html {
    let lang = use_lang();
    let train = p.state.url.diffusion.clone();
    let set = |f: fn(&mut DiffusionConfig, f64)| crate::families::diffusion::page::train_setter(&p.state, f);
    let retrain = {
        let (worker, config) = (p.worker.clone(), train.clone());
        Callback::from(move |_| worker.send(&Command::Diffusion(DiffusionCommand::Configure { config: config.clone() })))
    };
    let params = {
        let (w, l) = (train.hidden, train.layers);
        let inp = 2 + 16;
        inp * w + w + (l - 1) * (w * w + w) + w * 2 + 2
    };
    html! {
        <div class="panel" data-testid="model-panel">
            <h2>{ tr(lang, "diff-model-title") }</h2>
            <p class="lede">{ tr_args(lang, "diff-model-lede", &[("layers", train.layers.to_string()), ("hidden", train.hidden.to_string()), ("params", params.to_string())]) }</p>
            if p.state.stale(FamilyId::Diffusion) {
                <StaleModel message="diff-stale" on_retrain={retrain} />
            }
            <div class="controls-row">
                <Slider label={tr(lang, "diff-lr")} testid="lr" value={train.learning_rate.log10()} min={url::LR.slider_ends().0} max={url::LR.slider_ends().1} step={url::LR.step} decimals={1}
                    on_change={set(|c, v| c.learning_rate = 10f64.powf(v))} hint={tr(lang, "diff-lr-hint")} />
                <Slider label={tr(lang, "diff-batch")} testid="batch" value={train.batch as f64} min={url::BATCH.slider_ends().0} max={url::BATCH.slider_ends().1} step={url::BATCH.step} decimals={0}
                    on_change={set(|c, v| c.batch = v as usize)} />
                <Slider label={tr(lang, "diff-width")} testid="width" value={train.hidden as f64} min={url::WIDTH.slider_ends().0} max={url::WIDTH.slider_ends().1} step={url::WIDTH.step} decimals={0}
                    on_change={set(|c, v| c.hidden = v as usize)} />
                <Slider label={tr(lang, "diff-depth")} testid="depth" value={train.layers as f64} min={url::DEPTH.slider_ends().0} max={url::DEPTH.slider_ends().1} step={url::DEPTH.step} decimals={0}
                    on_change={set(|c, v| c.layers = v as usize)} />
            </div>
        </div>
    }
}
