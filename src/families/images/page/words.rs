//! Words the image page shows for things the worker names in English: which weights ran a
//! chain ("shipped", "trained here (N steps)") and which classes a scorecard sampled ("class 3",
//! "0–9 in turn", "unconditional (∅)"). Put into the page's language here; a name this does not
//! know is shown as it came.

use crate::i18n::{tr, tr_args, Lang};

/// The worker's name of the weights that ran a chain or a scorecard.
pub fn model_name(lang: Lang, model: &str) -> String {
    if model == "shipped" {
        return tr(lang, "img-model-shipped");
    }
    match model.strip_prefix("trained here (").and_then(|r| r.strip_suffix(" steps)")) {
        Some(steps) => tr_args(lang, "img-model-trained", &[("steps", steps.to_string())]),
        None => model.to_string(),
    }
}

/// The worker's description of the classes a scorecard sampled.
pub fn classes_name(lang: Lang, classes: &str) -> String {
    match classes {
        "unconditional (∅)" => tr(lang, "img-classes-uncond"),
        "0–9 in turn" => tr(lang, "img-classes-each"),
        _ => match classes.strip_prefix("class ") {
            Some(c) => tr_args(lang, "img-classes-one", &[("c", c.to_string())]),
            None => classes.to_string(),
        },
    }
}
