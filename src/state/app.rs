//! The one app state: plain data plus an `Action` enum (Yew's `function_todomvc` pattern).
//! Components dispatch actions; the reducer (`state/reduce.rs`) is the only code that changes
//! the state. Every family's page state and link settings are fields made from the family list
//! (`families/mod.rs`).

use crate::compare::state::ComparePageView;
use crate::data::toy2d::{self, Dataset, DatasetKind};
use crate::device::{Backend, DeviceChoice};
use crate::i18n::{Lang, Msg};
use crate::lineup::state::LineupPageView;
use crate::quality::Reference;
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

macro_rules! app_state {
    ($($field:ident: $id:ident $(($page:ident))?),* $(,)?) => {
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
            /// Lecture mode's stage: the open chapter's part, or the whole page.
            pub stage: crate::tour::stage::Stage,
            pub worker: WorkerView,
            pub draw_mode: bool,
            /// The user's picture for the image pages (28×28 ink values), if any.
            pub upload: Option<Vec<f32>>,
            /// The compare page: the clock and every family's measurements.
            pub compare: Shared<ComparePageView>,
            /// The lineup page: the image families drawing the same digit.
            pub lineup: Shared<LineupPageView>,
            /// Each family's training history, as the scrubbers show it.
            pub history: Vec<HistoryView>,
            /// Families whose numbers became NaN or infinite, each with its one message; cleared by
            /// Restore or Reset.
            pub diverged: Vec<Divergence>,
            /// A worker message could not be read: said once, not once per message.
            pub unreadable: bool,
            /// The browser's language, used when the link names none.
            pub browser_lang: Lang,
            /// Save was pressed and the worker has not answered yet.
            pub save_pending: bool,
            /// What the worker handed over to save, and where it goes, until the page has
            /// written it.
            #[serde(skip)]
            pub saving: Option<(crate::worker::protocol::SaveTo, Shared<crate::labfile::LabFile>)>,
            /// The lab this browser kept on an earlier visit, offered back until it is restored
            /// or forgotten (`state/kept.rs`).
            pub kept_offer: Option<crate::state::kept::KeptOffer>,
            /// The curves of the lab being opened, put back when the worker says it opened it.
            #[serde(skip)]
            pub opening_curves: Vec<crate::labfile::SavedCurves>,
            /// The browser's store has been read (or could not be).
            pub kept_checked: bool,
            /// When the page last kept the lab in this browser, and the steps it held then (every
            /// family's together).
            pub kept: Option<(String, u64)>,
            $(
                #[doc = concat!("The ", stringify!($field), " family's page state (its `state.rs`).")]
                pub $field: Shared<crate::families::$field::View>,
            )*
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
                    stage: Default::default(),
                    worker: WorkerView::default(),
                    draw_mode: false,
                    upload: None,
                    compare: Shared::default(),
                    lineup: Shared::default(),
                    history: Vec::new(),
                    diverged: Vec::new(),
                    unreadable: false,
                    browser_lang: Lang::En,
                    save_pending: false,
                    saving: None,
                    kept_offer: None,
                    opening_curves: Vec::new(),
                    kept_checked: false,
                    kept: None,
                    $($field: Shared::default(),)*
                }
            }
        }

    };
}
crate::families::with_families!(app_state);

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
    /// What the samples are scored against: a fresh draw of the same distribution (another
    /// seed), its modes and their true weights.
    pub fn reference(&self) -> Reference {
        let spec = &self.url.dataset;
        match spec.kind {
            DatasetKind::Custom => Reference { points: self.data.points.clone(), ..Reference::default() },
            _ => {
                let fresh = toy2d::generate(&toy2d::DatasetSpec { n: 2000, ..spec.clone() }, self.url.seed.wrapping_add(1000));
                let (weights, radius) = self.mode_weights();
                Reference { points: fresh.points, centres: fresh.centres, weights, radius }
            }
        }
    }

    /// The true weights of the data's modes and the radius around each that counts as "on" it
    /// (none for data without named modes): the part of [`Self::reference`] that needs no draw,
    /// for a page that renders it on every report.
    pub fn mode_weights(&self) -> (Vec<f32>, f32) {
        let spec = &self.url.dataset;
        match spec.kind {
            DatasetKind::TwoClusters => (vec![spec.weight, 1.0 - spec.weight], 3.0 * spec.spread),
            DatasetKind::EightGaussians => (vec![0.125; 8], 3.0 * 0.3 * spec.spread),
            _ => (Vec::new(), 0.0),
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
}

pub(crate) fn dataset_for(url: &UrlState) -> Dataset {
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
    SetEqual(crate::compare::protocol::Equal),
    /// The lineup page's class (`None`: 0–9 in turn).
    SetLineupPick(Option<usize>),
    /// The latent spread ψ the lineup's GAN and VAE draw with.
    SetLineupPsi(f64),
    SetLang(Lang),
    /// Open tour chapter N (1-based; it sets up its page and settings), or close the tour.
    SetTour(Option<usize>),
    /// Next (true) or previous: the stage's next part, else the next chapter (`tour/stage.rs`).
    TourStep(bool),
    /// Lecture mode shows the whole page (true) or the stage.
    SetWholePage(bool),
    /// The screen is compact (≤ 820 px tall: a chapter is three parts on the stage) or not.
    SetCompactStage(bool),
    /// Lecture mode on or off.
    SetLecture(bool),
    /// The list of keys shown or hidden.
    SetHelp(bool),
    /// Apply a preset by id: a family's (its page, settings and data) or the compare page's.
    Preset(&'static str),
    /// One family's own action (its `state.rs`'s `Act`; `From` wraps it).
    Family(FamilyAct),
    SetUpload(Option<Vec<f32>>),
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
    /// Save was pressed (the component sends the command).
    SaveLab,
    /// The file was written (or could not be): what to say.
    LabSaved(Msg),
    /// A lab file that reads: its link and points (the component sends its bytes to the worker).
    OpenLab(Box<crate::labfile::LabMeta>),
    /// The browser's store was read: the lab it kept, if any (or a notice why it could not be).
    KeptOffer(Option<crate::state::kept::KeptOffer>),
    /// The lab was kept in this browser at the time given (the page's words), holding that
    /// many steps in all; `None`: it could not be.
    LabKept {
        kept: Option<(String, u64)>,
    },
}

macro_rules! family_acts {
    ($($field:ident: $id:ident $(($page:ident))?),* $(,)?) => {
        /// One family's own action, as its page sends it.
        pub enum FamilyAct {
            $($id(crate::families::$field::Act),)*
        }

        $(impl From<crate::families::$field::Act> for Action {
            fn from(a: crate::families::$field::Act) -> Self {
                Action::Family(FamilyAct::$id(a))
            }
        })*
    };
}
crate::families::with_families!(family_acts);
