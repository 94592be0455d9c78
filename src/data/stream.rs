//! Class-balanced training batches drawn from the training digits of the real MNIST bank
//! (`mnist.rs`), with a stream that a saved lab carries exactly (`models/carry.rs`).

use std::sync::Arc;

use rand::{SeedableRng, seq::SliceRandom};

use crate::data::glyphs::CLASSES;
use crate::data::mnist::DigitBank;
use crate::models::carry::Carrier;
use crate::models::rng::StdRng;

/// Class-balanced training batches from the training digits: each epoch every class gives as
/// many digits as the largest has (the smaller ones repeat a random part of theirs), shuffled.
pub struct RealStream {
    bank: Arc<DigitBank>,
    by_class: Vec<Vec<usize>>,
    order: Vec<usize>,
    at: usize,
    rng: StdRng,
    pub epoch: u64,
}

impl RealStream {
    pub fn new(bank: Arc<DigitBank>, seed: u64) -> Self {
        let (train, _) = bank.split();
        let mut by_class = vec![Vec::new(); CLASSES];
        train.iter().for_each(|&i| by_class[bank.labels[i] as usize].push(i));
        let mut s = Self { bank, by_class, order: Vec::new(), at: 0, rng: StdRng::seed_from_u64(seed ^ 0x7265_616c), epoch: 0 };
        s.refresh();
        s
    }

    /// The stream as `new` makes it from `seed`, on the same digits (a trainer's reset).
    pub fn restart(&mut self, seed: u64) {
        *self = Self::new(self.bank.clone(), seed);
    }

    fn refresh(&mut self) {
        let most = self.by_class.iter().map(Vec::len).max().unwrap_or(0);
        self.order.clear();
        for class in &self.by_class {
            let mut extra = class.clone();
            extra.shuffle(&mut self.rng);
            self.order.extend(class.iter().chain(extra.iter().cycle().take(most - class.len())));
        }
        self.order.shuffle(&mut self.rng);
        self.at = 0;
        self.epoch += 1;
    }

    /// The next `b` digits (`b × 784` ink values in [0, 1]) and their classes.
    pub fn next(&mut self, b: usize) -> (Vec<f32>, Vec<u8>) {
        let b = b.min(self.order.len());
        if self.at + b > self.order.len() {
            self.refresh();
        }
        let idx = self.order[self.at..self.at + b].to_vec();
        self.at += b;
        let set = self.bank.subset(&idx);
        (set.pixels, set.labels)
    }

    /// Its position — the epoch's order, how far into it, which epoch — and its stream, saved
    /// or opened exactly. An order that does not fit these digits is not taken.
    pub fn carry(&mut self, c: &mut dyn Carrier) {
        c.rng(&mut self.rng);
        let mut words: Vec<u64> = [self.at as u64, self.epoch].into_iter().chain(self.order.iter().map(|&i| i as u64)).collect();
        c.words(&mut words);
        let n = self.bank.labels.len() as u64;
        if let [at, epoch, order @ ..] = &words[..]
            && *at as usize <= order.len()
            && order.iter().all(|&i| i < n)
        {
            (self.at, self.epoch) = (*at as usize, *epoch);
            self.order = order.iter().map(|&i| i as usize).collect();
        }
    }
}
