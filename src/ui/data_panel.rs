//! Data panel: pick and shape the 2-D dataset, draw points, import a CSV, see the scatter.

use gloo::file::callbacks::FileReader;
use web_sys::{HtmlCanvasElement, HtmlInputElement, MouseEvent};
use yew::prelude::*;

use crate::data::csv;
use crate::data::toy2d::DatasetKind;
use crate::i18n::Msg;
use crate::i18n::{tr, tr_args};
use crate::render::{Frame, scatter};
use crate::state::app::{Action, AppState};
use crate::ui::controls::{RangeSlider, Select};

/// Internal canvas resolution (CSS scales it to the panel).
const SIZE: u32 = 560;

#[derive(Properties, PartialEq)]
pub struct DataPanelProps {
    pub state: UseReducerHandle<AppState>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[function_component(DataPanel)]
pub fn data_panel(p: &DataPanelProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let t = |id: &str| tr(lang, id);
    let canvas = use_node_ref();
    let reader = use_mut_ref(|| None::<FileReader>);
    let s = &p.state;
    let spec = &s.url.dataset;
    let all: Vec<[f32; 2]> = s.data.points.iter().chain(&s.diffusion.samples).copied().collect();
    let frame = Frame::fit(SIZE, SIZE, &all);
    {
        let canvas = canvas.clone();
        let st = s.clone();
        use_effect_with((s.data_version, s.diffusion.samples_step, s.diffusion.samples.len(), frame.half), move |_| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                scatter::draw(c, &frame, &st.data.points, &st.data.labels, &st.diffusion.samples);
            }
        });
    }
    let d = p.dispatch.clone();
    let draw_mode = s.draw_mode;
    let onclick = {
        let canvas = canvas.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
            if !draw_mode {
                return;
            }
            let rect = c.get_bounding_client_rect();
            let scale = SIZE as f64 / rect.width().max(1.0);
            let px = (e.client_x() as f64 - rect.left()) * scale;
            let py = (e.client_y() as f64 - rect.top()) * scale;
            if let Some(pt) = frame.to_data(px as f32, py as f32) {
                d.dispatch(Action::AddPoint(pt));
            }
        })
    };
    let on_file = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let size = file.size() as usize;
            if size > csv::MAX_BYTES {
                d.dispatch(Action::Notice(Msg::new("notice-import-refused").nested("why", &csv::CsvError::TooLarge { bytes: size }.msg())));
                return;
            }
            let d2 = d.clone();
            let task = gloo::file::callbacks::read_as_text(&gloo::file::File::from(file), move |res| match res {
                Ok(text) => match csv::parse_points(&text) {
                    Ok(points) => d2.dispatch(Action::Import(points)),
                    Err(err) => d2.dispatch(Action::Notice(Msg::new("notice-import-refused").nested("why", &err.msg()))),
                },
                Err(err) => d2.dispatch(Action::Notice(Msg::new("notice-file-unread").arg("error", err))),
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let dd = p.dispatch.clone();
    let kinds: Vec<(AttrValue, AttrValue)> = DatasetKind::ALL.iter().map(|k| (k.id().into(), tr(lang, k.label_id()).into())).collect();
    let on_kind = Callback::from(move |id: String| {
        if let Some(k) = DatasetKind::from_id(&id) {
            dd.dispatch(Action::SetKind(k));
        }
    });
    let act = |f: fn(f64) -> Action| {
        let d = p.dispatch.clone();
        Callback::from(move |v: f64| d.dispatch(f(v)))
    };
    let two = spec.kind == DatasetKind::TwoClusters;
    let custom = spec.kind == DatasetKind::Custom;
    let modes = s.data.centres.len();
    let mut alt = crate::describe::cloud(&Msg::new("ui-scatter-aria"), &s.data.points, &s.data.centres);
    if !s.diffusion.samples.is_empty() {
        let what = Msg::new("alt-what-ddpm-samples").arg("step", s.diffusion.samples_step);
        alt = crate::describe::both(&alt, &crate::describe::cloud(&what, &s.diffusion.samples, &s.data.centres));
    }
    let weight_btn = |w: f32, label: &'static str| {
        let d = p.dispatch.clone();
        html! { <button class="chip" data-testid={format!("weight-{label}")} onclick={Callback::from(move |_| d.dispatch(Action::SetWeight(w)))}>{ label }</button> }
    };
    let d_seed = p.dispatch.clone();
    let seed = s.url.seed;
    let d_draw = p.dispatch.clone();
    let d_clear = p.dispatch.clone();
    html! {
        <div class="panel" data-testid="data-panel">
            <h2>{ t("ui-data-title") }</h2>
            <p class="lede">{ t("ui-data-lede") }</p>
            <div class="row">
                <div class="plot">
                    <canvas ref={canvas} width={SIZE.to_string()} height={SIZE.to_string()} data-testid="data-scatter"
                        class={classes!(draw_mode.then_some("drawing"))} {onclick}
                        role="img" aria-label={alt.text(lang)} />
                    <div class="caption" data-testid="data-caption">
                        { tr_args(lang, "ui-caption", &[("kind", t(spec.kind.label_id())), ("n", s.data.points.len().to_string())]) }
                        { if modes > 0 { format!(" · {}", tr_args(lang, "ui-caption-modes", &[("modes", modes.to_string())])) } else { String::new() } }
                        { if s.diffusion.samples.is_empty() { String::new() } else { format!(" · {}", tr_args(lang, "ui-caption-samples", &[("n", s.diffusion.samples.len().to_string()), ("step", s.diffusion.samples_step.to_string())])) } }
                    </div>
                </div>
                <div class="controls">
                    <Select label={t("ui-dataset")} testid="dataset" options={kinds} value={AttrValue::from(spec.kind.id())} on_change={on_kind} />
                    if !custom { <>
                        <RangeSlider label={t("ui-points")} testid="n" range={crate::state::url::N} value={spec.n as f64} decimals={0}
                            on_change={act(|v| Action::SetN(v as usize))} />
                        <RangeSlider label={t(if two { "ui-separation" } else { "ui-size" })} testid="separation" range={crate::state::url::SEPARATION} value={spec.separation as f64}
                            on_change={act(|v| Action::SetSeparation(v as f32))} hint={t("ui-separation-hint")} />
                        <RangeSlider label={t(if two { "ui-spread" } else { "ui-noise" })} testid="spread" range={crate::state::url::SPREAD} value={spec.spread as f64}
                            on_change={act(|v| Action::SetSpread(v as f32))} />
                    </> }
                    if two { <>
                        <RangeSlider label={t("ui-weight")} testid="weight" range={crate::state::url::WEIGHT} value={spec.weight as f64}
                            on_change={act(|v| Action::SetWeight(v as f32))} hint={t("ui-weight-hint")} />
                        <div class="chips">{ weight_btn(0.5, "50/50") }{ weight_btn(0.8, "80/20") }</div>
                    </> }
                    <label class="control"><span class="control-label">{ t("ui-seed") }</span>
                        <span class="seed">
                            <input type="number" min="0" max="4294967295" data-testid="seed" value={seed.to_string()}
                                onchange={{ let d = p.dispatch.clone(); Callback::from(move |e: Event| {
                                    let i: HtmlInputElement = e.target_unchecked_into();
                                    match i.value().trim().parse::<u64>() {
                                        Ok(v) if v <= u32::MAX as u64 => d.dispatch(Action::SetSeed(v)),
                                        _ => d.dispatch(Action::Notice(Msg::new("notice-bad-seed").arg("raw", i.value()).arg("max", u32::MAX))),
                                    }
                                }) }} />
                            <button class="chip" data-testid="new-seed" onclick={Callback::from(move |_| d_seed.dispatch(Action::SetSeed((seed * 2_654_435_761 + 12345) % 100_000)))}>{ t("ui-new-seed") }</button>
                        </span>
                    </label>
                    <div class="chips">
                        <button class={classes!("chip", draw_mode.then_some("on"))} data-testid="draw-toggle" aria-pressed={draw_mode.to_string()}
                            onclick={Callback::from(move |_| d_draw.dispatch(Action::ToggleDraw))}>{ t(if draw_mode { "ui-drawing" } else { "ui-draw" }) }</button>
                        if custom {
                            <button class="chip" data-testid="clear-points" onclick={Callback::from(move |_| d_clear.dispatch(Action::ClearPoints))}>{ t("ui-clear") }</button>
                        }
                        <label class="chip file">{ t("ui-import") }
                            <input type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" data-testid="csv-input" onchange={on_file} />
                        </label>
                    </div>
                    <p class="hint">{ tr_args(lang, "ui-csv-hint", &[("rows", csv::MAX_ROWS.to_string())]) }</p>
                </div>
            </div>
        </div>
    }
}
