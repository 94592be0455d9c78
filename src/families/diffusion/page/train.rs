//! The diffusion model's training panel (also the Data page's): choose the device, see the
//! probe's measured speeds, and train the tiny diffusion model on the current data in the
//! worker (play / pause / step / reset / sample) with a live loss curve.

use yew::prelude::*;

use crate::device::DeviceChoice;
use crate::families::FamilyId;
use crate::families::diffusion::protocol::DiffusionCommand;
use crate::i18n::{tr, tr_args};
use crate::state::app::{Action, AppState};
use crate::ui::controls::Select;
use crate::ui::history_bar::HistoryBar;
use crate::ui::hooks::WorkerHandle;
use crate::ui::train_controls::TrainControls;
use crate::worker::protocol::Command;

#[derive(Properties, PartialEq)]
pub struct TrainPanelProps {
    pub state: UseReducerHandle<AppState>,
    pub dispatch: UseReducerDispatcher<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(TrainPanel)]
pub fn train_panel(p: &TrainPanelProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let t = |id: &str| tr(lang, id);
    let w = &p.state.worker;
    let model = &p.state.diffusion;
    let d = p.dispatch.clone();
    let on_device = Callback::from(move |id: String| {
        if let Some(c) = DeviceChoice::from_id(&id) {
            d.dispatch(Action::SetDevice(c));
        }
    });
    let devices: Vec<(AttrValue, AttrValue)> = DeviceChoice::ALL.iter().map(|c| (c.id().into(), t(c.label_id()).into())).collect();
    let ready = w.backend.is_some() && w.crashed.is_none();
    let probe_rows = w.probe.iter().map(|r| html! {
        <tr><td>{ r.backend.label() }</td><td>{ format!("{:.0}", r.steps_per_sec) }</td><td>{ format!("{:.0} ms", r.first_step_ms) }</td></tr>
    });
    let sample = {
        let worker = p.worker.clone();
        Callback::from(move |_| worker.send(&Command::Diffusion(DiffusionCommand::Sample { n: 1000 })))
    };
    html! {
        <div class="panel" data-testid="train-panel">
            <h2>{ t("ui-train-title") }</h2>
            <p class="lede">{ tr_args(lang, "ui-train-lede", &[("layers", p.state.url.diffusion.config.layers.to_string()), ("hidden", p.state.url.diffusion.config.hidden.to_string())]) }</p>
            <Select label={t("ui-device")} testid="device" options={devices} value={AttrValue::from(p.state.url.device.id())} on_change={on_device} />
            <p class="status" data-testid="worker-status">{ w.status.as_ref().map(|m| m.text(lang)).unwrap_or_default() }</p>
            if !w.probe.is_empty() {
                <table class="probe" data-testid="probe-table">
                    <thead><tr><th>{ t("ui-probe-device") }</th><th>{ t("ui-probe-rate") }</th><th>{ t("ui-probe-first") }</th></tr></thead>
                    <tbody>{ for probe_rows }</tbody>
                </table>
            }
            <TrainControls worker={p.worker.clone()} family={FamilyId::Diffusion} {ready} running={model.running} step={model.top.max(model.step)} steps_per_sec={model.steps_per_sec} losses={model.losses.clone()}>
                <button disabled={!ready} data-testid="sample" onclick={sample}>{ t("ui-sample-1000") }</button>
            </TrainControls>
            <HistoryBar family={FamilyId::Diffusion} history={p.state.history_of(FamilyId::Diffusion).cloned()} worker={p.worker.clone()} live_step={model.top} />
        </div>
    }
}
