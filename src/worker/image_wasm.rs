//! The image page's part of the worker: fetching the shipped denoiser and running its reverse
//! chains. The weights file sits beside this worker's script (`www/models/`).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::protocol::{Command, Update};
use super::tasks::post_with_data;
use super::wasm::{device_lost, now, post, scope, W};
use crate::models::image_chain::ChainRequest;
use crate::models::image_ddpm::ImageDenoiser;

const WEIGHTS: &str = "./models/digits-unet.bin";

async fn fetch(url: &str) -> Result<Vec<u8>, String> {
    let resp = JsFuture::from(scope().fetch_with_str(url)).await.map_err(|e| format!("{e:?}"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "not a response".to_string())?;
    if !resp.ok() {
        return Err(format!("HTTP {}", resp.status()));
    }
    let buf = JsFuture::from(resp.array_buffer().map_err(|e| format!("{e:?}"))?).await.map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

pub(super) async fn handle(cmd: Command) {
    match cmd {
        Command::ImageLoad => {
            let Some(device) = W.with_borrow(|w| w.backend.as_ref().map(|(_, d)| d.clone())) else {
                return post(&Update::ImageModel { loaded: false, params: 0, bytes: 0, message: "No device yet.".into() });
            };
            let update = match fetch(WEIGHTS).await {
                Ok(bytes) => match ImageDenoiser::from_bytes(&bytes, &device) {
                    Ok(den) => {
                        let params = den.num_params();
                        W.with_borrow_mut(|w| w.denoiser = Some(den));
                        Update::ImageModel { loaded: true, params, bytes: bytes.len(), message: String::new() }
                    }
                    Err(e) => Update::ImageModel { loaded: false, params: 0, bytes: bytes.len(), message: format!("The model file is damaged: {e}") },
                },
                Err(e) => Update::ImageModel { loaded: false, params: 0, bytes: 0, message: format!("Could not fetch the model ({e}).") },
            };
            post(&update);
        }
        Command::ImageChain { classes, sampler, guidance, seed, frames } => {
            let t0 = now();
            let n = classes.len();
            let req = ChainRequest { classes: classes.clone(), sampler, guidance, clip: true, seed, max_frames: frames.max(2) };
            let Some(chain) = W.with_borrow(|w| w.denoiser.as_ref().map(|d| d.chain(&req))) else { return };
            let ts = chain.ts.clone();
            let both = burn::prelude::Tensor::cat(vec![chain.xt, chain.x0], 0);
            match both.into_data_async().await {
                Ok(d) => {
                    let data = d.try_to_vec::<f32>().unwrap_or_default();
                    post_with_data(&Update::ImageChain { n, ts, classes, guidance, ms: now() - t0, data: Vec::new() }, &data);
                }
                Err(e) => device_lost(format!("{e:?}")),
            }
        }
        _ => {}
    }
}
