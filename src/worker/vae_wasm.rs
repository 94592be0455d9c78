//! The VAE page's part of the worker: its runs, training loop, views and the latent pad.
//! Same rhythm as the GAN's (`gan_wasm.rs`): ~100 ms chunks, one readback each, a view per
//! chunk; a latent-pad request is answered between chunks.

use gloo::timers::future::TimeoutFuture;

use super::protocol::{Command, Update};
use super::vae_session::{VaeLab, VaeRunConfig};
use super::pace::Pace;
use super::keep::{keep, Family};
use super::wasm::{device_lost, now, post, W};

#[derive(Default)]
pub(super) struct VaeState {
    pub(super) lab: Option<VaeLab>,
    configs: Vec<VaeRunConfig>,
    temperature: f32,
    pub(super) running: bool,
    pace: Pace,
}

pub(super) fn rebuild() {
    W.with_borrow_mut(|w| {
        let v = &w.vae;
        w.vae.lab = match (&w.backend, v.configs.is_empty()) {
            (Some((_, device)), false) => Some(VaeLab::new(device, &w.points, w.reference.clone(), w.seed, &v.configs, v.temperature)),
            _ => None,
        };
        w.vae.pace.restart();
        w.keeper.forget(Family::Vae);
    });
}

pub(super) async fn handle(cmd: Command) {
    match cmd {
        Command::VaeSetup { runs, temperature } => {
            W.with_borrow_mut(|w| {
                w.vae.running = false;
                (w.vae.configs, w.vae.temperature) = (runs, temperature);
            });
            rebuild();
            chunk(0).await;
        }
        Command::VaeStart => {
            let start = W.with_borrow_mut(|w| {
                w.running = false;
                w.gan.running = false;
                w.image.train.pause();
                w.vae.running = true;
                !std::mem::replace(&mut w.vae.pace.looping, true)
            });
            if start {
                train_loop().await;
            }
        }
        Command::VaePause => W.with_borrow_mut(|w| w.vae.running = false),
        Command::VaeStep { n } => chunk(n as usize).await,
        Command::VaeReset => {
            W.with_borrow_mut(|w| w.vae.running = false);
            rebuild();
            chunk(0).await;
        }
        Command::VaeTemperature { temperature } => {
            W.with_borrow_mut(|w| {
                w.vae.temperature = temperature;
                if let Some(lab) = w.vae.lab.as_mut() {
                    lab.temperature = temperature;
                }
            });
            chunk(0).await;
        }
        Command::VaeResample { draw } => {
            W.with_borrow_mut(|w| {
                let seed = w.seed;
                if let Some(lab) = w.vae.lab.as_mut() {
                    lab.resample(seed, draw);
                }
            });
            chunk(0).await;
        }
        Command::VaeDecode { z } => decode(z).await,
        _ => {}
    }
}

async fn decode(z: [f32; 2]) {
    let Some(t) = W.with_borrow(|w| w.vae.lab.as_ref().and_then(|l| l.decode_point(z))) else { return };
    match t.into_data_async().await {
        Ok(d) => {
            let v = d.try_to_vec::<f32>().unwrap_or_default();
            post(&Update::VaeDecoded { z, points: v.chunks_exact(2).map(|c| [c[0], c[1]]).collect() });
        }
        Err(e) => device_lost(format!("{e:?}")),
    }
}

async fn chunk(n: usize) {
    let t0 = now();
    let Some(tensor) = W.with_borrow_mut(|w| w.vae.lab.as_mut().and_then(|lab| lab.chunk(n, true))) else { return };
    let data = match tensor.into_data_async().await {
        Ok(d) => d.try_to_vec::<f32>().unwrap_or_default(),
        Err(e) => return device_lost(format!("{e:?}")),
    };
    let update = W.with_borrow_mut(|w| {
        let v = &mut w.vae;
        let lab = v.lab.as_mut()?;
        v.pace.measured(n, now() - t0);
        let t_score = now();
        lab.score = v.pace.score_due(n, t_score);
        let runs = lab.finish(&data);
        if lab.score {
            v.pace.scored(t_score, now());
        }
        Some(Update::Vae { runs, configs: v.configs.clone(), running: v.running, steps_per_sec: v.pace.shown_rate(), temperature: v.temperature })
    });
    if let Some(u) = update {
        post(&u);
    }
}

async fn train_loop() {
    loop {
        let (running, n) = W.with_borrow(|w| (w.vae.running && w.vae.lab.is_some(), w.vae.pace.per_chunk));
        if !running {
            break;
        }
        chunk(n).await;
        keep(Family::Vae).await;
        TimeoutFuture::new(0).await;
    }
    W.with_borrow_mut(|w| w.vae.pace.looping = false);
    chunk(0).await;
}
