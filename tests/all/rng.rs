//! The models' random stream: the same numbers as rand's `StdRng` for the same seed, and a copy
//! taken mid-stream goes on exactly as the original does.

use genlab::models::rng::StdRng;
use rand::{RngExt, SeedableRng};

#[test]
fn it_is_rands_std_rng_stream_and_copies_exactly() {
    let mut ours = StdRng::seed_from_u64(42);
    let mut theirs = rand::rngs::StdRng::seed_from_u64(42);
    for _ in 0..1000 {
        assert_eq!(ours.random::<u64>(), theirs.random::<u64>());
    }
    // Mid-block (an odd number of 32-bit words drawn), then copied.
    let _ = ours.random::<u32>();
    let _ = theirs.random::<u32>();
    let mut copy = ours.clone();
    let a: Vec<f32> = (0..500).map(|_| ours.random()).collect();
    let b: Vec<f32> = (0..500).map(|_| copy.random()).collect();
    let c: Vec<f32> = (0..500).map(|_| theirs.random()).collect();
    assert_eq!(a, b);
    assert_eq!(a, c);
}
