//! Fetching the shipped weight files (`www/models/`, beside the worker's script) with their
//! bytes reported as they arrive: the pages' load progress bars.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::worker::home::scope;

/// Fetches `urls` one after the other; `report(done, total)` after every piece, with the bytes
/// received across all of them (`total` from the headers, never below `done`).
pub async fn fetch_all(urls: &[&str], report: impl Fn(usize, usize)) -> Result<Vec<Vec<u8>>, String> {
    let mut responses = Vec::new();
    let mut total = 0usize;
    for url in urls {
        let resp = JsFuture::from(scope().fetch_with_str(url)).await.map_err(|e| format!("{e:?}"))?;
        let resp: web_sys::Response = resp.dyn_into().map_err(|_| "not a response".to_string())?;
        if !resp.ok() {
            return Err(format!("{url}: HTTP {}", resp.status()));
        }
        total += resp.headers().get("content-length").ok().flatten().and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
        responses.push(resp);
    }
    let (mut files, mut done) = (Vec::new(), 0usize);
    for resp in responses {
        let body = resp.body().ok_or("empty response")?;
        let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
        let mut bytes = Vec::new();
        loop {
            let chunk = JsFuture::from(reader.read()).await.map_err(|e| format!("{e:?}"))?;
            let finished = js_sys::Reflect::get(&chunk, &"done".into()).ok().and_then(|v| v.as_bool()).unwrap_or(true);
            if finished {
                break;
            }
            let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(|e| format!("{e:?}"))?;
            let part = js_sys::Uint8Array::new(&value).to_vec();
            done += part.len();
            bytes.extend(part);
            report(done, total.max(done));
        }
        files.push(bytes);
    }
    Ok(files)
}
