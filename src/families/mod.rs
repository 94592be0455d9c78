//! The model families, each in its own folder with the same shape: its model maths, its lab
//! (the one contract of `worker/lab.rs`), its URL keys, its page state and its page, and (in
//! the browser) its worker side: its own commands and how the one loop builds it.
//! A family never imports another family's files (`tests/all/architecture.rs` checks it).

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

pub mod diffusion;
pub mod digit_gan;
pub mod digit_vae;
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
    /// The digit GAN trained in the page (the Digit models page's trainer).
    DigitGan,
    /// The 2-D digit VAE trained in the page (the Digit models page's latent-plane trainer).
    DigitVae,
}

impl FamilyId {
    /// Every family, in the order the page and the worker list them.
    pub const ALL: [FamilyId; 7] =
        [FamilyId::Diffusion, FamilyId::Flow, FamilyId::Gan, FamilyId::Vae, FamilyId::Images, FamilyId::DigitGan, FamilyId::DigitVae];

    /// Its name in links and test ids (the same as its serde name).
    pub fn id(self) -> &'static str {
        match self {
            FamilyId::Diffusion => "diffusion",
            FamilyId::Flow => "flow",
            FamilyId::Gan => "gan",
            FamilyId::Vae => "vae",
            FamilyId::Images => "images",
            FamilyId::DigitGan => "digit_gan",
            FamilyId::DigitVae => "digit_vae",
        }
    }

    /// "the GAN", as used inside a sentence (a message id; `the_name` capitalises it).
    pub fn name(self) -> Msg {
        Msg::new(&format!("fam-{}", self.id()))
    }

    /// "The GAN", opening a sentence.
    pub fn the_name(self) -> Msg {
        Msg::new(&format!("fam-{}-cap", self.id()))
    }

    /// What one training step is called on the family's page.
    pub fn step_word(self) -> Msg {
        Msg::new(if matches!(self, FamilyId::Gan | FamilyId::DigitGan) { "word-iteration" } else { "word-step" })
    }

    /// What to change after a divergence, in the user's words.
    pub fn advice(self) -> Msg {
        Msg::new(match self {
            FamilyId::Diffusion | FamilyId::Flow => "advice-diffusion",
            FamilyId::Gan => "advice-gan",
            FamilyId::Vae => "advice-vae",
            FamilyId::Images => "advice-images",
            FamilyId::DigitGan => "advice-digit_gan",
            FamilyId::DigitVae => "advice-digit_vae",
        })
    }
}
