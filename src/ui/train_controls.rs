//! Play / pause / step / reset for one family, its step count, speed and last loss, and its
//! live loss curve: the same controls on every page that trains one model.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::i18n::{Msg, tr};
use crate::render::chart;
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::Command;

/// The commands of one family's buttons.
#[derive(Clone, PartialEq)]
pub struct TrainCommands {
    pub start: Command,
    pub pause: Command,
    pub step: Command,
    pub reset: Command,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub worker: WorkerHandle,
    pub commands: TrainCommands,
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
    {
        let canvas = canvas.clone();
        let (losses, step) = (p.losses.clone(), p.step);
        use_effect_with((p.losses.len(), step, lang), move |_| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                chart::draw_loss(c, lang, &losses, step);
            }
        });
    }
    let send = |cmd: &Command| {
        let (worker, cmd) = (p.worker.clone(), cmd.clone());
        Callback::from(move |_: MouseEvent| worker.send(&cmd))
    };
    let alt = crate::describe::series(
        &Msg::new("chart-training-loss"),
        &crate::describe::at_step(p.step),
        &[(Msg::new("chart-loss"), p.losses.last().map(|l| *l as f64))],
    );
    let c = &p.commands;
    let play = if p.running { send(&c.pause) } else { send(&c.start) };
    html! {
        <>
            <div class="buttons">
                <button class="primary" disabled={!p.ready} data-testid="play" onclick={play}>{ t(if p.running { "ui-pause" } else { "ui-train" }) }</button>
                <button disabled={!p.ready || p.running} data-testid="step" onclick={send(&c.step)}>{ t("ui-step10") }</button>
                <button disabled={!p.ready} data-testid="reset" onclick={send(&c.reset)}>{ t("ui-reset") }</button>
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
