//! The lineup page's plan (`lineup/plan.rs`), state and link key: every sample asked for the
//! class picked and drawn once, real digits judged against other real digits reading as real,
//! the shipped GAN judged through the same row as the page, and a drawn lineup split into its
//! columns' images.

use burn::prelude::Tensor;
use genlab::data::glyphs::{CLASSES, PIXELS};
use genlab::device::cpu;
use genlab::families::digit_gan::model::DigitGan;
use genlab::i18n::Lang;
use genlab::judge::classifier::Classifier;
use genlab::judge::report::ClassReport;
use genlab::lineup::plan::{self, Contestant, JUDGED, Row, SHOW};
use genlab::lineup::protocol::{Column, LineupUpdate};
use genlab::lineup::state::LineupPageView;
use genlab::state::UrlState;

fn read(f: &str) -> Vec<u8> {
    std::fs::read(format!("{}/www/models/{f}", env!("CARGO_MANIFEST_DIR"))).expect("a shipped file")
}

fn judged(clf: &Classifier, x: &[f32], pick: Option<usize>, reference: &[f32]) -> Row {
    let t = Tensor::<2>::from_data(burn::prelude::TensorData::new(x.to_vec(), [x.len() / PIXELS, PIXELS]), &cpu());
    let (probs, features) = clf.predict_batched(&t);
    let (_, real) =
        clf.predict_batched(&Tensor::<2>::from_data(burn::prelude::TensorData::new(reference.to_vec(), [JUDGED, PIXELS]), &cpu()));
    plan::row(&probs, &features, pick, &real, clf.config.features)
}

#[test]
fn every_sample_is_asked_for_the_pick_and_drawn_once() {
    assert_eq!(plan::asked(Some(7), 5), vec![7; 5]);
    assert_eq!(plan::asked(None, 12), vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
    for f in Contestant::ALL {
        let parts = f.parts();
        assert_eq!(parts[0], 0..SHOW, "{f:?} draws the shown samples alone");
        assert!(parts.windows(2).all(|w| w[0].end == w[1].start) && parts.last().unwrap().end == JUDGED, "{f:?}: {parts:?}");
        assert!(parts.iter().all(|p| !p.is_empty()), "{f:?}: {parts:?}");
    }
    assert!(Contestant::Diffusion.parts().iter().all(|p| p.len() <= 50), "chains within the scorecard's bounded batch");
    {}
    assert_ne!(plan::part_seed(5, 0), plan::part_seed(5, 1));
}

#[test]
fn real_digits_judged_against_other_real_digits_read_as_real() {
    let clf = Classifier::from_bytes(&read("digits-classifier.bin"), &cpu()).unwrap();
    for pick in [Some(3), None] {
        let (reference, another) = plan::real_sets(&crate::bank(), pick, 1);
        assert_eq!((reference.len(), another.len()), (JUDGED * PIXELS, JUDGED * PIXELS));
        assert_ne!(reference, another, "two draws, not one");
        let r = judged(&clf, &another, pick, &reference);
        let ClassReport { class_share, spread, precision, recall, n } = r.report;
        println!("{pick:?}: {r:?}");
        assert_eq!(n, JUDGED);
        assert!(class_share >= 0.95 && precision >= 0.8 && recall >= 0.8, "{r:?}");
        assert!((0.85..=1.15).contains(&spread), "{r:?}");
        // The IS analogue: one clear class gives about 1, ten balanced classes about 10.
        if pick.is_some() {
            assert!(r.is < 1.3, "{r:?}")
        } else {
            assert!(r.is > 8.0, "{r:?}")
        }
        assert_eq!(r.hist.iter().sum::<u32>() as usize, JUDGED);
    }
}

#[test]
fn the_shipped_gan_judged_as_the_page_judges_it_draws_each_class_with_less_recall_than_real() {
    let dev = cpu().without_autodiff();
    let clf = Classifier::from_bytes(&read("digits-classifier.bin"), &cpu()).unwrap();
    let gan = DigitGan::from_bytes(&read("digits-gan.bin"), &dev, 0).unwrap();
    let (reference, another) = plan::real_sets(&crate::bank(), None, 2);
    let asked = plan::asked(None, JUDGED);
    let mut x = Vec::new();
    for (k, part) in Contestant::Gan.parts().into_iter().enumerate() {
        x.extend(gan.sample(&asked[part], plan::part_seed(2, k)).into_data().try_to_vec::<f32>().unwrap());
    }
    let g = judged(&clf, &x, None, &reference);
    let r = judged(&clf, &another, None, &reference);
    println!("GAN {g:?}\nreal {r:?}");
    assert!(g.report.class_share >= 0.9, "{g:?}");
    assert!(g.hist.iter().all(|&k| k > 0), "every class drawn: {:?}", g.hist);
    assert!(g.report.recall + 0.05 <= r.report.recall, "GAN recall {} against real {}", g.report.recall, r.report.recall);
}

#[test]
fn a_drawn_lineup_is_split_into_its_columns_images() {
    let row = Row {
        report: ClassReport { n: 1, class_share: 1.0, spread: 1.0, precision: 1.0, recall: 1.0 },
        is: 1.0,
        fd: 0.0,
        hist: vec![0; CLASSES],
        class_spread: 1.0,
    };
    let columns: Vec<Column> = [Some(Contestant::Gan), Some(Contestant::Vae), Some(Contestant::Diffusion), None]
        .into_iter()
        .map(|family| Column { family, ms: family.map(|_| 5.0), predicted: vec![(3, 0.9); SHOW], row: row.clone() })
        .collect();
    let data: Vec<f32> = (0..4 * SHOW * PIXELS).map(|i| (i / (SHOW * PIXELS)) as f32).collect();
    let mut view = LineupPageView { progress: Some((10, 300, Contestant::Diffusion)), ..Default::default() };
    view.update(LineupUpdate::Drawn { pick: Some(3), seed: 9, psi: 1.0, ms: 1.0, columns, data }, &mut Vec::new());
    let l = view.lineup.expect("a lineup");
    assert!(view.progress.is_none());
    assert_eq!(l.images.len(), 4);
    for (i, img) in l.images.iter().enumerate() {
        assert_eq!(img.len(), SHOW * PIXELS);
        assert!(img.iter().all(|v| *v == i as f32), "column {i} holds its own images");
    }
    assert_eq!(l.column(None).and_then(|c| c.ms), None);
}

#[test]
fn the_class_travels_in_the_link_and_a_bad_one_is_said_once() {
    let (s, notices) = UrlState::parse("?page=lineup&lclass=each");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!((s.page.id(), s.lineup.pick), ("lineup", None));
    assert!(s.to_query().contains("lclass=each"), "{}", s.to_query());
    let (s, _) = UrlState::parse("?lclass=7");
    assert_eq!(s.lineup.pick, Some(7));
    assert!(!UrlState::default().to_query().contains("lclass"), "the default is not written");
    let (s, notices) = UrlState::parse("?lclass=12");
    assert_eq!(s.lineup.pick, Some(3));
    assert_eq!(notices.len(), 1);
    assert!(notices[0].text(Lang::En).contains("lclass=12"));
    // ψ: kept and written when not 1; outside 0–1.5 said once and left at 1.
    let (s, notices) = UrlState::parse("?page=lineup&lpsi=0.25");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(s.lineup.psi, 0.25);
    assert!(s.to_query().contains("lpsi=0.25") && !UrlState::default().to_query().contains("lpsi"), "{}", s.to_query());
    for bad in ["lpsi=-1", "lpsi=2", "lpsi=NaN", "lpsi=x"] {
        let (s, notices) = UrlState::parse(bad);
        assert_eq!((s.lineup.psi, notices.len()), (1.0, 1), "{bad}: {notices:?}");
    }
}

/// ψ, the latent spread: at 1 the same draws as the page always made; at 0 one image per
/// class, which the page flags as near-copies with less recall; the diffusion model untouched.
/// Measured (class 3, seed 4, 100 samples; ψ = 1, 0.5, 0): spread 0.87, 0.65, 0.00; precision
/// 0.66, 0.85, 1.00; recall 0.67, 0.41, 0.00 — quality bought with variety.
#[test]
fn a_narrower_latent_draws_near_copies_and_the_row_says_so() {
    let dev = cpu().without_autodiff();
    let clf = Classifier::from_bytes(&read("digits-classifier.bin"), &cpu()).unwrap();
    let gan = DigitGan::from_bytes(&read("digits-gan.bin"), &dev, 0).unwrap();
    let vae = genlab::families::digit_vae::model::DigitVae::from_bytes(&read("digits-cvae.bin"), &dev, 0).unwrap();
    let host = |t: Tensor<2>| t.into_data().try_to_vec::<f32>().unwrap();
    let threes = vec![3; SHOW];
    assert_eq!(host(gan.sample_at(&threes, 9, 1.0)), host(gan.sample(&threes, 9)), "ψ = 1 is the prior itself");
    assert_eq!(host(vae.sample_at(&threes, 9, 1.0)), host(vae.sample(&threes, 9)));
    let at_zero = host(gan.sample_at(&threes, 9, 0.0));
    assert!(at_zero.chunks(PIXELS).all(|img| img == &at_zero[..PIXELS]), "ψ = 0: one image for the class");

    let (reference, _) = plan::real_sets(&crate::bank(), Some(3), 4);
    let asked = plan::asked(Some(3), JUDGED);
    let rows: Vec<Row> = [1.0, 0.5, 0.0]
        .iter()
        .map(|&psi| {
            let mut x = Vec::new();
            for (k, part) in Contestant::Gan.parts().into_iter().enumerate() {
                x.extend(host(gan.sample_at(&asked[part], plan::part_seed(4, k), psi)));
            }
            judged(&clf, &x, Some(3), &reference)
        })
        .collect();
    for (psi, r) in [1.0, 0.5, 0.0].iter().zip(&rows) {
        println!("ψ = {psi}: spread {:.2} precision {:.2} recall {:.2}", r.report.spread, r.report.precision, r.report.recall);
    }
    assert!(!plan::near_copies(&rows[0]), "the shipped GAN at ψ = 1: {:?}", rows[0].report);
    assert!(plan::near_copies(&rows[2]) && rows[2].report.spread < 0.01, "{:?}", rows[2].report);
    assert!(rows[0].report.spread > rows[1].report.spread && rows[1].report.spread > rows[2].report.spread);
    assert!(rows[2].report.recall + 0.3 < rows[0].report.recall, "recall {:?}", rows.iter().map(|r| r.report.recall).collect::<Vec<_>>());

    // One of each at ψ = 0: ten images, one per class. Pooled over the classes they still
    // differ (spread well above the flag); within each class they are copies, and flagged.
    let (reference, _) = plan::real_sets(&crate::bank(), None, 4);
    let asked = plan::asked(None, JUDGED);
    let mut x = Vec::new();
    for (k, part) in Contestant::Gan.parts().into_iter().enumerate() {
        x.extend(host(gan.sample_at(&asked[part], plan::part_seed(4, k), 0.0)));
    }
    let each = judged(&clf, &x, None, &reference);
    println!("one of each at ψ = 0: pooled spread {:.2}, within a class {:.2}", each.report.spread, each.class_spread);
    assert!(each.report.spread > plan::NEAR_COPIES && each.class_spread < 0.01 && plan::near_copies(&each), "{each:?}");
}

/// The spread within each class: copies inside every class give 0; a set against itself, 1.
#[test]
fn the_spread_within_each_class_on_known_cases() {
    let asked = [0, 1, 0, 1, 0, 1];
    let real: Vec<f32> = vec![0.0, 0.0, 5.0, 5.0, 1.0, 0.0, 5.0, 6.0, 0.0, 1.0, 6.0, 5.0];
    assert!((plan::class_spread(&real, &asked, &real, 2) - 1.0).abs() < 1e-9);
    let copies: Vec<f32> = [[2.0, 2.0], [7.0, 7.0]].iter().cycle().take(6).flatten().copied().collect();
    assert_eq!(plan::class_spread(&copies, &asked, &real, 2), 0.0);
    assert!(plan::class_spread(&real[..2], &asked[..1], &real[..2], 2).is_nan(), "one sample: nothing to measure");
}
