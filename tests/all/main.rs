//! The native integration tests, one test crate (one linked binary) with a module per topic:
//! linking burn into 39 separate binaries cost minutes on a bare 2-core machine (docs/testing.md).
//! Run one topic with `cargo test --test all <module>::`, e.g. `cargo test --test all gan::`.

// Counting, so a test can ask what one call allocated (`genlab::heap::thread_allocated`).
#[global_allocator]
static ALLOC: genlab::heap::Counting = genlab::heap::Counting;

mod app_state;
mod architecture;
mod datasets;
mod describe;
mod diffusion;
mod diffusion_fold;
mod diffusion_math;
mod digit_gan_train;
mod digit_models;
mod digit_shipped;
mod digit_vae_train;
mod exact;
mod family_contract;
mod flow;
mod fuzz;
mod gan;
mod handwriting;
mod history;
mod i18n;
mod image_model;
mod image_shipped;
mod images;
mod judge_real;
mod keep_weights;
mod labfile;
mod likelihood;
mod lineup;
mod metrics;
mod mnist;
mod pace;
mod pad;
mod palette;
mod plane;
mod rng;
mod stage;
mod tour;
mod trainer;
mod unet_variants;
mod url_state;
mod vae;
mod vae_lab;
mod variety;
mod walk;

/// The shipped real digits (`www/data/mnist.png`), decoded once for the whole test binary.
pub fn bank() -> std::sync::Arc<genlab::data::mnist::DigitBank> {
    static BANK: std::sync::OnceLock<std::sync::Arc<genlab::data::mnist::DigitBank>> = std::sync::OnceLock::new();
    BANK.get_or_init(|| {
        let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/www/data/mnist.png")).expect("www/data/mnist.png");
        std::sync::Arc::new(genlab::data::mnist::decode(&bytes).expect("the shipped digits read"))
    })
    .clone()
}
