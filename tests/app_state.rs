//! The page's reducer when the worker dies (issue 16, crash recovery): said once, everything
//! stops, and a restart brings a fresh worker with the data and settings kept.

use genlab::families::images::state::ImageTrainView;
use genlab::i18n::Msg;
use genlab::state::app::{Action, AppState};
use genlab::state::UrlState;
use genlab::worker::protocol::Update;

fn error(id: &str, fatal: bool) -> Action {
    Action::Worker(Update::Error { message: Msg::new(id), fatal })
}

#[test]
fn a_crash_is_said_once_stops_every_family_and_a_restart_keeps_data_and_settings() {
    let (url, _) = UrlState::parse("page=gan&data=eight_gaussians&seed=9&loss=minimax");
    let mut s = AppState::new(url, Vec::new());
    (s.diffusion.running, s.flow.running, s.gan.running, s.vae.running, s.compare.running) = (true, true, true, true, true);
    s.images.train = Some(ImageTrainView { running: true, ..ImageTrainView::default() });
    let (url, data, generation) = (s.url.clone(), s.data.clone(), s.worker.generation);

    // A warning is a notice and stops nothing.
    let s = s.apply(error("worker-error", false));
    assert_eq!(s.notices.len(), 1);
    assert!(s.gan.running && s.worker.crashed.is_none());

    // The panic, then the trap that follows it: one report, in the banner only.
    let s = s.apply(error("worker-crashed", true)).apply(error("worker-trap", true));
    assert_eq!(s.worker.crashed.as_ref().map(|m| m.id.as_str()), Some("worker-crashed"));
    assert_eq!(s.notices.len(), 1, "the crash is not also a notice");
    let running = [s.diffusion.running, s.flow.running, s.gan.running, s.vae.running, s.compare.running, s.images.train.as_ref().unwrap().running];
    assert_eq!(running, [false; 6], "nothing may look as if it were still training");

    // What the trapped instance may still post changes nothing.
    let s = s.apply(Action::Worker(Update::Status { message: Msg::new("status-ready") }));
    assert!(s.worker.status.as_ref().is_none_or(|m| m.id != "status-ready"));

    let s = s.apply(Action::RestartWorker);
    assert!(s.worker.crashed.is_none() && s.worker.backend.is_none());
    assert_eq!(s.worker.generation, generation + 1, "a new worker is started");
    assert_eq!((s.url, s.data), (url, data));
}
