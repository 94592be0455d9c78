//! The one app-state reducer: plain data plus an `Action` enum (Yew's `function_todomvc`
//! pattern). Components dispatch actions; only this file changes state.

use crate::compare::state::ComparePageView;
use crate::data::toy2d::{self, Dataset, DatasetKind};
use crate::device::{Backend, DeviceChoice};
use crate::families::diffusion::config::DiffusionConfig;
use crate::families::diffusion::state::DiffusionPageView;
use crate::families::diffusion::url::SamplerSettings;
use crate::families::digit_gan::state::DigitGanPageView;
use crate::families::digit_vae::state::DigitVaePageView;
use crate::families::flow::config::{FlowConfig, FlowSamplerSettings};
use crate::families::flow::state::FlowPageView;
use crate::families::gan::state::GanPageView;
use crate::families::gan::url::GanUrl;
use crate::families::images::state::ImagePageView;
use crate::families::vae::state::VaePageView;
use crate::families::vae::url::VaeUrl;
use crate::i18n::{Lang, Msg};
use crate::lineup::state::LineupPageView;
use crate::quality::Reference;
use crate::state::family::FamilyView;
use crate::state::shared::Shared;
use crate::state::url::{Page, UrlState};
use crate::worker::lab::FamilyId;
use crate::worker::protocol::{ProbeResult, Update};

/// What the page knows about the worker: plain snapshots, never tensors.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct WorkerView {
    pub ready: bool,
    /// What it is doing while it cannot train yet ("Measuring WebGPU…"); `None` before it says.
    pub status: Option<Msg>,
    pub backend: Option<Backend>,
    pub probe: Vec<ProbeResult>,
    pub crashed: Option<Msg>,
    /// Bumped whenever the worker is restarted, so the worker hook spawns a new one.
    pub generation: u32,
}

/// The whole state of the page.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct AppState {
    pub url: UrlState,
    pub data: Dataset,
    /// Bumped whenever `data` changes, so effects can react cheaply.
    pub data_version: u32,
    pub notices: Vec<Msg>,
    /// The overlay that lists the keys is open.
    pub help: bool,
    /// Tour tasks ticked so far (chapter id, task number): once done, a task stays done.
    pub tour_done: Vec<(String, usize)>,
    pub worker: WorkerView,
    pub draw_mode: bool,
    pub diffusion: Shared<DiffusionPageView>,
    pub flow: Shared<FlowPageView>,
    pub gan: Shared<GanPageView>,
    pub vae: Shared<VaePageView>,
    /// The user's picture for the image pages (28×28 ink values), if any.
    pub upload: Option<Vec<f32>>,
    /// The image page: model, chains, scorecards, training.
    pub images: Shared<ImagePageView>,
    /// The compare page: the clock and every family's measurements.
    pub compare: Shared<ComparePageView>,
    /// The lineup page: the image families drawing the same digit.
    pub lineup: Shared<LineupPageView>,
    /// The digit GAN trained on the Digit models page.
    pub digit_gan: Shared<DigitGanPageView>,
    /// The 2-D digit VAE trained on the Digit models page.
    pub digit_vae: Shared<DigitVaePageView>,
    /// Each family's training history, as the scrubbers show it.
    pub history: Vec<HistoryView>,
    /// Families whose numbers became NaN or infinite, each with its one message; cleared by
    /// Restore or Reset.
    pub diverged: Vec<Divergence>,
    /// A worker message could not be read: said once, not once per message.
    pub unreadable: bool,
    /// The browser's language, used when the link names none.
    pub browser_lang: Lang,
}

/// One family's training history: each copy's step and training time, and which is shown.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct HistoryView {
    pub family: FamilyId,
    pub steps: Vec<u64>,
    pub times: Vec<f64>,
    pub viewing: Option<usize>,
}

/// One family's divergence as the page shows it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Divergence {
    pub family: FamilyId,
    pub message: Msg,
    pub restore_step: u64,
}

impl AppState {
    pub fn new(url: UrlState, notices: Vec<Msg>) -> Self {
        let data = dataset_for(&url);
        Self {
            url,
            data,
            data_version: 0,
            notices,
            help: false,
            tour_done: Vec::new(),
            worker: WorkerView::default(),
            draw_mode: false,
            diffusion: Shared::default(),
            flow: Shared::default(),
            gan: Shared::default(),
            vae: Shared::default(),
            upload: None,
            images: Shared::default(),
            compare: Shared::default(),
            lineup: Shared::default(),
            digit_gan: Shared::default(),
            digit_vae: Shared::default(),
            history: Vec::new(),
            diverged: Vec::new(),
            unreadable: false,
            browser_lang: Lang::En,
        }
    }

    /// What the samples are scored against: a fresh draw of the same distribution (another
    /// seed), its modes and their true weights.
    pub fn reference(&self) -> Reference {
        let spec = &self.url.dataset;
        match spec.kind {
            DatasetKind::Custom => Reference { points: self.data.points.clone(), ..Reference::default() },
            kind => {
                let fresh = toy2d::generate(&toy2d::DatasetSpec { n: 2000, ..spec.clone() }, self.url.seed.wrapping_add(1000));
                let (weights, radius) = match kind {
                    DatasetKind::TwoClusters => (vec![spec.weight, 1.0 - spec.weight], 3.0 * spec.spread),
                    DatasetKind::EightGaussians => (vec![0.125; 8], 3.0 * 0.3 * spec.spread),
                    _ => (Vec::new(), 0.0),
                };
                Reference { points: fresh.points, centres: fresh.centres, weights, radius }
            }
        }
    }

    /// The language the page is shown in.
    pub fn lang(&self) -> Lang {
        self.url.lang.unwrap_or(self.browser_lang)
    }

    /// A family's training history, if it has one yet.
    pub fn history_of(&self, family: FamilyId) -> Option<&HistoryView> {
        self.history.iter().find(|h| h.family == family)
    }

    /// True when the family's model was trained with settings other than the ones on screen
    /// (a setting moved after training keeps the model until the user retrains it).
    pub fn stale(&self, family: FamilyId) -> bool {
        fn differs<T: PartialEq>(step: u64, trained: &Option<T>, shown: &T) -> bool {
            step > 0 && trained.as_ref().is_some_and(|c| c != shown)
        }
        match family {
            FamilyId::Diffusion => differs(self.diffusion.step, &self.diffusion.config, &self.url.diffusion),
            FamilyId::Flow => differs(self.flow.step, &self.flow.config, &self.url.flow),
            _ => false,
        }
    }
}

fn dataset_for(url: &UrlState) -> Dataset {
    match url.dataset.kind {
        DatasetKind::Custom => Dataset::custom(url.custom.clone()),
        _ => toy2d::generate(&url.dataset, url.seed),
    }
}

/// Everything that can happen.
pub enum Action {
    SetPage(Page),
    SetKind(DatasetKind),
    SetN(usize),
    SetSeparation(f32),
    SetSpread(f32),
    SetWeight(f32),
    SetSeed(u64),
    SetDevice(DeviceChoice),
    SetTrain(DiffusionConfig),
    SetSampler(SamplerSettings),
    SetEqual(crate::compare::protocol::Equal),
    /// The lineup page's class (`None`: 0–9 in turn).
    SetLineupPick(Option<usize>),
    /// The latent spread ψ the lineup's GAN and VAE draw with.
    SetLineupPsi(f64),
    /// G's learning rate over D's for the digit GAN trained in the page.
    SetDigitGanRatio(f64),
    /// Train was pressed for the digit GAN: its buttons wait for the first answer.
    DigitGanAsked,
    /// The KL weight β of the 2-D digit VAE trained in the page.
    SetDigitVaeBeta(f64),
    /// Train was pressed for the digit VAE: its buttons wait for the first answer.
    DigitVaeAsked,
    SetLang(Lang),
    /// Open tour chapter N (1-based; it sets up its page and settings), or close the tour.
    SetTour(Option<usize>),
    /// Lecture mode on or off.
    SetLecture(bool),
    /// The list of keys shown or hidden.
    SetHelp(bool),
    /// Apply a compare preset by id.
    ComparePreset(&'static str),
    SetFlow(FlowConfig),
    SetFlowSampler(FlowSamplerSettings),
    SetGan(GanUrl),
    /// Apply a GAN preset (data and runs) by id.
    GanPreset(&'static str),
    SetVae(VaeUrl),
    SetImages(crate::families::images::url::ImagesUrl),
    SetUpload(Option<Vec<f32>>),
    /// An image job was sent to the worker.
    ImageAsked(crate::families::images::state::ImageTask),
    /// The image task in progress was cancelled.
    ImageCancelled,
    /// Apply a VAE preset by id.
    VaePreset(&'static str),
    ToggleDraw,
    AddPoint([f32; 2]),
    ClearPoints,
    Import(Vec<[f32; 2]>),
    Notice(Msg),
    DismissNotice(usize),
    Worker(Update),
    /// A worker message that could not be decoded, and why.
    Unreadable(String),
    /// The user pressed Restore on a divergence (the component sends the command).
    Restored(FamilyId),
    RestartWorker,
}

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
            Action::SetTrain(c) => s.url.diffusion = c,
            Action::SetSampler(c) => s.url.sampler = c,
            Action::SetFlow(c) => s.url.flow = c,
            Action::SetEqual(e) => s.url.equal = e,
            Action::SetLineupPick(pick) => s.url.lineup.pick = pick,
            Action::SetLineupPsi(psi) => s.url.lineup.psi = crate::lineup::url::PSI.from_slider(psi),
            Action::SetDigitGanRatio(r) => s.url.digit_gan.ratio = crate::families::digit_gan::url::RATIO.from_slider(r),
            Action::DigitGanAsked => s.digit_gan.to_mut().ask(),
            Action::SetDigitVaeBeta(b) => s.url.digit_vae.beta = crate::families::digit_vae::url::BETA.from_slider(b),
            Action::DigitVaeAsked => s.digit_vae.to_mut().ask(),
            Action::SetLang(l) => s.url.lang = Some(l),
            Action::SetTour(n) => {
                s.url.tour = n.filter(|n| crate::tour::chapters::chapter(*n).is_some());
                if let Some(ch) = s.url.tour.and_then(crate::tour::chapters::chapter) {
                    let before = (s.url.dataset.clone(), s.url.custom.clone());
                    s.url.page = ch.page;
                    let notices = s.url.apply_query(ch.setup);
                    s.notices.extend(notices);
                    data_changed = (s.url.dataset.clone(), s.url.custom.clone()) != before;
                }
            }
            Action::SetLecture(on) => s.url.lecture = on,
            Action::SetHelp(on) => s.help = on,
            Action::SetFlowSampler(c) => s.url.flow_sampler = c,
            Action::SetGan(g) => s.url.gan = g,
            Action::SetVae(v) => s.url.vae = v,
            Action::SetImages(i) => s.url.images = i,
            Action::ImageAsked(t) => s.images.to_mut().ask(t),
            Action::ImageCancelled => {
                let images = s.images.to_mut();
                (images.progress, images.asked) = (None, None);
            }
            Action::SetUpload(u) => s.upload = u,
            Action::VaePreset(id) => {
                s.url.apply_preset(id);
            }
            Action::GanPreset(id) | Action::ComparePreset(id) => {
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
            Action::Worker(u) => s.apply_update(u),
            Action::Unreadable(e) => {
                if !std::mem::replace(&mut s.unreadable, true) {
                    s.notices.push(Msg::new("notice-unreadable").arg("error", e));
                }
            }
            Action::Restored(family) => s.diverged.retain(|d| d.family != family),
            Action::RestartWorker => {
                let generation = s.worker.generation + 1;
                s.worker = WorkerView { generation, ..WorkerView::default() };
                (s.unreadable, s.diverged) = (false, Vec::new());
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
        let seen = crate::tour::seen::Seen {
            url: &s.url,
            data: &s.data,
            diffusion: &s.diffusion,
            flow: &s.flow,
            gan: &s.gan,
            vae: &s.vae,
            images: &s.images,
            compare: &s.compare,
            lineup: &s.lineup,
        };
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

/// Every family's page state in [`AppState`], one line each — the page's twin of the worker's
/// list (`worker/families.rs::all`). Each family implements [`FamilyView`] in its own
/// `state.rs`; the reducer's loops below follow from this list, and a `FamilyId` missing from
/// it does not compile.
macro_rules! families {
    ($($field:ident: $id:ident),* $(,)?) => {
        impl AppState {
            /// Folds a family's own update into its page state; any other update goes to
            /// [`other_update`]. A family back at the seed's start (Reset, Restore from
            /// nothing kept) is no longer diverged.
            fn apply_update(&mut self, u: Update) {
                match u {
                    $(Update::$id(u) => {
                        if self.$field.to_mut().fold(u, &mut self.notices) {
                            self.diverged.retain(|d| d.family != FamilyId::$id);
                        }
                    })*
                    other => other_update(self, other),
                }
            }

            /// Training goes on from older steps: the family's curves are cut back.
            fn rewind(&mut self, family: FamilyId, steps: &[u64]) {
                match family {
                    $(FamilyId::$id => self.$field.to_mut().rewind_to(steps),)*
                }
            }

            /// The worker paused the family (a divergence).
            fn stop(&mut self, family: FamilyId) {
                match family {
                    $(FamilyId::$id => self.$field.to_mut().stop(),)*
                }
            }

            /// The worker crashed: no family runs, loads or waits any more.
            fn crash_all(&mut self) {
                $(self.$field.to_mut().crashed();)*
            }

            /// New 2-D data: what the families trained on it drew is gone.
            fn data_changed_all(&mut self) {
                $(if on_points(&self.$field) {
                    self.$field.to_mut().data_changed();
                })*
            }

            /// A new worker holds none of the old one's models: what the page shows of the
            /// families trained on the 2-D data starts again (at step 0, so their settings go
            /// to the new worker as they are on screen).
            fn forget_trained(&mut self) {
                $(if on_points(&self.$field) {
                    self.$field = Shared::default();
                })*
            }

            /// Each family trained on the 2-D data, with the most steps any of its runs has.
            pub fn trained_on_points(&self) -> Vec<(FamilyId, u64)> {
                let mut out = Vec::new();
                $(if on_points(&self.$field) {
                    out.push((FamilyId::$id, self.$field.trained()));
                })*
                out
            }
        }
    };
}

fn on_points<T: FamilyView>(_: &Shared<T>) -> bool {
    T::ON_POINTS
}

families! {
    diffusion: Diffusion,
    flow: Flow,
    gan: Gan,
    vae: Vae,
    images: Images,
    digit_gan: DigitGan,
    digit_vae: DigitVae,
}

/// The updates that are not a family's own: the compare page's, the lineup's, the worker's.
fn other_update(s: &mut AppState, u: Update) {
    match u {
        Update::Compare(u) => s.compare.to_mut().update(u),
        Update::Lineup(u) => s.lineup.to_mut().update(u, &mut s.notices),
        other => apply_worker(s, other),
    }
}

/// The worker's own updates: ready, status, device, divergence, errors.
fn apply_worker(s: &mut AppState, u: Update) {
    let w = &mut s.worker;
    match u {
        Update::Ready => (w.ready, w.status) = (true, Some(Msg::new("status-ready"))),
        Update::Status { message } => w.status = Some(message),
        Update::Device { backend, probe, notice, kept } => {
            w.backend = Some(backend);
            // A lineup drawn on the old device stops with it; the page loads the models again.
            s.lineup.to_mut().progress = None;
            if !probe.is_empty() {
                w.probe = probe;
            }
            w.status = Some(Msg::new("status-training-on").arg("device", backend.label()));
            if !kept {
                s.diffusion.to_mut().losses.clear();
            }
            if let Some(n) = notice {
                s.notices.push(n);
            }
        }
        Update::History { family, steps, times, viewing } => {
            s.history.retain(|h| h.family != family);
            s.history.push(HistoryView { family, steps, times, viewing });
        }
        Update::Rewind { family, steps } => s.rewind(family, &steps),
        Update::Diverged { family, message, restore_step } => {
            s.stop(family);
            s.diverged.retain(|d| d.family != family);
            s.diverged.push(Divergence { family, message, restore_step });
        }
        Update::Error { message, fatal } => {
            if fatal {
                if w.crashed.is_some() {
                    return; // the trap that follows a reported panic adds nothing
                }
                // Said once, by the banner on every page (not also as a notice); nothing runs
                // any more, on any page, until the worker is restarted.
                w.crashed = Some(message);
                s.crash_all();
                s.compare.to_mut().running = false;
                let lineup = s.lineup.to_mut();
                (lineup.progress, lineup.loading) = (None, None);
                return;
            }
            s.notices.push(message);
        }
        Update::Diffusion(_)
        | Update::Flow(_)
        | Update::Gan(_)
        | Update::Vae(_)
        | Update::Images(_)
        | Update::DigitGan(_)
        | Update::DigitVae(_)
        | Update::Compare(_)
        | Update::Lineup(_) => {}
    }
}
