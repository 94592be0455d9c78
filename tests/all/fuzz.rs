//! A few thousand fuzzed inputs per target on every test run (the million-input run is
//! `examples/fuzz.rs`): no panic, and every target keeps its property (`src/fuzz/targets.rs`).

use genlab::fuzz::{TARGETS, Target, run, targets};

fn clean(name: &str, target: Target, n: u64) {
    let report = run(target, 2026, 0, n);
    assert_eq!(report.inputs, n);
    assert!(report.failed == 0, "{name}: {} of {n} inputs failed ({} panics): {:#?}", report.failed, report.panics, report.failures);
}

#[test]
fn links_never_panic_and_what_they_set_reads_back() {
    clean("url", targets::url, 3000);
}

#[test]
fn point_files_never_panic_and_accept_only_finite_points_in_range() {
    clean("csv", targets::csv, 3000);
}

#[test]
fn pictures_never_panic_and_decode_to_ink_or_a_message() {
    clean("upload", targets::upload, 1500);
}

#[test]
fn worker_messages_never_panic_the_decoders_or_the_page_state() {
    clean("protocol", targets::protocol, 3000);
}

#[test]
fn digit_files_never_panic_and_accept_only_whole_labelled_classes() {
    clean("digits", targets::digits, 1500);
}

#[test]
fn lab_files_never_panic_and_accept_only_whole_labs() {
    clean("lab", targets::lab, 3000);
}

#[test]
fn the_runner_counts_a_panic_and_a_broken_property() {
    std::panic::set_hook(Box::new(|_| {}));
    let report = run(|rng| if rand::RngExt::random_bool(rng, 0.5) { panic!("boom") } else { Err("broken".into()) }, 1, 0, 200);
    let _ = std::panic::take_hook();
    assert_eq!(report.inputs, 200);
    assert_eq!(report.failed, 200);
    assert!(report.panics > 50 && report.panics < 150, "{} panics", report.panics);
    assert!(report.failures.len() == 5 && report.failures[0].starts_with("input 0: "));
    assert_eq!(TARGETS.len(), 6);
}
