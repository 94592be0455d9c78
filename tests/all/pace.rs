//! The 2-D loops' rhythm: chunks of about `CHUNK_MS`, the speed cap, and spaced scoring.

use genlab::worker::pace::{CHUNK_MS, MAX_CHUNK, Pace};

#[test]
fn chunks_last_about_chunk_ms() {
    let mut p = Pace::default();
    assert_eq!(p.per_chunk, 1);
    // 1,000 iterations/s measured → CHUNK_MS of them per chunk (150).
    for _ in 0..20 {
        let n = p.per_chunk;
        p.measured(n, n as f64); // 1 ms per iteration
    }
    assert_eq!(p.per_chunk, CHUNK_MS as usize);
    assert_eq!(p.per_chunk, 150);
    // Very fast: capped at MAX_CHUNK; nothing measured for an empty chunk.
    p.measured(100_000, 10.0);
    p.measured(100_000, 10.0);
    assert_eq!(p.per_chunk, MAX_CHUNK);
    let before = p.clone();
    p.measured(0, 5.0);
    assert_eq!(p, before);
}

#[test]
fn the_speed_cap_limits_chunks_rate_and_waits() {
    let mut p = Pace::default();
    p.speed = 10;
    for _ in 0..10 {
        p.measured(p.per_chunk, 1.0);
    }
    assert_eq!(p.per_chunk, 1, "10/s → one iteration a chunk, then a wait");
    assert_eq!(p.shown_rate(), 10.0);
    assert!((p.wait_ms(1, 1.0) - 99.0).abs() < 1e-9);
    assert_eq!(Pace::default().wait_ms(5, 1.0), 0.0);
    // 70/s: the most whole iterations that fit a chunk (10 of 10.5), each chunk then padded
    // to its share of a second.
    p.speed = 70;
    p.measured(p.per_chunk, 1.0);
    assert_eq!(p.per_chunk, 10);
    assert!((p.wait_ms(10, 20.0) - (1000.0 / 7.0 - 20.0)).abs() < 1e-9);
}

#[test]
fn scoring_is_spaced_by_a_second_or_four_times_its_cost() {
    let mut p = Pace::default();
    assert!(p.score_due(50, 0.0), "the first chunk is scored");
    p.scored(0.0, 100.0);
    assert!(!p.score_due(50, 600.0));
    assert!(p.score_due(50, 1100.0));
    assert!(p.score_due(0, 150.0), "a standstill is always scored");
    p.scored(1000.0, 1500.0); // a 500 ms scoring
    assert!(!p.score_due(50, 3000.0));
    assert!(p.score_due(50, 3500.0));
}
