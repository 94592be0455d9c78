//! The image page: held-out real digits (MNIST, from the worker), the forward process on images by its closed form
//! with the diffusion page's schedule, the user's own picture; then the reverse process with
//! the shipped model, the IS/FD scorecard, and training in the browser.

use crate::models::rng::StdRng;
use gloo::file::callbacks::FileReader;
use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};
use web_sys::{HtmlCanvasElement, HtmlInputElement};
use yew::prelude::*;

mod measure;
mod reverse;
mod settings;
mod train;

use crate::data::glyphs::{PIXELS, SIDE, noise_image};
use crate::data::upload;
use crate::families::images::protocol::{DATASET_N, ImageCommand};
use crate::i18n::{Msg, tr, tr_args};
use crate::render::images::draw_grid;
use crate::state::app::{Action, AppState};
use crate::ui::anim::{Cursor, Move, use_player};
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::Command;
use crate::ui::notation::rich;

/// Images in the dataset grid, images noised in the forward view, frames in the filmstrip.
const GRID_N: usize = DATASET_N;
const FORWARD_N: usize = 15;
const STRIP: usize = 9;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(ImagesPage)]
pub fn images_page(p: &PageProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let say = |id: &str| tr(lang, id);
    let s = &p.state;
    // The grid's real digits come from the worker once it holds them, for this seed.
    let loaded = s.images.model.as_ref().is_some_and(|m| m.loaded);
    {
        let worker = p.worker.clone();
        use_effect_with((loaded, s.url.seed), move |(loaded, seed)| {
            if *loaded {
                worker.send(&Command::Images(ImageCommand::Digits { seed: *seed }));
            }
        });
    }
    // Shared with the state: a render copies no digits.
    let set = s.images.digits.clone().filter(|d| d.0 == s.url.seed).unwrap_or_default();
    let ready = set.1.len() == GRID_N * PIXELS;
    let schedule = use_memo(s.url.diffusion.config.schedule.clone(), |spec| spec.build());
    let big_t = schedule.len();
    let t = use_reducer_eq(Cursor::default);
    let t_now = t.0.min(big_t - 1);
    let playing = use_state(|| false);
    let reader = use_mut_ref(|| None::<FileReader>);
    let (grid, forward, strip) = (use_node_ref(), use_node_ref(), use_node_ref());
    // One fixed ε per image (and for the upload), from the seed: scrubbing t is smooth.
    let eps = use_memo(s.url.seed, |seed| {
        let mut rng = StdRng::seed_from_u64(seed ^ 0x1a6e_5eed);
        (0..(FORWARD_N + 1) * PIXELS).map(|_| StandardNormal.sample(&mut rng)).collect::<Vec<f32>>()
    });
    let upload = s.upload.clone();
    {
        let (grid, set) = (grid.clone(), set.clone());
        use_effect_with((s.url.seed, ready), move |_| {
            if let Some(c) = grid.cast::<HtmlCanvasElement>() {
                let imgs: Vec<&[f32]> = set.1.chunks(PIXELS).collect();
                draw_grid(&c, &imgs, SIDE, 10, 3, 6);
            }
        });
    }
    {
        let (forward, strip, set, eps, schedule, upload) =
            (forward.clone(), strip.clone(), set.clone(), eps.clone(), schedule.clone(), upload.clone());
        use_effect_with((t_now, s.url.seed, schedule.clone(), upload.clone(), ready), move |_| {
            let ab = schedule.alpha_bars[t_now];
            let mut sources: Vec<&[f32]> = set.1.chunks(PIXELS).take(FORWARD_N).collect();
            if let Some(u) = &upload {
                sources.insert(0, u.as_slice());
                sources.truncate(FORWARD_N);
            }
            if sources.is_empty() {
                return;
            }
            let noised: Vec<Vec<f32>> =
                sources.iter().enumerate().map(|(i, x)| noise_image(x, &eps[i * PIXELS..(i + 1) * PIXELS], ab)).collect();
            if let Some(c) = forward.cast::<HtmlCanvasElement>() {
                let refs: Vec<&[f32]> = noised.iter().map(Vec::as_slice).collect();
                draw_grid(&c, &refs, SIDE, 5, 4, 6);
            }
            if let Some(c) = strip.cast::<HtmlCanvasElement>() {
                let frames: Vec<Vec<f32>> = (0..STRIP)
                    .map(|k| {
                        let tk = (k * (big_t - 1)) / (STRIP - 1);
                        noise_image(sources[0], &eps[..PIXELS], schedule.alpha_bars[tk])
                    })
                    .collect();
                let refs: Vec<&[f32]> = frames.iter().map(Vec::as_slice).collect();
                draw_grid(&c, &refs, SIDE, STRIP, 3, 8);
            }
        });
    }
    use_player(*playing, t.dispatcher(), (big_t / 120).max(1), big_t, true, 16);
    let on_t = {
        let t = t.clone();
        Callback::from(move |e: InputEvent| {
            let i: HtmlInputElement = e.target_unchecked_into();
            t.dispatch(Move::Set(i.value().parse().unwrap_or(0)));
        })
    };
    let toggle = {
        let playing = playing.clone();
        Callback::from(move |_| playing.set(!*playing))
    };
    let on_file = {
        let d = s.dispatcher();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let size = file.size() as usize;
            if size > upload::MAX_BYTES {
                d.dispatch(Action::Notice(
                    Msg::new("notice-picture-refused").nested("why", &upload::UploadError::TooLarge { bytes: size }.msg()),
                ));
                return;
            }
            let d2 = d.clone();
            let task = gloo::file::callbacks::read_as_bytes(&gloo::file::File::from(file), move |res| match res {
                Ok(bytes) => match upload::decode(&bytes) {
                    Ok(px) => d2.dispatch(Action::SetUpload(Some(px))),
                    Err(err) => d2.dispatch(Action::Notice(Msg::new("notice-picture-refused").nested("why", &err.msg()))),
                },
                Err(err) => d2.dispatch(Action::Notice(Msg::new("notice-file-unread").arg("error", err))),
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let clear = {
        let d = s.dispatcher();
        Callback::from(move |_| d.dispatch(Action::SetUpload(None)))
    };
    let ab = schedule.alpha_bars[t_now];
    let signal = format!("{:.0}", 100.0 * ab.sqrt());
    let grid_alt = Msg::new("img-alt-grid").arg("n", GRID_N).arg("seed", s.url.seed).text(lang);
    let forward_alt = Msg::new("img-alt-forward").arg("n", FORWARD_N).arg("t", t_now).arg("signal", &signal).text(lang);
    let own = Msg::new(if upload.is_some() { "img-alt-strip-upload" } else { "img-alt-strip-digit" });
    let strip_alt = Msg::new("img-alt-forward-strip").nested("what", &own).arg("frames", STRIP).arg("last", big_t - 1).text(lang);
    html! {
        <>
            <p class="intro">{ rich(&say("img-intro")) }</p>
            <div class="grid">
                <div class="panel" data-testid="images-dataset">
                    <h2>{ say("img-digits-title") }</h2>
                    <p class="lede">{ tr_args(lang, "img-digits-lede", &[("n", GRID_N.to_string()), ("seed", s.url.seed.to_string())]) }</p>
                    if !ready {
                        <p class="hint" data-testid="images-digits-loading">{ say("img-digits-loading") }</p>
                    }
                    <canvas ref={grid} data-testid="images-grid" class="pixels" role="img" aria-label={grid_alt} />
                    <h3>{ say("img-own-title") }</h3>
                    <p class="hint">{ say("img-own-hint") }</p>
                    <div class="buttons">
                        <label class="chip file">{ say("img-upload") }
                            <input type="file" accept="image/png,image/jpeg" onchange={on_file} data-testid="image-upload" />
                        </label>
                        if upload.is_some() {
                            <button onclick={clear} data-testid="image-clear">{ say("img-back") }</button>
                        }
                    </div>
                                    </div>
                <div class="panel" data-testid="images-forward">
                    <h2>{ say("img-forward-title") }</h2>
                    <p class="lede">{ rich(&tr_args(lang, "img-forward-lede", &[("t", t_now.to_string()), ("last", (big_t - 1).to_string()), ("ab", format!("{ab:.3}")), ("signal", format!("{:.3}", ab.sqrt())), ("noise", format!("{:.3}", (1.0 - ab).sqrt()))])) }</p>
                    <canvas ref={forward} data-testid="images-forward-canvas" class="pixels" role="img" aria-label={forward_alt} />
                    <div class="scrub">
                        <button onclick={toggle} data-testid="images-play">{ if *playing { "❚❚" } else { "▶" } }</button>
                        <input type="range" min="0" max={(big_t - 1).to_string()} value={t_now.to_string()} oninput={on_t} data-testid="images-t" data-key="frames-alt" aria-label={say("img-t-aria")} />
                        <output data-testid="images-t-value">{ format!("t = {t_now}") }</output>
                    </div>
                    <h3>{ say(if upload.is_some() { "img-strip-upload" } else { "img-strip-digit" }) }</h3>
                    <canvas ref={strip} data-testid="images-strip" class="pixels" role="img" aria-label={strip_alt} />
                </div>
            </div>
            <reverse::ReversePanel state={p.state.clone()} worker={p.worker.clone()} />
            <measure::MeasurePanel state={p.state.clone()} worker={p.worker.clone()} />
            <train::TrainPanel state={p.state.clone()} worker={p.worker.clone()} />
        </>
    }
}
