//! Mode collapse trained here: the digit GAN trains on in the page from the shipped weights (or
//! fresh ones) with G's learning rate a chosen multiple of D's. Live: D's and G's losses, six
//! samples of every class from fixed noise, and the judge's meter — read as asked, the spread
//! within a class and the classes read — at the start (the healthy shipped GAN) and now.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::data::glyphs::{CLASSES, PIXELS, SIDE};
use crate::describe;
use crate::families::digit_gan::Act;
use crate::families::digit_gan::lab::{DigitGanMeasure, SHOW};
use crate::families::digit_gan::protocol::DigitGanCommand;
use crate::families::digit_gan::state::{BLANK_INK, DigitGanTrainView};
use crate::families::digit_gan::url::RATIO;
use crate::i18n::{Lang, Msg, tr, tr_args};
use crate::palette;
use crate::render::bars::{Bars, draw_bars};
use crate::render::images::draw_grid;
use crate::render::lines::{Line, draw_lines, spread};
use crate::render::rgb;
use crate::state::app::{Action, AppState};
use crate::ui::controls::RangeSlider;
use crate::ui::hooks::WorkerHandle;
use crate::ui::trainer_buttons::TrainerButtons;
use crate::worker::protocol::Command;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

/// "99 % read as asked · spread 0.84 · 10 of 10 classes read".
fn meter_text(lang: Lang, m: &DigitGanMeasure) -> String {
    tr_args(
        lang,
        "dg-meter",
        &[
            ("read", format!("{:.0}", 100.0 * m.read_as_asked)),
            ("spread", format!("{:.2}", m.spread)),
            ("classes", DigitGanTrainView::classes_read(m).to_string()),
        ],
    )
}

#[function_component(DigitGanPanel)]
pub fn digit_gan_panel(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let say = |id: &str| tr(lang, id);
    let s = &p.state;
    let v = &s.digit_gan;
    let t = v.train.clone().unwrap_or_default();
    let has = v.train.is_some();
    let ratio = s.url.digit_gan.ratio;
    let (grid, first, losses, meter, bars) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    {
        let (grid, first, losses, meter, bars, t) = (grid.clone(), first.clone(), losses.clone(), meter.clone(), bars.clone(), t.clone());
        use_effect_with((t.steps, t.d_loss.len(), t.measures.len(), t.shown.len(), lang), move |_| {
            for (canvas, shown) in [(&first, &t.shown_start), (&grid, &t.shown)] {
                if let Some(c) = canvas.cast::<HtmlCanvasElement>()
                    && shown.len() == CLASSES * SHOW * PIXELS
                {
                    let ink: Vec<Vec<f32>> = shown.chunks(PIXELS).map(|x| x.iter().map(|v| *v as f32 / 255.0).collect()).collect();
                    let refs: Vec<&[f32]> = ink.iter().map(Vec::as_slice).collect();
                    draw_grid(&c, &refs, SIDE, SHOW, 1, 2);
                }
            }
            if let Some(c) = losses.cast::<HtmlCanvasElement>()
                && !t.d_loss.is_empty()
            {
                let (d, g) = (tr(lang, "gan-chart-d-loss"), tr(lang, "gan-chart-g-loss"));
                let lines = [
                    Line { label: &d, colour: rgb(palette::REAL), points: spread(&t.d_loss, t.steps), dashed: false },
                    Line { label: &g, colour: rgb(palette::FAKE), points: spread(&t.g_loss, t.steps), dashed: false },
                ];
                draw_lines(c, lang, &tr(lang, "gan-chart-losses"), &lines, false, None);
            }
            if let Some(c) = meter.cast::<HtmlCanvasElement>()
                && !t.measures.is_empty()
            {
                let (r, sp) = (tr(lang, "dg-chart-read"), tr(lang, "dg-chart-spread"));
                let at = |f: fn(&DigitGanMeasure) -> f64| t.measures.iter().map(|m| (m.step as f32, f(m) as f32)).collect();
                let x_max = t.steps.max(1) as f32;
                let lines = [
                    Line { label: &r, colour: rgb(palette::BLUE), points: at(|m| m.read_as_asked), dashed: false },
                    Line { label: &sp, colour: rgb(palette::VERMILLION), points: at(|m| m.spread), dashed: false },
                    Line { label: "", colour: rgb(palette::GREY), points: vec![(0.0, 0.5), (x_max, 0.5)], dashed: true },
                ];
                draw_lines(c, lang, &tr(lang, "dg-chart-meter"), &lines, false, Some((0.0, 1.5)));
            }
            if let (Some(c), Some((now, start))) = (bars.cast::<HtmlCanvasElement>(), t.now_and_start()) {
                let cats: Vec<String> = (0..CLASSES).map(|k| k.to_string()).collect();
                let (a, b) = (tr(lang, "dg-bars-start"), tr(lang, "dg-bars-now"));
                let series = [
                    Bars { label: &a, colour: rgb(palette::GREY), values: start.reads.iter().map(|r| *r as f64).collect() },
                    Bars { label: &b, colour: rgb(palette::VERMILLION), values: now.reads.iter().map(|r| *r as f64).collect() },
                ];
                let even = now.reads.iter().sum::<u32>() as f64 / CLASSES as f64;
                draw_bars(c, lang, &tr(lang, "dg-chart-bars"), &cats, &series, Some(even));
            }
        });
    }
    let on_ratio = {
        let (d, worker) = (s.dispatcher(), p.worker.clone());
        Callback::from(move |r: f64| {
            d.dispatch(Action::from(Act::Ratio(r)));
            worker.send(&Command::DigitGan(DigitGanCommand::Ratio { ratio: RATIO.from_slider(r) }));
        })
    };
    let ready = s.worker.backend.is_some() && s.worker.crashed.is_none();
    let busy = v.busy();
    let seed = s.url.seed;
    let cmd = |fresh: bool| Command::DigitGan(DigitGanCommand::Train { fresh, ratio, seed });
    let asked = {
        let d = s.dispatcher();
        Callback::from(move |_| d.dispatch(Action::from(Act::Asked)))
    };
    let info = if has {
        tr_args(
            lang,
            if t.fresh { "dg-info-fresh" } else { "dg-info-shipped" },
            &[("steps", t.steps.to_string()), ("rate", format!("{:.1}", t.steps_per_sec)), ("ratio", format!("{:.1}", t.ratio))],
        )
    } else if busy {
        say("img-loading")
    } else {
        say("dg-info-none")
    };
    let verdict = t.now_and_start().map(|(now, start)| {
        let key = if now.near_copies {
            "dg-verdict-collapsed"
        } else if now.step == start.step {
            "dg-verdict-start"
        } else {
            "dg-verdict-healthy"
        };
        // A collapse onto a blank page is said as one: the grid above it is empty.
        let ink = t.ink_share().filter(|i| now.near_copies && *i < BLANK_INK);
        let text = tr_args(
            lang,
            if ink.is_some() { "dg-verdict-blank" } else { key },
            &[
                ("now", meter_text(lang, now)),
                ("start", meter_text(lang, start)),
                ("step", now.step.to_string()),
                // One decimal: BLANK_INK is 5 %, and 4.6 % must not read as "5 %".
                ("ink", format!("{:.1}", 100.0 * ink.unwrap_or(1.0))),
            ],
        );
        (key, now.near_copies, text)
    });
    // What each chart shows now, for screen readers (describe.rs).
    let at = describe::at_step(t.steps);
    let last = |v: &[f32]| v.last().map(|x| *x as f64);
    let losses_alt = describe::series(
        &Msg::new("gan-chart-losses"),
        &at,
        &[(Msg::new("gan-chart-d-loss"), last(&t.d_loss)), (Msg::new("gan-chart-g-loss"), last(&t.g_loss))],
    )
    .text(lang);
    let latest = t.measures.last();
    let meter_alt = describe::series(
        &Msg::new("dg-chart-meter"),
        &at,
        &[(Msg::new("dg-chart-read"), latest.map(|m| m.read_as_asked)), (Msg::new("dg-chart-spread"), latest.map(|m| m.spread))],
    )
    .text(lang);
    let bars_alt = {
        let names: Vec<Msg> = (0..CLASSES).map(|k| describe::raw(&k.to_string())).collect();
        let total = latest.map_or(0, |m| m.reads.iter().sum::<u32>()).max(1) as f64;
        let shares: Vec<f64> = latest.map(|m| m.reads.iter().map(|r| *r as f64 / total).collect()).unwrap_or_default();
        describe::bars(&Msg::new("dg-chart-bars"), &names, &shares, CLASSES).text(lang)
    };
    let grid_alt = latest.map_or_else(|| say("dg-grid-alt"), |m| format!("{} {}", say("dg-grid-alt"), meter_text(lang, m)));
    html! {
        <div class="panel wide" data-testid="dg-train">
            <h2>{ say("dg-title") }</h2>
            <p class="lede">{ say("dg-lede") }</p>
            <div class="controls-row">
                <RangeSlider label={say("dg-ratio")} testid="dg-ratio" range={RATIO} value={ratio} decimals={1} on_change={on_ratio} />
            </div>
            <p class="hint">{ say("dg-ratio-hint") }</p>
            <TrainerButtons prefix="dg" worker={p.worker.clone()} train={cmd(false)} train_fresh={cmd(true)}
                family={crate::families::FamilyId::DigitGan}
                on_ask={asked} ready={ready} busy={busy} has={has} running={t.running} first={say("dg-train-shipped")}
                info={info} loading={v.loading} failed={v.failed.clone()} />
            if let Some((key, collapsed, text)) = verdict {
                <p class={classes!("verdict", if collapsed { "warn" } else { "plain" })} data-testid={key}>{ text }</p>
            }
            <div class={classes!("lineup-grids", "dg-grids", (!has).then_some("hidden"))}>
                <figure class="lineup-column">
                    <h3>{ say("dg-grid-start") }</h3>
                    <canvas ref={first} class="pixels framed" role="img" aria-label={say("dg-grid-alt")} data-testid="dg-grid-start" />
                </figure>
                <figure class="lineup-column">
                    <h3>{ tr_args(lang, "dg-grid-now", &[("step", t.steps.to_string())]) }</h3>
                    <canvas ref={grid} class="pixels framed" role="img" aria-label={grid_alt} data-testid="dg-grid" />
                </figure>
            </div>
            <p class={classes!("caption", (!has).then_some("hidden"))}>{ say("dg-grid-caption") }</p>
            <div class={classes!("chart-grid", (!has).then_some("hidden"))}>
                <canvas ref={bars} width="420" height="220" role="img" aria-label={bars_alt} data-testid="dg-bars" />
                <canvas ref={meter} width="420" height="220" role="img" aria-label={meter_alt} data-testid="dg-meter" />
                <canvas ref={losses} width="420" height="220" role="img" aria-label={losses_alt} data-testid="dg-losses" />
            </div>
        </div>
    }
}
