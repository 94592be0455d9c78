//! The reducer's loops over the family list (`families/mod.rs`): what it does to every
//! family's page state alike — fold in its update, apply its page's action, rewind, stop,
//! crash, new data, forget on a new worker, say whether it is stale — through the page-side
//! contract (`state/family.rs`) each family implements in its own `state.rs`.

use crate::state::app::{AppState, FamilyAct};
use crate::state::family::FamilyView;
use crate::state::shared::Shared;
use crate::worker::lab::FamilyId;
use crate::worker::protocol::Update;

/// A `FamilyId` missing from the list does not compile.
macro_rules! family_loops {
    ($($field:ident: $id:ident $(($page:ident))?),* $(,)?) => {
        impl AppState {
            /// Applies a family's own action to its settings and page state.
            pub(crate) fn act(&mut self, a: FamilyAct) {
                match a {
                    $(FamilyAct::$id(a) => FamilyView::act(&mut self.$field, &mut self.url.$field, a),)*
                }
            }

            /// True when the family's model was trained with settings other than the ones on
            /// screen (a setting moved after training keeps the model until the user
            /// retrains it).
            pub fn stale(&self, family: FamilyId) -> bool {
                match family {
                    $(FamilyId::$id => self.$field.stale(&self.url.$field),)*
                }
            }

            /// Folds a family's own update into its page state; any other update is handed
            /// back. A family back at the seed's start (Reset, Restore from
            /// nothing kept) is no longer diverged.
            pub(crate) fn fold_family(&mut self, u: Update) -> Option<Update> {
                match u {
                    $(Update::$id(u) => {
                        if self.$field.to_mut().fold(u, &mut self.notices) {
                            self.diverged.retain(|d| d.family != FamilyId::$id);
                        }
                    })*
                    other => return Some(other),
                }
                None
            }

            /// Training goes on from older steps: the family's curves are cut back.
            pub(crate) fn rewind(&mut self, family: FamilyId, steps: &[u64]) {
                match family {
                    $(FamilyId::$id => self.$field.to_mut().rewind_to(steps),)*
                }
            }

            /// The worker paused the family (a divergence).
            pub(crate) fn stop(&mut self, family: FamilyId) {
                match family {
                    $(FamilyId::$id => self.$field.to_mut().stop(),)*
                }
            }

            /// The models were built again from the seed on a new device.
            pub(crate) fn rebuilt_all(&mut self) {
                $(self.$field.to_mut().rebuilt();)*
            }

            /// The worker crashed: no family runs, loads or waits any more.
            pub(crate) fn crash_all(&mut self) {
                $(self.$field.to_mut().crashed();)*
            }

            /// New 2-D data: what the families trained on it drew is gone.
            pub(crate) fn data_changed_all(&mut self) {
                $(if on_points(&self.$field) {
                    self.$field.to_mut().data_changed();
                })*
            }

            /// A new worker holds none of the old one's models: what the page shows of the
            /// families trained on the 2-D data starts again (at step 0, so their settings go
            /// to the new worker as they are on screen).
            pub(crate) fn forget_trained(&mut self) {
                $(if on_points(&self.$field) {
                    self.$field = Shared::default();
                })*
            }

            /// A lab file was opened: what the page showed of every family starts again (the
            /// worker reports the ones it opened).
            pub(crate) fn forget_all(&mut self) {
                $(self.$field = Shared::default();)*
            }

            /// Every trained family's loss curves, for a saved lab (only finite values: a
            /// file holds numbers).
            pub fn curves_all(&self) -> Vec<crate::labfile::SavedCurves> {
                let mut out = Vec::new();
                $(if self.$field.trained() > 0 {
                    let curves: Vec<Vec<f32>> =
                        self.$field.curves().into_iter().map(|c| c.into_iter().filter(|v| v.is_finite()).collect()).collect();
                    if !curves.is_empty() {
                        out.push(crate::labfile::SavedCurves { family: FamilyId::$id, curves });
                    }
                })*
                out
            }

            /// An opened lab's curves back in place, once its models have reported.
            pub(crate) fn set_curves(&mut self, saved: &crate::labfile::SavedCurves) {
                $(if saved.family == FamilyId::$id {
                    self.$field.to_mut().set_curves(&saved.curves);
                })*
            }

            /// Every family's trained steps together: what the page keeps in the browser changes
            /// when this does.
            pub fn trained_all(&self) -> u64 {
                0 $(+ self.$field.trained())*
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

crate::families::with_families!(family_loops);
