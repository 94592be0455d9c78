//! The flow-matching page: the straight path, the velocity network and its training, sampling
//! by the ODE with trajectories, velocity field and exact density, and the shared quality
//! metrics with the paths' straightness and the exact log-likelihood of held-out data.

mod forward;
mod model;
mod solve;

use yew::prelude::*;

use crate::families::flow::protocol::FlowCommand;
use crate::state::app::AppState;
use crate::ui::hooks::WorkerHandle;
use crate::ui::quality_panel::QualityPanel;
use crate::worker::protocol::Command;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

#[function_component(FlowPage)]
pub fn flow_page(p: &PageProps) -> Html {
    let s = &p.state;
    // The model is built when the page opens, and again when a setting changes (the worker
    // keeps it when the settings are the ones it has).
    {
        let worker = p.worker.clone();
        use_effect_with((s.worker.generation, s.data_version, s.url.seed, s.url.flow.clone(), s.worker.backend), move |(_, _, _, config, _)| {
            worker.send(&Command::Flow(FlowCommand::Configure { config: config.clone() }));
        });
    }
    {
        let worker = p.worker.clone();
        use_effect_with((), move |_| move || worker.send(&Command::Flow(FlowCommand::Pause)));
    }
    // A move through the training history solves again, so the view shows that moment.
    {
        let (worker, sampler) = (p.worker.clone(), s.url.flow_sampler.sampler());
        let moment = s.history_of(crate::families::FamilyId::Flow).and_then(|h| h.viewing);
        let shown = use_mut_ref(|| None::<usize>);
        use_effect_with(moment, move |m| {
            // A copy shown, or back to the live model from one.
            let was = shown.replace(*m);
            if m.is_some() || was.is_some() {
                worker.send(&Command::Flow(FlowCommand::Chain { n: 2000, sampler, frames: 100 }));
            }
        });
    }
    let f = &s.flow;
    let straight = f.straightness.map_or("—".to_string(), |v| format!("{v:.3}"));
    let log_p = f.density.as_ref().map_or("turn on “exact density”".to_string(), |d| format!("{:.3} nats (step {})", d.mean_log_p, d.step));
    html! {
        <>
            <p class="intro">{"Flow matching learns a "}<b>{"velocity"}</b>{" instead of a noise: draw a straight line from each data point x_0 to a noise sample ε, "}
                <span class="math">{"x_t = (1 − t)·x_0 + t·ε"}</span>{", and train a network to predict the line's velocity, "}
                <span class="math">{"L = ‖v_θ(x_t, t) − (ε − x_0)‖²"}</span>
                {". Sampling follows the learned velocity from noise (t = 1) back to data (t = 0): an ordinary differential equation, with no noise added on the way — and because it is an ODE, the model's exact likelihood can be computed."}</p>
            <div class="grid">
                <forward::PathView state={s.clone()} />
                <model::ModelPanel state={s.clone()} worker={p.worker.clone()} />
            </div>
            <div class="grid">
                <solve::SolveView state={s.clone()} worker={p.worker.clone()} />
                <QualityPanel quality={f.quality.clone()}>
                    <tr><td>{"Path length / straight line (50 Euler steps)"}</td><td data-testid="straightness">{ straight }</td><td class="hint">{"1 = straight; the DDPM's deterministic DDIM paths are shown on its page"}</td></tr>
                    <tr><td>{"Log-likelihood of held-out data (exact)"}</td><td data-testid="log-likelihood">{ log_p }</td><td class="hint">{"higher is better"}</td></tr>
                </QualityPanel>
            </div>
        </>
    }
}
