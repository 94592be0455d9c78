//! The lab kept in this browser (IndexedDB): one record, `current`, holding the last lab file
//! the page kept while it trained (`ui/lab_bar.rs`), so a reload or a crashed tab can bring it
//! back. Three calls, each a future: [`get`], [`put`], [`forget`]. A browser without IndexedDB
//! (or a private window that refuses it) answers `Err` with the reason, and the page goes on
//! without keeping anything.

use js_sys::{Function, Promise, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DB: &str = "genlab";
const STORE: &str = "labs";
const KEY: &str = "current";

/// Waits for a request's success (its result) or error.
async fn done(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let ok = request.clone();
        let on_ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let bad = request.clone();
        let on_err = Closure::once_into_js(move || {
            let why = bad.error().ok().flatten().map_or_else(|| "IndexedDB refused".to_string(), |e| e.message());
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&why));
        });
        request.set_onsuccess(Some(on_ok.unchecked_ref()));
        request.set_onerror(Some(on_err.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(|e| e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

/// The database, with its one store made the first time.
async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or("this browser has no IndexedDB")?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DB, 1).map_err(|e| format!("{e:?}"))?;
    let upgrade = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrade.result().and_then(|r| r.dyn_into::<IdbDatabase>())
            && !db.object_store_names().contains(STORE)
        {
            let _ = db.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db = done(&request).await?;
    db.dyn_into::<IdbDatabase>().map_err(|_| "IndexedDB gave no database".to_string())
}

/// One request on the store, in a transaction of `mode`.
async fn on_store(
    mode: IdbTransactionMode,
    act: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<JsValue, String> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, mode).map_err(|e| format!("{e:?}"))?;
    let store = tx.object_store(STORE).map_err(|e| format!("{e:?}"))?;
    let request = act(&store).map_err(|e| format!("{e:?}"))?;
    let out = done(&request).await;
    db.close();
    out
}

/// The lab kept in this browser, if any: its file's bytes.
pub async fn get() -> Result<Option<Vec<u8>>, String> {
    let value = on_store(IdbTransactionMode::Readonly, |s| s.get(&JsValue::from_str(KEY))).await?;
    Ok(value.dyn_into::<Uint8Array>().ok().map(|a| a.to_vec()))
}

/// Keeps `bytes` (a lab file) as the browser's current lab, replacing the one before.
pub async fn put(bytes: &[u8]) -> Result<(), String> {
    let value = Uint8Array::from(bytes);
    on_store(IdbTransactionMode::Readwrite, |s| s.put_with_key(&value, &JsValue::from_str(KEY))).await.map(drop)
}

/// Forgets the lab kept in this browser.
pub async fn forget() -> Result<(), String> {
    on_store(IdbTransactionMode::Readwrite, |s| s.delete(&JsValue::from_str(KEY))).await.map(drop)
}
