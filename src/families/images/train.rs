//! Training the image DDPM in the browser: continue from the shipped weights or start from
//! fresh ones, on freshly generated digits (a new seeded set every 2,048 images), in chunks of
//! about 200 ms with one loss readback each, like the other families. While it runs, the
//! page's chains can use the moving average of the weights trained here.

use burn::prelude::Tensor;
use gloo::timers::future::TimeoutFuture;

use crate::worker::protocol::{Command, Update};
use crate::worker::keep::keep_images;
use crate::worker::wasm::{device_lost, now, post, W};
use crate::data::glyphs::{generate, ImageSet, PIXELS};
use crate::families::images::model::{ImageDdpm, ImageDdpmConfig, ImageDenoiser};
use crate::models::keep::load_runs;
use crate::models::Weights;

/// Target wall time of one training chunk, in ms.
const CHUNK_MS: f64 = 200.0;
/// Images generated per epoch.
const POOL: usize = 2048;

#[derive(Default)]
pub(crate) struct TrainState {
    trainer: Option<ImageDdpm>,
    running: bool,
    looping: bool,
    use_trained: bool,
    fresh: bool,
    batch: usize,
    seed: u64,
    pool: Option<ImageSet>,
    epoch: u64,
    cursor: usize,
    per_chunk: usize,
    steps_per_sec: f64,
}

impl TrainState {
    /// The trained model's moving average and its step count, when chains should use it.
    pub(crate) fn in_use(&self) -> Option<(ImageDenoiser, u64)> {
        let t = self.trainer.as_ref().filter(|_| self.use_trained)?;
        Some((t.denoiser(true), t.steps_done()))
    }

    pub(crate) fn pause(&mut self) {
        self.running = false;
    }

    pub(crate) fn steps(&self) -> Option<u64> {
        self.trainer.as_ref().map(ImageDdpm::steps_done)
    }

    /// The trainer's weights for `keep.rs`.
    pub(crate) fn kept_pieces(&self) -> Option<(Vec<Tensor<1>>, Vec<u64>)> {
        self.trainer.as_ref().map(|t| (t.weight_pieces(), vec![t.steps_done()]))
    }

    pub(crate) fn load_kept(&mut self, values: &[f32], steps: &[u64]) -> Result<(), String> {
        let t = self.trainer.as_mut().ok_or("no image trainer")?;
        let mut step = t.steps_done();
        load_runs([(t, &mut step)].into_iter(), values, steps)
    }

    /// The same training (settings, running or not) with a network built afresh on `device`;
    /// the kept weights are loaded into it next.
    pub(crate) fn rebuilt_on(self, device: &burn::prelude::Device) -> TrainState {
        let Some(t) = &self.trainer else { return TrainState::default() };
        let trainer = ImageDdpm::init(&t.config, device, self.seed);
        TrainState { trainer: Some(trainer), per_chunk: 1, steps_per_sec: 0.0, pool: None, ..self }
    }

    /// The next batch of pixels and labels, drawing a new seeded set each epoch.
    fn batch(&mut self) -> (Vec<f32>, Vec<u8>) {
        let b = self.batch.clamp(1, POOL);
        if self.pool.is_none() || self.cursor + b > POOL {
            self.pool = Some(generate(POOL, self.seed.wrapping_add(self.epoch.wrapping_mul(0x9e37_79b9))));
            self.epoch += 1;
            self.cursor = 0;
        }
        let pool = self.pool.as_ref().expect("just made");
        let r = self.cursor..self.cursor + b;
        self.cursor += b;
        (pool.pixels[r.start * PIXELS..r.end * PIXELS].to_vec(), pool.labels[r].to_vec())
    }

    fn report(&self, losses: Vec<f32>) -> Update {
        Update::ImageTraining {
            steps: self.trainer.as_ref().map_or(0, ImageDdpm::steps_done),
            losses,
            steps_per_sec: self.steps_per_sec,
            running: self.running,
            trained_in_use: self.use_trained && self.trainer.is_some(),
            fresh: self.fresh,
        }
    }
}

/// Runs one chunk of training steps; the losses read back, or `None` (no trainer, or the
/// device failed and the worker moved to the CPU).
async fn chunk() -> Option<Vec<f32>> {
    let t0 = now();
    let losses = W.with_borrow_mut(|w| {
        let t = &mut w.image.train;
        let n = t.per_chunk.max(1);
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let (pixels, labels) = t.batch();
            out.push(t.trainer.as_mut()?.step(&pixels, &labels).loss);
        }
        Some(Tensor::cat(out, 0))
    })?;
    match losses.into_data_async().await {
        Ok(d) => {
            let losses = d.try_to_vec::<f32>().ok()?;
            W.with_borrow_mut(|w| {
                let t = &mut w.image.train;
                let rate = losses.len() as f64 * 1000.0 / (now() - t0).max(1.0);
                t.steps_per_sec = if t.steps_per_sec == 0.0 { rate } else { 0.7 * t.steps_per_sec + 0.3 * rate };
                t.per_chunk = ((t.steps_per_sec * CHUNK_MS / 1000.0).floor() as usize).clamp(1, 2 * t.per_chunk.max(1));
            });
            Some(losses)
        }
        Err(e) => {
            device_lost(format!("{e:?}"));
            None
        }
    }
}

async fn train_loop() {
    loop {
        if !W.with_borrow(|w| w.image.train.running && w.image.train.trainer.is_some()) {
            break;
        }
        if let Some(losses) = chunk().await {
            post(&W.with_borrow(|w| w.image.train.report(losses)));
            keep_images().await;
        }
        TimeoutFuture::new(0).await;
    }
    W.with_borrow_mut(|w| w.image.train.looping = false);
    post(&W.with_borrow(|w| w.image.train.report(Vec::new())));
}

pub(crate) async fn handle(cmd: Command) {
    match cmd {
        Command::ImageTrain { fresh, batch, seed } => {
            let start = W.with_borrow_mut(|w| {
                let dev = w.backend.as_ref().map(|(_, d)| d.clone())?;
                let t = &mut w.image.train;
                if fresh || t.trainer.is_none() {
                    // A fresh start uses the shipped network's architecture (its config).
                    let trainer = match (&w.image.shipped, fresh) {
                        (Some(den), false) => ImageDdpm::resume(den, &dev, seed),
                        (Some(den), true) => ImageDdpm::init(&den.config, &dev, seed),
                        (None, _) => ImageDdpm::init(&ImageDdpmConfig::new(), &dev, seed),
                    };
                    let looping = t.looping;
                    w.image_keep.rebuilt();
                    *t = TrainState { trainer: Some(trainer), fresh, seed, looping, per_chunk: 1, ..TrainState::default() };
                }
                t.batch = batch.clamp(1, 256);
                t.use_trained = true;
                // The other models wait while this one trains.
                crate::worker::run::pause_all(w);
                w.image.train.running = true;
                Some(!std::mem::replace(&mut w.image.train.looping, true))
            });
            match start {
                Some(true) => train_loop().await,
                Some(false) => {}
                None => post(&Update::Error { message: "No device yet for training.".into(), fatal: false }),
            }
        }
        Command::ImageTrainPause => W.with_borrow_mut(|w| w.image.train.pause()),
        Command::ImageUseTrained { trained } => {
            W.with_borrow_mut(|w| w.image.train.use_trained = trained);
            post(&W.with_borrow(|w| w.image.train.report(Vec::new())));
        }
        _ => {}
    }
}
