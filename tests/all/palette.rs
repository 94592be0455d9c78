//! The palette stays readable for colour-blind readers: every group of colours that shares a
//! view keeps a CIELAB distance of at least 15 between any two members, seen normally and under
//! simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, the
//! severity-1 matrices, applied in linear RGB).

use genlab::palette::{self, Rgb};

const MIN_DISTANCE: f64 = 15.0;

const SIMULATIONS: [(&str, [[f64; 3]; 3]); 3] = [
    ("protanopia", [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]),
    ("deuteranopia", [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]),
    ("tritanopia", [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]),
];

fn linear(c: u8) -> f64 {
    let c = c as f64 / 255.0;
    if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
}

/// CIELAB (D65) of a colour given in linear RGB.
fn lab(l: [f64; 3]) -> [f64; 3] {
    let x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
    let y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    let z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
    let f = |t: f64| if t > 0.008856 { t.cbrt() } else { 7.787 * t + 16.0 / 116.0 };
    [116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))]
}

fn seen(c: Rgb, m: Option<&[[f64; 3]; 3]>) -> [f64; 3] {
    let l = [linear(c.0), linear(c.1), linear(c.2)];
    let l = match m {
        None => l,
        Some(m) => std::array::from_fn(|i| (m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2]).clamp(0.0, 1.0)),
    };
    lab(l)
}

fn distance(a: [f64; 3], b: [f64; 3]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

/// The closest pair of `group` under any vision, with its distance and who sees it.
fn closest(group: &[Rgb]) -> (f64, &'static str, Rgb, Rgb) {
    let visions = std::iter::once(("normal vision", None)).chain(SIMULATIONS.iter().map(|(n, m)| (*n, Some(m))));
    let mut worst = (f64::INFINITY, "", group[0], group[0]);
    for (name, m) in visions {
        for (i, a) in group.iter().enumerate() {
            for b in &group[i + 1..] {
                let d = distance(seen(*a, m), seen(*b, m));
                if d < worst.0 {
                    worst = (d, name, *a, *b);
                }
            }
        }
    }
    worst
}

fn assert_apart(what: &str, group: &[Rgb]) {
    let (d, vision, a, b) = closest(group);
    assert!(d >= MIN_DISTANCE, "{what}: {} and {} are only {d:.1} apart under {vision}", a.hex(), b.hex());
}

#[test]
fn the_modes_of_any_dataset_stay_apart() {
    for n in 2..=palette::MODES.len() {
        assert_apart(&format!("the first {n} modes"), &palette::MODES[..n]);
    }
}

#[test]
fn the_views_groups_stay_apart() {
    let data = palette::DATA.over_white(palette::DATA_ALPHA);
    assert_apart("the four families", &palette::FAMILIES);
    assert_apart("the families over the data", &[palette::FAMILIES.as_slice(), &[data]].concat());
    assert_apart("the diffusion and flow views", &[palette::SAMPLE, palette::X0, palette::ARROW, palette::PATH, data]);
    assert_apart("the GAN view", &[palette::REAL, palette::FAKE, palette::PUSH]);
    assert_apart("the GAN's points and arrows", &[palette::REAL_POINTS, palette::FAKE_POINTS, palette::PUSH]);
    assert_apart("the VAE's codes, prior and z", &[palette::GREEN, palette::VIOLET, palette::VERMILLION, data]);
}

#[test]
fn the_check_can_tell_colours_that_collapse_for_colour_blind_readers() {
    // Red and olive at about the same lightness: apart to the eye, close under deuteranopia.
    let (red, olive) = (Rgb(200, 80, 60), Rgb(110, 130, 60));
    let normal = distance(seen(red, None), seen(olive, None));
    assert!(normal >= MIN_DISTANCE, "the pair is distinct to normal vision ({normal:.1})");
    let (d, vision, _, _) = closest(&[red, olive]);
    assert!(d < MIN_DISTANCE && vision != "normal vision", "{d:.1} under {vision}");
}
