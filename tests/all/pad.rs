//! The draw pad's brush and input check (`lineup/pad.rs`): a stroke inks along its path and
//! nowhere far from it, a drawn upright stroke is read by the shipped classifier as a 1 (the
//! brush draws digits the classifier knows), and a bad drawing is cleaned or refused.

use genlab::data::glyphs::{PIXELS, SIDE};
use genlab::device::cpu;
use genlab::judge::classifier::{Classifier, argmax, to_model_space};
use genlab::lineup::pad::{has_ink, sanitise, stroke};

#[test]
fn a_stroke_inks_its_path_and_nothing_far_from_it() {
    let mut px = vec![0.0f32; PIXELS];
    assert!(!has_ink(&px));
    stroke(&mut px, [4.0, 14.0], [24.0, 14.0]);
    assert!(has_ink(&px));
    for x in 5..23 {
        assert!(px[13 * SIDE + x] > 0.7 || px[14 * SIDE + x] > 0.7, "gap at x = {x}");
    }
    for (i, v) in px.iter().enumerate() {
        let (x, y) = (i % SIDE, i / SIDE);
        assert!((0.0..=1.0).contains(v));
        if !(9..=19).contains(&y) {
            assert_eq!(*v, 0.0, "ink at ({x}, {y}), far from the stroke");
        }
    }
    let before = px.clone();
    stroke(&mut px, [14.0, 4.0], [14.0, 4.0]);
    assert!(px[4 * SIDE + 13] > 0.5 && px.iter().zip(&before).all(|(a, b)| a >= b), "a dot adds ink, never removes it");
}

#[test]
fn an_upright_stroke_is_read_as_a_one() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/models/digits-classifier.bin");
    let clf = Classifier::from_bytes(&std::fs::read(path).unwrap(), &cpu()).unwrap();
    let mut px = vec![0.0f32; PIXELS];
    stroke(&mut px, [14.0, 5.0], [14.0, 23.0]);
    let (probs, _) = clf.predict_host(to_model_space(&px, &cpu()));
    assert_eq!(argmax(&probs), 1, "{probs:?}");
}

#[test]
fn a_bad_drawing_is_cleaned_or_refused() {
    assert_eq!(sanitise(&[0.5; 10]), None);
    let mut px = vec![0.2f32; PIXELS];
    (px[0], px[1], px[2]) = (f32::NAN, 2.0, -1.0);
    let clean = sanitise(&px).unwrap();
    assert_eq!(&clean[..4], &[0.0, 1.0, 0.0, 0.2]);
}
