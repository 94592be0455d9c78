//! The seeded random stream the models train and sample with: ChaCha12, the generator inside
//! rand's `StdRng` — the same stream for the same seed — wrapped so that it can be copied
//! exactly (its seed, stream and position), which rand 0.10's `StdRng` cannot. A training-
//! history snapshot copies a whole lab, its streams included, so training on from a snapshot
//! draws exactly what the original run drew from that step (`worker/history.rs`).

use std::ops::{Deref, DerefMut};

use chacha20::ChaCha12Rng;
use rand::SeedableRng;

/// A ChaCha12 stream that can be cloned; every `rand` trait comes through `Deref`.
#[derive(Debug)]
pub struct StdRng(ChaCha12Rng);

impl Clone for StdRng {
    fn clone(&self) -> Self {
        Self::from_state(&self.state())
    }
}

impl SeedableRng for StdRng {
    type Seed = [u8; 32];

    fn from_seed(seed: Self::Seed) -> Self {
        StdRng(ChaCha12Rng::from_seed(seed))
    }
}

impl Deref for StdRng {
    type Target = ChaCha12Rng;
    fn deref(&self) -> &ChaCha12Rng {
        &self.0
    }
}

impl DerefMut for StdRng {
    fn deref_mut(&mut self) -> &mut ChaCha12Rng {
        &mut self.0
    }
}

/// A stream's exact position: its seed, stream number and word position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RngState {
    pub seed: [u8; 32],
    pub stream: u64,
    pub word_pos: u128,
}

impl StdRng {
    pub fn state(&self) -> RngState {
        RngState { seed: self.0.get_seed(), stream: self.0.get_stream(), word_pos: self.0.get_word_pos() }
    }

    /// The stream at exactly the position `state` was taken at.
    pub fn from_state(state: &RngState) -> Self {
        let mut rng = ChaCha12Rng::from_seed(state.seed);
        rng.set_stream(state.stream);
        rng.set_word_pos(state.word_pos);
        StdRng(rng)
    }
}
