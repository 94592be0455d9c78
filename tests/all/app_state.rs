//! The page's reducer when the worker dies (issue 16, crash recovery): said once, everything
//! stops, and a restart brings a fresh worker with the data and settings kept.

use genlab::families::images::state::ImageTrainView;
use genlab::i18n::Msg;
use genlab::state::UrlState;
use genlab::state::app::{Action, AppState};
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
    let running =
        [s.diffusion.running, s.flow.running, s.gan.running, s.vae.running, s.compare.running, s.images.train.as_ref().unwrap().running];
    assert_eq!(running, [false; 6], "nothing may look as if it were still training");

    // What the trapped instance may still post changes nothing.
    let s = s.apply(Action::Worker(Update::Status { message: Msg::new("status-ready") }));
    assert!(s.worker.status.as_ref().is_none_or(|m| m.id != "status-ready"));

    let s = s.apply(Action::RestartWorker);
    assert!(s.worker.crashed.is_none() && s.worker.backend.is_none());
    assert_eq!(s.worker.generation, generation + 1, "a new worker is started");
    assert_eq!((s.url, s.data), (url, data));
}

/// One image job at a time: the newest job asked for is what every panel waits on. A chain
/// that finishes after a scorecard was asked for does not free the buttons (the scorecard
/// still runs); the scorecard does; a job the worker stops (or a crash) frees them too.
#[test]
fn the_image_page_waits_for_the_newest_job_it_asked_for() {
    use genlab::families::images::protocol::ImageUpdate;
    use genlab::families::images::state::ImageTask;
    use genlab::judge::scores::ImageScores;
    use genlab::models::samplers::Sampler;
    let images = |u: ImageUpdate| Action::Worker(Update::Images(u));
    let chain = || {
        images(ImageUpdate::Chain {
            n: 1,
            steps: 1,
            ts: vec![1, 0],
            classes: vec![Some(3)],
            guidance: 1.0,
            sampler: Sampler::Ddpm,
            ms: 1.0,
            predicted: vec![(3, 0.9)],
            model: Msg::new("img-model-shipped"),
            data: vec![0.0; 4 * 784],
        })
    };
    let sc = ImageScores { n: 1, is: 1.0, fd: 0.0, hist: vec![0; 10], share: None };
    let scored = || {
        images(ImageUpdate::Scored {
            classes: Msg::new("img-classes-each"),
            guidance: 1.0,
            sampler: Sampler::Ddpm,
            ms: 2.0,
            model: Msg::new("img-model-shipped"),
            samples: sc.clone(),
            real: sc.clone(),
            noise: sc.clone(),
        })
    };
    let s = AppState::new(UrlState::parse("page=images").0, Vec::new());
    assert!(!s.images.busy());

    let s = s.apply(Action::ImageAsked(ImageTask::Chain)).apply(Action::ImageAsked(ImageTask::Score));
    let s = s.apply(chain());
    assert!(s.images.busy() && s.images.chain.is_some(), "the scorecard asked for after the chain is still to come");
    let s = s.apply(scored());
    assert!(!s.images.busy() && s.images.scores.len() == 1);

    let s = s.apply(Action::ImageAsked(ImageTask::Score)).apply(images(ImageUpdate::Stopped));
    assert!(!s.images.busy(), "a job the worker stopped frees the buttons");
    let s = s.apply(Action::ImageAsked(ImageTask::Chain)).apply(Action::ImageCancelled);
    assert!(!s.images.busy(), "so does cancelling it");
    let s = s.apply(Action::ImageAsked(ImageTask::Chain)).apply(error("worker-crashed", true));
    assert!(!s.images.busy(), "and a crash");
}
