//! Save and Open on the page's side (pure, so the native tests drive it). Saving: the worker
//! hands over what it holds ([`AppState::saving`]); the page adds its link and drawn points
//! (`ui/lab_bar.rs` writes the file). Opening a file that reads: the page takes its link, as a
//! link opened afresh would, keeps the language and lecture mode it is in, and forgets what it
//! showed of every family: the worker reports each opened family from the step it was saved at.

use crate::data::toy2d::DatasetKind;
use crate::i18n::Msg;
use crate::labfile::{LabFile, LabMeta};
use crate::state::app::{AppState, dataset_for};
use crate::state::url::UrlState;

impl AppState {
    /// The file to write for what the worker handed over: `saving` with the page's link, its
    /// drawn points and the time (`saved_at`, as the page words it).
    pub fn lab_file(&self, saved_at: String) -> Option<LabFile> {
        let mut file = (*self.saving.as_ref()?.1).clone();
        file.meta.link = self.url.to_query();
        file.meta.saved_at = saved_at;
        file.meta.curves = self.curves_all();
        if self.url.dataset.kind == DatasetKind::Custom {
            file.meta.custom = self.url.custom.clone();
        }
        Some(file)
    }

    /// Takes a lab file's link and points; every family's page state starts again.
    pub(crate) fn open_lab(&mut self, meta: &LabMeta) {
        let (mut url, mut notices) = UrlState::parse(&meta.link);
        if !meta.custom.is_empty() {
            // A link holds only the first few hundred drawn points; the file holds them all.
            (url.dataset.kind, url.custom) = (DatasetKind::Custom, meta.custom.clone());
            notices.retain(|n| n.id != "url-no-points");
        }
        (url.lang, url.lecture) = (self.url.lang, self.url.lecture);
        if url.tour.is_some() {
            url.tour = self.url.tour;
        }
        self.url = url;
        self.notices.extend(notices);
        self.data = dataset_for(&self.url);
        self.data_version += 1;
        self.diverged.clear();
        self.history.clear();
        self.forget_all();
        self.opening_curves = meta.curves.clone();
        self.compare.to_mut().data_changed();
        let who: Vec<Msg> = meta.families.iter().map(|f| f.family.name()).collect();
        self.notices.push(match who.is_empty() {
            true => Msg::new("lab-opening-none"),
            false => Msg::new("lab-opening").list("what", &who, ", "),
        });
    }
}
