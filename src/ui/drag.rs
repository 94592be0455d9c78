//! A press-and-drag on a canvas plot turned into data points: the latent pads of the VAE
//! pages. Pointer events (mouse, pen and touch alike) are mapped through the plot's [`Frame`]
//! from the canvas's drawn size, clamped to ±`limit` on both axes, and sent while pressed.

use web_sys::{HtmlCanvasElement, PointerEvent};
use yew::prelude::*;

use crate::render::Frame;

/// The three handlers a dragged canvas takes (`onpointerup` also serves `onpointerleave`).
pub struct Drag {
    pub down: Callback<PointerEvent>,
    pub moved: Callback<PointerEvent>,
    pub up: Callback<PointerEvent>,
}

#[hook]
pub fn use_drag(canvas: NodeRef, frame: Frame, limit: f32, on_point: Callback<[f32; 2]>) -> Drag {
    let dragging = use_mut_ref(|| false);
    let to_z = move |e: &PointerEvent| -> Option<[f32; 2]> {
        let c = canvas.cast::<HtmlCanvasElement>()?;
        let rect = c.get_bounding_client_rect();
        let scale = frame.width as f64 / rect.width().max(1.0);
        let (px, py) = ((e.client_x() as f64 - rect.left()) * scale, (e.client_y() as f64 - rect.top()) * scale);
        frame.to_data(px as f32, py as f32).map(|z| z.map(|v| v.clamp(-limit, limit)))
    };
    let down = {
        let (dragging, on_point, to_z) = (dragging.clone(), on_point.clone(), to_z.clone());
        Callback::from(move |e: PointerEvent| {
            *dragging.borrow_mut() = true;
            if let Some(z) = to_z(&e) {
                on_point.emit(z);
            }
        })
    };
    let moved = {
        let dragging = dragging.clone();
        Callback::from(move |e: PointerEvent| {
            if *dragging.borrow()
                && let Some(z) = to_z(&e)
            {
                on_point.emit(z);
            }
        })
    };
    let up = Callback::from(move |_: PointerEvent| *dragging.borrow_mut() = false);
    Drag { down, moved, up }
}
