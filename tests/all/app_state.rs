//! The page's reducer when the worker dies (issue 16, crash recovery): said once, everything
//! stops, and a restart brings a fresh worker with the data and settings kept.

use genlab::families::images;
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
    s.diffusion.to_mut().running = true;
    s.flow.to_mut().running = true;
    s.gan.to_mut().running = true;
    s.vae.to_mut().running = true;
    s.compare.to_mut().running = true;
    s.images.to_mut().train = Some(ImageTrainView { running: true, ..ImageTrainView::default() });
    (s.diffusion.to_mut().step, s.flow.to_mut().step) = (500, 300);
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
    // The new worker has none of the old models: the 2-D families start again at step 0 (so
    // their settings on screen go to it), the image trainer's view stays.
    assert_eq!((s.diffusion.step, s.flow.step, s.gan.runs.len(), s.vae.runs.len()), (0, 0, 0, 0));
    assert!(s.images.train.is_some());
    assert_eq!((s.url, s.data), (url, data));
}

/// Every family running at once, as the reducer sees it.
fn all_running() -> AppState {
    use genlab::families::digit_gan::state::DigitGanTrainView;
    use genlab::families::digit_vae::state::DigitVaeTrainView;
    use genlab::families::gan::state::GanRunView;
    let mut s = AppState::new(UrlState::parse("page=gan&seed=9").0, Vec::new());
    s.diffusion.to_mut().running = true;
    s.flow.to_mut().running = true;
    s.gan.to_mut().running = true;
    s.vae.to_mut().running = true;
    s.images.to_mut().train = Some(ImageTrainView { running: true, ..ImageTrainView::default() });
    s.digit_gan.to_mut().train = Some(DigitGanTrainView { running: true, ..DigitGanTrainView::default() });
    s.digit_vae.to_mut().train = Some(DigitVaeTrainView { running: true, ..DigitVaeTrainView::default() });
    (s.diffusion.to_mut().step, s.flow.to_mut().step) = (300, 0);
    s.gan.to_mut().runs = vec![GanRunView { step: 40, ..GanRunView::default() }, GanRunView { step: 70, ..GanRunView::default() }];
    s
}

fn running(s: &AppState) -> [bool; 7] {
    [
        s.diffusion.running,
        s.flow.running,
        s.gan.running,
        s.vae.running,
        s.images.train.as_ref().is_some_and(|t| t.running),
        s.digit_gan.train.as_ref().is_some_and(|t| t.running),
        s.digit_vae.train.as_ref().is_some_and(|t| t.running),
    ]
}

/// The page's one family list (`state/app.rs::families!`): a divergence stops that family and
/// no other, whichever it is; a crash stops all seven; new data names the trained 2-D
/// families it drops, each with its most steps, and no image family.
#[test]
fn the_family_list_stops_the_diverged_family_alone_and_names_what_new_data_drops() {
    use genlab::families::FamilyId;
    for (k, family) in FamilyId::ALL.iter().copied().enumerate() {
        let s = all_running().apply(Action::Worker(Update::Diverged { family, message: Msg::new("x"), restore_step: 0 }));
        let mut want = [true; 7];
        want[k] = false;
        assert_eq!(running(&s), want, "{family:?}");
        assert_eq!(s.diverged.iter().map(|d| d.family).collect::<Vec<_>>(), vec![family]);
    }
    assert_eq!(running(&all_running().apply(error("worker-crashed", true))), [false; 7]);
    let s = all_running();
    assert_eq!(s.trained_on_points(), vec![(FamilyId::Diffusion, 300), (FamilyId::Flow, 0), (FamilyId::Gan, 70), (FamilyId::Vae, 0)]);
    let s = s.apply(Action::SetSeed(10));
    let notice = s.notices.last().expect("a notice");
    assert_eq!(notice.id, "notice-retrained");
    let text = notice.text(genlab::i18n::Lang::En);
    assert!(text.contains("300") && text.contains("70") && !text.contains("flow"), "{text}");
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

    let s = s.apply(Action::from(images::Act::Asked(ImageTask::Chain))).apply(Action::from(images::Act::Asked(ImageTask::Score)));
    let s = s.apply(chain());
    assert!(s.images.busy() && s.images.chain.is_some(), "the scorecard asked for after the chain is still to come");
    let s = s.apply(scored());
    assert!(!s.images.busy() && s.images.scores.len() == 1);

    let s = s.apply(Action::from(images::Act::Asked(ImageTask::Score))).apply(images(ImageUpdate::Stopped));
    assert!(!s.images.busy(), "a job the worker stopped frees the buttons");
    let s = s.apply(Action::from(images::Act::Asked(ImageTask::Chain))).apply(Action::from(images::Act::Cancelled));
    assert!(!s.images.busy(), "so does cancelling it");
    let s = s.apply(Action::from(images::Act::Asked(ImageTask::Chain))).apply(error("worker-crashed", true));
    assert!(!s.images.busy(), "and a crash");
}

/// A page state as after training the two 2-D ODE/SDE families: reverse chains of 2,000 points
/// over 100 frames (x_t and x̂_0, about 3 MB each), fields, samples and full loss curves.
fn trained_state() -> AppState {
    use genlab::families::diffusion::config::DiffusionConfig;
    use genlab::families::diffusion::protocol::DiffusionUpdate as D;
    use genlab::families::flow::chain::{FlowSampler, Solver};
    use genlab::families::flow::config::FlowConfig;
    use genlab::families::flow::protocol::FlowUpdate as F;
    use genlab::models::samplers::Sampler;
    let (n, frames) = (2000, 100);
    let chain = |k: usize| (0..2 * n * frames * 2).map(|i| (i % 97) as f32 * 0.01 + k as f32).collect::<Vec<f32>>();
    let points = |k: usize| (0..2 * n).map(|i| (i % 89) as f32 * 0.01 + k as f32).collect::<Vec<f32>>();
    let mut s = AppState::new(UrlState::parse("page=diffusion&seed=3").0, Vec::new());
    for step in 1..=40u64 {
        let losses = vec![0.5; 100];
        s = s.apply(Action::Worker(Update::Diffusion(D::Progress {
            step: step * 100,
            losses: losses.clone(),
            steps_per_sec: 1000.0,
            running: true,
            config: DiffusionConfig::default(),
        })));
        s = s.apply(Action::Worker(Update::Flow(F::Progress {
            step: step * 100,
            losses,
            steps_per_sec: 900.0,
            running: true,
            config: FlowConfig::default(),
        })));
    }
    let ts: Vec<usize> = (0..frames).rev().collect();
    s = s.apply(Action::Worker(Update::Diffusion(D::Chain {
        n,
        ts,
        sampler: Sampler::Ddpm,
        step: 4000,
        ms: 90.0,
        straightness: 1.5,
        data: chain(1),
    })));
    s = s.apply(Action::Worker(Update::Diffusion(D::Field { t: 50, points: points(2), eps: points(3), alpha_bar: 0.5 })));
    s = s.apply(Action::Worker(Update::Diffusion(D::Samples { points: points(4), step: 4000 })));
    let times: Vec<f32> = (0..frames).map(|f| f as f32 / frames as f32).collect();
    let sampler = FlowSampler { solver: Solver::Euler, steps: frames };
    s = s.apply(Action::Worker(Update::Flow(F::Chain { n, times, sampler, step: 4000, ms: 80.0, straightness: 1.1, data: chain(5) })));
    s.apply(Action::Worker(Update::Flow(F::Field { t: 0.5, points: points(6), v: points(7) })))
}

#[test]
fn a_progress_update_copies_kilobytes_not_the_chains() {
    use genlab::families::diffusion::config::DiffusionConfig;
    use genlab::families::diffusion::protocol::DiffusionUpdate as D;
    let s = trained_state();
    let chain_bytes = 2 * 2000 * 100 * std::mem::size_of::<[f32; 2]>();
    assert!(s.diffusion.chain.as_ref().is_some_and(|c| c.xt.len() * 8 * 2 == chain_bytes) && s.flow.chain.is_some());
    // What the page's reducer does on every worker message (`Reducible::reduce`): copy the
    // state it holds, then fold the message in, while the old state is still shown.
    let progress = Action::Worker(Update::Diffusion(D::Progress {
        step: 4100,
        losses: vec![0.4; 100],
        steps_per_sec: 1000.0,
        running: true,
        config: DiffusionConfig::default(),
    }));
    let before = genlab::heap::thread_allocated();
    let next = s.clone().apply(progress);
    let copied = genlab::heap::thread_allocated() - before;
    assert_eq!(next.diffusion.step, 4100);
    assert!(next.diffusion.chain == s.diffusion.chain && next.flow.chain == s.flow.chain, "the chains are kept");
    // Measured 2026-12-07: 82,480 bytes (the diffusion page state without its chain: the loss
    // curve, the samples; and the state's own data set). The two chains alone are 6.4 MB, and
    // every action copied them before they were shared.
    assert!(copied < 96 * 1024, "one progress update copied {copied} bytes (a chain alone is {chain_bytes})");
    // And an action that changes no family (a slider) copies no family at all.
    let before = genlab::heap::thread_allocated();
    let next = s.clone().apply(Action::SetHelp(true));
    let copied = genlab::heap::thread_allocated() - before;
    assert!(next.help);
    // Measured 2026-12-07: 10,016 bytes (the data set and the link's settings).
    assert!(copied < 16 * 1024, "a key press copied {copied} bytes");
}
