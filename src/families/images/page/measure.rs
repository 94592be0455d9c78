//! The scorecard: sample n images with the settings above and let the shipped classifier
//! judge them — IS and FD analogues beside real digits and noise at the same n, and a
//! per-class histogram that makes a dropped mode an empty bar. A guidance sweep measures
//! w = 0, 1, 2, 4 in a row, so the trade-off between quality and variety shows in the table.

use crate::palette;
use crate::render::rgb;
use plotters::style::RGBColor;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::describe;
use crate::families::images::Act;
use crate::families::images::page::settings::TaskProgress;
use crate::families::images::protocol::ImageCommand;
use crate::families::images::state::ImageTask;
use crate::families::images::url::{ClassPick, ImagesUrl};
use crate::i18n::{Msg, tr, tr_args};
use crate::judge::scores::ImageScores;
use crate::models::samplers::Sampler;
use crate::render::bars::{Bars, draw_bars};
use crate::state::app::{Action, AppState};
use crate::ui::controls::RangeSlider;
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::Command;

const SWEEP: [f64; 4] = [0.0, 1.0, 2.0, 4.0];

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

fn sampler_text(s: Sampler) -> String {
    match s {
        Sampler::Ddpm => "DDPM-1000".into(),
        Sampler::Ddim { steps, eta } => format!("DDIM-{steps} η={eta}"),
    }
}

fn row(label: &str, testid: &str, sc: &ImageScores) -> Html {
    html! {
        <tr data-testid={testid.to_string()}>
            <td>{ label }</td><td>{ sc.n }</td><td>{ format!("{:.2}", sc.is) }</td><td>{ format!("{:.0}", sc.fd) }</td>
            <td>{ sc.share.map_or("–".into(), |v| format!("{:.0}%", v * 100.0)) }</td>
            <td>{ sc.hist.iter().filter(|h| **h > 0).count() }</td>
        </tr>
    }
}

#[function_component(MeasurePanel)]
pub fn measure_panel(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let s = &p.state;
    let settings = s.url.images.clone();
    let sweep = use_state(Vec::<f64>::new);
    let hist_c = use_node_ref();
    let loaded = s.images.model.as_ref().is_some_and(|m| m.loaded);
    let send = {
        let (worker, d, seed) = (p.worker.clone(), s.dispatcher(), s.url.seed);
        move |i: &ImagesUrl, w: f64| {
            d.dispatch(Action::from(Act::Asked(ImageTask::Score)));
            worker.send(&Command::Images(ImageCommand::Score {
                classes: i.class.classes(i.score_n),
                sampler: i.sampler(),
                guidance: w,
                seed,
            }))
        }
    };
    // A chain asked for (from the reverse panel) stops a sweep for good.
    {
        let sweep = sweep.clone();
        use_effect_with(s.images.asked, move |a| {
            if *a == Some(ImageTask::Chain) {
                sweep.set(Vec::new());
            }
        });
    }
    let latest_ms = s.images.scores.first().map(|c| c.ms.to_bits());
    // A new scorecard runs the next guidance of a sweep (once: not again when the language changes).
    {
        let (sweep, send, settings) = (sweep.clone(), send.clone(), settings.clone());
        use_effect_with(latest_ms, move |ms| {
            if let (Some(_), Some((w, rest))) = (ms, sweep.split_first()) {
                send(&settings, *w);
                sweep.set(rest.to_vec());
            }
        });
    }
    // The newest scorecard's histogram, in the page's language.
    {
        let hist_c = hist_c.clone();
        let latest = s.images.scores.first().cloned();
        use_effect_with((latest_ms, lang), move |_| {
            if let (Some(c), Some(cv)) = (&latest, hist_c.cast::<HtmlCanvasElement>()) {
                let cats: Vec<String> = (0..10).map(|k| k.to_string()).collect();
                let (sampled, real) = (tr(lang, "img-hist-sampled"), tr(lang, "img-hist-real"));
                let bars = [
                    Bars { label: &sampled, colour: rgb(palette::BLUE), values: c.samples.hist.iter().map(|v| *v as f64).collect() },
                    Bars { label: &real, colour: RGBColor(180, 180, 180), values: c.real.hist.iter().map(|v| *v as f64).collect() },
                ];
                let title = tr_args(lang, "img-hist-title", &[("n", c.samples.n.to_string()), ("classes", c.classes.text(lang))]);
                draw_bars(cv, lang, &title, &cats, &bars, Some(c.samples.n as f64 / 10.0));
            }
        });
    }
    let busy = s.images.busy();
    let measure = {
        let (send, settings, sweep) = (send.clone(), settings.clone(), sweep.clone());
        Callback::from(move |_| {
            sweep.set(Vec::new());
            send(&settings, settings.guidance);
        })
    };
    let run_sweep = {
        let (send, settings, sweep) = (send.clone(), settings.clone(), sweep.clone());
        Callback::from(move |_| {
            send(&settings, SWEEP[0]);
            sweep.set(SWEEP[1..].to_vec());
        })
    };
    let cancel = {
        let (worker, sweep, d) = (p.worker.clone(), sweep.clone(), s.dispatcher());
        Callback::from(move |_| {
            worker.send(&Command::Images(ImageCommand::Cancel));
            sweep.set(Vec::new());
            d.dispatch(Action::from(Act::Cancelled));
        })
    };
    let on_n = {
        let (d, i) = (s.dispatcher(), settings.clone());
        Callback::from(move |v: f64| d.dispatch(Action::from(Act::Set(ImagesUrl { score_n: v as usize, ..i.clone() }))))
    };
    let progress = s.images.progress.clone().filter(|g| g.task == "score");
    let latest = s.images.scores.first().cloned();
    let hist_alt = latest.as_ref().map_or(String::new(), |c| {
        let title = Msg::new("img-hist-title").arg("n", c.samples.n).nested("classes", &c.classes);
        let digits: Vec<Msg> = (0..10).map(|k| describe::raw(&k.to_string())).collect();
        let shares: Vec<f64> = c.samples.hist.iter().map(|v| *v as f64 / c.samples.n.max(1) as f64).collect();
        describe::bars(&title, &digits, &shares, 10).text(lang)
    });
    let say = |id: &str| tr(lang, id);
    let pick = match settings.class {
        ClassPick::Each => say("img-pick-each"),
        ClassPick::Unconditional => say("img-pick-none"),
        ClassPick::One(c) => c.to_string(),
    };
    html! {
        <div class="panel wide" data-testid="images-measure">
            <h2>{ say("img-measure-title") }</h2>
            <p class="lede">{ say("img-measure-lede") }</p>
            <div class="controls-row">
                <RangeSlider label={say("img-score-n")} testid="image-score-n" range={crate::families::images::url::SCORE_N} value={settings.score_n as f64} decimals={0} on_change={on_n} />
            </div>
            <div class="buttons">
                <button class="primary" disabled={!loaded || busy} onclick={measure} data-testid="image-score">{ tr_args(lang, "img-measure", &[("n", settings.score_n.to_string()), ("w", settings.guidance.to_string())]) }</button>
                <button disabled={!loaded || busy} onclick={run_sweep} data-testid="image-sweep">{ say("img-sweep") }</button>
                <span class="hint">{ tr_args(lang, "img-uses", &[("class", pick), ("sampler", sampler_text(settings.sampler()))]) }</span>
            </div>
            if let Some(g) = progress {
                <TaskProgress progress={g} on_cancel={cancel} />
            }
            if let Some(c) = &latest {
                <table class="scores" data-testid="image-scorecard">
                    <thead><tr><th>{ say("img-th-images") }</th><th>{"n"}</th><th>{ say("img-th-is") }</th><th>{ say("img-th-fd") }</th><th>{ say("img-th-asked") }</th><th>{ say("img-th-seen") }</th></tr></thead>
                    <tbody>
                        { row(&tr_args(lang, "img-row-sampled", &[("w", c.guidance.to_string())]), "score-samples", &c.samples) }
                        { row(&say("img-row-real"), "score-real", &c.real) }
                        { row(&say("img-row-noise"), "score-noise", &c.noise) }
                    </tbody>
                </table>
            }
            <canvas ref={hist_c} width="720" height="260" data-testid="image-histogram" role="img" aria-label={hist_alt} class={classes!(latest.is_none().then_some("hidden"))} />
            if s.images.scores.len() > 1 {
                <h3>{ say("img-history-title") }</h3>
                <table class="scores" data-testid="image-score-history">
                    <thead><tr><th>{ say("img-th-classes") }</th><th>{"w"}</th><th>{ say("img-th-sampler") }</th><th>{ say("img-th-model") }</th><th>{"n"}</th><th>{"IS ↑"}</th><th>{"FD ↓"}</th><th>{ say("img-th-asked-short") }</th><th>{ say("img-th-seen") }</th></tr></thead>
                    <tbody>
                        { for s.images.scores.iter().map(|c| html! {
                            <tr>
                                <td>{ c.classes.text(lang) }</td><td>{ c.guidance }</td><td>{ sampler_text(c.sampler) }</td><td>{ c.model.text(lang) }</td><td>{ c.samples.n }</td>
                                <td>{ format!("{:.2}", c.samples.is) }</td><td>{ format!("{:.0}", c.samples.fd) }</td>
                                <td>{ c.samples.share.map_or("–".into(), |v| format!("{:.0}%", v * 100.0)) }</td>
                                <td>{ c.samples.hist.iter().filter(|h| **h > 0).count() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <p class="hint">{ say("img-sweep-hint") }</p>
            }
        </div>
    }
}
