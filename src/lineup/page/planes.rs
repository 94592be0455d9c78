//! The latent planes of digits: the 2-D VAE beside the plain autoencoder, each with its real
//! digits' codes coloured by class (and the class written at their centre) over the decoder's
//! image of a grid of codes. Drag on a plane: the code under the pointer is decoded beside it
//! and read by the classifier. Under each: the share of empty cells and of sure decodes.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::data::glyphs::SIDE;
use crate::describe;
use crate::i18n::{Msg, tr, tr_args};
use crate::lineup::plane::{Coder, GRID, PlaneView, SURE};
use crate::lineup::protocol::{Coded, LineupCommand};
use crate::lineup::state::Decoded;
use crate::palette;
use crate::render::Frame;
use crate::render::images::draw_grid;
use crate::render::latent_plane::draw_plane;
use crate::state::app::AppState;
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::Command;

const SIZE: u32 = 420;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(PlanesPanel)]
pub fn planes_panel(p: &PanelProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let s = &p.state;
    let loaded = s.lineup.models.as_ref().is_some_and(|m| m.loaded);
    {
        let (worker, seed) = (p.worker.clone(), s.url.seed);
        use_effect_with((loaded, seed), move |(loaded, seed)| {
            if *loaded {
                worker.send(&Command::Lineup(LineupCommand::Planes { seed: *seed }));
                for coder in Coder::ALL {
                    worker.send(&Command::Lineup(LineupCommand::Decode { coder, z: [0.0, 0.0] }));
                }
            }
        });
    }
    let planes = s.lineup.planes.iter().map(|view| {
        let decoded = s.lineup.decoded.iter().find(|d| d.coder == view.coder).cloned();
        let worker = p.worker.clone();
        let coder = view.coder;
        let on_pad = Callback::from(move |z: [f32; 2]| worker.send(&Command::Lineup(LineupCommand::Decode { coder, z })));
        let drawn = s.lineup.encoded.as_ref().and_then(|(_, coded)| coded.iter().find(|c| c.coder == view.coder).cloned());
        html! { <Plane view={view.clone()} {decoded} {drawn} {on_pad} /> }
    });
    html! {
        <div class="panel wide" data-testid="lineup-planes">
            <h2>{ tr(lang, "plane-title") }</h2>
            <p class="lede">{ tr(lang, "plane-lede") }</p>
            if s.lineup.planes.is_empty() {
                <p class="hint">{ tr(lang, if loaded { "plane-working" } else { "img-loading" }) }</p>
            }
            <div class="lineup-planes">{ for planes }</div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PlaneProps {
    view: PlaneView,
    decoded: Option<Decoded>,
    /// The drawn digit's code, when one is drawn.
    drawn: Option<Coded>,
    on_pad: Callback<[f32; 2]>,
}

#[function_component(Plane)]
fn plane(p: &PlaneProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let (canvas, digit) = (use_node_ref(), use_node_ref());
    let view = &p.view;
    let frame = Frame { width: SIZE, height: SIZE, half: view.half };
    let pad = p.decoded.as_ref().map_or([0.0, 0.0], |d| d.z);
    {
        let (canvas, view) = (canvas.clone(), view.clone());
        let drawn = p.drawn.clone();
        use_effect_with((view.clone(), pad.map(f32::to_bits), drawn.clone()), move |_| {
            let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
            let Some(paint) = draw_plane(&c, frame, GRID, &view.grid, &view.codes, &view.labels) else { return };
            if let Some(d) = &drawn {
                if view.coder == Coder::Vae {
                    paint.ellipse(d.mu, [(0.5 * d.logvar[0]).exp(), (0.5 * d.logvar[1]).exp()], "#1d2330", 2.5);
                }
                paint.marker(d.mu, &palette::GREEN.css(0.95));
            }
            paint.marker(pad, &palette::VERMILLION.css(0.95));
        });
    }
    {
        let (digit, decoded) = (digit.clone(), p.decoded.clone());
        use_effect_with(decoded.as_ref().map(|d| d.z.map(f32::to_bits)), move |_| {
            if let (Some(c), Some(d)) = (digit.cast::<HtmlCanvasElement>(), decoded) {
                draw_grid(&c, &[d.pixels.as_slice()], SIDE, 1, 6, 0);
            }
        });
    }
    let drag = crate::ui::drag::use_drag(canvas.clone(), frame, view.half, p.on_pad.clone());
    let id = view.coder.id();
    let name = tr(lang, &format!("plane-{id}"));
    let alt = Msg::new("plane-alt")
        .arg("who", &name)
        .arg("n", view.labels.len())
        .arg("x", describe::number(pad[0] as f64))
        .arg("y", describe::number(pad[1] as f64))
        .text(lang);
    let reading = p.decoded.as_ref().map(|d| {
        tr_args(
            lang,
            "plane-reads",
            &[
                ("x", format!("{:.2}", d.z[0])),
                ("y", format!("{:.2}", d.z[1])),
                ("class", d.read.0.to_string()),
                ("percent", format!("{:.0}", 100.0 * d.read.1)),
            ],
        )
    });
    html! {
        <figure class="lineup-plane" data-testid={format!("plane-{id}")}>
            <h3>{ name }</h3>
            <p class="hint">{ tr(lang, &format!("plane-{id}-sub")) }</p>
            <div class="plane-pair">
                <canvas ref={canvas} width={SIZE.to_string()} height={SIZE.to_string()} class="square pad" data-testid={format!("plane-canvas-{id}")}
                    onpointerdown={drag.down} onpointermove={drag.moved} onpointerup={drag.up.clone()} onpointerleave={drag.up} role="img" aria-label={alt} />
                <div class="plane-decoded">
                    <canvas ref={digit} class="pixels" data-testid={format!("plane-digit-{id}")} role="img" aria-label={reading.clone().unwrap_or_else(|| tr(lang, "plane-working"))} />
                    <p class="caption" data-testid={format!("plane-read-{id}")}>{ reading.unwrap_or_else(|| tr(lang, "plane-working")) }</p>
                </div>
            </div>
            <figcaption class="caption" data-testid={format!("plane-stats-{id}")}>{ tr_args(lang, "plane-stats", &[
                ("empty", format!("{:.0}", 100.0 * view.empty)), ("grid", format!("{GRID}×{GRID}")), ("sure", format!("{:.0}", 100.0 * view.sure)), ("p", SURE.to_string()),
            ]) }</figcaption>
        </figure>
    }
}
