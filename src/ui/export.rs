//! Export for slides: a PNG of a view with a caption (what it shows, the page's step and key
//! settings) and the link to this exact state under it; a WebM of the view while it moves
//! (MediaRecorder on the canvas stream, at most 20 s); and "copy link". One small bar under
//! each view that moves.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Blob, BlobEvent, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement, MediaRecorder, MediaRecorderOptions};
use yew::prelude::*;

use crate::i18n::tr;
use crate::ui::hooks::use_lang;

/// The longest recording, in ms (a slide loop, not a lecture).
const MAX_RECORDING_MS: u32 = 20_000;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The canvas to export.
    pub target: NodeRef,
    /// File name stem: `genlab-<name>.png`.
    pub name: AttrValue,
    /// What the view shows now, in the page's language (step, settings).
    pub caption: AttrValue,
}

/// Saves `href` as `file` through a temporary link.
pub(crate) fn download(href: &str, file: &str) {
    let doc = gloo::utils::document();
    let Some(a) = doc.create_element("a").ok().and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok()) else { return };
    a.set_href(href);
    a.set_download(file);
    let _ = doc.body().map(|b| b.append_child(&a));
    a.click();
    a.remove();
}

/// The view with two caption lines under it (the caption, then the link), as a PNG data URL.
fn png_with_caption(src: &HtmlCanvasElement, caption: &str, link: &str) -> Option<String> {
    let doc = gloo::utils::document();
    let out: HtmlCanvasElement = doc.create_element("canvas").ok()?.dyn_into().ok()?;
    let (w, h) = (src.width(), src.height());
    let strip = 58;
    out.set_width(w.max(480));
    out.set_height(h + strip);
    let ctx: CanvasRenderingContext2d = out.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, out.width() as f64, out.height() as f64);
    ctx.draw_image_with_html_canvas_element(src, 0.0, 0.0).ok()?;
    ctx.set_fill_style_str("#1d2330");
    ctx.set_font("14px sans-serif");
    let _ = ctx.fill_text_with_max_width(caption, 8.0, h as f64 + 22.0, out.width() as f64 - 16.0);
    ctx.set_fill_style_str("#0072b2");
    ctx.set_font("12px monospace");
    let _ = ctx.fill_text_with_max_width(link, 8.0, h as f64 + 44.0, out.width() as f64 - 16.0);
    out.to_data_url_with_type("image/png").ok()
}

/// A recording in progress: the recorder and the chunks it has handed over.
struct Recording {
    recorder: MediaRecorder,
    _on_data: Closure<dyn FnMut(BlobEvent)>,
    _on_stop: Closure<dyn FnMut()>,
    _limit: gloo::timers::callback::Timeout,
}

/// Starts recording `canvas`; `done` is called when it has stopped and the file is saved.
fn record(canvas: &HtmlCanvasElement, name: String, done: Callback<()>) -> Option<Recording> {
    let stream = canvas.capture_stream_with_frame_request_rate(30.0).ok()?;
    let options = MediaRecorderOptions::new();
    options.set_mime_type("video/webm");
    let recorder = MediaRecorder::new_with_media_stream_and_media_recorder_options(&stream, &options).ok()?;
    let chunks: Rc<RefCell<Vec<Blob>>> = Rc::default();
    let on_data = {
        let chunks = chunks.clone();
        Closure::<dyn FnMut(BlobEvent)>::new(move |e: BlobEvent| chunks.borrow_mut().extend(e.data()))
    };
    let on_stop = Closure::<dyn FnMut()>::new(move || {
        let parts = js_sys::Array::new();
        chunks.borrow().iter().for_each(|b| {
            parts.push(b);
        });
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type("video/webm");
        if let Ok(blob) = Blob::new_with_blob_sequence_and_options(&parts, &bag)
            && let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob)
        {
            download(&url, &format!("genlab-{name}.webm"));
        }
        done.emit(());
    });
    recorder.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
    recorder.set_onstop(Some(on_stop.as_ref().unchecked_ref()));
    recorder.start_with_time_slice(250).ok()?;
    let stopper = recorder.clone();
    let limit = gloo::timers::callback::Timeout::new(MAX_RECORDING_MS, move || {
        let _ = stopper.stop();
    });
    Some(Recording { recorder, _on_data: on_data, _on_stop: on_stop, _limit: limit })
}

#[function_component(ExportTools)]
pub fn export_tools(p: &Props) -> Html {
    let lang = use_lang();
    let recording: UseStateHandle<Option<Rc<Recording>>> = use_state(|| None);
    let copied = use_state(|| false);
    let link = || gloo::utils::window().location().href().unwrap_or_default();
    let png = {
        let (target, name, caption) = (p.target.clone(), p.name.clone(), p.caption.clone());
        Callback::from(move |_| {
            if let Some(c) = target.cast::<HtmlCanvasElement>()
                && let Some(url) = png_with_caption(&c, &caption, &link())
            {
                download(&url, &format!("genlab-{name}.png"));
            }
        })
    };
    let webm = {
        let (target, name, recording) = (p.target.clone(), p.name.to_string(), recording.clone());
        Callback::from(move |_| match &*recording {
            Some(r) => {
                let _ = r.recorder.stop();
            }
            None => {
                let Some(c) = target.cast::<HtmlCanvasElement>() else { return };
                let after = recording.clone();
                let done = Callback::from(move |_| after.set(None));
                recording.set(record(&c, name.clone(), done).map(Rc::new));
            }
        })
    };
    let copy = {
        let copied = copied.clone();
        Callback::from(move |_| {
            let clipboard = gloo::utils::window().navigator().clipboard();
            let _ = clipboard.write_text(&link());
            copied.set(true);
        })
    };
    let name = p.name.clone();
    html! {
        <div class="export" data-testid={format!("export-{name}")}>
            <button onclick={png} data-testid={format!("export-png-{name}")}>{ tr(lang, "export-png") }</button>
            <button onclick={webm} data-testid={format!("export-webm-{name}")} aria-pressed={recording.is_some().to_string()}>
                { tr(lang, if recording.is_some() { "export-stop" } else { "export-webm" }) }</button>
            <button onclick={copy} data-testid={format!("export-link-{name}")}>{ tr(lang, if *copied { "export-copied" } else { "export-link" }) }</button>
        </div>
    }
}
