//! Training the image DDPM in the browser: continue from the shipped weights or start from
//! fresh ones, with the loss, the step count and the speed live; the reverse process and the
//! scorecard can sample with the weights trained here or with the shipped ones.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::families::FamilyId;
use crate::families::images::Act;
use crate::families::images::protocol::ImageCommand;
use crate::families::images::url::ImagesUrl;
use crate::i18n::{Msg, tr, tr_args};
use crate::render::chart::draw_loss;
use crate::state::app::{Action, AppState};
use crate::ui::controls::{RangeSlider, Select};
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::{Command, TrainOp};
use crate::ui::notation::rich;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(TrainPanel)]
pub fn train_panel(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let say = |id: &str| tr(lang, id);
    let s = &p.state;
    let t = s.images.train.clone().unwrap_or_default();
    let settings = s.url.images.clone();
    let loaded = s.images.model.as_ref().is_some_and(|m| m.loaded);
    let chart = use_node_ref();
    let pace = crate::ui::pace::use_chart_pace(std::slice::from_ref(&chart));
    {
        let (chart, losses, steps) = (chart.clone(), t.losses.clone(), t.steps);
        use_effect_with((steps, losses.len(), lang, t.running), move |(.., running)| {
            if !pace.due(*running) {
                return;
            }
            if let Some(c) = chart.cast::<HtmlCanvasElement>()
                && !losses.is_empty()
            {
                draw_loss(c, lang, &losses, steps);
            }
        });
    }
    let start = |fresh: bool| {
        let (worker, batch, seed) = (p.worker.clone(), settings.train_batch, s.url.seed);
        Callback::from(move |_| worker.send(&Command::Images(ImageCommand::Train { fresh, batch, seed })))
    };
    let pause = {
        let worker = p.worker.clone();
        Callback::from(move |_| worker.send(&Command::train(FamilyId::Images, TrainOp::Pause)))
    };
    let on_use = {
        let worker = p.worker.clone();
        Callback::from(move |id: String| worker.send(&Command::Images(ImageCommand::UseTrained { trained: id == "trained" })))
    };
    let on_batch = {
        let (d, i) = (s.dispatcher(), settings.clone());
        Callback::from(move |v: f64| d.dispatch(Action::from(Act::Set(ImagesUrl { train_batch: v as usize, ..i.clone() }))))
    };
    let recent = t.losses.iter().rev().take(20).copied().collect::<Vec<f32>>();
    let mean = recent.iter().sum::<f32>() / recent.len().max(1) as f32;
    let has = s.images.train.is_some();
    let alt = crate::describe::series(
        &Msg::new("chart-training-loss"),
        &crate::describe::at_step(t.steps),
        &[(Msg::new("chart-loss"), t.losses.last().map(|l| *l as f64))],
    )
    .text(lang);
    html! {
        <div class="panel wide" data-testid="images-train">
            <h2>{ say("img-train-title") }</h2>
            <p class="lede">{ rich(&say("img-train-lede")) }</p>
            <div class="controls-row">
                <RangeSlider label={say("img-train-batch")} testid="image-train-batch" range={crate::families::images::url::TRAIN_BATCH} value={settings.train_batch as f64} decimals={0} on_change={on_batch} />
                if has {
                    <Select label={say("img-sample-with")} testid="image-use" value={if t.trained_in_use { "trained" } else { "shipped" }}
                        options={vec![("shipped".into(), say("img-use-shipped").into()), ("trained".into(), say("img-use-trained").into())]}
                        on_change={on_use} />
                }
            </div>
            <div class="buttons">
                if t.running {
                    <button onclick={pause} data-testid="image-train-pause">{ say("ui-pause") }</button>
                } else {
                    <button class="primary" disabled={!loaded} onclick={start(false)} data-testid="image-train-continue">{ say(if has { "img-train-continue" } else { "img-train-continue-shipped" }) }</button>
                    <button disabled={!loaded} onclick={start(true)} data-testid="image-train-fresh">{ say("img-train-fresh") }</button>
                }
                if has {
                    <span class="rate" data-testid="image-train-info">{ tr_args(lang, if t.fresh { "img-train-info-fresh" } else { "img-train-info-shipped" }, &[("steps", t.steps.to_string()), ("rate", format!("{:.1}", t.steps_per_sec)), ("loss", format!("{mean:.4}"))]) }</span>
                }
            </div>
            <canvas ref={chart} width="560" height="200" data-testid="image-train-chart" role="img" aria-label={alt} class={classes!((!has).then_some("hidden"))} />
        </div>
    }
}
