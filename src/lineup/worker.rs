//! The lineup's part of the worker: fetching the shipped GAN, VAE, U-Net and classifier and the
//! real digits (with byte progress), then drawing each family's samples for a pick in parts (the diffusion
//! model's chains in ~150 ms pieces, with progress and cancel), reading them back without
//! blocking, and judging them with the classifier beside real digits (`plan.rs`). The planes'
//! and the pad's commands go to `coders.rs`; what both hold is in `held.rs`.

use std::rc::Rc;

use burn::prelude::Tensor;
use gloo::timers::future::TimeoutFuture;

use crate::data::glyphs::{CLASSES, PIXELS};
use crate::device;
use crate::families::digit_gan::model::DigitGan;
use crate::families::digit_vae::model::DigitVae;
use crate::families::images::chain::ChainRequest;
use crate::families::images::model::ImageDenoiser;
use crate::families::images::worker::advance_in_pieces;
use crate::i18n::Msg;
use crate::judge::classifier::{Classifier, classify_in_batches};
use crate::judge::scores::predictions;
use crate::lineup::coders;
use crate::lineup::held::{LineupState, Models, host, say};
use crate::lineup::plan::{self, Contestant, GUIDANCE, JUDGED, SAMPLER, SHOW};
use crate::lineup::protocol::{Column, LineupCommand, LineupUpdate};
use crate::worker::digits::fetch_with_digits;
use crate::worker::home::{W, now, post_with_data};
use crate::worker::protocol::Update;

const FILES: [&str; 6] = [
    "./models/digits-gan.bin",
    "./models/digits-cvae.bin",
    "./models/digits-unet.bin",
    "./models/digits-classifier.bin",
    "./models/digits-vae2d.bin",
    "./models/digits-ae2d.bin",
];

fn failed(message: Msg) {
    say(LineupUpdate::Model { loaded: false, params: Vec::new(), bytes: 0, message: Some(message) });
}

async fn load() {
    let Some(dev) = W.with_borrow(|w| w.device()) else { return failed(Msg::new("notice-no-device")) };
    let (files, bank) = match fetch_with_digits(&FILES, |done, total| say(LineupUpdate::Loading { done, total })).await {
        Ok(f) => f,
        Err(message) => return failed(message),
    };
    let bytes = files.iter().map(Vec::len).sum();
    let built = (|| -> Result<Models, String> {
        Ok(Models {
            gan: DigitGan::from_bytes(&files[0], &dev, 0)?,
            vae: DigitVae::from_bytes(&files[1], &dev, 0)?,
            unet: ImageDenoiser::from_bytes(&files[2], &dev)?,
            clf: Classifier::from_bytes(&files[3], &device::cpu())?,
            coders: [DigitVae::from_bytes(&files[4], &dev, 0)?, DigitVae::from_bytes(&files[5], &dev, 0)?],
            bank,
        })
    })();
    match built {
        Ok(m) => {
            let params = vec![m.gan.num_params(), m.vae.num_params(), m.unet.num_params()];
            W.with_borrow_mut(|w| {
                let s = w.extra::<LineupState>();
                (s.models, s.diffusion) = (Some(Rc::new(m)), None);
            });
            say(LineupUpdate::Model { loaded: true, params, bytes, message: None });
        }
        Err(e) => failed(Msg::new("notice-model-damaged").arg("error", e)),
    }
}

fn is_current(job: u64) -> bool {
    W.with_borrow_mut(|w| w.extra::<LineupState>().job) == job
}

/// One family's `JUDGED` samples in model space, and the time its first part (the shown 16)
/// took. `None` when cancelled or the device failed.
async fn draw(m: &Models, family: Contestant, pick: Option<usize>, seed: u64, psi: f32, job: u64, base: usize) -> Option<(Vec<f32>, f64)> {
    let asked = plan::asked(pick, JUDGED);
    let (mut out, mut first_ms) = (Vec::with_capacity(JUDGED * PIXELS), 0.0);
    let total = JUDGED * Contestant::ALL.len();
    for (k, part) in family.parts().into_iter().enumerate() {
        let (classes, s) = (&asked[part.clone()], plan::part_seed(seed, k));
        let t0 = now();
        let x = match family {
            Contestant::Gan => m.gan.sample_at(classes, s, psi),
            Contestant::Vae => m.vae.sample_at(classes, s, psi),
            Contestant::Diffusion => {
                let req = ChainRequest {
                    classes: classes.iter().map(|c| Some(*c)).collect(),
                    sampler: SAMPLER,
                    guidance: GUIDANCE,
                    clip: true,
                    seed: s,
                    max_frames: 2,
                };
                let mut run = m.unet.start(&req);
                let steps = run.progress().1.max(1);
                let report =
                    |done: usize| say(LineupUpdate::Progress { done: base + part.start + part.len() * done / steps, total, family });
                if !advance_in_pieces(&mut run, &m.unet, || is_current(job), report).await {
                    return None;
                }
                run.finish().final_x()
            }
        };
        out.extend(host(x).await?);
        if k == 0 {
            first_ms = now() - t0;
        }
        if !is_current(job) {
            return None;
        }
        say(LineupUpdate::Progress { done: base + part.end, total, family });
        TimeoutFuture::new(0).await;
    }
    Some((out, first_ms))
}

/// The diffusion model's draw for (pick, seed), kept from the last lineup when it matches.
async fn diffusion(m: &Models, pick: Option<usize>, seed: u64, job: u64, base: usize) -> Option<(Vec<f32>, f64)> {
    let kept = W.with_borrow_mut(|w| w.extra::<LineupState>().diffusion.clone()).filter(|(k, _)| *k == (pick, seed));
    if let Some((_, d)) = kept {
        return Some(d);
    }
    let d = draw(m, Contestant::Diffusion, pick, seed, 1.0, job, base).await?;
    W.with_borrow_mut(|w| w.extra::<LineupState>().diffusion = Some(((pick, seed), d.clone())));
    Some(d)
}

async fn sample(pick: Option<usize>, seed: u64, psi: f64) {
    let (job, models) = W.with_borrow_mut(|w| {
        let s = w.extra::<LineupState>();
        s.job += 1;
        (s.job, s.models.clone())
    });
    let Some(m) = models else { return say(LineupUpdate::Stopped) };
    let t0 = now();
    let mut drawn = Vec::new();
    for (i, family) in Contestant::ALL.into_iter().enumerate() {
        let d = match family {
            Contestant::Diffusion => diffusion(&m, pick, seed, job, i * JUDGED).await,
            _ => draw(&m, family, pick, seed, psi as f32, job, i * JUDGED).await,
        };
        let Some(d) = d else { return };
        drawn.push((Some(family), Some(d.1), d.0));
    }
    let (reference, another) = plan::real_sets(&m.bank, pick, seed);
    drawn.push((None, None, another));
    let predict = |x: Tensor<2>| Some(m.clf.predict(x));
    let Some((_, real)) = classify_in_batches(&reference, predict).await else { return };
    let (mut columns, mut data) = (Vec::new(), Vec::new());
    for (family, ms, x) in drawn {
        let Some((probs, features)) = classify_in_batches(&x, predict).await else { return };
        if !is_current(job) {
            return;
        }
        let row = plan::row(&probs, &features, pick, &real, m.clf.config.features);
        columns.push(Column { family, ms, predicted: predictions(&probs[..SHOW * CLASSES]), row });
        data.extend_from_slice(&x[..SHOW * PIXELS]);
    }
    post_with_data(&Update::Lineup(LineupUpdate::Drawn { pick, seed, psi, ms: now() - t0, columns, data: Vec::new() }), &data);
}

pub async fn handle(cmd: LineupCommand) {
    match cmd {
        // Loaded again each time (on a new device too); the files come from the browser's cache.
        LineupCommand::Load => load().await,
        LineupCommand::Sample { pick, seed, psi } => sample(pick, seed, psi).await,
        LineupCommand::Planes { seed } => {
            coders::planes(seed).await;
        }
        LineupCommand::Decode { coder, z } => {
            coders::decode(coder, z).await;
        }
        LineupCommand::Walk { from, to, seed } => {
            coders::walk(from, to, seed).await;
        }
        LineupCommand::Encode { pixels } => {
            coders::encode(pixels).await;
        }
        LineupCommand::EncodeReal { n } => {
            coders::encode_real(n).await;
        }
        LineupCommand::Cancel => {
            W.with_borrow_mut(|w| w.extra::<LineupState>().job += 1);
            say(LineupUpdate::Stopped);
        }
    }
}
