//! The four families' current samples over the data, one canvas each, with what each is and
//! where it stands.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::compare::state::Row;
use crate::describe;
use crate::families::FamilyId;
use crate::i18n::{Lang, Msg, tr, tr_args};
use crate::palette::{self, Rgb};
use crate::render::Frame;
use crate::render::points::{Layer, Painter};
use crate::state::series::pairs;

const SIZE: u32 = 320;

/// The families on the page, in order, with their colour (their name and one-line description
/// are the messages `family-<id>` and `family-<id>-what`).
pub const FAMILIES: [(FamilyId, Rgb); 4] = [
    (FamilyId::Diffusion, palette::FAMILIES[0]),
    (FamilyId::Flow, palette::FAMILIES[1]),
    (FamilyId::Gan, palette::FAMILIES[2]),
    (FamilyId::Vae, palette::FAMILIES[3]),
];

/// A family's name on the page.
pub fn name(lang: Lang, family: FamilyId) -> String {
    tr(lang, &format!("family-{}", family.id()))
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub family: FamilyId,
    pub row: Option<Row>,
    pub data: Vec<[f32; 2]>,
    /// The data's mode centres, to say where the samples fall.
    pub centres: Vec<[f32; 2]>,
    pub data_version: u32,
    /// The model's exact density on a lattice (flow matching's): `(half, grid, log p)`.
    #[prop_or_default]
    pub density: Option<(f32, usize, Vec<f32>)>,
    /// Asks for the density (shown as a toggle on the panel when set).
    #[prop_or_default]
    pub on_density: Option<Callback<f32>>,
}

#[function_component(SamplePanel)]
pub fn sample_panel(p: &Props) -> Html {
    let canvas = use_node_ref();
    let show_density = use_state(|| false);
    let lang = p.lang;
    let colour = FAMILIES.iter().find(|f| f.0 == p.family).map_or(FAMILIES[0].1, |f| f.1).css(0.7);
    let (name, what) = (name(lang, p.family), tr(lang, &format!("family-{}-what", p.family.id())));
    let frame = Frame::fit(SIZE, SIZE, &p.data);
    // The density follows the samples: asked for again at each new measurement while shown.
    {
        let (ask, step) = (p.on_density.clone().filter(|_| *show_density), p.row.as_ref().map(|r| r.latest.step));
        use_effect_with((step, ask.is_some()), move |_| {
            if let Some(ask) = ask {
                ask.emit(frame.half);
            }
        });
    }
    {
        let (canvas, row, data, waiting) = (canvas.clone(), p.row.clone(), p.data.clone(), tr(lang, "panel-not-measured"));
        let density = p.density.clone().filter(|d| *show_density && d.0 == frame.half);
        let key = (
            lang,
            p.data_version,
            row.as_ref().map(|r| (r.latest.step, r.latest.train_ms.to_bits())),
            density.as_ref().map(|d| d.2.len()),
            density.as_ref().map(|d| d.2.first().map(|v| v.to_bits())),
        );
        use_effect_with(key, move |_| {
            let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
            let Some(paint) = Painter::begin(&c, frame) else { return };
            if let Some((_, grid, log_p)) = &density {
                paint.density(*grid, log_p);
            }
            paint.kept_points(&Layer { points: &data, colour: &palette::DATA.css(palette::DATA_ALPHA), size: 2.0 });
            match &row {
                Some(r) => paint.points(&Layer { points: &pairs(&r.latest.samples), colour: &colour, size: 2.0 }),
                None => paint.label(&waiting),
            }
        });
    }
    let id = p.family.id();
    let status = match &p.row {
        Some(r) => {
            tr_args(lang, "panel-status", &[("step", r.latest.step.to_string()), ("seconds", format!("{:.1}", r.latest.train_ms / 1000.0))])
        }
        None => tr(lang, "panel-waiting"),
    };
    let alt = match &p.row {
        Some(r) => describe::cloud(
            &Msg::new("panel-samples-alt").arg("name", &name).arg("step", r.latest.step),
            &pairs(&r.latest.samples),
            &p.centres,
        ),
        None => Msg::new("panel-not-measured"),
    };
    let verdict = p.row.as_ref().map(|r| r.latest.score.quality.passes);
    html! {
        <div class="panel compare-panel" data-testid={format!("compare-{id}")}>
            <h3>{ name.clone() }
                if let Some(ok) = verdict {
                    <span class={classes!("mini-badge", ok.then_some("pass"))}>{ tr(lang, if ok { "panel-at-bar" } else { "panel-not-yet" }) }</span>
                }
            </h3>
            <p class="hint">{ what }</p>
            <canvas ref={canvas} width={SIZE.to_string()} height={SIZE.to_string()} class="square" data-testid={format!("compare-canvas-{id}")} role="img" aria-label={alt.text(lang)} />
            <p class="hint" data-testid={format!("compare-status-{id}")}>{ status }</p>
            if p.on_density.is_some() {
                <button class={classes!("chip", (*show_density).then_some("on"))} data-testid={format!("compare-density-{id}")}
                    onclick={{ let s = show_density.clone(); Callback::from(move |_| s.set(!*s)) }}>{ tr(lang, "panel-density") }</button>
            }
        </div>
    }
}
