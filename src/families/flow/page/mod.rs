//! The flow-matching page: the straight path, the velocity network and its training, sampling
//! by the ODE with trajectories, velocity field and exact density, and the shared quality
//! metrics with the paths' straightness and the exact log-likelihood of held-out data.

mod forward;
mod model;
mod solve;

use yew::prelude::*;

use crate::families::FamilyId;
use crate::families::flow::protocol::FlowCommand;
use crate::i18n::{tr, tr_args};
use crate::state::app::AppState;
use crate::ui::history_bar::use_redraw_on_scrub;
use crate::ui::hooks::{WorkerHandle, use_lang};
use crate::ui::quality_panel::QualityPanel;
use crate::worker::protocol::{Command, TrainOp};
use crate::ui::notation::rich;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(FlowPage)]
pub fn flow_page(p: &PageProps) -> Html {
    let s = &p.state;
    let lang = use_lang();
    // The model is built when the page opens. New settings apply at once while it is
    // untrained (and again after a reset or new data); a trained model is kept until the user
    // retrains it, and the model panel says the settings differ — as the DDPM's. (The worker
    // keeps a model whose settings are the ones it has.)
    {
        let (worker, untrained) = (p.worker.clone(), s.flow.step == 0);
        use_effect_with(
            (s.worker.generation, s.data_version, s.url.seed, s.url.flow.config.clone(), s.worker.backend, untrained),
            move |(_, _, _, config, _, untrained)| {
                if *untrained {
                    worker.send(&Command::Flow(FlowCommand::Configure { config: config.clone() }));
                }
            },
        );
    }
    {
        let worker = p.worker.clone();
        use_effect_with((), move |_| move || worker.send(&Command::train(FamilyId::Flow, TrainOp::Pause)));
    }
    // A move through the training history solves again, so the view shows that moment.
    let solve = Command::Flow(FlowCommand::Chain { n: 2000, sampler: s.url.flow.sampler.sampler(), frames: 100 });
    use_redraw_on_scrub(s.history_of(FamilyId::Flow), &p.worker, solve);
    let f = &s.flow;
    let straight = f.straightness.map_or("—".to_string(), |v| format!("{v:.3}"));
    let log_p = f.density.as_ref().map_or(tr(lang, "flow-loglik-off"), |d| {
        tr_args(lang, "flow-loglik-value", &[("nats", format!("{:.3}", d.mean_log_p)), ("step", d.step.to_string())])
    });
    html! {
        <>
            <p class="intro">{ tr(lang, "flow-intro-a") }<b>{ tr(lang, "flow-intro-velocity") }</b>{ rich(&tr(lang, "flow-intro-b")) }
                <span class="math">{ rich("x_t = (1 − t)·x_0 + t·ε") }</span>{ tr(lang, "flow-intro-c") }
                <span class="math">{ rich("L = ‖v_θ(x_t, t) − (ε − x_0)‖²") }</span>
                { tr(lang, "flow-intro-d") }</p>
            <div class="grid">
                <forward::PathView state={s.clone()} />
                <model::ModelPanel state={s.clone()} worker={p.worker.clone()} />
            </div>
            <div class="grid">
                <solve::SolveView state={s.clone()} worker={p.worker.clone()} />
                <QualityPanel quality={f.quality.clone()}>
                    <tr><td>{ tr(lang, "flow-straightness") }</td><td data-testid="straightness">{ straight }</td><td class="hint">{ tr(lang, "flow-straightness-hint") }</td></tr>
                    <tr><td>{ tr(lang, "flow-loglik") }</td><td data-testid="log-likelihood">{ log_p }</td><td class="hint">{ tr(lang, "flow-loglik-hint") }</td></tr>
                </QualityPanel>
            </div>
        </>
    }
}
