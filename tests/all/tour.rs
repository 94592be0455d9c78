//! The guided tour: every chapter's words exist in both languages, its link settings parse with
//! no notice and open its page, its maths is one well-formed MathML element, and its tasks are
//! not done when it opens but are done once the state shows what the task asks for.

use genlab::compare::state::ComparePageView;
use genlab::data::toy2d::{self, Dataset};
use genlab::families::diffusion::state::DiffusionPageView;
use genlab::families::flow::{config::FlowConfig, coupling::Coupling, state::FlowPageView};
use genlab::families::gan::{
    loss::GanLoss,
    runs::GanMeter,
    state::{GanPageView, GanRunView, MeterPoint},
};
use genlab::families::images::state::ImagePageView;
use genlab::families::vae::state::{Decoded, VaePageView, VaeRunView};
use genlab::i18n::{Lang, ids, tr};
use genlab::lineup::state::LineupPageView;
use genlab::models::schedule::ScheduleKind;
use genlab::quality::Quality;
use genlab::state::UrlState;
use genlab::tour::{
    chapters::{CHAPTERS, chapter},
    maths::maths,
    tasks::{Seen, alpha_bar_t, done_in},
    tasks_more::truth,
};

/// Everything the tasks read, owned, so a test can change one part and look again.
#[derive(Default)]
struct World {
    url: UrlState,
    data: Dataset,
    diffusion: DiffusionPageView,
    flow: FlowPageView,
    gan: GanPageView,
    vae: VaePageView,
    images: ImagePageView,
    compare: ComparePageView,
    lineup: LineupPageView,
}

impl World {
    /// The state a chapter's link opens: its settings, their data, nothing trained.
    fn opened(setup: &str) -> Self {
        let (url, notices) = UrlState::parse(setup);
        assert!(notices.is_empty(), "{setup}: {notices:?}");
        let data = toy2d::generate(&url.dataset, url.seed);
        World { url, data, ..World::default() }
    }

    fn seen(&self) -> Seen<'_> {
        Seen {
            url: &self.url,
            data: &self.data,
            diffusion: &self.diffusion,
            flow: &self.flow,
            gan: &self.gan,
            vae: &self.vae,
            images: &self.images,
            compare: &self.compare,
            lineup: &self.lineup,
        }
    }

    fn done(&self, id: &str, k: usize) -> bool {
        done_in(id, k, &self.seen())
    }
}

fn setup_of(id: &str) -> &'static str {
    CHAPTERS.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no chapter {id}")).setup
}

#[test]
fn the_chapters_follow_the_issue_in_order() {
    let order: Vec<&str> = CHAPTERS.iter().map(|c| c.id).collect();
    let issue = [
        "data",
        "variety",
        "explicit",
        "metrics",
        "gan-game",
        "vanishing",
        "collapse",
        "ae-holes",
        "vae",
        "forward",
        "reverse",
        "flow",
        "compare",
        "digits",
    ];
    assert_eq!(order, issue);
    assert_eq!((chapter(1).map(|c| c.id), chapter(14).map(|c| c.id)), (Some("data"), Some("digits")));
    assert!(chapter(0).is_none() && chapter(15).is_none());
    for c in CHAPTERS {
        assert!((1..=2).contains(&c.tasks), "{}: {} tasks", c.id, c.tasks);
        assert!(!c.highlight.is_empty(), "{} lights up nothing", c.id);
        let distinct: std::collections::BTreeSet<_> = c.highlight.iter().collect();
        assert_eq!(distinct.len(), c.highlight.len(), "{}: a highlight twice", c.id);
    }
}

#[test]
fn every_chapter_has_its_words_in_both_languages() {
    let panel = [
        "tour-title",
        "tour-chapter-of",
        "tour-prev",
        "tour-next",
        "tour-close",
        "tour-start",
        "tour-task-done",
        "tour-task-open",
        "tour-try",
        "tour-keys-hint",
    ];
    for lang in Lang::ALL {
        let defined = ids(lang.source());
        let mut wanted: Vec<String> = panel.iter().map(|s| s.to_string()).collect();
        for c in CHAPTERS {
            wanted.extend(["title", "body", "body-2"].iter().map(|part| format!("tour-{}-{part}", c.id)));
            wanted.extend((1..=c.tasks).flat_map(|k| [format!("tour-{}-task-{k}", c.id), format!("tour-{}-done-{k}", c.id)]));
            // No task beyond the chapter's count has words: the panel would never show them.
            assert!(!defined.contains(&format!("tour-{}-task-{}", c.id, c.tasks + 1)), "{lang:?} {}: an extra task", c.id);
        }
        for id in &wanted {
            assert!(defined.contains(id), "{lang:?}: {id} is missing");
            assert!(!tr(lang, id).is_empty() && tr(lang, id) != *id, "{lang:?}: {id} does not format");
        }
    }
    // A body stays short: about 150 words for both paragraphs together.
    for c in CHAPTERS {
        let words = |id: String| tr(Lang::En, &id).split_whitespace().count();
        let n = words(format!("tour-{}-body", c.id)) + words(format!("tour-{}-body-2", c.id));
        assert!(n <= 165, "{}: {n} words", c.id);
    }
}

#[test]
fn every_setup_parses_with_no_notice_and_opens_its_page() {
    for c in CHAPTERS {
        let (url, notices) = UrlState::parse(c.setup);
        assert!(notices.is_empty(), "chapter {}: {:?}", c.id, notices);
        assert_eq!(url.page, c.page, "chapter {} opens {:?}", c.id, url.page);
        // The link the page writes back keeps the chapter's settings.
        let (again, notices) = UrlState::parse(&url.to_query());
        assert!(notices.is_empty() && again == url, "chapter {}", c.id);
    }
}

/// Checks that `m` is one `<math>` element whose tags all close in order.
fn well_formed(m: &str) -> Result<(), String> {
    let mut stack: Vec<&str> = Vec::new();
    for (i, piece) in m.split('<').enumerate().skip(1) {
        let (tag, text) = piece.split_once('>').ok_or("a tag never ends")?;
        match tag.strip_prefix('/') {
            Some(name) if stack.last() == Some(&name) => {
                stack.pop();
            }
            Some(name) => return Err(format!("</{name}> closes {:?}", stack.last())),
            None if i > 1 && stack.is_empty() => return Err(format!("<{tag}> after </math>")),
            None => stack.push(tag.split_whitespace().next().unwrap_or("")),
        }
        if stack.is_empty() && !text.trim().is_empty() {
            return Err("text after </math>".into());
        }
    }
    if stack.is_empty() { Ok(()) } else { Err(format!("unclosed {stack:?}")) }
}

#[test]
fn every_chapters_maths_is_one_mathml_element() {
    let mut with_maths = 0;
    for c in CHAPTERS {
        let Some(m) = maths(c.id) else { continue };
        with_maths += 1;
        assert!(m.starts_with("<math display=\"block\">") && m.ends_with("</math>"), "{}: {m}", c.id);
        assert!(!m.contains('\\') && !m.contains('$'), "{}: LaTeX in MathML", c.id);
        well_formed(m).unwrap_or_else(|e| panic!("{}: {e}", c.id));
    }
    assert!(with_maths >= 10, "{with_maths} chapters with maths");
    assert!(maths("no-such-chapter").is_none());
}

#[test]
fn no_task_is_done_when_its_chapter_opens() {
    for c in CHAPTERS {
        let w = World::opened(c.setup);
        for k in 1..=c.tasks {
            assert!(!w.done(c.id, k), "chapter {} task {k} is done at the start", c.id);
        }
        assert!(!w.done(c.id, c.tasks + 1), "chapter {}: a task past the last", c.id);
    }
}

#[test]
fn the_data_tasks_tick_when_the_sliders_move() {
    let mut w = World::opened(setup_of("data"));
    w.url.dataset.weight = 0.8; // the 80/20 chip
    assert!(w.done("data", 1) && !w.done("data", 2));
    w.url.dataset.weight = 0.65;
    assert!(!w.done("data", 1), "0.65 is not yet unequal enough");
    w.url.dataset.weight = 0.3;
    assert!(w.done("data", 1), "0.3 is as unequal as 0.7");
    w.url.dataset.separation = 1.0; // 1.0 ≤ 2σ = 1.0
    assert!(w.done("data", 2));
    (w.url.dataset.separation, w.url.dataset.spread) = (2.0, 1.5);
    assert!(w.done("data", 2));
    w.url.dataset.spread = 0.5;
    assert!(!w.done("data", 2));
}

#[test]
fn a_schedule_whose_last_step_keeps_the_data_ticks_the_forward_task() {
    let mut w = World::opened(setup_of("forward"));
    // The default: ᾱ_T ≈ e^{-5}, pure noise.
    assert!(alpha_bar_t(&w.seen()) < 0.01);
    w.url.diffusion.config.schedule.steps = 50; // fewer steps: Σβ ≈ 1.25, ᾱ_T ≈ 0.28
    assert!(w.done("forward", 1), "ᾱ_T = {}", alpha_bar_t(&w.seen()));
    (w.url.diffusion.config.schedule.steps, w.url.diffusion.config.schedule.beta_end) = (200, 0.01); // Σβ ≈ 1.0
    assert!(w.done("forward", 1));
    w.url.diffusion.config.schedule.beta_end = 0.05;
    assert!(!w.done("forward", 1));
    w.url.diffusion.config.schedule.kind = ScheduleKind::Cosine;
    assert!(w.done("forward", 2) && !w.done("forward", 1), "the cosine schedule ends in pure noise");
}

#[test]
fn flow_tasks_read_the_built_model_and_its_straightness() {
    let mut w = World::opened(setup_of("flow"));
    w.flow = FlowPageView { step: 1200, config: Some(FlowConfig::default()), straightness: Some(1.2), ..FlowPageView::default() };
    assert!(w.done("flow", 1) && !w.done("flow", 2));
    w.flow.config = Some(FlowConfig { coupling: Coupling::Ot, ..FlowConfig::default() });
    assert!(!w.done("flow", 1) && !w.done("flow", 2), "OT pairs at 1.2× are not straight");
    w.flow.straightness = Some(1.004);
    assert!(w.done("flow", 2));
}

/// A GAN meter at `step` with these shares of two equal modes.
fn meter(step: u64, shares: [f32; 2]) -> GanMeter {
    GanMeter { quality: Quality { shares: shares.to_vec(), weights: vec![0.5, 0.5], step, ..Quality::default() }, js: 0.1 }
}

#[test]
fn gan_tasks_read_the_meter_and_the_gradient_norms() {
    let mut w = World::opened(setup_of("collapse"));
    w.gan.configs = w.url.gan.runs();
    let run = |step, m: GanMeter| GanRunView { step, meter: Some(m), ..GanRunView::default() };
    // Early on, an untrained G's even shares count for nothing.
    w.gan.runs = vec![run(300, meter(300, [0.97, 0.03])), run(300, meter(300, [0.5, 0.5]))];
    assert!(!w.done("collapse", 1) && !w.done("collapse", 2));
    w.gan.runs = vec![run(2000, meter(2000, [0.97, 0.03])), run(2000, meter(2000, [0.96, 0.04]))];
    assert!(w.done("collapse", 1) && !w.done("collapse", 2));
    // Run B found the other cluster after it had dropped it.
    let mut b = run(6000, meter(6000, [0.52, 0.48]));
    b.history = vec![MeterPoint { step: 2000, shares: vec![0.96, 0.04], js: 0.4, frechet: 3.0 }];
    w.gan.runs[1] = b;
    assert!(w.done("collapse", 1) && w.done("collapse", 2));

    let mut w = World::opened(setup_of("vanishing"));
    w.gan.configs = w.url.gan.runs();
    let norms = |v: f32| GanRunView { step: 60, g_grad_norm: vec![v; 60], ..GanRunView::default() };
    w.gan.runs = vec![norms(0.003), norms(1.5)];
    assert!(w.done("vanishing", 1) && !w.done("vanishing", 2), "run A is still minimax");
    // It is the first 50 iterations that count: G catching up later does not undo it, a few
    // spikes do not decide it, and a G that never starved does not tick it.
    let mut a = norms(0.01);
    a.g_grad_norm.iter_mut().skip(50).for_each(|v| *v = 2.0);
    a.g_grad_norm[3] = 40.0;
    w.gan.runs = vec![a, norms(1.5)];
    assert!(w.done("vanishing", 1));
    w.gan.runs = vec![norms(0.2), norms(1.5)];
    assert!(!w.done("vanishing", 1));
    w.gan.runs = vec![GanRunView { g_grad_norm: vec![0.003; 49], ..GanRunView::default() }, norms(1.5)];
    assert!(!w.done("vanishing", 1), "fewer than 50 iterations");
    w.gan.runs = vec![norms(0.003), norms(1.5)];
    w.gan.configs[0].model.loss = GanLoss::NonSaturating;
    w.gan.runs = vec![norms(1.4), norms(1.5)];
    assert!(w.done("vanishing", 2));
}

#[test]
fn dragging_z_into_a_hole_ticks_the_autoencoder_task() {
    let mut w = World::opened(setup_of("ae-holes"));
    w.vae.configs = w.url.vae.runs();
    assert!(!w.vae.configs[0].model.variational, "run A is the plain autoencoder");
    w.vae.runs = vec![VaeRunView { step: 2000, ..VaeRunView::default() }; 2];
    // z at the origin, decoded onto the right cluster: no hole, and not moved.
    w.vae.decoded = Some(Decoded { z: [0.0, 0.0], points: vec![[2.0, 0.0], [2.0, 0.0]] });
    assert!(!w.done("ae-holes", 2));
    // z inside the 2σ circle, decoded 3 above the clusters' line: a hole.
    w.vae.decoded = Some(Decoded { z: [1.0, 1.0], points: vec![[0.0, 3.0], [2.0, 0.0]] });
    assert!(w.done("ae-holes", 2));
    // The same decoding from z outside the prior's 2σ circle does not count.
    w.vae.decoded = Some(Decoded { z: [2.5, 0.0], points: vec![[0.0, 3.0], [2.0, 0.0]] });
    assert!(!w.done("ae-holes", 2));
    // Prior samples: the autoencoder's far off the data, the VAE's near it.
    let q = |near: f32| Some(Quality { near, mmd2: 0.01, step: 2000, ..Quality::default() });
    w.vae.runs[0].quality = q(0.55);
    w.vae.runs[1].quality = q(0.96);
    assert!(w.done("ae-holes", 1));
}

#[test]
fn scrubbing_back_and_the_truth_on_the_compare_page() {
    let mut w = World::opened(setup_of("compare"));
    w.compare.past = true;
    assert!(w.done("compare", 2) && !w.done("compare", 1));
    // The 90/10 data's own mean log-density: −H ≈ −(0.325 + ln(2πe·0.25)) ≈ −1.78 nats.
    let w = World::opened(setup_of("explicit"));
    let t = truth(&w.url.dataset, w.url.seed).expect("two clusters have a density");
    assert!((t + 1.78).abs() < 0.15, "truth {t}");
}

#[test]
fn the_gan_dropping_a_mode_ticks_even_after_it_found_it_again() {
    use genlab::compare::{
        protocol::{CompareUpdate, Entry},
        score::Score,
    };
    use genlab::families::FamilyId;
    let entry = |family, step, covered| Entry {
        family,
        step,
        train_ms: step as f64,
        samples: Vec::new(),
        score: Score { covered, modes: 2, ..Score::default() },
        log_likelihood: None,
    };
    let measure = |w: &mut World, gan: (u64, usize), ddpm: (u64, usize)| {
        let entries = vec![entry(FamilyId::Gan, gan.0, gan.1), entry(FamilyId::Diffusion, ddpm.0, ddpm.1)];
        w.compare.update(CompareUpdate::Measured { entries, measured_likelihood: false, past: false });
    };
    let mut w = World::opened(setup_of("variety"));
    // Missing the small mode before 500 steps is only a start.
    measure(&mut w, (300, 1), (300, 2));
    assert!(!w.done("variety", 1));
    // Past 500 the GAN drops it while the DDPM covers both ...
    measure(&mut w, (800, 1), (900, 2));
    assert!(w.done("variety", 1));
    // ... and it stays seen after the GAN hops back.
    measure(&mut w, (1600, 2), (1800, 2));
    assert!(w.done("variety", 1));
    // Not if the DDPM misses a mode too, and not if the GAN never dropped one.
    let mut w = World::opened(setup_of("variety"));
    measure(&mut w, (800, 1), (900, 1));
    assert!(!w.done("variety", 1));
    let mut w = World::opened(setup_of("variety"));
    measure(&mut w, (800, 2), (900, 2));
    measure(&mut w, (1600, 2), (1800, 2));
    assert!(!w.done("variety", 1));
}

/// A lineup of 0–9 drawn by all three families ticks the first digit task, but only while the
/// link asks for 0–9 (one left over from before the chapter set class 3 does not); a lineup
/// whose GAN draws near-copies at the ψ the link asks for ticks the second.
#[test]
fn the_digit_tasks_read_the_lineup_and_the_pad() {
    use genlab::judge::report::ClassReport;
    use genlab::lineup::plan::{Contestant, Row};
    use genlab::lineup::protocol::{Column, LineupUpdate};
    let row = Row {
        report: ClassReport { n: 1, class_share: 1.0, spread: 1.0, precision: 1.0, recall: 1.0 },
        is: 1.0,
        fd: 0.0,
        hist: vec![0; 10],
        class_spread: 1.0,
    };
    let drawn = |pick: Option<usize>, families: &[Option<Contestant>]| LineupUpdate::Drawn {
        pick,
        seed: 4,
        psi: 1.0,
        ms: 1.0,
        columns: families.iter().map(|&family| Column { family, ms: None, predicted: Vec::new(), row: row.clone() }).collect(),
        data: vec![0.0; families.len() * 16 * 784],
    };
    let all = [Some(Contestant::Gan), Some(Contestant::Vae), Some(Contestant::Diffusion), None];
    let mut w = World::opened(setup_of("digits"));
    w.lineup.update(drawn(Some(3), &all), &mut Vec::new());
    assert!(!w.done("digits", 1), "threes are not one of each");
    w.lineup.update(drawn(None, &all), &mut Vec::new());
    assert!(!w.done("digits", 1), "the link still asks for threes: this lineup is left from before");
    w.url.lineup.pick = None;
    assert!(w.done("digits", 1));
    w.lineup.update(drawn(None, &all[1..]), &mut Vec::new());
    assert!(!w.done("digits", 1), "the GAN's column is missing");

    // The second: the GAN's row flagged as near-copies, at the ψ the link asks for.
    assert!(!w.done("digits", 2), "spread 1 is no copy");
    let copies = Row { class_spread: 0.0, ..row.clone() };
    let drawn_at = |psi: f64| LineupUpdate::Drawn {
        pick: Some(3),
        seed: 4,
        psi,
        ms: 1.0,
        columns: all
            .iter()
            .map(|&family| Column {
                family,
                ms: None,
                predicted: Vec::new(),
                row: if family == Some(Contestant::Gan) { copies.clone() } else { row.clone() },
            })
            .collect(),
        data: vec![0.0; 4 * 16 * 784],
    };
    w.lineup.update(drawn_at(0.0), &mut Vec::new());
    assert!(!w.done("digits", 2), "the link still asks for ψ = 1");
    w.url.lineup.psi = 0.0;
    assert!(w.done("digits", 2));
}
