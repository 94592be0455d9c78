//! In-browser tests (wasm-bindgen-test in headless Chromium): the model code compiled to wasm,
//! on WebGPU through SwiftShader and on the CPU device, without the page around it.
#![cfg(target_arch = "wasm32")]

use genlab::data::toy2d::{DatasetSpec, generate};
use genlab::device::{self, Backend};
use genlab::families::diffusion::config::DiffusionConfig;
use genlab::families::diffusion::lab::DiffusionLab;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn losses(s: &mut DiffusionLab, steps: usize) -> Vec<f32> {
    let t = s.run(steps).expect("session has data");
    t.into_data_async().await.expect("readback").try_to_vec::<f32>().expect("f32 data")
}

/// Same seed, same host-drawn weights and noise: WebGPU must compute what the CPU computes.
#[wasm_bindgen_test]
async fn webgpu_takes_the_same_steps_as_the_cpu() {
    genlab::init_wasm_runtime();
    let gpu = device::open(Backend::WebGpu).await.expect("a WebGPU adapter (SwiftShader in CI)");
    let data = generate(&DatasetSpec::default(), 5);
    let mut cpu = DiffusionLab::new(Backend::Cpu, device::cpu(), data.points.clone(), 5, DiffusionConfig::default());
    let mut gpu = DiffusionLab::new(Backend::WebGpu, gpu, data.points, 5, DiffusionConfig::default());
    let (a, b) = (losses(&mut cpu, 8).await, losses(&mut gpu, 8).await);
    assert_eq!(a.len(), 8);
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        assert!((x - y).abs() <= 2e-3 * x.abs().max(1.0), "step {i}: CPU {x} vs WebGPU {y}");
    }
    let samples = gpu.sample(64).into_data_async().await.unwrap().try_to_vec::<f32>().unwrap();
    assert_eq!(samples.len(), 128);
    assert!(samples.iter().all(|v| v.is_finite()));
}

/// The CPU fallback trains in wasm: the loss falls.
#[wasm_bindgen_test]
async fn cpu_training_in_wasm_lowers_the_loss() {
    genlab::init_wasm_runtime();
    let data = generate(&DatasetSpec::default(), 11);
    let mut s = DiffusionLab::new(Backend::Cpu, device::cpu(), data.points, 11, DiffusionConfig::default());
    let l = losses(&mut s, 300).await;
    let mean = |v: &[f32]| v.iter().sum::<f32>() / v.len() as f32;
    assert!(mean(&l[250..]) < 0.75 * mean(&l[..50]), "{} -> {}", mean(&l[..50]), mean(&l[250..]));
}

/// A chart's legend takes a corner no line passes through: a falling loss leaves the upper
/// right free, a rising KL term the lower right; lines along the top and bottom edges leave no
/// corner free (the chart then makes room above them).
#[wasm_bindgen_test]
fn the_legend_takes_a_free_corner() {
    use genlab::render::lines::legend_corner;
    use plotters::chart::SeriesLabelPosition as P;
    let line = |a: (f32, f32), b: (f32, f32)| {
        (0..=20).map(|k| k as f32 / 20.0).map(|t| (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))).collect::<Vec<_>>()
    };
    assert!(matches!(legend_corner(&[line((0.0, 1.0), (1.0, 0.0))], (0.4, 0.2)), Some(P::UpperRight)));
    assert!(matches!(legend_corner(&[line((0.0, 0.0), (1.0, 1.0))], (0.4, 0.2)), Some(P::LowerRight)));
    // Two points only: the segment between them is sampled too.
    assert!(matches!(legend_corner(&[vec![(0.0, 0.0), (1.0, 1.0)], vec![(0.0, 0.1), (1.0, 0.05)]], (0.4, 0.3)), Some(P::UpperLeft)));
    assert!(matches!(legend_corner(&[line((0.0, 1.0), (1.0, 1.0)), line((0.0, 0.0), (1.0, 0.0))], (0.4, 0.3)), None));
}
