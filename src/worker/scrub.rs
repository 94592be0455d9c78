//! The training-history scrubber in the worker, for any family: a copy from the past in the
//! model's place (training pauses, the live model waits aside), back to the live model, or on
//! from the copy. After a move the family reports as usual — its step, its view, its measured
//! quality — so its page shows the model as it was at that moment.

use crate::worker::home::W;
use crate::worker::lab_io;
use crate::worker::protocol::HistoryAction;
use crate::worker::run::{Family, chunk, post_history, resume_here};

/// Moves the family through its history and reports the model now in its place.
pub async fn scrub<F: Family>(action: HistoryAction) {
    let moved = W.with_borrow_mut(|w| {
        if F::slot(w).ctl.busy && action != HistoryAction::Resume {
            return false; // a chunk in flight: the page asks again on its next move
        }
        // A copy opened from a file and not yet viewed is built now, as Open builds the model.
        let fresh = match action {
            HistoryAction::Show { index } if F::slot(w).history.snaps.get(index).is_some_and(|s| s.lab.is_none()) => {
                let settings = F::slot(w).settings.clone();
                F::build(w, &settings)
            }
            _ => None,
        };
        let here = lab_io::carried_here(w);
        let slot = F::slot(w);
        slot.ctl.running = false;
        match action {
            HistoryAction::Show { index } => {
                let Some(current) = slot.lab.take() else { return false };
                match slot.history.view(index, current, F::snapshot, |written| lab_io::built(fresh?, written, here)) {
                    Ok(copy) => slot.lab = Some(copy),
                    Err(current) => {
                        slot.lab = Some(current);
                        return false;
                    }
                }
            }
            HistoryAction::Live => match slot.history.live() {
                Some(live) => slot.lab = Some(live),
                None => return false,
            },
            HistoryAction::Resume => return true,
        }
        // A readback in flight belongs to the model that was in this place.
        slot.ctl.generation += 1;
        slot.ctl.busy = false;
        true
    });
    if !moved {
        return;
    }
    if action == HistoryAction::Resume {
        return resume_here::<F>();
    }
    post_history::<F>();
    chunk::<F>(0).await;
    if !F::SCORES_VIEW {
        F::measure().await;
    }
}
