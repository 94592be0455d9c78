//! The VAE family in the worker: where its state lives, how it is built, and its own commands
//! (prior temperature, a fresh prior draw, the latent pad). It trains through the one loop
//! (`run.rs`); a latent-pad request is answered between chunks.

use crate::families::vae::lab::{VaeLab, VaeSettings};
use crate::families::vae::protocol::{VaeCommand, VaeUpdate};
use crate::worker::home::{W, Worker, lost, post};
use crate::worker::protocol::Update;
use crate::worker::run::{Family, chunk, set_up};

impl Family for VaeLab {
    type Settings = VaeSettings;

    fn build(w: &mut Worker, s: &VaeSettings) -> Option<Self> {
        let (_, device) = w.backend.as_ref()?;
        (!s.runs.is_empty()).then(|| VaeLab::new(device, &w.points, w.reference.clone(), w.seed, &s.runs, s.temperature))
    }

    /// The whole lab, for the training history.
    fn snapshot(&self) -> Option<Self> {
        Some(self.clone())
    }
}

pub async fn handle(cmd: VaeCommand) {
    match cmd {
        VaeCommand::Setup { runs, temperature } => {
            W.with_borrow_mut(|w| VaeLab::slot(w).lab.as_mut().map(|l| l.temperature = temperature));
            set_up::<VaeLab>(VaeSettings { runs, temperature });
            chunk::<VaeLab>(0).await;
        }
        VaeCommand::Temperature { temperature } => {
            W.with_borrow_mut(|w| {
                let slot = VaeLab::slot(w);
                slot.settings.temperature = temperature;
                if let Some(lab) = slot.lab.as_mut() {
                    lab.temperature = temperature;
                }
            });
            chunk::<VaeLab>(0).await;
        }
        VaeCommand::Resample { draw } => {
            W.with_borrow_mut(|w| {
                let seed = w.seed;
                if let Some(lab) = VaeLab::slot(w).lab.as_mut() {
                    lab.resample(seed, draw);
                }
            });
            chunk::<VaeLab>(0).await;
        }
        VaeCommand::Decode { z } => decode(z).await,
    }
}

async fn decode(z: [f32; 2]) {
    let Some(t) = W.with_borrow_mut(|w| VaeLab::slot(w).lab.as_ref().and_then(|l| l.decode_point(z))) else { return };
    match t.into_data_async().await {
        Ok(d) => {
            let v = d.try_to_vec::<f32>().unwrap_or_default();
            post(&Update::Vae(VaeUpdate::Decoded { z, points: v.chunks_exact(2).map(|c| [c[0], c[1]]).collect() }));
        }
        Err(e) => lost(format!("{e:?}")),
    }
}
