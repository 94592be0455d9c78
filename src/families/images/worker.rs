//! The image page's part of the worker: fetching the shipped denoiser and classifier (with
//! progress), reverse chains advanced in ~150 ms pieces (progress, cancel), and the scorecard
//! of a batch of samples. The weight files sit beside this worker's script (`www/models/`).

use burn::prelude::Tensor;
use gloo::timers::future::TimeoutFuture;

use std::sync::Arc;

use crate::data::glyphs::{CLASSES, PIXELS};
use crate::data::mnist::DigitBank;
use crate::data::real::{held_draws, held_mixed};
use crate::device;
use crate::families::images::chain::{ChainRequest, ChainRun};
use crate::families::images::lab::ImageLab;
use crate::families::images::model::ImageDenoiser;
use crate::families::images::protocol::{DATASET_N, ImageCommand, ImageUpdate};
use crate::families::images::train::{self, ImageState};
use crate::i18n::Msg;
use crate::judge::classifier::{Classifier, classify_in_batches};
use crate::judge::scores::{FeatureReference, ImageScores, predictions, score};
use crate::worker::digits::fetch_with_digits;
use crate::worker::home::{W, lost, now, post, post_with_data};
use crate::worker::protocol::Update;
use crate::worker::run::Family;

const UNET: &str = "./models/digits-unet.bin";
const CLASSIFIER: &str = "./models/digits-classifier.bin";
/// Wall time of one piece of a chain between two progress reports, in ms.
const PIECE_MS: f64 = 150.0;
/// Images per chain while scoring a batch.
const SCORE_BATCH: usize = 50;

/// Fetches and checks the shipped denoiser, the classifier and the real digits, and says so.
async fn load() {
    let Some(dev) = W.with_borrow(|w| w.device()) else {
        return post(&Update::Images(ImageUpdate::Model {
            loaded: false,
            params: 0,
            bytes: 0,
            message: Some(Msg::new("notice-no-device")),
        }));
    };
    let update =
        match fetch_with_digits(&[UNET, CLASSIFIER], |done, total| post(&Update::Images(ImageUpdate::Loading { done, total }))).await {
            Ok((files, bank)) => {
                let den = ImageDenoiser::from_bytes(&files[0], &dev);
                let clf = Classifier::from_bytes(&files[1], &device::cpu());
                match (den, clf) {
                    (Ok(den), Ok(clf)) => {
                        let (params, bytes) = (den.num_params(), files[0].len());
                        W.with_borrow_mut(|w| {
                            let state = w.extra::<ImageState>();
                            state.shipped_config = Some(den.config.clone());
                            (state.shipped, state.classifier, state.bank) = (Some(den), Some(clf), Some(bank));
                        });
                        Update::Images(ImageUpdate::Model { loaded: true, params, bytes, message: None })
                    }
                    (Err(e), _) | (_, Err(e)) => Update::Images(ImageUpdate::Model {
                        loaded: false,
                        params: 0,
                        bytes: 0,
                        message: Some(Msg::new("notice-model-damaged").arg("error", e)),
                    }),
                }
            }
            Err(message) => Update::Images(ImageUpdate::Model { loaded: false, params: 0, bytes: 0, message: Some(message) }),
        };
    post(&update);
}

/// A new job number: anything still running sees that it is no longer current and stops.
fn next_job() -> u64 {
    W.with_borrow_mut(|w| {
        let state = w.extra::<ImageState>();
        state.job += 1;
        state.job
    })
}

/// Advances `run` to its end in pieces of about [`PIECE_MS`] (its first piece one step): after
/// each, `report(steps done)`; a piece starts and reports only while `current()` holds (a newer
/// job stops it). False when it was stopped or the device failed. Any page's chains use it.
pub async fn advance_in_pieces(run: &mut ChainRun, den: &ImageDenoiser, current: impl Fn() -> bool, report: impl Fn(usize)) -> bool {
    let mut k = 1usize;
    while !run.is_done() {
        if !current() {
            return false;
        }
        let start = now();
        run.advance(den, k);
        if let Err(e) = run.current().slice([0..1, 0..1]).into_data_async().await {
            lost(format!("{e:?}"));
            return false;
        }
        if !current() {
            return false; // cancelled while this piece ran: say nothing more
        }
        let ideal = (k as f64 * PIECE_MS / (now() - start).max(1.0)).floor() as usize;
        k = ideal.clamp(1, 2 * k);
        report(run.progress().0);
        TimeoutFuture::new(0).await;
    }
    true
}

/// [`advance_in_pieces`] for this page's job `job`, posting progress (`base` steps already done
/// of `total`).
async fn drive(run: &mut ChainRun, den: &ImageDenoiser, job: u64, task: &str, base: usize, total: usize, t0: f64) -> bool {
    let current = || W.with_borrow_mut(|w| w.extra::<ImageState>().job) == job;
    let report = |done: usize| post(&Update::Images(ImageUpdate::Progress { task: task.into(), done: base + done, total, ms: now() - t0 }));
    advance_in_pieces(run, den, current, report).await
}

/// p(y|x) and features of model-space images (host values), on the CPU, `CLASSIFY_BATCH`
/// images at a time (a bounded memory peak: `examples/peak_memory.rs`).
async fn classify(x: Vec<f32>) -> Option<(Vec<f32>, Vec<f32>)> {
    classify_in_batches(&x, |part| W.with_borrow_mut(|w| w.extra::<ImageState>().classifier.as_ref().map(|c| c.predict(part)))).await
}

/// The denoiser chains use now and its name for the page.
fn current_model() -> Option<(ImageDenoiser, Msg)> {
    W.with_borrow_mut(|w| match (ImageLab::slot(w).lab.as_ref().and_then(ImageLab::in_use), &w.extra::<ImageState>().shipped) {
        (Some((den, steps)), _) => Some((den, Msg::new("img-model-trained").arg("steps", steps))),
        (None, Some(den)) => Some((den.clone(), Msg::new("img-model-shipped"))),
        _ => None,
    })
}

async fn run_chain(req: ChainRequest) {
    let job = next_job();
    let Some((den, model)) = current_model() else { return };
    let t0 = now();
    let mut run = den.start(&req);
    let total = run.progress().1;
    if !drive(&mut run, &den, job, "chain", 0, total, t0).await {
        return;
    }
    let chain = run.finish();
    let (n, ts) = (chain.n, chain.ts.clone());
    let data = match Tensor::cat(vec![chain.xt, chain.x0], 0).into_data_async().await {
        Ok(d) => d.try_to_vec::<f32>().unwrap_or_default(),
        Err(e) => return lost(format!("{e:?}")),
    };
    let last = (ts.len() - 1) * n * PIXELS;
    let predicted = classify(data[last..last + n * PIXELS].to_vec()).await.map(|(p, _)| predictions(&p)).unwrap_or_default();
    let update = Update::Images(ImageUpdate::Chain {
        n,
        steps: total,
        ts,
        classes: req.classes,
        guidance: req.guidance,
        sampler: req.sampler,
        ms: now() - t0,
        predicted,
        model,
        data: Vec::new(),
    });
    post_with_data(&update, &data);
}

/// The scorecard's reference: [`REFERENCE_N`] held-out real digits, 0–9 in turn.
const REFERENCE_N: usize = 1000;
/// The held-out draw of the reference and the "real digits" row.
const HELD_SEED: u64 = 0x5eed;

/// The reference's digits followed by held-out digits of the same classes as `classes`
/// (balanced 0–9 for unconditional entries), in model space. One draw: the row's digits are not
/// the reference's while a class has digits left (100 of its 200 held out).
fn held_out(bank: &DigitBank, classes: &[Option<usize>]) -> Vec<f32> {
    let reference = (0..REFERENCE_N).map(|i| i % CLASSES);
    let asked: Vec<usize> = reference.chain(classes.iter().enumerate().map(|(i, c)| c.unwrap_or(i % CLASSES))).collect();
    held_draws(bank, &asked, 1, HELD_SEED).pop().unwrap_or_default().into_iter().map(|p| 2.0 * p - 1.0).collect()
}

fn bank() -> Option<Arc<DigitBank>> {
    W.with_borrow_mut(|w| w.extra::<ImageState>().bank.clone())
}

/// The dataset grid's digits for `seed`, once the real digits are loaded.
fn dataset(seed: u64) {
    if let Some(bank) = bank() {
        let ink = held_mixed(&bank, DATASET_N, seed).iter().map(|v| (v * 255.0).round() as u8).collect();
        post(&Update::Images(ImageUpdate::Digits { seed, ink }));
    }
}

/// Pure noise images, clipped to the pixel range like the samples.
fn noise_images(n: usize, seed: u64) -> Vec<f32> {
    use rand::SeedableRng;
    use rand_distr::{Distribution, StandardNormal};
    let mut rng = crate::models::rng::StdRng::seed_from_u64(seed ^ 0x006e_6f69_7365);
    (0..n * PIXELS).map(|_| f32::clamp(StandardNormal.sample(&mut rng), -1.0, 1.0)).collect()
}

async fn scorecard(x: Vec<f32>, reference: &FeatureReference, classes: &[Option<usize>]) -> Option<ImageScores> {
    let (p, f) = classify(x).await?;
    Some(score(&p, &f, reference, classes))
}

async fn run_score(classes: Vec<Option<usize>>, sampler: crate::models::samplers::Sampler, guidance: f64, seed: u64) {
    let job = next_job();
    let Some((den, model)) = current_model() else { return };
    if classes.is_empty() {
        return post(&Update::Images(ImageUpdate::Stopped));
    }
    let t0 = now();
    let n = classes.len().min(1000);
    let batches: Vec<&[Option<usize>]> = classes[..n].chunks(SCORE_BATCH).collect();
    let per = den.chain_steps(sampler);
    let total = per * batches.len();
    let mut samples = Vec::with_capacity(n * PIXELS);
    for (b, part) in batches.iter().enumerate() {
        let req =
            ChainRequest { classes: part.to_vec(), sampler, guidance, clip: true, seed: seed.wrapping_add(1000 * b as u64), max_frames: 2 };
        let mut run = den.start(&req);
        if !drive(&mut run, &den, job, "score", b * per, total, t0).await {
            return;
        }
        match run.finish().final_x().into_data_async().await {
            Ok(d) => samples.extend(d.try_to_vec::<f32>().unwrap_or_default()),
            Err(e) => return lost(format!("{e:?}")),
        }
    }
    let Some(bank) = bank() else { return post(&Update::Images(ImageUpdate::Stopped)) };
    let classes = &classes[..n];
    let mut real = held_out(&bank, classes);
    let row = real.split_off(REFERENCE_N * PIXELS);
    let reference = match W.with_borrow_mut(|w| w.extra::<ImageState>().reference.clone()) {
        Some(r) => r,
        None => {
            let Some((_, f)) = classify(real).await else { return };
            let r = FeatureReference::fit(&f, f.len() / REFERENCE_N);
            W.with_borrow_mut(|w| w.extra::<ImageState>().reference = Some(r.clone()));
            r
        }
    };
    let (Some(s), Some(r), Some(z)) = (
        scorecard(samples, &reference, classes).await,
        scorecard(row, &reference, classes).await,
        scorecard(noise_images(n, seed), &reference, classes).await,
    ) else {
        return;
    };
    post(&Update::Images(ImageUpdate::Scored {
        classes: describe(classes),
        guidance,
        sampler,
        ms: now() - t0,
        model,
        samples: s,
        real: r,
        noise: z,
    }));
}

/// "class 3", "0–9 in turn" or "unconditional (∅)", as a message.
fn describe(classes: &[Option<usize>]) -> Msg {
    match classes.first() {
        Some(None) if classes.iter().all(Option::is_none) => Msg::new("img-classes-uncond"),
        Some(Some(c)) if classes.iter().all(|k| *k == Some(*c)) => Msg::new("img-classes-one").arg("c", c),
        _ => Msg::new("img-classes-each"),
    }
}

pub async fn handle(cmd: ImageCommand) {
    match cmd {
        ImageCommand::Load => load().await,
        ImageCommand::Chain { classes, .. } if classes.is_empty() => post(&Update::Images(ImageUpdate::Stopped)),
        ImageCommand::Chain { classes, sampler, guidance, seed, frames } => {
            run_chain(ChainRequest { classes, sampler, guidance, clip: true, seed, max_frames: frames.max(2) }).await
        }
        ImageCommand::Score { classes, sampler, guidance, seed } => run_score(classes, sampler, guidance, seed).await,
        ImageCommand::Digits { seed } => dataset(seed),
        ImageCommand::Cancel => {
            next_job();
            post(&Update::Images(ImageUpdate::Stopped));
        }
        ImageCommand::Train { fresh, .. } => {
            // A worker restarted (or a Train sent before the page's Load finished) holds no files
            // yet: fetch them first, so "continue" goes on from the shipped weights, on real digits.
            let missing = W.with_borrow_mut(|w| {
                let state = w.extra::<ImageState>();
                state.bank.is_none() || (!fresh && state.shipped.is_none())
            });
            if missing {
                load().await;
                if bank().is_none() {
                    return; // the load said why (one message, on the page's model line)
                }
            }
            train::handle(cmd).await
        }
        ImageCommand::UseTrained { .. } => train::handle(cmd).await,
    }
}
