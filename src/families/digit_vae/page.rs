//! The latent plane, trained here: the 2-D digit VAE trains on in the page from the shipped
//! weights (or fresh ones) with its KL weight β as the knob. Live: the plane where training
//! started beside the plane now (real digits' codes over the decoded grid), the plane's meter
//! — holes, sure decodes, codes outside the prior's square — and the two terms of the loss.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::describe;
use crate::families::digit_vae::Act;
use crate::families::digit_vae::protocol::{DigitVaeCommand, DigitVaeMeasure, DigitVaePlane};
use crate::families::digit_vae::url::BETA;
use crate::i18n::{Lang, Msg, tr, tr_args};
use crate::lineup::plane::{GRID, SURE, VAE_HALF};
use crate::palette;
use crate::render::latent_plane::draw_plane;
use crate::render::lines::{Line, draw_lines_over, spread};
use crate::render::{Frame, rgb};
use crate::state::app::{Action, AppState};
use crate::ui::controls::RangeSlider;
use crate::ui::hooks::WorkerHandle;
use crate::ui::trainer_buttons::TrainerButtons;
use crate::worker::protocol::Command;

const SIZE: u32 = 360;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

/// "41 % of the plane empty · 80 % sure digits · 0 % of codes outside · KL 5.4".
fn meter_text(lang: Lang, m: &DigitVaeMeasure) -> String {
    let kl = m.kl.map_or_else(|| tr(lang, "dv-kl-none"), |k| format!("{k:.1}"));
    tr_args(
        lang,
        "dv-meter",
        &[
            ("empty", format!("{:.0}", 100.0 * m.empty)),
            ("sure", format!("{:.0}", 100.0 * m.sure)),
            ("classes", m.classes.to_string()),
            ("outside", format!("{:.0}", 100.0 * m.outside)),
            ("kl", kl),
        ],
    )
}

fn paint(canvas: &NodeRef, plane: Option<&DigitVaePlane>) {
    let (Some(c), Some(p)) = (canvas.cast::<HtmlCanvasElement>(), plane) else { return };
    let grid: Vec<f32> = p.grid.iter().map(|v| *v as f32 / 255.0).collect();
    draw_plane(&c, Frame { width: SIZE, height: SIZE, half: VAE_HALF }, GRID, &grid, &p.codes, &p.labels);
}

#[function_component(DigitVaePanel)]
pub fn digit_vae_panel(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let say = |id: &str| tr(lang, id);
    let s = &p.state;
    let v = &s.digit_vae;
    let t = v.train.clone().unwrap_or_default();
    let has = v.train.is_some();
    let beta = s.url.digit_vae.beta;
    let (now, first, recon, kl, meter) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    {
        let (now, first, recon, kl, meter, t) = (now.clone(), first.clone(), recon.clone(), kl.clone(), meter.clone(), t.clone());
        use_effect_with((t.steps, t.recon.len(), t.measures.len(), t.plane.is_some(), lang), move |_| {
            paint(&first, t.plane_start.as_ref());
            paint(&now, t.plane.as_ref());
            for (canvas, values, title, colour) in
                [(&recon, &t.recon, "dv-chart-recon", palette::BLUE), (&kl, &t.kl, "dv-chart-kl", palette::VERMILLION)]
            {
                if let Some(c) = canvas.cast::<HtmlCanvasElement>()
                    && !values.is_empty()
                {
                    let label = tr(lang, title);
                    // One line, named by the chart's title: no legend to repeat it.
                    let lines = [Line { label: "", colour: rgb(colour), points: spread(values, t.steps), dashed: false }];
                    draw_lines_over(c, &label, &tr(lang, "chart-step"), &lines, false, None);
                }
            }
            if let Some(c) = meter.cast::<HtmlCanvasElement>()
                && !t.measures.is_empty()
            {
                let (e, su, o) = (tr(lang, "dv-chart-empty"), tr(lang, "dv-chart-sure"), tr(lang, "dv-chart-outside"));
                let at = |f: fn(&DigitVaeMeasure) -> f64| t.measures.iter().map(|m| (m.step as f32, f(m) as f32)).collect();
                let lines = [
                    Line { label: &e, colour: rgb(palette::GREY), points: at(|m| m.empty), dashed: false },
                    Line { label: &su, colour: rgb(palette::BLUE), points: at(|m| m.sure), dashed: false },
                    Line { label: &o, colour: rgb(palette::VERMILLION), points: at(|m| m.outside), dashed: true },
                ];
                draw_lines_over(c, &tr(lang, "dv-chart-meter"), &tr(lang, "chart-step"), &lines, false, Some((0.0, 1.0)));
            }
        });
    }
    let on_beta = {
        let (d, worker) = (s.dispatcher(), p.worker.clone());
        Callback::from(move |b: f64| {
            d.dispatch(Action::from(Act::Beta(b)));
            worker.send(&Command::DigitVae(DigitVaeCommand::Beta { beta: BETA.from_slider(b) }));
        })
    };
    let ready = s.worker.backend.is_some() && s.worker.crashed.is_none();
    let busy = v.busy();
    let seed = s.url.seed;
    let cmd = |fresh: bool| Command::DigitVae(DigitVaeCommand::Train { fresh, beta, seed });
    let asked = {
        let d = s.dispatcher();
        Callback::from(move |_| d.dispatch(Action::from(Act::Asked)))
    };
    let info = if has {
        tr_args(
            lang,
            if t.fresh { "dv-info-fresh" } else { "dv-info-shipped" },
            &[("steps", t.steps.to_string()), ("rate", format!("{:.1}", t.steps_per_sec)), ("beta", format!("{:.2}", t.beta))],
        )
    } else if busy {
        say("img-loading")
    } else {
        say("dv-info-none")
    };
    let verdict = t.now_and_start().map(|(now, start)| {
        if now.step == start.step {
            tr_args(lang, "dv-verdict-start", &[("now", meter_text(lang, now))])
        } else {
            tr_args(
                lang,
                "dv-verdict",
                &[("step", now.step.to_string()), ("now", meter_text(lang, now)), ("start", meter_text(lang, start))],
            )
        }
    });
    let plane_alt = |step: u64, m: Option<&DigitVaeMeasure>| {
        let base =
            tr_args(lang, "dv-plane-alt", &[("step", step.to_string()), ("n", t.plane.as_ref().map_or(0, |p| p.labels.len()).to_string())]);
        match m {
            Some(m) => format!("{base} {}", meter_text(lang, m)),
            None => base,
        }
    };
    let hidden = (!has).then_some("hidden");
    // What each chart shows now, for screen readers (describe.rs).
    let at = describe::at_step(t.steps);
    let last = |v: &[f32]| v.last().map(|x| *x as f64);
    // One line each: the title names it, the value goes by its short name ("KL 4.7").
    let chart_alt = |id: &str, v: &[f32]| describe::series(&Msg::new(id), &at, &[(Msg::new(&format!("{id}-short")), last(v))]).text(lang);
    let latest = t.measures.last();
    let meter_alt = describe::series(
        &Msg::new("dv-chart-meter"),
        &at,
        &[
            (Msg::new("dv-chart-empty"), latest.map(|m| m.empty)),
            (Msg::new("dv-chart-sure"), latest.map(|m| m.sure)),
            (Msg::new("dv-chart-outside"), latest.map(|m| m.outside)),
        ],
    )
    .text(lang);
    html! {
        <div class="panel wide" data-testid="dv-train">
            <h2>{ say("dv-title") }</h2>
            <p class="lede">{ say("dv-lede") }</p>
            <div class="controls-row">
                <RangeSlider label={say("dv-beta")} testid="dv-beta" range={BETA} value={beta} decimals={2} on_change={on_beta} />
            </div>
            <p class="hint">{ say("dv-beta-hint") }</p>
            <TrainerButtons prefix="dv" worker={p.worker.clone()} train={cmd(false)} train_fresh={cmd(true)}
                family={crate::families::FamilyId::DigitVae}
                on_ask={asked} ready={ready} busy={busy} has={has} running={t.running} first={say("dv-train-shipped")}
                info={info} loading={v.loading} failed={v.failed.clone()} />
            if let Some(text) = verdict {
                <p class="verdict plain" data-testid="dv-verdict">{ text }</p>
            }
            <div class={classes!("lineup-planes", hidden)}>
                <figure class="lineup-plane">
                    <h3>{ say("dg-grid-start") }</h3>
                    <canvas ref={first} width={SIZE.to_string()} height={SIZE.to_string()} class="square" role="img" aria-label={plane_alt(0, t.measures.first())} data-testid="dv-plane-start" />
                </figure>
                <figure class="lineup-plane">
                    <h3>{ tr_args(lang, "dv-plane-now", &[("step", t.steps.to_string())]) }</h3>
                    <canvas ref={now} width={SIZE.to_string()} height={SIZE.to_string()} class="square" role="img" aria-label={plane_alt(t.steps, latest)} data-testid="dv-plane" />
                </figure>
            </div>
            <p class={classes!("caption", hidden)}>{ tr_args(lang, "dv-plane-caption", &[("grid", format!("{GRID}×{GRID}")), ("p", SURE.to_string())]) }</p>
            <div class={classes!("chart-grid", hidden)}>
                <canvas ref={meter} width="420" height="220" role="img" aria-label={meter_alt} data-testid="dv-meter" />
                <canvas ref={recon} width="420" height="220" role="img" aria-label={chart_alt("dv-chart-recon", &t.recon)} data-testid="dv-recon" />
                <canvas ref={kl} width="420" height="220" role="img" aria-label={chart_alt("dv-chart-kl", &t.kl)} data-testid="dv-kl" />
            </div>
        </div>
    }
}
