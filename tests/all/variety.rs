//! The variety measures (`judge/variety.rs`, `judge/report.rs`) on cases whose answer is known,
//! with the shipped classifier's features: identical images have no spread and cover almost
//! none of the data; real digits against other real digits score high on both precision and
//! recall; a set that drops one of two modes keeps its precision and loses recall.

use genlab::device::cpu;
use genlab::judge::classifier::Classifier;
use genlab::judge::report::{RealClass, as_samples, judge};
use genlab::judge::variety::{K_NEIGHBOUR, mean_pairwise_distance, precision_recall, relative_spread};

fn classifier() -> Classifier {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/models/digits-classifier.bin");
    Classifier::from_bytes(&std::fs::read(path).expect("the shipped classifier"), &cpu()).expect("it loads")
}

#[test]
fn copies_of_one_digit_have_no_spread_and_low_recall() {
    let clf = classifier();
    let real = RealClass::held(&clf, &crate::bank(), 3, 100, 1);
    let copies: Vec<f32> = real.pixels[..784].repeat(100);
    let r = judge(&clf, as_samples(&copies), &real);
    assert_eq!(r.spread, 0.0);
    assert_eq!(r.precision, 1.0, "the copied digit is one of the real ones");
    assert!(r.recall <= 0.05, "one point covers almost none of the real digits: {}", r.recall);
    assert_eq!(r.class_share, 1.0);
}

#[test]
fn real_digits_against_other_real_digits_score_high() {
    let clf = classifier();
    for class in [0, 5, 8] {
        let real = RealClass::held(&clf, &crate::bank(), class, 100, 1);
        let other = RealClass::held(&clf, &crate::bank(), class, 100, 2);
        let r = judge(&clf, as_samples(&other.pixels), &real);
        assert!(r.precision >= 0.85 && r.recall >= 0.85, "class {class}: {r:?}");
        assert!((r.spread - 1.0).abs() < 0.15, "class {class}: spread {}", r.spread);
    }
}

#[test]
fn dropping_one_of_two_modes_keeps_precision_and_loses_recall() {
    let clf = classifier();
    let (ones, sevens) = (RealClass::held(&clf, &crate::bank(), 1, 100, 1), RealClass::held(&clf, &crate::bank(), 7, 100, 1));
    let real: Vec<f32> = [ones.features.clone(), sevens.features.clone()].concat();
    let only_ones = RealClass::held(&clf, &crate::bank(), 1, 200, 2);
    let pr = precision_recall(&real, &only_ones.features, ones.dim, K_NEIGHBOUR);
    assert!(pr.precision >= 0.85, "{pr:?}");
    assert!(pr.recall <= 0.6, "half the data is never covered: {pr:?}");
    let both =
        [RealClass::held(&clf, &crate::bank(), 1, 100, 3).features, RealClass::held(&clf, &crate::bank(), 7, 100, 3).features].concat();
    let pr_both = precision_recall(&real, &both, ones.dim, K_NEIGHBOUR);
    assert!(pr_both.recall >= pr.recall + 0.3, "covering both modes raises recall: {pr_both:?} vs {pr:?}");
    assert!(relative_spread(&only_ones.features, &real, ones.dim) < 0.9);
}

#[test]
fn too_few_or_broken_rows_give_no_number() {
    assert!(mean_pairwise_distance(&[1.0, 2.0], 2).is_nan());
    let four = [0.0f32, 1.0, 2.0, 3.0];
    assert!(precision_recall(&four, &four, 1, 3).recall.is_finite());
    assert!(precision_recall(&four[..3], &four, 1, 3).precision.is_nan(), "3 rows cannot have a 3rd neighbour");
    assert!(precision_recall(&[0.0, f32::INFINITY, 1.0, 2.0, 3.0], &four, 1, 3).precision.is_nan());
    assert!(relative_spread(&four, &[1.0, 1.0, 1.0], 1).is_nan(), "real digits without spread");
}
