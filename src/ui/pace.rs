//! How often a chart that training redraws is drawn: at most every [`CHART_EVERY_MS`] while it
//! is on screen, every [`HIDDEN_EVERY_MS`] while it is scrolled out of sight, and at once when
//! training stops. Training reports about seven times a second; a curve redrawn three times a
//! second reads the same, and the main thread stays free for the views that move (issue 34: the
//! GAN page's main thread was 36 % busy while training, most of it redrawing six plotters charts
//! per report; three of its four canvases sit below the first screen).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{IntersectionObserver, IntersectionObserverEntry};
use yew::prelude::*;

/// The fewest milliseconds between two redraws of a chart on screen while its model trains.
pub const CHART_EVERY_MS: f64 = 300.0;
/// The same for a chart out of sight: still drawn now and then, so a test or a screenshot that
/// reads it, or a reader who scrolls to it, finds it at most this old (the next report after it
/// comes into view draws it afresh).
pub const HIDDEN_EVERY_MS: f64 = 2_000.0;

/// Paces a chart (or a group of charts drawn together) that training redraws.
#[derive(Clone)]
pub struct ChartPace {
    /// The pace on screen, in ms ([`CHART_EVERY_MS`] for a chart).
    every: f64,
    drawn_at: Rc<Cell<f64>>,
    /// How many of the watched canvases are on screen (an `IntersectionObserver` counts them;
    /// until it first answers they count as seen).
    seen: Rc<Cell<i32>>,
}

impl ChartPace {
    /// Whether to draw now: always when the model is not training (the state it stopped at, a
    /// copy from its history, a new language); while it is, at the pace for on screen or out
    /// of sight. A chart's effect depends on `running` too, so the report that says training
    /// stopped is always drawn.
    pub fn due(&self, running: bool) -> bool {
        let now = js_sys::Date::now();
        let every = if self.seen.get() > 0 { self.every } else { HIDDEN_EVERY_MS.max(self.every) };
        if running && now - self.drawn_at.get() < every {
            return false;
        }
        self.drawn_at.set(now);
        true
    }
}

/// A pace for the charts drawn on `canvases` (watched for being on screen while mounted).
#[hook]
pub fn use_chart_pace(canvases: &[NodeRef]) -> ChartPace {
    use_pace(CHART_EVERY_MS, canvases)
}

/// A pace of `every_ms` on screen for what is drawn on `canvases` (none: always on screen).
#[hook]
pub fn use_pace(every_ms: f64, canvases: &[NodeRef]) -> ChartPace {
    let pace = (*use_memo(every_ms.to_bits(), |_| ChartPace {
        every: every_ms,
        drawn_at: Rc::new(Cell::new(f64::NEG_INFINITY)),
        seen: Rc::new(Cell::new(1)),
    }))
    .clone();
    {
        let (seen, canvases) = (pace.seen.clone(), canvases.to_vec());
        use_effect_with((), move |_| {
            let watch = Watch::start(seen, &canvases);
            move || drop(watch)
        });
    }
    pace
}

/// The observer and its callback, disconnected when the chart goes.
struct Watch {
    observer: Option<IntersectionObserver>,
    _on_change: Closure<dyn FnMut(js_sys::Array)>,
}

impl Watch {
    fn start(seen: Rc<Cell<i32>>, canvases: &[NodeRef]) -> Self {
        let elements: Vec<web_sys::Element> = canvases.iter().filter_map(|c| c.cast::<web_sys::Element>()).collect();
        // Each entry says whether one canvas came into view or left it; the first round says
        // where each one starts, so the count starts from nothing.
        let (count, first) = (seen.clone(), Rc::new(Cell::new(true)));
        let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let mut n = if first.replace(false) { 0 } else { count.get() };
            for e in entries.iter().filter_map(|e| e.dyn_into::<IntersectionObserverEntry>().ok()) {
                n += if e.is_intersecting() {
                    1
                } else if n > 0 {
                    -1
                } else {
                    0
                };
            }
            count.set(n);
        });
        let observer = IntersectionObserver::new(on_change.as_ref().unchecked_ref()).ok();
        if let Some(o) = &observer {
            elements.iter().for_each(|e| o.observe(e));
        }
        Self { observer, _on_change: on_change }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
    }
}
