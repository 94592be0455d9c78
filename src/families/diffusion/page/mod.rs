//! The diffusion page: the forward closed form, the noise schedule, training, the learned
//! reverse process and the sample-quality metrics, on the current 2-D dataset.

mod forward;
mod model;
mod reverse;
mod schedule;
mod train;

use yew::prelude::*;

pub use train::TrainPanel;

use crate::families::diffusion::Act;
use crate::families::diffusion::config::DiffusionConfig;
use crate::families::diffusion::protocol::DiffusionCommand;
use crate::i18n::{tr, tr_args};
use crate::state::app::{Action, AppState};
use crate::ui::history_bar::use_redraw_on_scrub;
use crate::ui::hooks::{WorkerHandle, use_lang};
use crate::ui::quality_panel::QualityPanel;
use crate::worker::protocol::Command;
use crate::ui::notation::rich;

/// The model's settings to the worker (from the app shell: the landing trains this model too).
/// New settings apply at once while the model is untrained (and again after a reset or new
/// data); a trained model is kept until the user chooses to retrain, and the model panel says
/// the settings differ — as flow matching does.
#[hook]
pub fn use_settings(state: &AppState, worker: &WorkerHandle) {
    let worker = worker.clone();
    let untrained = state.diffusion.step == 0;
    use_effect_with((state.worker.generation, state.url.diffusion.config.clone(), untrained), move |(_, config, untrained)| {
        if *untrained {
            worker.send(&Command::Diffusion(DiffusionCommand::Configure { config: config.clone() }));
        }
    });
}

/// A slider callback that edits one field of the training settings (schedule, network,
/// optimiser) and dispatches the result.
fn train_setter(state: &UseReducerHandle<AppState>, edit: fn(&mut DiffusionConfig, f64)) -> Callback<f64> {
    let (d, train) = (state.dispatcher(), state.url.diffusion.config.clone());
    Callback::from(move |v: f64| {
        let mut c = train.clone();
        edit(&mut c, v);
        d.dispatch(Action::from(Act::Config(c)));
    })
}

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(DiffusionPage)]
pub fn diffusion_page(p: &PageProps) -> Html {
    let lang = use_lang();
    let dispatch = p.state.dispatcher();
    // A move through the training history runs the reverse process again, for that moment.
    let chain = Command::Diffusion(DiffusionCommand::Chain { n: 2000, sampler: p.state.url.diffusion.sampler.sampler(), frames: 100 });
    use_redraw_on_scrub(p.state.history_of(crate::families::FamilyId::Diffusion), &p.worker, chain);
    html! {
        <>
            <p class="intro">{ tr(lang, "diff-intro-a") }<b>{ tr(lang, "diff-intro-forward") }</b>
                { tr(lang, "diff-intro-b") }
                <span class="math">{ rich("x_t = √ᾱ_t · x_0 + √(1 − ᾱ_t) · ε") }</span>
                { tr(lang, "diff-intro-c") }<b>{ tr(lang, "diff-intro-reverse") }</b>{ rich(&tr_args(lang, "diff-intro-d", &[("step", "p(x_{t−1} | x_t)".into())])) }</p>
            <div class="grid">
                <forward::ForwardView state={p.state.clone()} />
                <schedule::SchedulePanel state={p.state.clone()} />
            </div>
            <div class="grid">
                <reverse::ReverseView state={p.state.clone()} worker={p.worker.clone()} />
                <div class="stack">
                    <model::ModelPanel state={p.state.clone()} worker={p.worker.clone()} />
                    <TrainPanel state={p.state.clone()} dispatch={dispatch.clone()} worker={p.worker.clone()} />
                    <QualityPanel quality={p.state.diffusion.quality.clone()} />
                </div>
            </div>
        </>
    }
}
