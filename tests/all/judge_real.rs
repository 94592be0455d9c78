//! The judge trained on real handwriting (`www/models/digits-classifier.bin`, from
//! `examples/train_judge.rs` on the training split) reads the held-out real digits: measured
//! 98.6 % overall and at least 97.5 % in every class (docs/figures.md); the test asks ≥ 98 % and
//! ≥ 95 % a class, issue 33's goals. Its features keep the FD analogue's 32 dimensions.

use genlab::data::glyphs::CLASSES;
use genlab::data::mnist::{self, HELD_PER_CLASS};
use genlab::device::cpu;
use genlab::judge::classifier::{Classifier, argmax, to_model_space};

#[test]
fn the_judge_reads_held_out_real_digits_at_98_percent_and_every_class_at_95() {
    let root = env!("CARGO_MANIFEST_DIR");
    let judge = Classifier::from_bytes(&std::fs::read(format!("{root}/www/models/digits-classifier.bin")).unwrap(), &cpu()).unwrap();
    assert_eq!(judge.config.features, 32);
    let bank = mnist::decode(&std::fs::read(format!("{root}/www/data/mnist.png")).unwrap()).unwrap();
    let (_, held) = bank.split();
    let set = bank.subset(&held);
    let (p, f) = judge.predict_batched(&to_model_space(&set.pixels, &cpu()));
    assert_eq!(f.len(), set.len() * 32);
    let mut right = [0usize; CLASSES];
    for (row, l) in p.chunks(CLASSES).zip(&set.labels) {
        right[*l as usize] += (argmax(row) == *l as usize) as usize;
    }
    let all = right.iter().sum::<usize>() as f64 / set.len() as f64;
    assert!(all >= 0.98, "held-out accuracy {all:.4}, per class {right:?} of {HELD_PER_CLASS}");
    for (c, r) in right.iter().enumerate() {
        assert!(*r as f64 >= 0.95 * HELD_PER_CLASS as f64, "class {c}: {r} of {HELD_PER_CLASS}");
    }
}
