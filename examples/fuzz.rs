//! The full fuzz run (issue 16): a million inputs per target by default, seeded.
//!
//! ```sh
//! cargo run --release --example fuzz -- [--n 1000000] [--seed 1] [--only url,csv,upload,protocol,digits,lab]
//! ```
//! Prints, per target: inputs tried, panics, broken properties (the first few with their input
//! index: rerun with `--first INDEX --n 1` to reproduce one), the time taken and the peak heap
//! the target reached (a counting allocator wraps the system one).

use std::time::Instant;

use genlab::fuzz::{TARGETS, run};
use genlab::heap::{Counting, peak, reset_peak};

#[global_allocator]
static ALLOC: Counting = Counting;

fn main() {
    let (mut n, mut seed, mut first, mut only) = (1_000_000u64, 1u64, 0u64, None::<String>);
    let argv: Vec<String> = std::env::args().skip(1).collect();
    for pair in argv.chunks(2) {
        let value = pair.get(1).cloned().unwrap_or_default();
        match pair[0].as_str() {
            "--n" => n = value.parse().expect("--n takes a count"),
            "--seed" => seed = value.parse().expect("--seed takes a number"),
            "--first" => first = value.parse().expect("--first takes an index"),
            "--only" => only = Some(value),
            other => panic!("unknown flag {other}"),
        }
    }
    // Panics are caught and counted; their default report would flood the terminal.
    std::panic::set_hook(Box::new(|_| {}));
    println!("target     inputs  panics  broken  seconds  peak heap (MB)");
    for (name, target) in TARGETS {
        if only.as_ref().is_some_and(|o| !o.split(',').any(|t| t == name)) {
            continue;
        }
        reset_peak();
        let start = Instant::now();
        let report = run(target, seed, first, n);
        let peak = peak() as f64 / 1e6;
        println!(
            "{name:<9} {:>8} {:>7} {:>7} {:>8.1} {:>10.1}",
            report.inputs,
            report.panics,
            report.failed,
            start.elapsed().as_secs_f64(),
            peak
        );
        for f in &report.failures {
            println!("    {f}");
        }
    }
}
