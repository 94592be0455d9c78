//! The one reducer: the state after an action (pure, so the native tests drive it as the page
//! does). Only this file and the two it calls change state: `state/each.rs` (every family
//! alike, from the list) and `state/worker_updates.rs` (the worker's own updates).

use crate::data::toy2d::DatasetKind;
use crate::i18n::Msg;
use crate::state::app::{Action, AppState, WorkerView, dataset_for};
use crate::state::worker_updates::fold_other;

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for AppState {
    type Action = Action;

    /// A copy of the state costs counts, not bytes: every family's page state and every large
    /// payload in it is `Shared` (`state/shared.rs`), and only the family an update changes is
    /// copied (its chains stay shared).
    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new(std::rc::Rc::unwrap_or_clone(self).apply(action))
    }
}

impl AppState {
    /// The state after `action` (pure: the native tests drive it as the page does).
    pub fn apply(self, action: Action) -> Self {
        let mut s = self;
        let mut data_changed = false;
        match action {
            Action::SetPage(p) => s.url.page = p,
            Action::SetKind(k) => {
                s.url.dataset.kind = k;
                s.draw_mode = k == DatasetKind::Custom && s.url.custom.is_empty();
                data_changed = true;
            }
            Action::SetN(n) => (s.url.dataset.n, data_changed) = (n, true),
            Action::SetSeparation(v) => (s.url.dataset.separation, data_changed) = (v, true),
            Action::SetSpread(v) => (s.url.dataset.spread, data_changed) = (v, true),
            Action::SetWeight(v) => (s.url.dataset.weight, data_changed) = (v, true),
            Action::SetSeed(v) => (s.url.seed, data_changed) = (v, true),
            Action::SetDevice(d) => {
                // The CPU worker is a build without the GPU stack: moving to or from "CPU" loads
                // the other build in a fresh worker (www/worker.js).
                if d.wants_gpu_module() != s.url.device.wants_gpu_module() {
                    let generation = s.worker.generation + 1;
                    s.worker = WorkerView { generation, ..WorkerView::default() };
                    s.forget_trained();
                }
                s.url.device = d;
            }
            Action::SetEqual(e) => s.url.equal = e,
            Action::SetLineupPick(pick) => s.url.lineup.pick = pick,
            Action::SetLineupPsi(psi) => s.url.lineup.psi = crate::lineup::url::PSI.from_slider(psi),
            Action::SetLang(l) => s.url.lang = Some(l),
            Action::SetTour(n) => {
                // A chapter opens at its first part, on the same screen.
                s.stage = crate::tour::stage::Stage { compact: s.stage.compact, ..Default::default() };
                s.url.tour = n.filter(|n| crate::tour::chapters::chapter(*n).is_some());
                if let Some(ch) = s.url.tour.and_then(crate::tour::chapters::chapter) {
                    let before = (s.url.dataset.clone(), s.url.custom.clone());
                    s.url.page = ch.page;
                    let notices = s.url.apply_query(ch.setup);
                    s.notices.extend(notices);
                    data_changed = (s.url.dataset.clone(), s.url.custom.clone()) != before;
                }
            }
            Action::TourStep(forward) => {
                let Some(n) = s.url.tour else { return s };
                let staged = s.stage.up(s.url.lecture, s.url.tour);
                let (to, part) = crate::tour::stage::step(n, s.stage.part, s.stage.parts(), staged, forward);
                let mut s = if to == n { s } else { s.apply(Action::SetTour(Some(to))) };
                s.stage.part = part;
                return s;
            }
            Action::SetWholePage(on) => s.stage.whole = on,
            Action::SetCompactStage(on) => s.stage = s.stage.on_screen(on),
            Action::SetLecture(on) => s.url.lecture = on,
            Action::SetHelp(on) => s.help = on,
            Action::Family(a) => s.act(a),
            Action::SetUpload(u) => s.upload = u,
            Action::Preset(id) => {
                let before = s.url.dataset.clone();
                s.url.apply_preset(id);
                data_changed = s.url.dataset != before;
            }
            Action::ToggleDraw => s.draw_mode = !s.draw_mode,
            Action::AddPoint(p) => {
                if s.url.custom.len() >= crate::data::csv::MAX_ROWS {
                    s.notices.push(Msg::new("notice-max-points").arg("max", crate::data::csv::MAX_ROWS));
                } else {
                    if s.url.dataset.kind != DatasetKind::Custom {
                        s.url.custom.clear();
                        s.url.dataset.kind = DatasetKind::Custom;
                    }
                    s.url.custom.push([(p[0] * 100.0).round() / 100.0, (p[1] * 100.0).round() / 100.0]);
                    data_changed = true;
                }
            }
            Action::ClearPoints => (s.url.custom, data_changed) = (Vec::new(), true),
            Action::Import(points) => {
                s.url.custom = points;
                s.url.dataset.kind = DatasetKind::Custom;
                s.draw_mode = false;
                data_changed = true;
            }
            Action::Notice(text) => s.notices.push(text),
            Action::DismissNotice(i) => {
                if i < s.notices.len() {
                    s.notices.remove(i);
                }
            }
            // A crashed worker's last messages (a trapped instance may still post) change nothing.
            Action::Worker(_) if s.worker.crashed.is_some() => {}
            Action::Worker(u) => {
                if let Some(other) = s.fold_family(u) {
                    fold_other(&mut s, other);
                }
            }
            Action::Unreadable(e) => {
                if !std::mem::replace(&mut s.unreadable, true) {
                    s.notices.push(Msg::new("notice-unreadable").arg("error", e));
                }
            }
            Action::Restored(family) => s.diverged.retain(|d| d.family != family),
            Action::SaveLab => s.save_pending = true,
            Action::LabSaved(said) => {
                s.saving = None;
                s.notices.push(said);
            }
            Action::OpenLab(meta) => {
                s.open_lab(&meta);
                s.kept_offer = None;
            }
            Action::KeptOffer(offer) => (s.kept_offer, s.kept_checked) = (offer, true),
            Action::LabKept { kept } => {
                s.saving = None;
                s.kept = kept.or(s.kept.take());
            }
            Action::RestartWorker => {
                let generation = s.worker.generation + 1;
                s.worker = WorkerView { generation, ..WorkerView::default() };
                (s.unreadable, s.diverged, s.save_pending) = (false, Vec::new(), false);
                s.forget_trained();
            }
        }
        if data_changed {
            if let Some(n) = retrained_notice(&s) {
                s.notices.push(n);
            }
            s.diverged.clear();
            s.data = dataset_for(&s.url);
            s.data_version += 1;
            s.data_changed_all();
            s.compare.to_mut().data_changed();
        }
        tick_tour(&mut s);
        s
    }
}

/// Ticks the open chapter's tasks that the state now shows done.
fn tick_tour(s: &mut AppState) {
    let Some(ch) = s.url.tour.and_then(crate::tour::chapters::chapter) else { return };
    for k in 1..=ch.tasks {
        let ticked = s.tour_done.iter().any(|(id, j)| id == ch.id && *j == k);
        let seen = crate::tour::seen::Seen::of(s);
        if !ticked && crate::tour::tasks::done_in(ch.id, k, &seen) {
            s.tour_done.push((ch.id.to_string(), k));
        }
    }
}

/// A data change rebuilds every family trained on the 2-D data from the seed: say which
/// trained models that drops.
fn retrained_notice(s: &AppState) -> Option<Msg> {
    let trained: Vec<Msg> = s
        .trained_on_points()
        .into_iter()
        .filter(|&(_, n)| n > 0)
        .map(|(f, n)| Msg::new("retrained-one").nested("who", &f.name()).arg("n", n).nested("word", &f.step_word()))
        .collect();
    (!trained.is_empty()).then(|| Msg::new("notice-retrained").list("models", &trained, ", "))
}
