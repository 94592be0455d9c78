//! Flow matching's network, optimiser and pairing, with its training controls and loss curve.
//! A setting changed after training keeps the model and says so, with a one-click retrain.

use yew::prelude::*;

use crate::families::FamilyId;
use crate::families::flow::Act;
use crate::families::flow::config::FlowConfig;
use crate::families::flow::coupling::Coupling;
use crate::families::flow::protocol::FlowCommand;
use crate::families::flow::url;
use crate::i18n::{tr, tr_args};
use crate::state::app::{Action, AppState};
use crate::ui::controls::RangeSlider;
use crate::ui::history_bar::HistoryBar;
use crate::ui::hooks::{WorkerHandle, use_lang};
use crate::ui::stale::StaleModel;
use crate::ui::train_controls::TrainControls;
use crate::worker::protocol::Command;
use crate::ui::notation::rich;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(ModelPanel)]
pub fn model_panel(p: &Props) -> Html {
    let s = &p.state;
    let lang = use_lang();
    let c = s.url.flow.config.clone();
    let set = |f: fn(&mut FlowConfig, f64)| {
        let (d, c) = (s.dispatcher(), c.clone());
        Callback::from(move |v: f64| {
            let mut next = c.clone();
            f(&mut next, v);
            d.dispatch(Action::from(Act::Config(next)));
        })
    };
    let pair = |coupling: Coupling| {
        let (d, c) = (s.dispatcher(), c.clone());
        Callback::from(move |_| d.dispatch(Action::from(Act::Config(FlowConfig { coupling, ..c.clone() }))))
    };
    let params = c.params();
    let retrain = {
        let (worker, config) = (p.worker.clone(), c.clone());
        Callback::from(move |_| worker.send(&Command::Flow(FlowCommand::Configure { config: config.clone() })))
    };
    let m = &s.flow;
    let ready = s.worker.backend.is_some() && s.worker.crashed.is_none();
    let on = |k: Coupling| classes!("chip", (c.coupling == k).then_some("on"));
    html! {
        <div class="panel" data-testid="flow-model-panel">
            <h2>{ rich(&tr(lang, "flow-model-title")) }</h2>
            <p class="lede">{ rich(&tr_args(lang, "flow-model-lede", &[("layers", c.layers.to_string()), ("hidden", c.hidden.to_string()), ("params", params.to_string())])) }</p>
            if s.stale(FamilyId::Flow) {
                <StaleModel message="flow-stale" on_retrain={retrain} />
            }
            <div class="chips" role="group" aria-label={tr(lang, "flow-pairing")}>
                <button class={on(Coupling::Independent)} onclick={pair(Coupling::Independent)} data-testid="coupling-independent">{ tr(lang, "flow-pairs-independent") }</button>
                <button class={on(Coupling::Ot)} onclick={pair(Coupling::Ot)} data-testid="coupling-ot">{ tr(lang, "flow-pairs-ot") }</button>
            </div>
            <p class="hint">{ tr(lang, match c.coupling {
                Coupling::Independent => "flow-pairs-independent-hint",
                Coupling::Ot => "flow-pairs-ot-hint",
            }) }</p>
            <div class="controls-row">
                <RangeSlider label={tr(lang, "flow-lr")} testid="fm-lr" range={url::LR} value={c.learning_rate} decimals={1}
                    on_change={set(|c, v| c.learning_rate = v)} hint={tr(lang, "flow-lr-hint")} />
                <RangeSlider label={tr(lang, "flow-batch")} testid="fm-batch" range={url::BATCH} value={c.batch as f64} decimals={0}
                    on_change={set(|c, v| c.batch = v as usize)} />
                <RangeSlider label={tr(lang, "flow-width")} testid="fm-width" range={url::WIDTH} value={c.hidden as f64} decimals={0}
                    on_change={set(|c, v| c.hidden = v as usize)} />
                <RangeSlider label={tr(lang, "flow-depth")} testid="fm-depth" range={url::DEPTH} value={c.layers as f64} decimals={0}
                    on_change={set(|c, v| c.layers = v as usize)} />
            </div>
            <TrainControls worker={p.worker.clone()} family={FamilyId::Flow} {ready} running={m.running} step={m.top.max(m.step)} steps_per_sec={m.steps_per_sec} losses={m.losses.clone()} />
            <HistoryBar family={FamilyId::Flow} history={s.history_of(FamilyId::Flow).cloned()} worker={p.worker.clone()} live_step={m.top} />
        </div>
    }
}
