//! A person's strokes, prepared as MNIST's digits were (`lineup/pad.rs::prepare`, from the
//! strokes; `data/prepare.rs` for pictures), are read by the judge trained on real handwriting:
//! three writers draw 0–9 through the pad's own brush (`lineup/pad.rs::stroke`) — a neat hand with an open 4 and a plain 7, a slanted hand with a
//! based 1, a closed 4 and a crossed 7, and a small hand in the pad's corner — and each writer's
//! digits must be read right at least 9 times in 10.

use genlab::data::glyphs::{PIXELS, SIDE};
use genlab::data::prepare::like_mnist;
use genlab::device::cpu;
use genlab::judge::classifier::{Classifier, argmax, to_model_space};
use genlab::lineup::pad::{Segment, prepare, stroke};

type Path = Vec<[f32; 2]>;

fn arc(cx: f32, cy: f32, rx: f32, ry: f32, from: f32, to: f32) -> Path {
    (0..=24)
        .map(|k| from + (to - from) * k as f32 / 24.0)
        .map(|a| [cx + rx * a.to_radians().cos(), cy + ry * a.to_radians().sin()])
        .collect()
}

/// Digit `d` as pen paths on the 28-wide pad; `style` 0 is the neat hand, 1 the slanted one.
fn digit(d: usize, style: usize) -> Vec<Path> {
    match (d, style) {
        (0, _) => vec![arc(14.0, 14.0, 6.0, 9.0, -90.0, 275.0)],
        (1, 0) => vec![vec![[14.0, 5.0], [14.0, 23.0]]],
        (1, _) => vec![vec![[10.5, 8.5], [14.0, 5.0], [14.0, 23.0]], vec![[10.0, 23.0], [18.0, 23.0]]],
        (2, _) => {
            let mut p = arc(14.0, 10.0, 6.0, 5.0, 190.0, 380.0);
            p.extend([[8.0, 23.0], [21.0, 23.0]]);
            vec![p]
        }
        (3, _) => {
            let mut p = arc(13.5, 9.0, 5.5, 4.0, 200.0, 450.0);
            p.extend(arc(13.5, 18.0, 6.0, 5.0, 270.0, 510.0));
            vec![p]
        }
        (4, 0) => vec![vec![[9.0, 5.0], [8.0, 16.0], [21.0, 16.0]], vec![[17.0, 7.0], [17.0, 24.0]]],
        (4, _) => vec![vec![[17.0, 5.0], [7.0, 17.0], [21.0, 17.0]], vec![[17.0, 5.0], [17.0, 24.0]]],
        (5, _) => {
            let mut p = vec![[19.0, 5.0], [9.5, 5.0], [9.0, 13.0]];
            p.extend(arc(13.5, 17.5, 6.0, 6.0, 225.0, 500.0));
            vec![p]
        }
        (6, _) => {
            let mut p = vec![[18.0, 4.0], [13.0, 8.0], [9.5, 13.0]];
            p.extend(arc(14.0, 18.0, 5.5, 5.5, 180.0, 545.0));
            vec![p]
        }
        (7, 0) => vec![vec![[7.0, 5.0], [21.0, 5.0], [12.0, 24.0]]],
        (7, _) => vec![vec![[7.0, 5.0], [21.0, 5.0], [12.0, 24.0]], vec![[11.0, 14.0], [19.0, 14.0]]],
        (8, _) => vec![arc(14.0, 9.5, 4.5, 4.5, 0.0, 360.0), arc(14.0, 19.0, 5.5, 5.0, 0.0, 360.0)],
        _ => vec![arc(13.0, 10.0, 5.0, 5.0, 0.0, 360.0), vec![[18.0, 10.0], [17.0, 24.0]]],
    }
}

/// A writer's hand: where it puts each point of a path.
type Hand = Box<dyn Fn([f32; 2]) -> [f32; 2]>;

/// The paths as the pad's pen segments, after `f` moves each point (the writer's hand).
fn segments(paths: &[Path], f: impl Fn([f32; 2]) -> [f32; 2]) -> Vec<Segment> {
    paths.iter().flat_map(|p| p.windows(2).map(|w| (f(w[0]), f(w[1]))).collect::<Vec<_>>()).collect()
}

#[test]
fn three_writers_digits_are_read_at_least_nine_times_in_ten() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/models/digits-classifier.bin");
    let judge = Classifier::from_bytes(&std::fs::read(path).unwrap(), &cpu()).unwrap();
    let writers: [(&str, usize, Hand); 3] = [
        ("neat", 0, Box::new(|p| p)),
        ("slanted", 1, Box::new(|[x, y]| [x + 0.3 * (14.0 - y), y])),
        ("small, in the corner", 0, Box::new(|[x, y]| [2.0 + 0.55 * x, 1.0 + 0.55 * y])),
    ];
    let mut report = Vec::new();
    for (name, style, hand) in &writers {
        let mut read = Vec::new();
        for d in 0..10 {
            let px = prepare(&segments(&digit(d, *style), hand));
            let (p, _) = judge.predict_host(to_model_space(&px, &cpu()));
            read.push(argmax(&p));
        }
        let right = read.iter().enumerate().filter(|(d, r)| d == *r).count();
        report.push((right, format!("the {name} hand: 0–9 read as {read:?}")));
    }
    assert!(report.iter().all(|(right, _)| *right >= 9), "{report:#?}");
}

#[test]
fn a_digit_is_boxed_in_twenty_pixels_and_centred_by_its_mass() {
    // A small 1 drawn in the corner: tall box, so its height becomes 20 pixels.
    let mut px = vec![0.0f32; PIXELS];
    stroke(&mut px, [4.0, 2.0], [4.0, 10.0]);
    let out = like_mnist(&px, SIDE);
    let rows: Vec<usize> = (0..SIDE).filter(|y| (0..SIDE).any(|x| out[y * SIDE + x] > 0.1)).collect();
    let (top, bottom) = (rows[0], *rows.last().unwrap());
    assert!((19..=21).contains(&(bottom + 1 - top)), "ink rows {top}..={bottom}");
    let mass: f32 = out.iter().sum();
    let cx = out.iter().enumerate().map(|(i, p)| p * ((i % SIDE) as f32 + 0.5)).sum::<f32>() / mass;
    let cy = out.iter().enumerate().map(|(i, p)| p * ((i / SIDE) as f32 + 0.5)).sum::<f32>() / mass;
    assert!((cx - 14.0).abs() <= 0.75 && (cy - 14.0).abs() <= 0.75, "centre of mass ({cx}, {cy})");
    assert!(out.iter().all(|v| (0.0..=1.0).contains(v)));
    assert_eq!(like_mnist(&vec![0.0; PIXELS], SIDE), vec![0.0; PIXELS], "nothing drawn, nothing made up");
    assert_eq!(like_mnist(&[f32::NAN; 7], SIDE), vec![0.0; PIXELS], "a wrong size is blank");
    // A larger source (an upload at 56×56) comes out the same shape.
    let mut big = vec![0.0f32; 56 * 56];
    (8..40).for_each(|y| (9..13).for_each(|x| big[y * 56 + x] = 1.0));
    let out = like_mnist(&big, 56);
    assert!((5..=22).all(|y| (0..SIDE).any(|x| out[y * SIDE + x] > 0.5)) && out[SIDE + 14] < 0.1);
}

#[test]
fn a_drawing_is_prepared_from_its_strokes_at_mnists_size_and_centre() {
    // The same 7, written large and written small in a corner, is prepared the same.
    let big = prepare(&segments(&digit(7, 0), |p| p));
    let small = prepare(&segments(&digit(7, 0), |[x, y]| [1.0 + 0.4 * x, 15.0 + 0.4 * y]));
    let diff: f32 = big.iter().zip(&small).map(|(a, b)| (a - b).abs()).sum::<f32>() / big.iter().sum::<f32>();
    assert!(diff < 0.05, "large and small differ by {diff}");
    let rows: Vec<usize> = (0..SIDE).filter(|y| (0..SIDE).any(|x| big[y * SIDE + x] > 0.1)).collect();
    assert!((19..=22).contains(&(rows.last().unwrap() + 1 - rows[0])), "ink rows {rows:?}");
    let mass: f32 = big.iter().sum();
    let cy = big.iter().enumerate().map(|(i, p)| p * ((i / SIDE) as f32 + 0.5)).sum::<f32>() / mass;
    assert!((cy - 14.0).abs() < 0.5, "centre of mass at row {cy}");
    assert_eq!(prepare(&[]), vec![0.0; PIXELS]);
    let dot = prepare(&[([3.0, 3.0], [3.0, 3.0]), ([f32::NAN, 1.0], [2.0, 2.0])]);
    assert!(dot.iter().all(|v| v.is_finite()) && dot[14 * SIDE + 14] > 0.5, "a dot is kept, centred; NaN points are dropped");
}
