//! The model families, each in its own folder with the same shape: its model maths, its lab
//! (the one contract of `worker/lab.rs`), its URL keys, its page state and its page, and (in
//! the browser) its worker side: its own commands and how the one loop builds it.
//! A family never imports another family's files (`tests/all/architecture.rs` checks it).
//!
//! **The one list** is [`with_families!`]: a family is its folder and one line there. Each
//! folder's `mod.rs` names its parts the same way (its *face*: `Lab`, `Command`, `Update`,
//! `View`, `Act`, `Url`, `STEP_WORD`, and in the browser `handle` and its page), and every
//! place that does something for each family — the ids below, the worker's messages and loop,
//! the link state, the reducer, the page router — expands the list its own way, so no file
//! outside a family's folder and this one names a family's types (the architecture test fails
//! if one does; the pages that set chosen families side by side — compare, the lineup, the
//! tour, the landing — are the exception, and a new family joins them only by choice).

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

pub mod showcase;

/// Calls `$then!` with every family, one line each: `module: Id`, and `(Component)` where the
/// family has a page of its own (`Page::Id` shows `module::page::Component`).
macro_rules! with_families {
    ($then:ident) => {
        $then! {
            diffusion: Diffusion (DiffusionPage),
            flow: Flow (FlowPage),
            gan: Gan (GanPage),
            vae: Vae (VaePage),
            images: Images (ImagesPage),
            digit_gan: DigitGan,
            digit_vae: DigitVae,
        }
    };
}
pub(crate) use with_families;

macro_rules! family_modules {
    ($($field:ident: $id:ident $(($page:ident))?),* $(,)?) => {
        $(pub mod $field;)*
    };
}
with_families!(family_modules);

macro_rules! family_ids {
    ($($field:ident: $id:ident $(($page:ident))?),* $(,)?) => {
        /// The model families, by name. Each owns its state in the worker; a command for one
        /// never rebuilds another.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum FamilyId {
            $($id,)*
        }

        impl FamilyId {
            /// Every family, in the order the page and the worker list them.
            pub const ALL: &[FamilyId] = &[$(FamilyId::$id,)*];

            /// Its name in links, message ids and test ids (the same as its serde name).
            pub fn id(self) -> &'static str {
                match self {
                    $(FamilyId::$id => stringify!($field),)*
                }
            }

            /// What one training step is called on the family's page (a message id).
            fn step_word_id(self) -> &'static str {
                match self {
                    $(FamilyId::$id => $field::STEP_WORD,)*
                }
            }
        }
    };
}
with_families!(family_ids);

impl FamilyId {
    /// "the GAN", as used inside a sentence (a message id; `the_name` capitalises it).
    pub fn name(self) -> Msg {
        Msg::new(&format!("fam-{}", self.id()))
    }

    /// "The GAN", opening a sentence.
    pub fn the_name(self) -> Msg {
        Msg::new(&format!("fam-{}-cap", self.id()))
    }

    /// What one training step is called on the family's page: "step" or "iteration".
    pub fn step_word(self) -> Msg {
        Msg::new(self.step_word_id())
    }

    /// What to change after a divergence, in the user's words.
    pub fn advice(self) -> Msg {
        Msg::new(&format!("advice-{}", self.id()))
    }
}

/// What a family's update carries beside it: a chain's frames travel as a Float32Array next to
/// the CBOR message (`worker/protocol.rs::Update::payload`), not inside it.
pub trait Payload {
    /// Where those floats go, if this update has any.
    fn payload(&mut self) -> Option<&mut Vec<f32>> {
        None
    }
}
