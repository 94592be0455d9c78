//! The valid inputs the fuzzer starts from: real links (every preset and tour chapter, drawn
//! points, settings on every page), point files, small pictures, hostile pictures built by
//! hand, the worker's messages and sprites of the real digits' format.

use std::sync::OnceLock;

use rand::{RngExt, SeedableRng, rngs::StdRng};

use crate::data::glyphs::{CLASSES, PIXELS};
use crate::data::mnist;

use crate::families::FamilyId;
use crate::i18n::Msg;
use crate::state::url::UrlState;
use crate::worker::protocol::{Command, HistoryAction, TrainOp, Update};

/// Links as people share them, and every preset and tour chapter written back by the page.
pub fn links() -> &'static [String] {
    static LINKS: OnceLock<Vec<String>> = OnceLock::new();
    LINKS.get_or_init(|| {
        let mut out: Vec<String> = [
            "",
            "page=data&data=two_clusters&weight=0.8&seed=7&device=cpu",
            "data=custom&pts=0.5,1;1.25,-2;3,3",
            "page=diffusion&lang=ko&lecture=1",
            "data=eight_gaussians&n=4000&spread=0.2",
            "page=images&iclass=3&iw=2",
        ]
        .map(String::from)
        .to_vec();
        let presets = [
            "stable",
            "collapse",
            "vanishing",
            "wgan",
            "ae-vs-vae",
            "beta",
            "compare-9010",
            "compare-far",
            "compare-eight",
            "compare-ring",
        ];
        out.extend(presets.iter().map(|p| format!("preset={p}&seed=42")));
        out.extend(crate::tour::chapters::CHAPTERS.iter().enumerate().map(|(i, c)| format!("tour={}&{}", i + 1, c.setup)));
        let written: Vec<String> = out.iter().map(|q| UrlState::parse(q).0.to_query()).collect();
        out.extend(written);
        out
    })
}

/// Every key a link can hold.
pub fn url_keys() -> &'static [String] {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<String> =
            ["page", "data", "seed", "device", "pts", "preset", "lang", "tour", "lecture"].map(String::from).to_vec();
        for link in links() {
            let pairs: Vec<(String, String)> = serde_urlencoded::from_str(link).unwrap_or_default();
            keys.extend(pairs.into_iter().map(|(k, _)| k));
        }
        keys.sort();
        keys.dedup();
        keys
    })
}

/// A point file: a header or not, commas, semicolons or spaces, comments and blank lines.
pub fn csv_file(rng: &mut StdRng) -> String {
    let sep = *crate::fuzz::mutate::pick(rng, &[",", ";", " ", "\t", ", "]);
    let mut text = if rng.random_bool(0.5) { format!("x{sep}y\n") } else { String::new() };
    for i in 0..rng.random_range(1..40) {
        if i % 7 == 3 {
            text.push_str("# a comment\n\n");
        }
        let (x, y): (f32, f32) = (rng.random_range(-10.0..10.0), rng.random_range(-10.0..10.0));
        text.push_str(&format!("{x}{sep}{y}\n"));
    }
    text
}

fn random_gray(rng: &mut StdRng) -> image::GrayImage {
    let (w, h) = (rng.random_range(1..64), rng.random_range(1..64));
    image::GrayImage::from_fn(w, h, |_, _| image::Luma([rng.random()]))
}

/// A small PNG of random size and pixels.
pub fn png(rng: &mut StdRng) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let _ = random_gray(rng).write_to(&mut out, image::ImageFormat::Png);
    out.into_inner()
}

/// A small JPEG of random size and pixels.
pub fn jpeg(rng: &mut StdRng) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let _ = random_gray(rng).write_to(&mut out, image::ImageFormat::Jpeg);
    out.into_inner()
}

/// CRC-32 (ISO-HDLC, the one PNG chunks carry), bit by bit.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for b in bytes {
        crc ^= *b as u32;
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend((data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend(kind);
    out.extend(data);
    let crc = crc32(&out[start..]);
    out.extend(crc.to_be_bytes());
}

/// A PNG whose header claims 50,000 × 50,000 gray pixels (2.5 GB decoded), with one tiny IDAT.
pub fn giant_png_header() -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend(50_000u32.to_be_bytes());
    ihdr.extend(50_000u32.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
    chunk(&mut out, b"IEND", &[]);
    out
}

/// A deflate bomb within the side limit: a 6,000 × 6,000 white PNG, a few tens of kB that
/// inflate to 36 MB (built once).
pub fn deflate_bomb() -> &'static [u8] {
    static BOMB: OnceLock<Vec<u8>> = OnceLock::new();
    BOMB.get_or_init(|| {
        let mut out = std::io::Cursor::new(Vec::new());
        let _ = image::GrayImage::from_pixel(6000, 6000, image::Luma([255])).write_to(&mut out, image::ImageFormat::Png);
        out.into_inner()
    })
}

/// Messages the worker sends, non-finite numbers included.
pub fn updates() -> Vec<Update> {
    vec![
        Update::Ready,
        Update::Status { message: Msg::new("gpu-missing").arg("n", f32::NAN) },
        Update::History { family: FamilyId::Gan, steps: vec![0, 100, 200], times: vec![0.0, f64::INFINITY, 2.0], viewing: Some(1) },
        Update::Rewind { family: FamilyId::Vae, steps: vec![100, 100] },
        Update::Diverged { family: FamilyId::Diffusion, message: Msg::new("diverged").nested("why", &Msg::new("x")), restore_step: 40 },
        Update::Error { message: Msg::new("worker-error"), fatal: false },
        Update::Saved {
            meta: crate::labfile::LabMeta { link: "page=gan".into(), ..Default::default() },
            data: vec![1.0, f32::NAN],
            to: Default::default(),
        },
        Update::Opened { message: Msg::new("lab-opened").arg("when", "now") },
    ]
}

/// Commands the page sends.
pub fn commands() -> Vec<Command> {
    vec![
        Command::Restore { family: FamilyId::Flow },
        Command::Train { family: FamilyId::Gan, op: TrainOp::Start { speed: 30 } },
        Command::Train { family: FamilyId::DigitVae, op: TrainOp::Step { n: 10 } },
        Command::History { family: FamilyId::Gan, action: HistoryAction::Show { index: 3 } },
        Command::SaveLab { to: crate::worker::protocol::SaveTo::Browser },
        Command::SetData { points: vec![[0.5, -1.0], [2.0, 2.0]], reference: Default::default(), seed: 7 },
    ]
}

/// A sparse random tile: a few ink pixels (never blank unless `blank`).
fn tile(rng: &mut StdRng, blank: bool) -> Vec<u8> {
    let mut px = vec![0u8; PIXELS];
    if !blank {
        for _ in 0..rng.random_range(1..6) {
            px[rng.random_range(0..PIXELS)] = rng.random_range(1..=255);
        }
    }
    px
}

/// A sprite of a few digits per class (too few to accept), sometimes with a blank tile
/// inside a class or a class missing: the layout's faults.
pub fn small_sprite(rng: &mut StdRng) -> Vec<u8> {
    let classes = if rng.random_bool(0.1) { rng.random_range(0..CLASSES) } else { CLASSES };
    let sprite: Vec<Vec<Vec<u8>>> = (0..classes)
        .map(|_| {
            (0..rng.random_range(1..120))
                .map(|_| {
                    let blank = rng.random_bool(0.01);
                    tile(rng, blank)
                })
                .collect()
        })
        .collect();
    mnist::encode(&sprite)
}

/// A valid sprite: `MIN_PER_CLASS` sparse digits per class (built once).
pub fn valid_sprite() -> &'static [u8] {
    static SPRITE: OnceLock<Vec<u8>> = OnceLock::new();
    SPRITE.get_or_init(|| {
        let mut rng = StdRng::seed_from_u64(7);
        let sprite: Vec<Vec<Vec<u8>>> = (0..CLASSES).map(|_| (0..mnist::MIN_PER_CLASS).map(|_| tile(&mut rng, false)).collect()).collect();
        mnist::encode(&sprite)
    })
}

/// A family's carried state as the worker writes it (`models/carry.rs`), with made-up numbers.
fn carried(rng: &mut StdRng) -> Vec<u8> {
    use crate::models::carry::{Carried, CarriedOptim};
    use crate::models::rng::RngState;
    let optims = (0..rng.random_range(0..3))
        .map(|_| CarriedOptim {
            ids: (0..rng.random_range(0..6)).map(|_| rng.random()).collect(),
            record: (0..rng.random_range(0..40)).map(|_| rng.random()).collect(),
        })
        .collect();
    let rngs = (0..rng.random_range(0..3)).map(|_| RngState { seed: rng.random(), stream: rng.random(), word_pos: rng.random() }).collect();
    let words = (0..rng.random_range(0..2)).map(|_| (0..rng.random_range(0..10)).map(|_| rng.random_range(0..100)).collect()).collect();
    Carried { optims, rngs, words }.to_bytes()
}

/// A small whole lab file: one or two families' settings and a few hundred weights, drawn
/// from `rng`, sometimes with drawn points.
pub fn lab_file(rng: &mut StdRng) -> Vec<u8> {
    use crate::labfile::{LabFile, LabMeta, SavedCopy, SavedFamily};
    let families: Vec<SavedFamily> = (0..rng.random_range(0..3))
        .map(|i| SavedFamily {
            family: FamilyId::ALL[i * 2],
            settings: format!("{{\"hidden\":{}}}", rng.random_range(1..100)),
            steps: vec![rng.random_range(0..5000)],
            len: rng.random_range(0..300),
            carried: if rng.random_bool(0.5) { carried(rng) } else { Vec::new() },
            trained_ms: rng.random_range(0.0..1e6),
            history: (0..rng.random_range(0..4))
                .map(|k| SavedCopy {
                    step: k * 20,
                    trained_ms: k as f64 * 10.0,
                    steps: vec![k * 20],
                    len: rng.random_range(0..50),
                    carried: if rng.random_bool(0.3) { carried(rng) } else { Vec::new() },
                })
                .collect(),
            every: 20,
        })
        .collect();
    let n: u64 = families.iter().map(|f| f.total().unwrap()).sum();
    let point = |rng: &mut StdRng| [rng.random_range(-3.0..3.0f32), rng.random_range(-3.0..3.0f32)];
    let meta = LabMeta {
        saved_at: "2026-12-07 14:05".into(),
        link: crate::fuzz::mutate::pick(rng, links()).clone(),
        custom: (0..rng.random_range(0..20)).map(|_| point(rng)).collect(),
        points: (0..rng.random_range(0..50)).map(|_| point(rng)).collect(),
        seed: rng.random(),
        families,
        ..LabMeta::default()
    };
    LabFile { meta, values: (0..n).map(|_| rng.random_range(-1.0..1.0f32)).collect() }.encode()
}
