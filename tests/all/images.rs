//! The built-in digit images and the picture upload: seeded, distinct classes, the image
//! forward process by its closed form, and clear refusals of bad files.

use genlab::data::glyphs::{CLASSES, PIXELS, SIDE, generate, noise_image};
use genlab::data::upload::{MAX_BYTES, UploadError, decode};

#[test]
fn images_are_seeded_balanced_and_in_range() {
    let a = generate(50, 3);
    assert_eq!(a, generate(50, 3));
    assert_ne!(a.pixels, generate(50, 4).pixels);
    assert_eq!(a.pixels.len(), 50 * PIXELS);
    assert!(a.pixels.iter().all(|v| (0.0..=1.0).contains(v)));
    for c in 0..CLASSES as u8 {
        assert_eq!(a.labels.iter().filter(|l| **l == c).count(), 5);
    }
    // Every image has ink, but is mostly paper.
    for i in 0..a.len() {
        let ink = a.image(i).iter().sum::<f32>() / PIXELS as f32;
        assert!(ink > 0.03 && ink < 0.5, "image {i} ink {ink}"); // a thin "1" has the least
    }
}

/// Classes are distinct: a nearest-class-mean classifier fitted on one seed labels 500 images
/// of another seed correctly at least 90 % of the time (chance: 10 %), and no two digits share
/// a mean image.
#[test]
fn classes_are_distinct() {
    let train = generate(1000, 1);
    let mut means = vec![vec![0f32; PIXELS]; CLASSES];
    for i in 0..train.len() {
        for (m, v) in means[train.labels[i] as usize].iter_mut().zip(train.image(i)) {
            *m += v / (train.len() / CLASSES) as f32;
        }
    }
    let dist = |a: &[f32], b: &[f32]| a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum::<f32>();
    for i in 0..CLASSES {
        for j in 0..i {
            assert!(dist(&means[i], &means[j]) > 5.0, "digits {i} and {j} look alike");
        }
    }
    let test = generate(500, 2);
    let correct = (0..test.len())
        .filter(|&i| {
            let best = (0..CLASSES).min_by(|&a, &b| dist(test.image(i), &means[a]).total_cmp(&dist(test.image(i), &means[b]))).unwrap();
            best == test.labels[i] as usize
        })
        .count();
    assert!(correct as f32 / 500.0 >= 0.9, "nearest-mean accuracy {correct}/500");
}

#[test]
fn image_forward_process_is_the_closed_form() {
    let img = generate(1, 5);
    let x0 = img.image(0);
    let eps: Vec<f32> = (0..PIXELS).map(|i| ((i * 37 % 101) as f32 / 50.0) - 1.0).collect();
    for ab in [0.999, 0.5, 0.01] {
        let xt = noise_image(x0, &eps, ab);
        for i in [0, 100, 400, 783] {
            let want = ((ab.sqrt() as f32 * (2.0 * x0[i] - 1.0) + (1.0 - ab).sqrt() as f32 * eps[i]) + 1.0) / 2.0;
            assert!((xt[i] - want).abs() < 1e-6);
        }
    }
    // At ᾱ = 1 the image is untouched.
    let same = noise_image(x0, &eps, 1.0);
    assert!(same.iter().zip(x0).all(|(a, b)| (a - b).abs() < 1e-6));
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let img = image::GrayImage::from_fn(width, height, |x, _| image::Luma([if x < width / 2 { 0 } else { 255 }]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

#[test]
fn a_picture_is_prepared_as_mnist_digits_were() {
    let px = decode(&png(100, 60)).unwrap();
    assert_eq!(px.len(), SIDE * SIDE);
    // The left half is black (ink 1), the right half white: as a square, an ink box half as wide
    // as high, scaled to 20 pixels high and 10 wide, its centre at the frame's centre.
    let inked = |x: usize, y: usize| px[SIDE * y + x] > 0.5;
    let rows: Vec<usize> = (0..SIDE).filter(|y| inked(14, *y)).collect();
    let cols: Vec<usize> = (0..SIDE).filter(|x| inked(*x, 14)).collect();
    assert!((19..=21).contains(&rows.len()) && (9..=11).contains(&cols.len()), "rows {rows:?} cols {cols:?}");
    assert!(rows.contains(&4) && rows.contains(&23) && cols.contains(&10) && cols.contains(&18), "rows {rows:?} cols {cols:?}");
    assert!(!inked(2, 14) && !inked(25, 14), "the white half and the margins stay blank");
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    assert_eq!(decode(&[]), Err(UploadError::Empty));
    assert_eq!(decode(b"x,y\n1,2\n"), Err(UploadError::NotAnImage));
    let mut truncated = png(50, 50);
    truncated.truncate(truncated.len() / 2);
    assert!(matches!(decode(&truncated), Err(UploadError::Corrupt(_))), "{:?}", decode(&truncated));
    assert!(matches!(decode(&vec![0u8; MAX_BYTES + 1]), Err(UploadError::TooLarge { .. })));
    assert!(matches!(decode(&png(7000, 2)), Err(UploadError::TooManyPixels { .. }) | Err(UploadError::Corrupt(_))));
    let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;";
    assert!(matches!(decode(gif), Err(UploadError::Unsupported(_))), "{:?}", decode(gif));
    for e in [UploadError::Empty, UploadError::NotAnImage, UploadError::TooLarge { bytes: 20_000_000 }] {
        assert!(e.to_string().ends_with('.'));
    }
}
