//! The GAN/VAE loop rhythm: chunks of about 100 ms, the speed cap, and spaced scoring.

use genlab::worker::pace::{MAX_CHUNK, Pace};

#[test]
fn chunks_last_about_a_tenth_of_a_second() {
    let mut p = Pace::default();
    assert_eq!(p.per_chunk, 1);
    // 1,000 iterations/s measured → 100 per chunk.
    for _ in 0..20 {
        let n = p.per_chunk;
        p.measured(n, n as f64); // 1 ms per iteration
    }
    assert_eq!(p.per_chunk, 100);
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
    assert_eq!(p.per_chunk, 1, "10/s → one iteration per 100 ms chunk");
    assert_eq!(p.shown_rate(), 10.0);
    assert!((p.wait_ms(1, 1.0) - 99.0).abs() < 1e-9);
    assert_eq!(Pace::default().wait_ms(5, 1.0), 0.0);
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
