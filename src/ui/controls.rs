//! Small reusable controls: a labelled slider and a labelled select. Props in, callbacks out.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::state::keys::Range;

#[derive(Properties, PartialEq)]
pub struct SliderProps {
    pub label: AttrValue,
    pub testid: AttrValue,
    pub value: f64,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// Decimals shown in the readout.
    #[prop_or(2)]
    pub decimals: usize,
    pub on_change: Callback<f64>,
    #[prop_or_default]
    pub hint: AttrValue,
}

/// A range input with its label and current value. Fires on release and on keyboard steps.
#[function_component(Slider)]
pub fn slider(p: &SliderProps) -> Html {
    let on_change = p.on_change.clone();
    let (min, max) = (p.min, p.max);
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Ok(v) = input.value().parse::<f64>()
            && v.is_finite()
        {
            on_change.emit(v.clamp(min, max));
        }
    });
    html! {
        <label class="control" title={p.hint.clone()}>
            <span class="control-label">{ crate::ui::notation::rich(&p.label) }
                <output data-testid={format!("{}-value", p.testid)}>{ format!("{:.*}", p.decimals, p.value) }</output>
            </span>
            <input type="range" data-testid={p.testid.clone()} min={p.min.to_string()} max={p.max.to_string()}
                step={p.step.to_string()} value={p.value.to_string()} {onchange} />
        </label>
    }
}

#[derive(Properties, PartialEq)]
pub struct RangeSliderProps {
    pub label: AttrValue,
    pub testid: AttrValue,
    /// The setting's range in its key table (`state/keys.rs`): the slider's ends, step and
    /// scale (log₁₀ for a learning rate), and the clamp, so the slider, the link and the
    /// value the model gets cannot disagree.
    pub range: Range,
    /// The value in its own units (a learning rate, not its logarithm).
    pub value: f64,
    /// Decimals shown in the readout (of the slider's units).
    #[prop_or(2)]
    pub decimals: usize,
    /// Gets the value in its own units, inside the range (and whole for a whole-number range).
    pub on_change: Callback<f64>,
    #[prop_or_default]
    pub hint: AttrValue,
}

/// A [`Slider`] over one key table entry's [`Range`]: it moves through the range's own scale
/// and hands back values the link accepts.
#[function_component(RangeSlider)]
pub fn range_slider(p: &RangeSliderProps) -> Html {
    let (range, on_change) = (p.range, p.on_change.clone());
    let (min, max) = range.slider_ends();
    html! {
        <Slider label={p.label.clone()} testid={p.testid.clone()} value={range.to_slider(p.value)} {min} {max} step={range.step}
            decimals={p.decimals} hint={p.hint.clone()} on_change={Callback::from(move |x: f64| on_change.emit(range.from_slider(x)))} />
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub label: AttrValue,
    pub testid: AttrValue,
    /// `(id, label)` pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub on_change: Callback<String>,
}

/// A labelled `<select>`.
#[function_component(Select)]
pub fn select(p: &SelectProps) -> Html {
    let on_change = p.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        let sel: HtmlSelectElement = e.target_unchecked_into();
        on_change.emit(sel.value());
    });
    html! {
        <label class="control">
            <span class="control-label">{ crate::ui::notation::rich(&p.label) }</span>
            <select data-testid={p.testid.clone()} {onchange}>
                { for p.options.iter().map(|(id, label)| html! {
                    <option value={id.clone()} selected={*id == p.value}>{ label }</option>
                }) }
            </select>
        </label>
    }
}
