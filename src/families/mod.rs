//! The model families, each in its own folder with the same shape: its model maths, its lab
//! (the one contract of `worker/lab.rs`), its URL keys, its page state and its page, and (in
//! the browser) its worker side: its own commands and how the one loop builds it.
//! A family never imports another family's files (`tests/architecture.rs` checks it).

use serde::{Deserialize, Serialize};

pub mod diffusion;
pub mod flow;
pub mod gan;
pub mod images;
pub mod vae;

/// The model families, by name. Each owns its state in the worker; a command for one never
/// rebuilds another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FamilyId {
    Diffusion,
    Flow,
    Gan,
    Vae,
    Images,
}

impl FamilyId {
    /// Its name in links and test ids (the same as its serde name).
    pub fn id(self) -> &'static str {
        match self {
            FamilyId::Diffusion => "diffusion",
            FamilyId::Flow => "flow",
            FamilyId::Gan => "gan",
            FamilyId::Vae => "vae",
            FamilyId::Images => "images",
        }
    }

    /// "the GAN", as used inside a sentence.
    pub fn label(self) -> &'static str {
        match self {
            FamilyId::Diffusion => "the diffusion model",
            FamilyId::Flow => "the flow-matching model",
            FamilyId::Gan => "the GAN",
            FamilyId::Vae => "the VAE",
            FamilyId::Images => "the image model",
        }
    }

    /// What one training step is called on the family's page.
    pub fn step_word(self) -> &'static str {
        if self == FamilyId::Gan { "iteration" } else { "step" }
    }

    /// What to change after a divergence, in the user's words.
    pub fn advice(self) -> &'static str {
        match self {
            FamilyId::Diffusion | FamilyId::Flow => "Lower the learning rate or use a larger batch.",
            FamilyId::Gan => "Lower the learning rates or use Adam.",
            FamilyId::Vae => "Lower the learning rate or raise the decoder noise σ_x.",
            FamilyId::Images => "Lower the learning rate.",
        }
    }
}

