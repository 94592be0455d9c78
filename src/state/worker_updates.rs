//! The worker's own updates as the reducer folds them in (ready, status, device, history,
//! rewind, divergence, errors), and the compare page's and the lineup's.

use crate::i18n::Msg;
use crate::state::app::{AppState, Divergence, HistoryView};
use crate::state::shared::Shared;
use crate::worker::protocol::Update;

/// The updates that are not a family's own: the compare page's, the lineup's, the worker's.
pub fn fold_other(s: &mut AppState, u: Update) {
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
            // A lineup drawn on the old device stops with it; the page loads the models again.
            // (The probe's figures for the device in use change nothing.)
            if w.backend != Some(backend) {
                s.lineup.to_mut().progress = None;
            }
            w.backend = Some(backend);
            if !probe.is_empty() {
                w.probe = probe;
            }
            w.status = Some(Msg::new("status-training-on").arg("device", backend.label()));
            if !kept {
                s.rebuilt_all();
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
        Update::Saved { meta, data, to } => {
            if to == crate::worker::protocol::SaveTo::File {
                s.save_pending = false;
            }
            s.saving = Some((to, Shared::new(crate::labfile::LabFile { meta, values: data })));
        }
        // "Opened …" says what "Opening …" promised: one notice for one file.
        Update::Opened { message } => {
            s.notices.retain(|n| !n.id.starts_with("lab-opening"));
            s.notices.push(message);
            // The worker reported every opened model before this: the curves go back on them.
            for c in std::mem::take(&mut s.opening_curves) {
                s.set_curves(&c);
            }
        }
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
        // The families', the compare page's and the lineup's own updates went to them.
        _ => {}
    }
}
