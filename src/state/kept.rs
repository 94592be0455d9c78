//! A lab kept in this browser on an earlier visit, as the page's state offers it back
//! (`ui/lab_keep.rs` reads and writes the browser's store), and how a lab's models are named.

use crate::i18n::Msg;
use crate::labfile::{LabFile, LabMeta};
use crate::state::shared::Shared;

/// A lab kept in this browser on an earlier visit, as the page offers it back: when it was
/// kept, what it holds, and its file.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct KeptOffer {
    pub when: String,
    pub what: Vec<Msg>,
    #[serde(skip)]
    pub bytes: Shared<Vec<u8>>,
}

impl KeptOffer {
    /// The offer for a kept file, or why it cannot be read any more.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<KeptOffer, Msg> {
        let file = LabFile::decode(&bytes)?;
        Ok(KeptOffer { when: file.meta.saved_at.clone(), what: saved_list(&file.meta), bytes: Shared::new(bytes) })
    }
}

/// "The diffusion model at step 4200", one per trained family in a lab.
pub fn saved_list(meta: &LabMeta) -> Vec<Msg> {
    meta.families
        .iter()
        .map(|f| {
            let at = f.steps.iter().map(u64::to_string).collect::<Vec<_>>().join(" / ");
            Msg::new("lab-saved-one").nested("who", &f.family.the_name()).nested("word", &f.family.step_word()).arg("step", at)
        })
        .collect()
}
