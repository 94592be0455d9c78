//! Draws of held-out real digits (`data/mnist.rs`'s split), for every figure that judges a
//! model: the lineup's reference and its "another real draw" row, the planes' real codes, the
//! Images page's dataset grid and scorecard, "Start from a real digit". Seeded; the sets of one
//! draw never share a digit while a class has enough held out (200 each). Pure.

use rand::{SeedableRng, rngs::StdRng, seq::SliceRandom};

use crate::data::glyphs::{CLASSES, PIXELS};
use crate::data::mnist::{DigitBank, HELD_PER_CLASS};

/// The held-out digits' indices, class by class ([`HELD_PER_CLASS`] each).
pub fn held_by_class(bank: &DigitBank) -> Vec<Vec<usize>> {
    let (_, held) = bank.split();
    held.chunks(HELD_PER_CLASS).map(<[usize]>::to_vec).collect()
}

/// `sets` draws of held-out digits of the classes `asked` (ink in [0, 1], `asked.len() × 784`
/// each, in `asked`'s order), from `seed`. Each class's held-out digits are shuffled once and
/// dealt out in turn across the sets, so no digit appears twice until a class's 200 are used
/// (then they repeat, in the same order).
pub fn held_draws(bank: &DigitBank, asked: &[usize], sets: usize, seed: u64) -> Vec<Vec<f32>> {
    let mut by_class = held_by_class(bank);
    for (c, idx) in by_class.iter_mut().enumerate() {
        idx.shuffle(&mut StdRng::seed_from_u64(seed ^ (c as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)));
    }
    let mut next = [0usize; CLASSES];
    let mut out = vec![Vec::with_capacity(asked.len() * PIXELS); sets];
    for set in out.iter_mut() {
        for &c in asked {
            let idx = &by_class[c % CLASSES];
            set.extend(bank.image(idx[next[c % CLASSES] % idx.len()]));
            next[c % CLASSES] += 1;
        }
    }
    out
}

/// Held-out digits, class `i % 10` for the i-th, ink in [0, 1]: `n × 784`.
pub fn held_mixed(bank: &DigitBank, n: usize, seed: u64) -> Vec<f32> {
    let asked: Vec<usize> = (0..n).map(|i| i % CLASSES).collect();
    held_draws(bank, &asked, 1, seed).pop().unwrap_or_default()
}
