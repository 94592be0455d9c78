//! Model and optimiser settings of the ε-network, and the "trained for other settings" notice
//! with its one-click retrain.

use yew::prelude::*;

use crate::ui::controls::Slider;
use crate::ui::hooks::WorkerHandle;
use crate::state::app::AppState;
use crate::families::diffusion::url;
use crate::worker::protocol::Command;
use crate::families::diffusion::config::DiffusionConfig;
use crate::families::diffusion::protocol::DiffusionCommand;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(ModelPanel)]
pub fn model_panel(p: &Props) -> Html {
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
            <h2>{"ε-network"}</h2>
            <p class="lede">{ format!("An MLP on [x_t, sinusoidal embedding of t] predicting ε: {} hidden layer(s) of {} units, {} parameters.", train.layers, train.hidden, params) }</p>
            if p.state.stale_model() {
                <div class="warnbox" data-testid="stale-model">
                    {"The model was trained with other settings (schedule, size or optimiser). Its samples follow the old settings."}
                    <button class="primary" onclick={retrain} data-testid="retrain">{"Retrain with these settings"}</button>
                </div>
            }
            <div class="controls-row">
                <Slider label="Learning rate (log₁₀)" testid="lr" value={train.learning_rate.log10()} min={url::LR.slider_ends().0} max={url::LR.slider_ends().1} step={url::LR.step} decimals={1}
                    on_change={set(|c, v| c.learning_rate = 10f64.powf(v))} hint="Adam's step size" />
                <Slider label="Batch" testid="batch" value={train.batch as f64} min={url::BATCH.slider_ends().0} max={url::BATCH.slider_ends().1} step={url::BATCH.step} decimals={0}
                    on_change={set(|c, v| c.batch = v as usize)} />
                <Slider label="Width" testid="width" value={train.hidden as f64} min={url::WIDTH.slider_ends().0} max={url::WIDTH.slider_ends().1} step={url::WIDTH.step} decimals={0}
                    on_change={set(|c, v| c.hidden = v as usize)} />
                <Slider label="Hidden layers" testid="depth" value={train.layers as f64} min={url::DEPTH.slider_ends().0} max={url::DEPTH.slider_ends().1} step={url::DEPTH.step} decimals={0}
                    on_change={set(|c, v| c.layers = v as usize)} />
            </div>
        </div>
    }
}
