//! A seeded fuzzer for every input that comes from outside: links, point files, pictures,
//! the worker's messages, the real digits' file and a saved lab (`targets.rs` says what each must keep). Stable Rust, no cargo-fuzz:
//! input `i` of a run with seed `s` is drawn from its own stream (s, i), so any failure is
//! reproduced by its seed and index alone. `cargo run --release --example fuzz` runs a million
//! inputs per target; `tests/all/fuzz.rs` runs a few thousand of each on every test run.

pub mod inputs;
pub mod mutate;
pub mod targets;

use rand::{SeedableRng, rngs::StdRng};

/// One input source and its property.
pub type Target = fn(&mut StdRng) -> Result<(), String>;

/// The targets by name.
pub const TARGETS: [(&str, Target); 6] = [
    ("url", targets::url),
    ("csv", targets::csv),
    ("upload", targets::upload),
    ("protocol", targets::protocol),
    ("digits", targets::digits),
    ("lab", targets::lab),
];

/// What a run found.
#[derive(Debug, Default)]
pub struct Report {
    pub inputs: u64,
    pub panics: u64,
    /// The first few failures (a panic or a broken property), each with its input's index.
    pub failures: Vec<String>,
    pub failed: u64,
}

/// Runs `target` on inputs `first..first + n` of seed `seed`; a panic is caught and counted.
pub fn run(target: Target, seed: u64, first: u64, n: u64) -> Report {
    let mut report = Report::default();
    for i in first..first + n {
        let mut rng = StdRng::seed_from_u64(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ i);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| target(&mut rng)));
        report.inputs += 1;
        let failure = match outcome {
            Ok(Ok(())) => None,
            Ok(Err(why)) => Some(format!("input {i}: {why}")),
            Err(p) => {
                report.panics += 1;
                let why =
                    p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
                Some(format!("input {i}: panicked: {why}"))
            }
        };
        if let Some(f) = failure {
            report.failed += 1;
            if report.failures.len() < 5 {
                report.failures.push(f);
            }
        }
    }
    report
}
