//! The walk between two samples: the GAN (in its noise z) and the conditional VAE (in its
//! latent code) carried from a sample of one class to one of another, the label sliding with
//! them, in nine frames each with the classifier's reading. Where the reading flips, and how
//! smoothly the pictures change on the way, is what the two latent spaces look like.

use web_sys::{HtmlCanvasElement, HtmlSelectElement};
use yew::prelude::*;

use crate::data::glyphs::SIDE;
use crate::i18n::{tr, tr_args};
use crate::lineup::protocol::LineupCommand;
use crate::lineup::walk::FRAMES;
use crate::render::images::draw_grid;
use crate::state::app::AppState;
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::Command;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(WalkPanel)]
pub fn walk_panel(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let s = &p.state;
    let ends = use_state(|| (3usize, 8usize));
    let draws = use_state(|| 0u64);
    let strips = [use_node_ref(), use_node_ref()];
    let loaded = s.lineup.models.as_ref().is_some_and(|m| m.loaded);
    let seed = s.url.seed.wrapping_add(*draws);
    {
        let worker = p.worker.clone();
        use_effect_with((loaded, *ends, seed), move |(loaded, (from, to), seed)| {
            if *loaded {
                worker.send(&Command::Lineup(LineupCommand::Walk { from: *from, to: *to, seed: *seed }));
            }
        });
    }
    let walk = s.lineup.walk.clone();
    {
        let (strips, walk) = (strips.clone(), walk.clone());
        use_effect_with(walk.as_ref().map(|w| (w.from, w.to, w.seed)), move |_| {
            let Some(w) = walk else { return };
            for (canvas, frames) in strips.iter().zip(&w.frames) {
                if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                    let imgs: Vec<&[f32]> = frames.chunks(SIDE * SIDE).collect();
                    draw_grid(&c, &imgs, SIDE, FRAMES, 3, 6);
                }
            }
        });
    }
    let select = |end: usize| {
        let ends = ends.clone();
        Callback::from(move |e: Event| {
            let v: usize = e.target_unchecked_into::<HtmlSelectElement>().value().parse().unwrap_or(0);
            ends.set(if end == 0 { (v, ends.1) } else { (ends.0, v) });
        })
    };
    let options = |chosen: usize| {
        (0..10).map(move |c| html! { <option value={c.to_string()} selected={c == chosen}>{ c }</option> }).collect::<Html>()
    };
    let again = {
        let draws = draws.clone();
        Callback::from(move |_| draws.set(*draws + 1))
    };
    let rows = ["gan", "vae"].into_iter().enumerate().map(|(i, id)| {
        let reads = walk.as_ref().and_then(|w| w.reads.get(i)).map(|r| r.iter().map(|(k, _)| k.to_string()).collect::<Vec<_>>().join(" → ")).unwrap_or_default();
        html! {
            <figure class="walk" data-testid={format!("walk-{id}")}>
                <h3>{ tr(lang, &format!("walk-{id}")) }</h3>
                <canvas ref={strips[i].clone()} class="pixels strip" role="img" aria-label={tr_args(lang, "walk-alt", &[("reads", reads.clone())])} />
                <figcaption class="caption" data-testid={format!("walk-reads-{id}")}>{ tr_args(lang, "walk-reads", &[("reads", reads)]) }</figcaption>
            </figure>
        }
    });
    html! {
        <div class="panel wide" data-testid="lineup-walk">
            <h2>{ tr(lang, "walk-title") }</h2>
            <p class="lede">{ tr(lang, "walk-lede") }</p>
            <div class="buttons">
                <label>{ tr(lang, "walk-from") }<select onchange={select(0)} data-testid="walk-from">{ options(ends.0) }</select></label>
                <label>{ tr(lang, "walk-to") }<select onchange={select(1)} data-testid="walk-to">{ options(ends.1) }</select></label>
                <button onclick={again} disabled={!loaded} data-testid="walk-again">{ tr(lang, "walk-again") }</button>
            </div>
            { for rows }
        </div>
    }
}
