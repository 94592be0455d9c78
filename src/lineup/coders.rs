//! The planes' and the draw pad's part of the worker: both coders' planes (real digits'
//! codes, the decoded grid, the two readings), any dragged z decoded and read (only the newest
//! of a drag's many answered), and a drawn digit read, encoded and reconstructed by both.

use crate::data::real::held_draws;
use crate::judge::classifier::classify_in_batches;
use crate::judge::scores::predictions;
use crate::lineup::held::{LineupState, host, ink, models, say};
use crate::lineup::plane::{self, Coder, GRID, PlaneView, VAE_HALF};
use crate::lineup::protocol::{Coded, LineupUpdate};
use crate::lineup::{pad, walk};
use crate::worker::home::{W, post_with_data};
use crate::worker::protocol::Update;

/// Both planes: the real digits' codes, the decoded grid, and the two readings (`plane.rs`).
pub async fn planes(seed: u64) -> Option<()> {
    let m = models()?;
    let (pixels, labels) = plane::real_digits(&m.bank, seed);
    let classes: Vec<usize> = labels.iter().map(|l| *l as usize).collect();
    let (mut views, mut data) = (Vec::new(), Vec::new());
    for (coder, vae) in Coder::ALL.into_iter().zip(&m.coders) {
        let codes = host(vae.encode_tensors(&pixels, &classes).0).await?;
        let half = if coder == Coder::Vae { VAE_HALF } else { plane::extent(&codes) };
        let x = host(vae.decode(&plane::grid_points(half, GRID), &[])).await?;
        let (probs, _) = classify_in_batches(&x, |t| Some(m.clf.predict(t))).await?;
        let (empty, sure) = (plane::empty_share(&codes, half, GRID), plane::sure_share(&probs));
        views.push(PlaneView { coder, half, codes, labels: labels.clone(), grid: Vec::new(), empty, sure });
        data.extend(ink(&x));
    }
    post_with_data(&Update::Lineup(LineupUpdate::Planes { planes: views, data: Vec::new() }), &data);
    Some(())
}

/// `z` decoded by `coder` and read; dropped when a newer decode for the same coder came
/// meanwhile (the other plane's decodes are its own).
pub async fn decode(coder: Coder, z: [f32; 2]) -> Option<()> {
    let m = models()?;
    let k = Coder::ALL.iter().position(|c| *c == coder)?;
    let job = W.with_borrow_mut(|w| {
        let s = w.extra::<LineupState>();
        s.decode[k] += 1;
        s.decode[k]
    });
    let vae = &m.coders[k];
    let x = host(vae.decode(&z, &[])).await?;
    let (probs, _) = classify_in_batches(&x, |t| Some(m.clf.predict(t))).await?;
    if W.with_borrow_mut(|w| w.extra::<LineupState>().decode[k]) != job {
        return None;
    }
    let read = predictions(&probs).first().copied()?;
    say(LineupUpdate::Decoded { coder, z, pixels: ink(&x), read });
    Some(())
}

/// The GAN's and the conditional VAE's walks from class `from` to `to` (`walk.rs`), read.
pub async fn walk(from: usize, to: usize, seed: u64) -> Option<()> {
    let m = models()?;
    let (mut data, mut reads) = (Vec::new(), Vec::new());
    for gan in [true, false] {
        let dim = if gan { m.gan.config.noise_dim } else { m.vae.config.latent };
        let (a, b) = walk::ends(dim, seed);
        let (codes, classes) = walk::walk(&a, &b, from, to);
        let x = host(if gan { m.gan.generate(&codes, &classes) } else { m.vae.decode_rows(&codes, &classes) }).await?;
        let (probs, _) = classify_in_batches(&x, |t| Some(m.clf.predict(t))).await?;
        reads.push(predictions(&probs));
        data.extend(ink(&x));
    }
    post_with_data(&Update::Lineup(LineupUpdate::Walked { from, to, seed, reads, data: Vec::new() }), &data);
    Some(())
}

/// Held-out real digit number `n` (class `n % 10`) put on the pad, then encoded as a drawing.
pub async fn encode_real(n: u64) -> Option<()> {
    let m = models()?;
    let pixels = held_draws(&m.bank, &[(n % 10) as usize], 1 + (n / 10) as usize, 0x7061_6472).pop()?;
    say(LineupUpdate::Given { n, pixels: pixels.clone() });
    encode(pixels).await
}

/// A drawn digit read by the classifier, and encoded and reconstructed by both coders.
pub async fn encode(pixels: Vec<f32>) -> Option<()> {
    let m = models()?;
    let pixels = pad::sanitise(&pixels)?;
    if !pad::has_ink(&pixels) {
        say(LineupUpdate::Encoded { read: None, coded: Vec::new() });
        return Some(());
    }
    let read_of = |probs: &[f32]| predictions(probs).first().copied();
    let model_space: Vec<f32> = pixels.iter().map(|p| 2.0 * p - 1.0).collect();
    let read = read_of(&classify_in_batches(&model_space, |t| Some(m.clf.predict(t))).await?.0)?;
    let mut coded = Vec::new();
    for (coder, vae) in Coder::ALL.into_iter().zip(&m.coders) {
        let (mu, logvar) = vae.encode_tensors(&pixels, &[]);
        // One readback for both: the row [μ₁, μ₂, log σ₁², log σ₂²].
        let code = host(burn::prelude::Tensor::cat(vec![mu, logvar], 1)).await?;
        let mu = [code[0], code[1]];
        let recon = host(vae.decode(&mu, &[])).await?;
        let r = read_of(&classify_in_batches(&recon, |t| Some(m.clf.predict(t))).await?.0)?;
        let logvar = if coder == Coder::Vae { [code[2], code[3]] } else { [0.0, 0.0] };
        coded.push(Coded { coder, mu, logvar, recon: ink(&recon), read: r });
    }
    say(LineupUpdate::Encoded { read: Some(read), coded });
    Some(())
}
