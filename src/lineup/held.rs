//! What the lineup holds in the worker: the loaded models and the numbers of the current
//! lineup and decode, and the small helpers its two worker files share.

use std::rc::Rc;
use std::sync::Arc;

use burn::prelude::Tensor;

use crate::data::mnist::DigitBank;
use crate::families::digit_gan::model::DigitGan;
use crate::families::digit_vae::model::DigitVae;
use crate::families::images::model::ImageDenoiser;
use crate::judge::classifier::Classifier;
use crate::lineup::protocol::LineupUpdate;
use crate::worker::home::{W, lost, post};
use crate::worker::protocol::Update;

pub struct Models {
    pub gan: DigitGan,
    pub vae: DigitVae,
    pub unet: ImageDenoiser,
    pub clf: Classifier,
    /// The 2-D VAE and autoencoder of the latent planes, in `Coder::ALL`'s order.
    pub coders: [DigitVae; 2],
    /// The real digits (the references, the planes' codes, "Start from a real digit").
    pub bank: Arc<DigitBank>,
}

/// The lineup's worker state: the loaded models, the number of the current lineup and of each
/// plane's latest decode (a drag sends many; only the newest is answered).
#[derive(Default)]
pub struct LineupState {
    pub models: Option<Rc<Models>>,
    pub job: u64,
    pub decode: [u64; 2],
    /// The diffusion model's last draw, by (pick, seed): ψ moves the GAN and the VAE only, so
    /// a lineup drawn again at another ψ reuses it (its samples and the shown 16's time).
    pub diffusion: Option<DiffusionDraw>,
}

/// The diffusion model's draw for (pick, seed): its samples and the shown 16's time.
pub type DiffusionDraw = ((Option<usize>, u64), (Vec<f32>, f64));

pub fn models() -> Option<Rc<Models>> {
    W.with_borrow_mut(|w| w.extra::<LineupState>().models.clone())
}

pub fn say(u: LineupUpdate) {
    post(&Update::Lineup(u));
}

/// Model-space pixels [−1, 1] as ink [0, 1], as the page draws them.
pub fn ink(x: &[f32]) -> Vec<f32> {
    x.iter().map(|v| (v + 1.0) / 2.0).collect()
}

/// Reads a device tensor back without blocking; `None` (after reporting the loss) when the
/// device failed.
pub async fn host(t: Tensor<2>) -> Option<Vec<f32>> {
    match t.into_data_async().await {
        Ok(d) => d.try_to_vec::<f32>().ok(),
        Err(e) => {
            lost(format!("{e:?}"));
            None
        }
    }
}
