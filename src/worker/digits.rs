//! The real digits in the worker (`data/mnist.rs`, `www/data/mnist.png`): fetched beside the
//! first weight files a page asks for, on the same byte progress bar, decoded once and kept for
//! every page and trainer after (the Images page, the Digit models page and its two trainers).
//! The service worker keeps the file once fetched (`scripts/finish_site.mjs`).

use std::sync::Arc;

use crate::data::mnist::{self, DigitBank};
use crate::i18n::Msg;
use crate::worker::fetch::fetch_all;
use crate::worker::home::W;

/// The real digits' file, beside the worker's script.
pub const DIGITS: &str = "./data/mnist.png";

/// The decoded digits, once fetched.
#[derive(Default)]
struct Kept(Option<Arc<DigitBank>>);

/// Fetches `urls` and, the first time, the real digits after them (one byte count over all,
/// `report(done, total)`); the files of `urls` in order and the digits. Err: one message naming
/// what failed (the fetch, or the digits file's fault).
pub async fn fetch_with_digits(urls: &[&str], report: impl Fn(usize, usize)) -> Result<(Vec<Vec<u8>>, Arc<DigitBank>), Msg> {
    let kept = W.with_borrow_mut(|w| w.extra::<Kept>().0.clone());
    let mut all = urls.to_vec();
    if kept.is_none() {
        all.push(DIGITS);
    }
    let mut files = fetch_all(&all, report).await.map_err(|e| Msg::new("notice-model-fetch").arg("error", e))?;
    let bank = match kept {
        Some(bank) => bank,
        None => {
            let bytes = files.pop().unwrap_or_default();
            let bank = Arc::new(mnist::decode(&bytes).map_err(|e| e.msg())?);
            W.with_borrow_mut(|w| w.extra::<Kept>().0 = Some(bank.clone()));
            bank
        }
    };
    Ok((files, bank))
}
