//! Noise schedule panel: kind, T, β range; live plots of β_t, ᾱ_t and log SNR; and a plain
//! warning when ᾱ_T is far from 0 (x_T is then not noise, and sampling from N(0, I) is wrong).

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::describe;
use crate::families::diffusion::Act;
use crate::families::diffusion::config::DiffusionConfig;
use crate::i18n::{Msg, tr, tr_args};
use crate::models::schedule::ScheduleKind;
use crate::render::chart::draw_curve;
use crate::state::app::{Action, AppState};
use crate::ui::controls::{RangeSlider, Select};
use crate::ui::hooks::use_lang;
use crate::ui::notation::rich;

/// ᾱ_T above this is called "not pure noise".
pub const ALPHA_BAR_T_WARN: f64 = 0.01;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

#[function_component(SchedulePanel)]
pub fn schedule_panel(p: &Props) -> Html {
    let lang = use_lang();
    let spec = p.state.url.diffusion.config.schedule.clone();
    let schedule = use_memo(spec.clone(), |s| s.build());
    let refs = [use_node_ref(), use_node_ref(), use_node_ref()];
    {
        let (refs, schedule) = (refs.clone(), schedule.clone());
        use_effect_with((schedule.clone(), lang), move |_| {
            let log_snr: Vec<f64> = (0..schedule.len()).map(|t| schedule.log_snr(t)).collect();
            let series: [(String, &[f64]); 3] = [
                ("β_t".into(), &schedule.betas),
                (tr(lang, "diff-chart-alpha-bar"), &schedule.alpha_bars),
                (tr(lang, "diff-chart-log-snr"), &log_snr),
            ];
            for (r, (title, ys)) in refs.iter().zip(series) {
                if let Some(c) = r.cast::<HtmlCanvasElement>() {
                    draw_curve(c, &title, ys, None);
                }
            }
        });
    }
    let set = |f: fn(&mut DiffusionConfig, f64)| crate::families::diffusion::page::train_setter(&p.state, f);
    let on_kind = {
        let (d, train) = (p.state.dispatcher(), p.state.url.diffusion.config.clone());
        Callback::from(move |id: String| {
            let mut c = train.clone();
            c.schedule.kind = ScheduleKind::from_id(&id).unwrap_or_default();
            d.dispatch(Action::from(Act::Config(c)));
        })
    };
    let kinds: Vec<(AttrValue, AttrValue)> =
        ScheduleKind::ALL.iter().map(|k| (k.id().into(), tr(lang, &format!("diff-kind-{}", k.id())).into())).collect();
    let ab_t = schedule.final_alpha_bar();
    let log_snr: Vec<f64> = (0..schedule.len()).map(|t| schedule.log_snr(t)).collect();
    let alts = [
        describe::curve(&describe::raw("β_t"), &schedule.betas),
        describe::curve(&Msg::new("diff-chart-alpha-bar"), &schedule.alpha_bars),
        describe::curve(&Msg::new("diff-chart-log-snr"), &log_snr),
    ]
    .map(|m| m.text(lang));
    let uses_betas = spec.kind != ScheduleKind::Cosine;
    html! {
        <div class="panel" data-testid="schedule-panel">
            <h2>{ tr(lang, "diff-schedule-title") }</h2>
            <p class="lede">{ rich(&tr(lang, "diff-schedule-lede")) }</p>
            <div class="controls-row">
                <Select label={tr(lang, "diff-schedule-kind")} testid="schedule-kind" options={kinds} value={AttrValue::from(spec.kind.id())} on_change={on_kind} />
                <RangeSlider label={tr(lang, "diff-schedule-steps")} testid="schedule-T" range={crate::families::diffusion::url::T} value={spec.steps as f64} decimals={0} on_change={set(|c, v| c.schedule.steps = v as usize)} />
                if uses_betas {
                    <RangeSlider label={tr(lang, "diff-beta-start")} testid="schedule-b0" range={crate::families::diffusion::url::BETA_START} value={spec.beta_start} decimals={5}
                        on_change={set(|c, v| c.schedule.beta_start = v)} />
                    <RangeSlider label={tr(lang, "diff-beta-end")} testid="schedule-b1" range={crate::families::diffusion::url::BETA_END} value={spec.beta_end} decimals={3}
                        on_change={set(|c, v| c.schedule.beta_end = v)} />
                }
            </div>
            <div class={classes!("alpha-t", (ab_t > ALPHA_BAR_T_WARN).then_some("warn"))} data-testid="alpha-bar-T">
                { rich(&format!("ᾱ_T = {ab_t:.4}")) }
                if ab_t > ALPHA_BAR_T_WARN {
                    <span data-testid="schedule-warning">{ rich(&format!(" {}", tr_args(lang, "diff-schedule-warning", &[("percent", format!("{:.0}", 100.0 * ab_t.sqrt()))]))) }</span>
                } else {
                    <span>{ rich(&format!(" {}", tr(lang, "diff-schedule-ok"))) }</span>
                }
            </div>
            <div class="charts3">
                <canvas ref={refs[0].clone()} width="520" height="190" data-testid="chart-beta" role="img" aria-label={alts[0].clone()} />
                <canvas ref={refs[1].clone()} width="520" height="190" data-testid="chart-alpha-bar" role="img" aria-label={alts[1].clone()} />
                <canvas ref={refs[2].clone()} width="520" height="190" data-testid="chart-log-snr" role="img" aria-label={alts[2].clone()} />
            </div>
        </div>
    }
}
