//! Save and Open in the worker. Saving keeps every trained family's weights as they are now
//! and sends them to the page with each family's settings and the data they were trained on;
//! the page adds its link and writes the `.genlab` file (`labfile.rs`). Opening reads the file
//! (the page sends its bytes), takes its data, builds each saved family with its saved settings
//! and loads its weights, then says what it opened. The page applies the file's link at the
//! same moment, so the settings and data it sends next are the ones just opened, and build
//! nothing again.

use crate::i18n::Msg;
use crate::labfile::{LabFile, LabMeta};
use crate::worker::families::{all, one, pause_all, rebuild_on_data, report_all};
use crate::worker::home::{W, post, post_with_data};
use crate::worker::protocol::{SaveTo, Update};

/// Every trained family's settings and weights, with the data, to the page.
pub async fn save(to: SaveTo) {
    for f in all() {
        f.keep_now().await;
    }
    let (meta, values) = W.with_borrow_mut(|w| {
        let mut meta = LabMeta { points: w.points.clone(), reference: w.reference.clone(), seed: w.seed, ..LabMeta::default() };
        let mut values = Vec::new();
        for f in all() {
            if let Some((saved, v)) = f.saved(w) {
                meta.families.push(saved);
                values.extend(v);
            }
        }
        (meta, values)
    });
    post_with_data(&Update::Saved { meta, data: Vec::new(), to }, &values);
}

/// Opens a lab file; a file that cannot be read changes nothing and says why.
pub async fn open(bytes: Vec<u8>) {
    let file = match LabFile::decode(&bytes) {
        Ok(f) => f,
        Err(message) => return post(&Update::Error { message, fatal: false }),
    };
    drop(bytes);
    // The models are built on a device: a page that opens a file at once waits for its device.
    for _ in 0..600 {
        if W.with_borrow(|w| w.backend.is_some()) {
            break;
        }
        gloo::timers::future::TimeoutFuture::new(50).await;
    }
    pause_all();
    let meta = &file.meta;
    W.with_borrow_mut(|w| {
        (w.points, w.reference, w.seed) = (meta.points.clone(), meta.reference.clone(), meta.seed);
        // The page sends this data once more as it applies the file's link: that one changes
        // nothing.
        w.opened_data = true;
    });
    rebuild_on_data();
    let said: Vec<Msg> = file.families().filter_map(|(saved, values)| Some(one(saved.family)?.open(saved, values))).collect();
    let message = match said.is_empty() {
        true => Msg::new("lab-opened-none").arg("when", &meta.saved_at),
        false => Msg::new("lab-opened").arg("when", &meta.saved_at).list("what", &said, "; "),
    };
    // Every model reports first, so the page has each one's runs to put its saved curves on.
    report_all().await;
    post(&Update::Opened { message });
}
