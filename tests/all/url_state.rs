//! URL state: round trip, defaults, and rejection of bad values with a notice.

use genlab::data::toy2d::DatasetKind;
use genlab::device::DeviceChoice;
use genlab::i18n::Lang;
use genlab::state::{Page, UrlState};

/// The state a link gives, and its notices as an English reader sees them.
fn parse(query: &str) -> (UrlState, Vec<String>) {
    let (s, notices) = UrlState::parse(query);
    (s, notices.iter().map(|n| n.text(Lang::En)).collect())
}

#[test]
fn every_notice_a_bad_link_gives_is_worded_in_both_languages() {
    let query = "?seed=abc&n=99999999&data=blob&page=nope&zzz=1&device=tpu&lang=fr&sched=quadratic&sampler=euler&solver=rk4&fm_pairs=x&loss=hinge&gopt=rms&iclass=11&lclass=11&isampler=x&equal=never&pts=1,2;x&preset=none";
    let (_, notices) = UrlState::parse(query);
    assert!(notices.len() >= 18, "{notices:?}");
    for n in &notices {
        let (en, ko) = (n.text(Lang::En), n.text(Lang::Ko));
        assert!(!en.contains('{') && !ko.contains('{') && en != n.id, "{n:?}: {en} / {ko}");
        assert!(ko.chars().any(|c| ('가'..='힣').contains(&c)), "not Korean: {ko}");
        // The value the link held is quoted in both, so the reader can find it.
        for (k, v) in &n.args {
            if k == "raw" || k == "key" {
                assert!(en.contains(v.as_str()) && ko.contains(v.as_str()), "{v} missing: {en} / {ko}");
            }
        }
    }
}

#[test]
fn round_trip_keeps_every_setting() {
    let mut s = UrlState { page: Page::Gan, seed: 1234, ..Default::default() };
    s.device = DeviceChoice::Cpu;
    s.dataset.kind = DatasetKind::Custom;
    s.dataset.n = 300;
    s.dataset.separation = 2.5;
    s.dataset.spread = 0.25;
    s.dataset.weight = 0.8;
    s.custom = vec![[1.25, -0.5], [0.0, 3.75]];
    s.diffusion.config.schedule.kind = genlab::models::schedule::ScheduleKind::Cosine;
    s.diffusion.config.schedule.steps = 500;
    s.diffusion.config.schedule.beta_end = 0.02;
    s.diffusion.config.learning_rate = 5e-4;
    s.diffusion.config.batch = 128;
    s.diffusion.config.hidden = 96;
    s.diffusion.config.layers = 3;
    s.diffusion.sampler.ddim = true;
    s.diffusion.sampler.steps = 20;
    s.diffusion.sampler.eta = 0.5;
    s.flow.config.coupling = genlab::families::flow::coupling::Coupling::Ot;
    s.flow.config.learning_rate = 1e-3;
    s.flow.sampler.solver = genlab::families::flow::chain::Solver::Heun;
    s.flow.sampler.steps = 5;
    s.lang = Some(genlab::i18n::Lang::Ko);
    s.equal = genlab::compare::protocol::Equal::Steps;
    let q = s.to_query();
    let (back, notices) = parse(&q);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, s, "query was {q}");
}

#[test]
fn empty_query_is_the_default_state() {
    let (s, notices) = parse("");
    assert_eq!(s, UrlState::default());
    assert!(notices.is_empty());
    assert_eq!(parse("?seed=42").0, UrlState::default());
}

#[test]
fn bad_values_fall_back_with_a_notice_each() {
    let (s, notices) = parse("?seed=abc&n=99999999&data=blob&weight=2&page=nope&zzz=1&sep=NaN&device=tpu");
    assert_eq!(s, UrlState::default());
    assert_eq!(notices.len(), 8, "{notices:?}");
    assert!(notices.iter().any(|n| n.contains("seed=abc")));
    assert!(notices.iter().any(|n| n.contains("blob")));
}

#[test]
fn good_values_are_kept_next_to_bad_ones() {
    let (s, notices) = parse("data=eight_gaussians&seed=7&weight=-1");
    assert_eq!(s.dataset.kind, DatasetKind::EightGaussians);
    assert_eq!(s.seed, 7);
    assert_eq!(s.dataset.weight, 0.5);
    assert_eq!(notices.len(), 1);
}

#[test]
fn custom_without_points_and_malformed_points_are_refused() {
    let (s, notices) = parse("data=custom");
    assert_eq!(s.dataset.kind, DatasetKind::TwoClusters);
    assert_eq!(notices.len(), 1);
    let (s, notices) = parse("data=custom&pts=1,2;x,3");
    assert_eq!(s.dataset.kind, DatasetKind::TwoClusters);
    assert_eq!(notices.len(), 2);
}

#[test]
fn model_settings_are_validated_too() {
    let (s, notices) = parse("sched=quadratic&T=5&b1=2&lr=0&batch=1e9&width=abc&depth=0&sampler=euler&eta=3&ddim=20");
    let d = UrlState::default();
    assert_eq!(s.diffusion.config, d.diffusion.config);
    assert_eq!(s.diffusion.sampler.steps, 20, "the good value is kept");
    assert_eq!(notices.len(), 9, "{notices:?}");
}

#[test]
fn gan_runs_round_trip_and_presets_parse() {
    use genlab::families::gan::loss::GanLoss;
    use genlab::families::gan::model::OptimKind;
    let (mut s, notices) = parse("preset=vanishing");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(s.page, Page::Gan);
    assert!(s.gan.compare);
    assert_eq!(s.gan.a.model.loss, GanLoss::Minimax);
    assert_eq!(s.gan.b.model.loss, GanLoss::NonSaturating);
    assert_eq!(s.dataset.separation, 8.0);
    s.gan.a.model.g_optim = OptimKind::Sgd;
    s.gan.b.model.gp_weight = 3.5;
    s.gan.b.batch = 64;
    let (back, notices) = parse(&s.to_query());
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, s);
    // A preset and a later key: the key wins.
    let (s, _) = parse("preset=stable&glr=0.01");
    assert_eq!(s.gan.a.model.g_lr, 0.01);
    assert_eq!(s.gan.a.model.loss, GanLoss::NonSaturating);
}

#[test]
fn bad_gan_values_fall_back_with_notices() {
    let (s, notices) = parse("preset=nope&loss=hinge&glr=5&k=0&b_gopt=rmsprop&nz=abc");
    assert_eq!(notices.len(), 6, "{notices:?}");
    assert_eq!(s.gan, genlab::families::gan::url::GanUrl::default());
}

#[test]
fn image_settings_round_trip_and_bad_ones_fall_back() {
    use genlab::families::images::url::{ClassPick, ImagesUrl};
    use genlab::models::samplers::Sampler;
    let s = UrlState {
        images: ImagesUrl { class: ClassPick::One(7), guidance: 3.5, ddpm: false, steps: 50, eta: 0.0, score_n: 200, train_batch: 64 },
        ..Default::default()
    };
    let (back, notices) = parse(&s.to_query());
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back.images, s.images);
    assert_eq!(back.images.sampler(), Sampler::Ddim { steps: 50, eta: 0.0 });
    for class in [ClassPick::Each, ClassPick::Unconditional, ClassPick::One(0)] {
        assert_eq!(ClassPick::from_id(class.id()), Some(class));
    }
    assert_eq!(ClassPick::One(3).classes(3), vec![Some(3); 3]);
    assert_eq!(ClassPick::Each.classes(12)[11], Some(1));
    let (back, _) = parse("isampler=ddpm&iclass=none");
    assert_eq!(back.images.sampler(), Sampler::Ddpm);
    assert_eq!(back.images.class.classes(2), vec![None, None]);
    let (back, notices) = parse("iclass=12&iw=-1&isteps=0&ieta=2&in=5&ibatch=abc&isampler=euler");
    assert_eq!(back.images, ImagesUrl::default());
    assert_eq!(notices.len(), 7, "{notices:?}");
}

/// Every numeric key of every table: both ends of its range survive a link (write, then read
/// back with no notice), a value just outside is refused with one notice naming the key, and no
/// two tables use the same key (they share one query string).
#[test]
fn every_key_keeps_its_range_ends_and_refuses_what_is_outside() {
    use genlab::families::{diffusion, flow, gan, images, vae};
    use genlab::state::keys::{Num, Range};
    use genlab::state::url::DATA_KEYS;
    fn check<S>(table: &[Num<S>], prefix: &str, base: &UrlState, at: fn(&mut UrlState) -> &mut S, seen: &mut Vec<String>) {
        for e in table {
            let key = format!("{prefix}{}", e.key);
            assert!(!seen.contains(&key), "“{key}” is used twice");
            seen.push(key.clone());
            let Range { lo, hi, .. } = e.range;
            for end in [lo, hi] {
                let mut s = base.clone();
                (e.set)(at(&mut s), end);
                let (back, notices) = parse(&s.to_query());
                assert!(notices.is_empty(), "{key}={end}: {notices:?}");
                let mut back = back;
                assert_eq!((e.get)(at(&mut back)), (e.get)(at(&mut s)), "{key} at {end} did not survive the link");
            }
            let outside = if hi > 1.0 { hi * 2.0 } else { hi + 1.0 };
            let (_, notices) = parse(&format!("{}&{key}={outside}", base.to_query()));
            assert_eq!(notices.len(), 1, "{key}={outside}: {notices:?}");
            assert!(notices[0].contains(&key), "{notices:?}");
        }
    }
    let mut seen = Vec::new();
    let plain = UrlState::default();
    let mut two = UrlState::default();
    (two.gan.compare, two.vae.compare, two.diffusion.sampler.ddim) = (true, true, true);
    check(&DATA_KEYS, "", &plain, |s| &mut s.dataset, &mut seen);
    check(&diffusion::url::KEYS, "", &plain, |s| &mut s.diffusion.config, &mut seen);
    check(&diffusion::url::SAMPLER_KEYS, "", &two, |s| &mut s.diffusion.sampler, &mut seen);
    check(&flow::url::KEYS, "", &plain, |s| &mut s.flow.config, &mut seen);
    check(&flow::url::SAMPLER_KEYS, "", &plain, |s| &mut s.flow.sampler, &mut seen);
    check(&gan::url::KEYS, "", &plain, |s| &mut s.gan.a, &mut seen);
    check(&gan::url::KEYS, "b_", &two, |s| &mut s.gan.b, &mut seen);
    check(&vae::url::KEYS, "", &plain, |s| &mut s.vae.a, &mut seen);
    check(&vae::url::KEYS, "b_", &two, |s| &mut s.vae.b, &mut seen);
    check(&vae::url::PAGE_KEYS, "", &plain, |s| &mut s.vae, &mut seen);
    check(&images::url::KEYS, "", &plain, |s| &mut s.images, &mut seen);
    assert!(seen.len() > 30, "{seen:?}");
}

#[test]
fn the_language_is_in_the_link_and_a_bad_one_follows_the_browser() {
    let (s, notices) = parse("lang=ko&page=compare");
    assert_eq!((s.lang, s.page), (Some(genlab::i18n::Lang::Ko), Page::Compare));
    assert!(notices.is_empty(), "{notices:?}");
    assert!(s.to_query().contains("lang=ko"));
    let (s, notices) = parse("lang=fr");
    assert_eq!(s.lang, None);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(!UrlState::default().to_query().contains("lang"), "no language in the link unless chosen");
}

#[test]
fn a_tour_link_sets_up_its_chapter_and_its_own_keys_win() {
    let ch = genlab::tour::chapters::chapter(7).expect("seven chapters");
    let (s, notices) = parse("tour=7");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!((s.page, s.tour), (ch.page, Some(7)));
    let (set_up, _) = parse(ch.setup);
    assert_eq!((s.gan.clone(), s.dataset.clone(), s.seed), (set_up.gan.clone(), set_up.dataset.clone(), set_up.seed));
    // A key the link gives after the chapter wins, and the link the page writes keeps both.
    let (s, _) = parse("tour=7&seed=99");
    assert_eq!(s.seed, 99);
    let (again, notices) = parse(&s.to_query());
    assert!(notices.is_empty() && again == s, "{}", s.to_query());
    let (s, notices) = parse("tour=99&lecture=2");
    assert_eq!((s.tour, s.lecture, notices.len()), (None, false, 2), "{notices:?}");
}

#[test]
fn a_tour_link_keeps_what_the_reader_turned_off_in_the_chapters_setup() {
    // Chapter 8 opens the VAE page with the autoencoder-vs-VAE comparison on; turned off and
    // shared, the link must not turn it back on (found by the fuzzer, src/fuzz/).
    let (mut s, notices) = UrlState::parse("tour=8");
    assert!(notices.is_empty() && s.vae.compare);
    s.vae.compare = false;
    s.gan.compare = true;
    let link = s.to_query();
    let (back, notices) = UrlState::parse(&link);
    assert!(notices.is_empty(), "{link}");
    assert!(!back.vae.compare && back.gan.compare, "{link}");
    assert_eq!(back.to_query(), link);
    // Left as the chapter set it, the link stays short: the chapter's own keys are not repeated.
    assert_eq!(UrlState::parse("tour=8").0.to_query(), "tour=8&seed=42");
}
