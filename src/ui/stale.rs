//! "The model was trained with other settings": said above a family's settings once a setting
//! moved after training, with the one click that builds the model again with the settings on
//! screen. The same for every family whose settings change its model (DDPM, flow matching):
//! a trained model is never dropped by a slider alone.

use yew::prelude::*;

use crate::i18n::tr;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The message that says what differs (a message id).
    pub message: AttrValue,
    pub on_retrain: Callback<MouseEvent>,
}

#[function_component(StaleModel)]
pub fn stale_model(p: &Props) -> Html {
    let lang = crate::ui::hooks::use_lang();
    html! {
        <div class="warnbox" role="status" data-testid="stale-model">
            { tr(lang, &p.message) }
            <button class="primary" onclick={p.on_retrain.clone()} data-testid="retrain">{ tr(lang, "ui-retrain") }</button>
        </div>
    }
}
