//! What the image page samples — class, guidance weight, sampler — shared by the reverse
//! process and the scorecard, kept in the URL; and the progress bar of a long image task.

use yew::prelude::*;

use crate::families::images::Act;
use crate::families::images::state::ImageProgress;
use crate::families::images::url::{ClassPick, ImagesUrl};
use crate::i18n::{tr, tr_args};
use crate::state::app::{Action, AppState};
use crate::ui::controls::{RangeSlider, Select};

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub state: UseReducerHandle<AppState>,
}

/// Class, guidance w and the sampler (DDIM with steps and η, or ancestral DDPM).
#[function_component(SampleSettings)]
pub fn sample_settings(p: &SettingsProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let say = |id: &str| tr(lang, id);
    let i = p.state.url.images.clone();
    let set = {
        let (d, i) = (p.state.dispatcher(), i.clone());
        move |f: fn(&mut ImagesUrl, f64)| {
            let (d, i) = (d.clone(), i.clone());
            Callback::from(move |v: f64| {
                let mut next = i.clone();
                f(&mut next, v);
                d.dispatch(Action::from(Act::Set(next)));
            })
        }
    };
    let on_class = {
        let (d, i) = (p.state.dispatcher(), i.clone());
        Callback::from(move |id: String| {
            d.dispatch(Action::from(Act::Set(ImagesUrl { class: ClassPick::from_id(&id).unwrap_or_default(), ..i.clone() })))
        })
    };
    let on_sampler = {
        let (d, i) = (p.state.dispatcher(), i.clone());
        Callback::from(move |id: String| d.dispatch(Action::from(Act::Set(ImagesUrl { ddpm: id == "ddpm", ..i.clone() }))))
    };
    let mut classes: Vec<(AttrValue, AttrValue)> =
        vec![("each".into(), say("img-class-each").into()), ("none".into(), say("img-class-none").into())];
    classes.extend(
        (0..10).map(|c| (AttrValue::from(c.to_string()), AttrValue::from(tr_args(lang, "img-class-only", &[("c", c.to_string())])))),
    );
    let unconditional = i.class == ClassPick::Unconditional;
    html! {
        <div class="controls-row" data-testid="image-settings">
            <Select label={say("img-class")} testid="image-class" options={classes} value={i.class.id()} on_change={on_class} />
            <RangeSlider label={say("img-guidance")} testid="image-guidance" range={crate::families::images::url::GUIDANCE} value={i.guidance} decimals={1}
                hint={if unconditional { say("img-guidance-none") } else { "ε̂ = (1 + w)·ε(x, c) − w·ε(x, ∅)".to_string() }}
                on_change={set(|u, v| u.guidance = v)} />
            <Select label={say("img-sampler")} testid="image-sampler" value={if i.ddpm { "ddpm" } else { "ddim" }}
                options={vec![("ddim".into(), say("img-sampler-ddim").into()), ("ddpm".into(), say("img-sampler-ddpm").into())]}
                on_change={on_sampler} />
            if !i.ddpm {
                <RangeSlider label={say("img-ddim-steps")} testid="image-steps" range={crate::families::images::url::STEPS} value={i.steps as f64} decimals={0}
                    on_change={set(|u, v| u.steps = v as usize)} />
                <RangeSlider label={say("img-eta")} testid="image-eta" range={crate::families::images::url::ETA} value={i.eta} decimals={1}
                    on_change={set(|u, v| u.eta = v)} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub progress: ImageProgress,
    pub on_cancel: Callback<MouseEvent>,
}

/// "Denoising step 340 of 1000 · 6.1 s" with a bar and a cancel button.
#[function_component(TaskProgress)]
pub fn task_progress(p: &ProgressProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let g = &p.progress;
    let what = tr(lang, if g.task == "score" { "img-task-score" } else { "img-task-denoise" });
    let eta = if g.done > 0 { g.ms / g.done as f64 * (g.total - g.done.min(g.total)) as f64 / 1000.0 } else { f64::NAN };
    html! {
        <div class="task-progress" data-testid="image-progress">
            <progress max={g.total.to_string()} value={g.done.to_string()} />
            <span>{ tr_args(lang, "img-task-progress", &[("what", what), ("done", g.done.to_string()), ("total", g.total.to_string()), ("seconds", format!("{:.1}", g.ms / 1000.0))]) }
                { if eta.is_finite() { format!(" · {}", tr_args(lang, "img-task-left", &[("seconds", format!("{eta:.0}"))])) } else { String::new() } }</span>
            <button onclick={p.on_cancel.clone()} data-testid="image-cancel">{ tr(lang, "img-cancel") }</button>
        </div>
    }
}
