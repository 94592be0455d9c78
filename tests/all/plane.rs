//! The latent planes (`lineup/plane.rs`): the grid, the extent and the two readings on cases
//! whose answer is known, and the shipped 2-D VAE and autoencoder as the page shows them —
//! real digits' codes fall inside the plane, and most decode back to a digit the classifier
//! reads as their class.

use genlab::data::glyphs::{CLASSES, PIXELS};
use genlab::device::cpu;
use genlab::families::digit_vae::model::DigitVae;
use genlab::judge::classifier::Classifier;
use genlab::lineup::plane::{self, GRID, VAE_HALF};

fn read(f: &str) -> Vec<u8> {
    std::fs::read(format!("{}/www/models/{f}", env!("CARGO_MANIFEST_DIR"))).expect("a shipped file")
}

#[test]
fn the_grid_extent_and_readings_on_known_cases() {
    assert_eq!(plane::grid_points(1.0, 2), vec![-0.5, 0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5]);
    let centres = plane::grid_points(2.0, 4);
    assert_eq!(plane::empty_share(&centres, 2.0, 4), 0.0, "a code in every cell");
    assert_eq!(plane::empty_share(&[0.1, 0.1], 2.0, 4), 15.0 / 16.0);
    assert_eq!(plane::empty_share(&[9.0, 9.0, -5.0, 0.0], 2.0, 4), 1.0, "codes off the plane fill nothing");
    assert_eq!(plane::extent(&[0.5, -2.0, 1.0, 0.0]), 2.5);
    assert_eq!(plane::extent(&[0.0, 0.0]), 1.0);
    let mut probs = vec![0.0f32; 3 * CLASSES];
    (probs[2], probs[CLASSES + 5], probs[2 * CLASSES]) = (0.95, 0.6, 0.9);
    assert!((plane::sure_share(&probs) - 2.0 / 3.0).abs() < 1e-12);
}

#[test]
fn the_shipped_planes_keep_the_codes_on_the_plane_and_decode_most_to_their_class() {
    let dev = cpu().without_autodiff();
    let clf = Classifier::from_bytes(&read("digits-classifier.bin"), &cpu()).unwrap();
    let (pixels, labels) = plane::real_digits(&crate::bank(), 1);
    let classes: Vec<usize> = labels.iter().map(|l| *l as usize).collect();
    for (file, variational) in [("digits-vae2d.bin", true), ("digits-ae2d.bin", false)] {
        let model = DigitVae::from_bytes(&read(file), &dev, 0).unwrap();
        let (codes, _) = model.encode(&pixels, &classes);
        let half = if variational { VAE_HALF } else { plane::extent(&codes) };
        let inside = codes.chunks(2).filter(|c| c[0].abs() <= half && c[1].abs() <= half).count();
        assert!(inside as f64 >= 0.95 * labels.len() as f64, "{file}: {inside} of {} codes on the plane", labels.len());
        let centre = |k: usize| {
            let own: Vec<&[f32]> = codes.chunks(2).zip(&labels).filter(|(_, l)| **l as usize == k).map(|(c, _)| c).collect();
            [own.iter().map(|c| c[0]).sum::<f32>() / own.len() as f32, own.iter().map(|c| c[1]).sum::<f32>() / own.len() as f32]
        };
        let centres: Vec<f32> = (0..CLASSES).flat_map(centre).collect();
        let (probs, _) = clf.predict_host(model.decode(&centres, &[]));
        let hits = probs.chunks(CLASSES).enumerate().filter(|(k, row)| genlab::judge::classifier::argmax(row) == *k).count();
        // Where a real digit's code lies, the decoder draws that digit back.
        let (probs, _) = clf.predict_host(model.decode(&codes, &[]));
        let own = probs.chunks(CLASSES).zip(&labels).filter(|(row, l)| genlab::judge::classifier::argmax(row) == **l as usize).count()
            as f64
            / labels.len() as f64;
        let grid = model.decode(&plane::grid_points(half, GRID), &[]);
        assert_eq!(grid.dims(), [GRID * GRID, PIXELS]);
        let (gp, _) = clf.predict_host(grid);
        println!(
            "{file}: half {half}, codes decoded read as their class {own:.3}, class centres {hits}/10, empty {:.2}, sure {:.2}",
            plane::empty_share(&codes, half, GRID),
            plane::sure_share(&gp)
        );
        // Measured (seed 1): VAE 0.713, autoencoder 0.660 — two numbers hold less than the
        // 8-D VAE; the page says the plane is a squeeze.
        assert!(own >= 0.6, "{file}: {own:.3} of real digits' codes decode to their class");
    }
}
