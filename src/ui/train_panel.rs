//! Device & training panel: choose the device, see the probe's measured speeds, and train the
//! tiny diffusion model on the current data in the worker (play / pause / step / reset /
//! sample) with a live loss curve.


use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::ui::controls::Select;
use crate::ui::hooks::WorkerHandle;
use crate::device::DeviceChoice;
use crate::render::chart;
use crate::state::app::{Action, AppState};
use crate::worker::protocol::Command;
use crate::families::diffusion::protocol::DiffusionCommand;

#[derive(Properties, PartialEq)]
pub struct TrainPanelProps {
    pub state: UseReducerHandle<AppState>,
    pub dispatch: UseReducerDispatcher<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(TrainPanel)]
pub fn train_panel(p: &TrainPanelProps) -> Html {
    let canvas = use_node_ref();
    let w = &p.state.worker;
    let model = &p.state.diffusion;
    {
        let canvas = canvas.clone();
        let (losses, step) = (model.losses.clone(), model.step);
        use_effect_with((model.losses.len(), step), move |_| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                chart::draw_loss(c, &losses, step);
            }
        });
    }
    let send = |cmd: Command| {
        let worker = p.worker.clone();
        Callback::from(move |_: MouseEvent| worker.send(&cmd))
    };
    let d = p.dispatch.clone();
    let on_device = Callback::from(move |id: String| {
        if let Some(c) = DeviceChoice::from_id(&id) {
            d.dispatch(Action::SetDevice(c));
        }
    });
    let devices: Vec<(AttrValue, AttrValue)> = DeviceChoice::ALL.iter().map(|c| (c.id().into(), c.label().into())).collect();
    let ready = w.backend.is_some() && w.crashed.is_none();
    let probe_rows = w.probe.iter().map(|r| html! {
        <tr><td>{ r.backend.label() }</td><td>{ format!("{:.0}", r.steps_per_sec) }</td><td>{ format!("{:.0} ms", r.first_step_ms) }</td></tr>
    });
    let d_restart = p.dispatch.clone();
    let play = if model.running { send(Command::Diffusion(DiffusionCommand::Pause)) } else { send(Command::Diffusion(DiffusionCommand::Start)) };
    html! {
        <div class="panel" data-testid="train-panel">
            <h2>{"Device & training"}</h2>
            <p class="lede">{"Training runs in a web worker, never on this page's thread. "}
                { format!("The model is a small diffusion model: an MLP ({} × {}) that learns to predict the noise added to a point.", p.state.url.diffusion.layers, p.state.url.diffusion.hidden) }</p>
            <Select label="Device" testid="device" options={devices} value={AttrValue::from(p.state.url.device.id())} on_change={on_device} />
            <p class="status" data-testid="worker-status">{ &w.status }</p>
            if !w.probe.is_empty() {
                <table class="probe" data-testid="probe-table">
                    <thead><tr><th>{"device"}</th><th>{"steps/s"}</th><th>{"first step"}</th></tr></thead>
                    <tbody>{ for probe_rows }</tbody>
                </table>
            }
            if let Some(msg) = &w.crashed {
                <div class="error" data-testid="worker-crashed">{ msg }
                    <button onclick={Callback::from(move |_| d_restart.dispatch(Action::RestartWorker))} data-testid="restart-worker">{"Restart the worker"}</button>
                </div>
            }
            <div class="buttons">
                <button class="primary" disabled={!ready} data-testid="play" onclick={play}>{ if model.running { "❚❚ Pause" } else { "▶ Train" } }</button>
                <button disabled={!ready || model.running} data-testid="step" onclick={send(Command::Diffusion(DiffusionCommand::Step { n: 10 }))}>{"Step ×10"}</button>
                <button disabled={!ready} data-testid="reset" onclick={send(Command::Diffusion(DiffusionCommand::Reset))}>{"Reset"}</button>
                <button disabled={!ready} data-testid="sample" onclick={send(Command::Diffusion(DiffusionCommand::Sample { n: 1000 }))}>{"Sample 1000"}</button>
            </div>
            <div class="readout">
                <span>{"step "}<b data-testid="step-count">{ model.step }</b></span>
                <span>{"speed "}<b data-testid="steps-per-sec">{ format!("{:.0}", model.steps_per_sec) }</b>{" steps/s"}</span>
                <span>{"loss "}<b data-testid="last-loss">{ model.losses.last().map(|l| format!("{l:.4}")).unwrap_or_else(|| "—".into()) }</b></span>
            </div>
            <canvas ref={canvas} width="520" height="240" data-testid="loss-chart" aria-label="Training loss against step" />
        </div>
    }
}
