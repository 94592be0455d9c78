//! The rhythm of the 2-D training loops: chunks sized from a smoothed measured rate to last
//! about a seventh of a second (so one readback and one view per chunk), an optional speed
//! cap, and the spacing of the costly scoring (MMD² over 2,000² pairs): always when training
//! stands still, otherwise at most once a second and at least four times its own cost apart,
//! so that it takes under a fifth of the time. Pure: the worker passes the clock in.

/// Target wall time of one chunk, in ms: the views move about seven times a second while a
/// model trains. Each report is one render and one frame of the page, about 10 ms of its main
/// thread in headless Chromium on the GAN and VAE pages: at ten a second (100 ms) they kept it
/// 11–12 % busy, at eight 10.5 %, over issue 34's 10 % (docs/figures.md).
pub const CHUNK_MS: f64 = 150.0;
/// Most iterations in one chunk.
pub const MAX_CHUNK: usize = 500;

#[derive(Clone, Debug, PartialEq)]
pub struct Pace {
    /// Iterations to run in the next chunk.
    pub per_chunk: usize,
    /// Smoothed iterations per second.
    pub rate: f64,
    /// Iterations-per-second cap; 0 = none.
    pub speed: u32,
    /// A training loop is running on this pace.
    pub looping: bool,
    /// Spacing of scorings once training is under way, and of the first one after a rebuild;
    /// the spacing doubles from `first_ms` up to `every_ms` (the diffusion loop measures early
    /// and often, so a model that meets the quality bar early is seen to).
    pub every_ms: f64,
    pub first_ms: f64,
    scored_at: f64,
    score_cost: f64,
    scorings: u32,
}

impl Default for Pace {
    fn default() -> Self {
        Self {
            per_chunk: 1,
            rate: 0.0,
            speed: 0,
            looping: false,
            every_ms: 1000.0,
            first_ms: 1000.0,
            scored_at: f64::NEG_INFINITY,
            score_cost: 0.0,
            scorings: 0,
        }
    }
}

impl Pace {
    /// A fresh model: start again from one-iteration chunks (the rate is kept).
    pub fn restart(&mut self) {
        self.per_chunk = 1;
        self.scorings = 0;
    }

    /// Scorings spaced from `first_ms`, doubling up to `every_ms`.
    pub fn with_scoring(self, first_ms: f64, every_ms: f64) -> Self {
        Self { first_ms, every_ms, ..self }
    }

    /// Records that a chunk of `n` iterations took `ms`, and sizes the next one.
    pub fn measured(&mut self, n: usize, ms: f64) {
        if n == 0 {
            return;
        }
        let rate = n as f64 * 1000.0 / ms.max(1.0);
        self.rate = if self.rate == 0.0 { rate } else { 0.7 * self.rate + 0.3 * rate };
        let mut ideal = (self.rate * CHUNK_MS / 1000.0).round() as usize;
        if self.speed > 0 {
            // At least one iteration: a slow cap (10/s) shows every step, one a view.
            ideal = ideal.min(((self.speed as f64 * CHUNK_MS / 1000.0).floor() as usize).max(1));
        }
        self.per_chunk = ideal.clamp(1, MAX_CHUNK);
    }

    /// The rate shown to the user: the cap when it binds.
    pub fn shown_rate(&self) -> f64 {
        if self.speed > 0 { self.rate.min(self.speed as f64) } else { self.rate }
    }

    /// Whether the views of a chunk of `n` iterations finishing at `now` should be scored.
    pub fn score_due(&self, n: usize, now: f64) -> bool {
        let every = (self.first_ms * 2f64.powi(self.scorings.min(16) as i32)).min(self.every_ms);
        n == 0 || now - self.scored_at >= every.max(4.0 * self.score_cost)
    }

    /// Records a scoring that ran from `start` to `end` (ms).
    pub fn scored(&mut self, start: f64, end: f64) {
        (self.scored_at, self.score_cost) = (end, end - start);
        self.scorings += 1;
    }

    /// Under a speed cap, how long to wait after a chunk of `n` iterations that took `ms`.
    pub fn wait_ms(&self, n: usize, ms: f64) -> f64 {
        if self.speed > 0 { (n as f64 * 1000.0 / self.speed as f64 - ms).max(0.0) } else { 0.0 }
    }
}
