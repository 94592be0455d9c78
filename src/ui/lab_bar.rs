//! Save lab and Open lab, in the header on every page. Save asks the worker for every trained
//! family's settings and weights (`worker/save.rs`), adds the page's link and drawn points
//! (`state/lab.rs`) and downloads one `.genlab` file (`labfile.rs`). Open reads a file the user
//! picks or drops on the page: one that reads takes the page to its link and goes to the
//! worker, which loads it;
//! one that does not is named in one notice and changes nothing.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::file::callbacks::FileReader;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, DragEvent, HtmlInputElement};
use yew::prelude::*;

use crate::i18n::{Msg, tr};
use crate::labfile::{LabFile, MAX_BYTES};
use crate::state::app::{Action, AppState};
use crate::state::kept::saved_list;
use crate::ui::hooks::WorkerHandle;
use crate::worker::protocol::{Command, SaveTo};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub worker: WorkerHandle,
}

/// "2026-12-07 14:05" and "2026-12-07-1405", in the browser's time.
pub(crate) fn now_words() -> (String, String) {
    let d = js_sys::Date::new_0();
    let (y, mo, da, h, mi) = (d.get_full_year(), d.get_month() + 1, d.get_date(), d.get_hours(), d.get_minutes());
    (format!("{y}-{mo:02}-{da:02} {h:02}:{mi:02}"), format!("{y}-{mo:02}-{da:02}-{h:02}{mi:02}"))
}

/// Downloads `bytes` as `file`.
fn download_bytes(bytes: &[u8], file: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let bag = BlobPropertyBag::new();
    bag.set_type("application/octet-stream");
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &bag).map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    crate::ui::export::download(&url, file);
    // The download has its own copy once started; the address can go after a moment.
    gloo::timers::callback::Timeout::new(60_000, move || drop(web_sys::Url::revoke_object_url(&url))).forget();
    Ok(())
}

/// Writes what the worker handed over; what to say about it.
fn write(state: &AppState) -> Option<Msg> {
    let (when, stamp) = now_words();
    let file = state.lab_file(when)?;
    let name = format!("genlab-{stamp}.genlab");
    let bytes = file.encode();
    let size = format!("{:.1}", bytes.len() as f64 / 1e6);
    if let Err(e) = download_bytes(&bytes, &name) {
        return Some(Msg::new("lab-save-failed").arg("error", e));
    }
    let what = saved_list(&file.meta);
    Some(match what.is_empty() {
        true => Msg::new("lab-saved-none").arg("file", &name).arg("size", size),
        false => Msg::new("lab-saved").arg("file", &name).arg("size", size).list("what", &what, "; "),
    })
}

/// Reads a file the user picked or dropped and opens it if it is a lab; the reader must be
/// kept until it has read.
fn read(file: web_sys::File, d: &UseReducerDispatcher<AppState>, worker: &WorkerHandle) -> Option<FileReader> {
    let size = file.size() as usize;
    if size > MAX_BYTES {
        let mb = |n: usize| format!("{:.1}", n as f64 / 1e6);
        d.dispatch(Action::Notice(Msg::new("lab-too-big").arg("size", mb(size)).arg("max", mb(MAX_BYTES))));
        return None;
    }
    let (d, worker) = (d.clone(), worker.clone());
    Some(gloo::file::callbacks::read_as_bytes(&gloo::file::File::from(file), move |res| match res {
        Ok(bytes) => match LabFile::decode(&bytes) {
            Ok(file) => open_lab(&d, &worker, file, &bytes),
            Err(why) => d.dispatch(Action::Notice(why)),
        },
        Err(err) => d.dispatch(Action::Notice(Msg::new("lab-unread").arg("error", err))),
    }))
}

/// Opens a lab file that reads: the page takes its link first, then the worker gets its bytes,
/// so the data and settings the page sends next are the ones opened.
pub(crate) fn open_lab(d: &UseReducerDispatcher<AppState>, worker: &WorkerHandle, file: LabFile, bytes: &[u8]) {
    d.dispatch(Action::OpenLab(Box::new(file.meta)));
    worker.send_lab(bytes);
}

#[function_component(LabBar)]
pub fn lab_bar(p: &Props) -> Html {
    let (s, lang) = (&p.state, p.state.lang());
    let input = use_node_ref();
    let reader = use_mut_ref(|| None::<FileReader>);
    {
        let state = s.clone();
        let to_file = s.saving.as_ref().is_some_and(|(to, _)| *to == SaveTo::File);
        use_effect_with(to_file, move |&handed| {
            if handed && let Some(said) = write(&state) {
                state.dispatch(Action::LabSaved(said));
            }
        });
    }
    let save = {
        let (d, worker) = (s.dispatcher(), p.worker.clone());
        Callback::from(move |_| {
            d.dispatch(Action::SaveLab);
            worker.send(&Command::SaveLab { to: SaveTo::File });
        })
    };
    let pick = {
        let input = input.clone();
        Callback::from(move |_| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.click();
            }
        })
    };
    let on_file = {
        let (d, worker, reader) = (s.dispatcher(), p.worker.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            *reader.borrow_mut() = read(file, &d, &worker);
        })
    };
    {
        // A file dropped anywhere on the page: a lab opens; anything else is refused in words
        // (a browser would otherwise leave the page to show the file, and lose the lab).
        let (d, worker) = (s.dispatcher(), p.worker.clone());
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            // Only a drag that carries files is taken (dragged text still drops into a field).
            let files =
                |e: &Event| e.dyn_ref::<DragEvent>().and_then(|e| e.data_transfer()).and_then(|t| t.files()).filter(|f| f.length() > 0);
            let over = EventListener::new_with_options(&window, "dragover", EventListenerOptions::enable_prevent_default(), move |e| {
                if e.dyn_ref::<DragEvent>().and_then(|e| e.data_transfer()).is_some_and(|t| t.types().includes(&"Files".into(), 0)) {
                    e.prevent_default();
                }
            });
            let dropped = EventListener::new_with_options(&window, "drop", EventListenerOptions::enable_prevent_default(), move |e| {
                let Some(file) = files(e).and_then(|f| f.get(0)) else { return };
                e.prevent_default();
                if file.name().to_lowercase().ends_with(".genlab") {
                    *reader.borrow_mut() = read(file, &d, &worker);
                } else {
                    d.dispatch(Action::Notice(Msg::new("lab-drop-other").arg("name", file.name())));
                }
            });
            move || drop((over, dropped))
        });
    }
    let busy = s.save_pending;
    let no_worker = !s.worker.ready || s.worker.crashed.is_some();
    html! {
        <div class="lab-bar" role="group" aria-label={tr(lang, "lab-save")}>
            // The words show on wide screens; narrower ones keep the header to two rows with the
            // symbols alone (the name stays the button's accessible name and its tooltip).
            <button class="chip" data-testid="lab-save" title={tr(lang, "lab-save-title")} aria-label={tr(lang, "lab-save")}
                disabled={busy || no_worker} onclick={save}>
                {"⤓ "}<span class="word">{ tr(lang, if busy { "lab-saving" } else { "lab-save" }) }</span>
            </button>
            <button class="chip" data-testid="lab-open" title={tr(lang, "lab-open-title")} aria-label={tr(lang, "lab-open")}
                disabled={no_worker} onclick={pick}>
                {"⤒ "}<span class="word">{ tr(lang, "lab-open") }</span>
            </button>
            <input ref={input} type="file" accept=".genlab" hidden=true data-testid="lab-open-input"
                aria-label={tr(lang, "lab-open")} onchange={on_file} />
        </div>
    }
}
