//! The GAN page's part of the worker: its runs, its training loop and its updates.
//!
//! Like the diffusion loop, training goes in chunks of about a tenth of a second with one
//! readback per chunk; each chunk also renders every run's view (fixed noise, D's surface,
//! arrows, manifold) and scores it, so the page is redrawn ~10 times a second whatever the
//! training speed. A speed cap (iterations per second) slows the game down to watch it.

use gloo::timers::future::TimeoutFuture;

use super::gan_session::{view_half, GanLab, GanRunConfig, Phase};
use super::protocol::{Command, Update};
use super::pace::Pace;
use super::keep::{keep, Family};
use super::wasm::{device_lost, now, post, W};

#[derive(Default)]
pub(super) struct GanState {
    pub(super) lab: Option<GanLab>,
    pub(super) configs: Vec<GanRunConfig>,
    pub(super) running: bool,
    pace: Pace,
}

/// Rebuilds the runs on the current device, data and seed (when the page has asked for any).
pub(super) fn rebuild() {
    W.with_borrow_mut(|w| {
        let configs = w.gan.configs.clone();
        w.gan.lab = match (&w.backend, configs.is_empty()) {
            (Some((_, device)), false) => Some(GanLab::new(device, &w.points, w.reference.clone(), w.seed, &configs)),
            _ => None,
        };
        w.gan.pace.restart();
        w.keeper.forget(Family::Gan);
    });
}

pub(super) async fn handle(cmd: Command) {
    match cmd {
        Command::GanSetup { runs } => {
            W.with_borrow_mut(|w| {
                w.gan.running = false;
                w.gan.configs = runs;
            });
            rebuild();
            chunk(0, Phase::Both).await;
        }
        Command::GanStart { speed } => {
            let start = W.with_borrow_mut(|w| {
                w.running = false; // the other models wait while the GAN trains
                w.vae.running = false;
                w.image.train.pause();
                w.gan.running = true;
                w.gan.pace.speed = speed;
                !std::mem::replace(&mut w.gan.pace.looping, true)
            });
            if start {
                train_loop().await;
            }
        }
        Command::GanPause => W.with_borrow_mut(|w| w.gan.running = false),
        Command::GanStep { n, phase } => chunk(n as usize, phase).await,
        Command::GanReset => {
            W.with_borrow_mut(|w| w.gan.running = false);
            rebuild();
            chunk(0, Phase::Both).await;
        }
        _ => {}
    }
}

/// Runs `n` iterations of every run, renders and scores the views, reads back once, posts.
async fn chunk(n: usize, phase: Phase) {
    let t0 = now();
    let Some(tensor) = W.with_borrow_mut(|w| w.gan.lab.as_mut().and_then(|lab| lab.chunk(n, phase, true))) else {
        return;
    };
    let data = match tensor.into_data_async().await {
        Ok(d) => d.try_to_vec::<f32>().unwrap_or_default(),
        Err(e) => return device_lost(format!("{e:?}")),
    };
    let update = W.with_borrow_mut(|w| {
        let g = &mut w.gan;
        let lab = g.lab.as_mut()?;
        g.pace.measured(n, now() - t0);
        let t_score = now();
        lab.score = g.pace.score_due(n, t_score);
        let runs = lab.finish(&data);
        if lab.score {
            g.pace.scored(t_score, now());
        }
        let half = view_half(&w.points);
        Some(Update::Gan { runs, configs: g.configs.clone(), running: g.running, steps_per_sec: g.pace.shown_rate(), half })
    });
    if let Some(update) = update {
        post(&update);
    }
}

async fn train_loop() {
    loop {
        let (running, n) = W.with_borrow(|w| (w.gan.running && w.gan.lab.is_some(), w.gan.pace.per_chunk));
        if !running {
            break;
        }
        let t0 = now();
        chunk(n, Phase::Both).await;
        keep(Family::Gan).await;
        // Under a speed cap, wait out the rest of the chunk's share of a second.
        let wait = W.with_borrow(|w| w.gan.pace.wait_ms(n, now() - t0));
        TimeoutFuture::new(wait as u32).await;
    }
    W.with_borrow_mut(|w| w.gan.pace.looping = false);
    chunk(0, Phase::Both).await;
}
