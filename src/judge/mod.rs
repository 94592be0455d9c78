//! The judge of generated digits, shared by every image family (the diffusion U-Net, the
//! digit GAN and the digit VAE): a small classifier whose p(y|x) and penultimate features
//! stand in for Inception-v3, and the measures built on them — the IS and Fréchet-distance
//! analogues (`metrics.rs`), the page's scorecard (`scores.rs`) and the variety measures
//! (`variety.rs`: spread, precision and recall). Pure: no web-sys, yew or gloo.

pub mod classifier;
pub mod metrics;
pub mod report;
pub mod scores;
pub mod variety;
