//! Play / pause / step / reset for one family, its step count, speed and last loss, and its
//! live loss curve: the same controls on every page that trains one model.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::families::FamilyId;
use crate::i18n::{Msg, tr};
use crate::render::chart;
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::{Command, TrainOp};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub worker: WorkerHandle,
    /// Whose training the buttons drive (`Command::Train`).
    pub family: FamilyId,
    /// The worker has a device and has not crashed.
    pub ready: bool,
    pub running: bool,
    pub step: u64,
    pub steps_per_sec: f64,
    pub losses: Vec<f32>,
    /// More buttons after Reset (e.g. "Sample 1000").
    #[prop_or_default]
    pub children: Html,
}

#[function_component(TrainControls)]
pub fn train_controls(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let t = |id: &str| tr(lang, id);
    let canvas = use_node_ref();
    let pace = crate::ui::pace::use_chart_pace(std::slice::from_ref(&canvas));
    {
        let canvas = canvas.clone();
        let (losses, step) = (p.losses.clone(), p.step);
        use_effect_with((p.losses.len(), step, lang, p.running), move |(.., running)| {
            if !pace.due(*running) {
                return;
            }
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                chart::draw_loss(c, lang, &losses, step);
            }
        });
    }
    let send = |op: TrainOp| {
        let (worker, cmd) = (p.worker.clone(), Command::train(p.family, op));
        Callback::from(move |_: MouseEvent| worker.send(&cmd))
    };
    let alt = crate::describe::series(
        &Msg::new("chart-training-loss"),
        &crate::describe::at_step(p.step),
        &[(Msg::new("chart-loss"), p.losses.last().map(|l| *l as f64))],
    );
    let play = send(if p.running { TrainOp::Pause } else { TrainOp::Start { speed: 0 } });
    html! {
        <>
            <div class="buttons">
                <button class="primary" disabled={!p.ready} data-testid="play" onclick={play}>{ t(if p.running { "ui-pause" } else { "ui-train" }) }</button>
                <button disabled={!p.ready || p.running} data-testid="step" onclick={send(TrainOp::Step { n: 10 })}>{ t("ui-step10") }</button>
                <button disabled={!p.ready} data-testid="reset" onclick={send(TrainOp::Reset)}>{ t("ui-reset") }</button>
                { p.children.clone() }
            </div>
            <div class="readout">
                <span>{ format!("{} ", t("ui-readout-step")) }<b data-testid="step-count">{ p.step }</b></span>
                <span>{ format!("{} ", t("ui-readout-speed")) }<b data-testid="steps-per-sec">{ format!("{:.0}", p.steps_per_sec) }</b>{ format!(" {}", t("ui-readout-rate")) }</span>
                <span>{ format!("{} ", t("ui-readout-loss")) }<b data-testid="last-loss">{ p.losses.last().map(|l| format!("{l:.4}")).unwrap_or_else(|| "—".into()) }</b></span>
            </div>
            <canvas ref={canvas} width="520" height="240" data-testid="loss-chart" role="img" aria-label={alt.text(lang)} />
        </>
    }
}
