//! The buttons of a Digit models page trainer (the digit GAN's and the 2-D VAE's): Train from
//! the shipped weights (Continue once trained), Start from fresh weights, Pause while it runs,
//! Reset, a line saying where it is, the files' load progress and why it could not start.
//! Test ids are the trainer's prefix and `-train-go`, `-train-fresh`, `-pause`, `-reset`,
//! `-info`, `-load-progress`, `-failed`.

use yew::prelude::*;

use crate::families::FamilyId;
use crate::i18n::{Msg, tr};
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::{Command, TrainOp};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// "dg" or "dv": the test ids' prefix.
    pub prefix: AttrValue,
    pub worker: WorkerHandle,
    /// Train from where it is (or the shipped weights), and from fresh weights.
    pub train: Command,
    pub train_fresh: Command,
    /// Whose Pause and Reset these are (`Command::Train`).
    pub family: FamilyId,
    /// Train was pressed (the page waits for the first answer).
    pub on_ask: Callback<()>,
    /// The worker has a device and has not crashed.
    pub ready: bool,
    pub busy: bool,
    /// It has trained here (Continue rather than the first label).
    pub has: bool,
    pub running: bool,
    /// The first Train button's label before anything is trained.
    pub first: AttrValue,
    pub info: AttrValue,
    pub loading: Option<(usize, usize)>,
    pub failed: Option<Msg>,
}

#[function_component(TrainerButtons)]
pub fn trainer_buttons(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let id = |s: &str| format!("{}-{s}", p.prefix);
    let send = |cmd: &Command, ask: bool| {
        let (worker, cmd, on_ask) = (p.worker.clone(), cmd.clone(), p.on_ask.clone());
        Callback::from(move |_| {
            if ask {
                on_ask.emit(());
            }
            worker.send(&cmd);
        })
    };
    let idle = !p.ready || p.busy;
    html! {
        <>
            <div class="buttons">
                if p.running {
                    <button onclick={send(&Command::train(p.family, TrainOp::Pause), false)} data-testid={id("pause")}>{ tr(lang, "ui-pause") }</button>
                } else {
                    <button class="primary" disabled={idle} onclick={send(&p.train, true)} data-testid={id("train-go")}>{ if p.has { tr(lang, "dg-continue") } else { p.first.to_string() } }</button>
                    <button disabled={idle} onclick={send(&p.train_fresh, true)} data-testid={id("train-fresh")}>{ tr(lang, "dg-train-fresh") }</button>
                }
                <button disabled={!p.has || p.busy} onclick={send(&Command::train(p.family, TrainOp::Reset), false)} data-testid={id("reset")}>{ tr(lang, "ui-reset") }</button>
                <span class="rate" data-testid={id("info")}>{ p.info.clone() }</span>
            </div>
            if let Some((done, total)) = p.loading {
                <progress class="load" max={total.max(1).to_string()} value={done.to_string()} data-testid={id("load-progress")} />
            }
            if let Some(m) = p.failed.as_ref() {
                <p class="notice" data-testid={id("failed")}>{ m.text(lang) }</p>
            }
        </>
    }
}
