//! The VAE family in the worker: where its state lives, how it is built, and its own commands
//! (prior temperature, a fresh prior draw, the latent pad). It trains through the one loop
//! (`run.rs`); a latent-pad request is answered between chunks.

use crate::worker::protocol::{Command, Update};
use crate::worker::run::{chunk, rebuild, set_up, train, Family, Slot};
use crate::families::vae::lab::{VaeLab, VaeRunConfig};
use crate::worker::wasm::{device_lost, post, Worker, W};

/// The VAE runs' settings and the prior temperature the views decode at.
#[derive(Clone, Debug, Default)]
pub(crate) struct VaeSettings {
    pub(crate) runs: Vec<VaeRunConfig>,
    pub(crate) temperature: f32,
}

/// Only the runs' settings decide whether the model is built again; the temperature is a view.
impl PartialEq for VaeSettings {
    fn eq(&self, other: &Self) -> bool {
        self.runs == other.runs
    }
}

impl Family for VaeLab {
    type Settings = VaeSettings;

    fn slot(w: &mut Worker) -> &mut Slot<Self, VaeSettings> {
        &mut w.vae
    }

    fn build(w: &Worker, s: &VaeSettings) -> Option<Self> {
        let (_, device) = w.backend.as_ref()?;
        (!s.runs.is_empty()).then(|| VaeLab::new(device, &w.points, w.reference.clone(), w.seed, &s.runs, s.temperature))
    }
}

pub(crate) async fn handle(cmd: Command) {
    match cmd {
        Command::VaeSetup { runs, temperature } => {
            W.with_borrow_mut(|w| w.vae.lab.as_mut().map(|l| l.temperature = temperature));
            set_up::<VaeLab>(VaeSettings { runs, temperature });
            chunk::<VaeLab>(0).await;
        }
        Command::VaeStart => train::<VaeLab>(0).await,
        Command::VaePause => W.with_borrow_mut(|w| w.vae.ctl.running = false),
        Command::VaeStep { n } => {
            chunk::<VaeLab>(n as usize).await;
        }
        Command::VaeReset => {
            rebuild::<VaeLab>();
            chunk::<VaeLab>(0).await;
        }
        Command::VaeTemperature { temperature } => {
            W.with_borrow_mut(|w| {
                w.vae.settings.temperature = temperature;
                if let Some(lab) = w.vae.lab.as_mut() {
                    lab.temperature = temperature;
                }
            });
            chunk::<VaeLab>(0).await;
        }
        Command::VaeResample { draw } => {
            W.with_borrow_mut(|w| {
                let seed = w.seed;
                if let Some(lab) = w.vae.lab.as_mut() {
                    lab.resample(seed, draw);
                }
            });
            chunk::<VaeLab>(0).await;
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
