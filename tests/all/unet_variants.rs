//! The lean U-Net (no middle block, additive skips) and weight files written before those
//! settings existed: shapes, size, that it trains, and that an old header takes the defaults.

use burn::prelude::Tensor;
use genlab::data::glyphs::{PIXELS, generate};
use genlab::device::cpu;
use genlab::families::images::model::{ImageDdpm, ImageDdpmConfig, ImageDenoiser, UNET_KIND};
use genlab::judge::classifier::to_model_space;
use genlab::models::weights::{Precision, decode, encode};

fn lean() -> ImageDdpmConfig {
    let mut c = ImageDdpmConfig::new().with_warmup(1);
    c.unet = c.unet.with_middle(false).with_add_skips(true);
    c.schedule.steps = 20;
    c
}

fn host(t: Tensor<2>) -> Vec<f32> {
    t.into_data().try_into_vec_as::<f32>().unwrap()
}

#[test]
fn the_lean_unet_is_smaller_has_the_same_shapes_and_trains() {
    let full = ImageDdpm::init(&ImageDdpmConfig::new(), &cpu(), 1).denoiser(true);
    let mut ddpm = ImageDdpm::init(&lean(), &cpu(), 1);
    let den = ddpm.denoiser(true);
    assert!(den.num_params() < full.num_params() * 3 / 4, "{} vs {}", den.num_params(), full.num_params());
    let x = to_model_space(&generate(3, 1).pixels, &cpu().without_autodiff());
    assert_eq!(den.eps(x.clone(), 5, &[Some(3), None, Some(9)], 2.0).dims(), [3, PIXELS]);
    let set = generate(32, 4);
    let losses: Vec<f32> = (0..80).map(|_| ddpm.step(&set.pixels, &set.labels).loss.into_scalar::<f32>()).collect();
    let (first, last) = (losses[..5].iter().sum::<f32>() / 5.0, losses[75..].iter().sum::<f32>() / 5.0);
    assert!(last < 0.6 * first, "loss {first} → {last}");
}

#[test]
fn a_header_without_the_new_settings_loads_as_the_full_unet() {
    let den = ImageDdpm::init(&ImageDdpmConfig::new(), &cpu(), 2).denoiser(true);
    let file = decode(&den.to_bytes(Precision::F32)).unwrap();
    let mut header: serde_json::Value = serde_json::from_str(&file.json).unwrap();
    assert_eq!(header["kind"], UNET_KIND);
    let unet = header["config"]["unet"].as_object_mut().unwrap();
    assert!(unet.remove("middle").is_some() && unet.remove("add_skips").is_some());
    let old = encode(&header.to_string(), &file.tensors, Precision::F32);
    let back = ImageDenoiser::from_bytes(&old, &cpu()).expect("an old file loads");
    assert!(back.config.unet.middle && !back.config.unet.add_skips);
    let x = to_model_space(&generate(2, 3).pixels, &cpu().without_autodiff());
    assert_eq!(host(back.eps(x.clone(), 7, &[Some(1), None], 1.0)), host(den.eps(x, 7, &[Some(1), None], 1.0)));
}
