//! Training the image DDPM in the browser: continue from the shipped weights or start from
//! fresh ones, with the loss, the step count and the speed live; the reverse process and the
//! scorecard can sample with the weights trained here or with the shipped ones.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::ui::controls::{Select, Slider};
use crate::ui::hooks::WorkerHandle;
use crate::render::chart::draw_loss;
use crate::state::app::{Action, AppState};
use crate::families::images::url::ImagesUrl;
use crate::worker::protocol::Command;
use crate::families::images::protocol::ImageCommand;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(TrainPanel)]
pub fn train_panel(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let s = &p.state;
    let t = s.images.train.clone().unwrap_or_default();
    let settings = s.url.images.clone();
    let loaded = s.images.model.as_ref().is_some_and(|m| m.loaded);
    let chart = use_node_ref();
    {
        let (chart, losses, steps) = (chart.clone(), t.losses.clone(), t.steps);
        use_effect_with((steps, losses.len(), lang), move |_| {
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
        Callback::from(move |_| worker.send(&Command::Images(ImageCommand::TrainPause)))
    };
    let on_use = {
        let worker = p.worker.clone();
        Callback::from(move |id: String| worker.send(&Command::Images(ImageCommand::UseTrained { trained: id == "trained" })))
    };
    let on_batch = {
        let (d, i) = (s.dispatcher(), settings.clone());
        Callback::from(move |v: f64| d.dispatch(Action::SetImages(ImagesUrl { train_batch: v as usize, ..i.clone() })))
    };
    let recent = t.losses.iter().rev().take(20).copied().collect::<Vec<f32>>();
    let mean = recent.iter().sum::<f32>() / recent.len().max(1) as f32;
    let has = s.images.train.is_some();
    html! {
        <div class="panel wide" data-testid="images-train">
            <h2>{"Train in the browser"}</h2>
            <p class="lede">{"Keep training the U-Net here, in the worker, on freshly generated digits: either continue from the shipped weights or start from new ones drawn from the seed. Each step draws t and ε for a batch and takes one Adam step on ‖ε − ε_θ(x_t, t, c)‖², dropping the class 15 % of the time so guidance keeps working. The shipped model took 42 minutes of native CPU training (21,000 steps of 64 images); here on the CPU device expect about ten steps per second, so a fresh model needs patience."}</p>
            <div class="controls-row">
                <Slider label="batch" testid="image-train-batch" value={settings.train_batch as f64} min={crate::families::images::url::TRAIN_BATCH.slider_ends().0} max={crate::families::images::url::TRAIN_BATCH.slider_ends().1} step={crate::families::images::url::TRAIN_BATCH.step} decimals={0} on_change={on_batch} />
                if has {
                    <Select label="sample with" testid="image-use" value={if t.trained_in_use { "trained" } else { "shipped" }}
                        options={vec![("shipped".into(), "the shipped model".into()), ("trained".into(), "the model trained here (EMA)".into())]}
                        on_change={on_use} />
                }
            </div>
            <div class="buttons">
                if t.running {
                    <button onclick={pause} data-testid="image-train-pause">{"❚❚ Pause"}</button>
                } else {
                    <button class="primary" disabled={!loaded} onclick={start(false)} data-testid="image-train-continue">{ if has { "▶ Continue training" } else { "▶ Continue from the shipped model" } }</button>
                    <button disabled={!loaded} onclick={start(true)} data-testid="image-train-fresh">{"Start from scratch"}</button>
                }
                if has {
                    <span class="rate" data-testid="image-train-info">{ format!("{} steps{} · {:.1} steps/s · loss {:.4} (last 20)", t.steps, if t.fresh { " from scratch" } else { " after the shipped model" }, t.steps_per_sec, mean) }</span>
                }
            </div>
            <canvas ref={chart} width="560" height="200" data-testid="image-train-chart" class={classes!((!has).then_some("hidden"))} />
        </div>
    }
}
