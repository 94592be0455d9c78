//! Header: the GenLab name, navigation between the model pages, Save lab and Open lab, the
//! language switch and the backend badge.

use yew::prelude::*;

use crate::i18n::{Lang, tr, tr_args};
use crate::state::Page;
use crate::state::app::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub state: UseReducerHandle<AppState>,
    pub dispatch: UseReducerDispatcher<AppState>,
    pub worker: crate::ui::hooks::WorkerHandle,
}

#[function_component(Header)]
pub fn header(p: &HeaderProps) -> Html {
    let (w, lang) = (&p.state.worker, p.state.lang());
    let (badge_class, badge_text) = match (w.backend, &w.crashed) {
        (_, Some(_)) => ("badge badge-error", tr(lang, "badge-stopped")),
        (Some(b), None) => {
            let speed = if p.state.diffusion.steps_per_sec > 0.0 {
                format!(" · {}", tr_args(lang, "badge-speed", &[("rate", format!("{:.0}", p.state.diffusion.steps_per_sec))]))
            } else {
                String::new()
            };
            ("badge badge-ok", format!("{}{}", b.label(), speed))
        }
        (None, None) => ("badge badge-wait", w.status.as_ref().map_or(tr(lang, "badge-loading"), |m| m.text(lang))),
    };
    let tabs = Page::ALL.iter().copied().map(|page| {
        let d = p.dispatch.clone();
        let current = page == p.state.url.page;
        html! {
            <button class={classes!("tab", current.then_some("current"))} aria-current={current.then_some("page")}
                data-testid={format!("nav-{}", page.id())}
                onclick={Callback::from(move |_| d.dispatch(Action::SetPage(page)))}>{ tr(lang, &page.message()) }</button>
        }
    });
    let langs = Lang::ALL.into_iter().map(|l| {
        let d = p.dispatch.clone();
        html! {
            <button class={classes!("chip", (l == lang).then_some("on"))} lang={l.id()} aria-pressed={(l == lang).to_string()}
                data-testid={format!("lang-{}", l.id())} onclick={Callback::from(move |_| d.dispatch(Action::SetLang(l)))}>{ l.name() }</button>
        }
    });
    html! {
        <header class="top">
            <div class="brand"><span class="logo">{"◐"}</span><span>{"GenLab"}</span>
                <small>{ tr(lang, "app-tagline") }</small></div>
            <nav data-testid="nav">{ for tabs }</nav>
            <crate::ui::lab_bar::LabBar state={p.state.clone()} worker={p.worker.clone()} />
            <crate::ui::lab_keep::Keeper state={p.state.clone()} worker={p.worker.clone()} />
            <div class="chips lang" role="group" aria-label={tr(lang, "lang-switch")}>{ for langs }</div>
            <div class={badge_class} data-testid="backend-badge" title={tr(lang, "badge-title")}>{ badge_text }</div>
        </header>
    }
}
