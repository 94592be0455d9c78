//! The translation layer: English and Korean define the same messages, every message formats
//! in both without errors, arguments arrive in both, and the Korean is not the English copied
//! (only names — GAN, VAE, DDPM, flow matching, Diffusion — may read the same).

use genlab::i18n::{Lang, ids, tr, tr_args};

#[test]
fn both_languages_define_every_message() {
    let (en, ko) = (ids(Lang::En.source()), ids(Lang::Ko.source()));
    assert!(en.len() > 50, "{} messages", en.len());
    let missing_ko: Vec<_> = en.iter().filter(|id| !ko.contains(id)).collect();
    let missing_en: Vec<_> = ko.iter().filter(|id| !en.contains(id)).collect();
    assert!(missing_ko.is_empty() && missing_en.is_empty(), "not in ko: {missing_ko:?}; not in en: {missing_en:?}");
    let mut sorted = en.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), en.len(), "an id is defined twice");
}

/// Terms the seed writes in English inside Korean sentences (and names): a message made only of
/// these may read the same in both languages.
const SEED_TERMS: &[&str] = &[
    "flow matching",
    "diffusion",
    "discriminator",
    "generator",
    "likelihood",
    "posterior",
    "encoder",
    "decoder",
    "latent",
    "noise",
    "loss",
    "mode",
    "prior",
    "ddpm",
    "ddim",
    "elbo",
    "gan",
    "vae",
    "mmd",
    "kl",
    "fid",
    "is",
    "genlab",
    "adam",
    "step",
    "log",
    "batch",
    "nan",
    "seed",
    "heun",
    "euler",
    "webgpu",
    "cpu",
    "gpu",
    "u-net",
];

fn only_terms(text: &str) -> bool {
    let mut rest = text.to_lowercase();
    for t in SEED_TERMS {
        rest = rest.replace(t, " ");
    }
    !rest.chars().any(|c| c.is_ascii_alphabetic())
}

/// The variables (`{ $name }`) message `id` uses in a Fluent source (its first line and the
/// indented lines that continue it).
fn variables<'a>(source: &'a str, id: &str) -> Vec<&'a str> {
    let mut lines = source.lines().skip_while(|l| l.split('=').next().map(str::trim) != Some(id));
    let first = lines.next().into_iter();
    let body: Vec<&str> = first.chain(lines.take_while(|l| l.starts_with(' '))).collect();
    body.iter()
        .flat_map(|l| {
            l.split("$").skip(1).map(|rest| rest.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-')).next().unwrap_or(""))
        })
        .collect()
}

#[test]
fn every_message_formats_and_the_korean_is_written_not_copied() {
    // Messages whose English is a technical phrase the Korean keeps as written.
    const KEPT: [&str; 1] = ["table-js-hint"];
    for id in ids(Lang::En.source()) {
        // Every variable either language uses gets a value, so nothing is left unfilled.
        let vars: Vec<(&str, String)> =
            [Lang::En, Lang::Ko].iter().flat_map(|l| variables(l.source(), &id)).map(|v| (v, "7".to_string())).collect();
        let (en, ko) = (tr_args(Lang::En, &id, &vars), tr_args(Lang::Ko, &id, &vars));
        for (lang, text) in [("en", &en), ("ko", &ko)] {
            assert!(!text.is_empty() && *text != id, "{lang} {id} is missing");
            assert!(!text.contains("{ $") && !text.contains("{$") && !text.contains('\u{2068}'), "{lang} {id}: {text}");
        }
        if !only_terms(&en) && !only_terms(&ko) && !KEPT.contains(&id.as_str()) {
            assert_ne!(en, ko, "{id} is not translated");
            assert!(
                ko.chars().any(|c| ('가'..='힣').contains(&c)) || ko.chars().all(|c| !c.is_ascii_alphabetic()),
                "{id}: no Korean in “{ko}”"
            );
        }
    }
}

#[test]
fn arguments_arrive_in_both_languages() {
    for lang in Lang::ALL {
        let s = tr_args(lang, "table-covered-value", &[("covered", "1".into()), ("modes", "2".into())]);
        assert!(s.contains('1') && s.contains('2'), "{lang:?}: {s}");
        let s = tr_args(lang, "history-time-label", &[("seconds", "3.5".into())]);
        assert!(s.contains("3.5"), "{lang:?}: {s}");
        let s = tr_args(lang, "table-truth", &[("nats", "-2.18".into())]);
        assert!(s.contains("-2.18"), "{lang:?}: {s}");
    }
    assert_eq!(tr_args(Lang::Ko, "table-covered-value", &[("covered", "1".into()), ("modes", "2".into())]), "2개 중 1개");
    assert_eq!(tr(Lang::En, "no-such-message"), "no-such-message");
}

#[test]
fn the_browser_language_picks_korean_for_ko_tags_only() {
    assert_eq!(Lang::from_browser("ko-KR"), Lang::Ko);
    assert_eq!(Lang::from_browser("ko"), Lang::Ko);
    assert_eq!(Lang::from_browser("en-GB"), Lang::En);
    assert_eq!(Lang::from_browser("ja"), Lang::En);
    assert_eq!(Lang::from_id("ko"), Some(Lang::Ko));
    assert_eq!(Lang::from_id("fr"), None);
}

/// The messages' notation (`x_t`, `x_{t−1}`) is split into subscripts for the page; what is not
/// notation stays as written.
#[test]
fn notation_becomes_subscripts_and_nothing_else_does() {
    use genlab::i18n::notation::{Piece::*, pieces};
    assert_eq!(pieces("p(x_{t−1} | x_t)"), vec![Text("p(x"), Sub("t−1"), Text(" | x"), Sub("t"), Text(")")]);
    assert_eq!(pieces("x̂_0 and v_θ(x, t)"), vec![Text("x̂"), Sub("0"), Text(" and v"), Sub("θ"), Text("(x, t)")]);
    assert_eq!(pieces("ᾱ_T."), vec![Text("ᾱ"), Sub("T"), Text(".")]);
    assert_eq!(pieces("x_T에"), vec![Text("x"), Sub("T"), Text("에")]);
    // A link key, a word joined by `_`, an underscore after a space, an unclosed brace.
    assert_eq!(pieces("?fm_lr=0.01 snake_case _t x_{t"), vec![Text("?fm_lr=0.01 snake_case _t x_{t")]);
    assert_eq!(pieces(""), vec![]);
    // On a canvas: Unicode's subscripts where they exist.
    use genlab::i18n::notation::plain;
    assert_eq!(plain("x_t at t = 0.5; x_{t−1}, x̂_0"), "xₜ at t = 0.5; xₜ₋₁, x̂₀");
    assert_eq!(plain("x_T and v_θ"), "x_T and v_θ");
    // Every message in both languages: no braces of notation are left in its text.
    for lang in Lang::ALL {
        for id in ids(lang.source()) {
            let vars: Vec<(&str, String)> = variables(lang.source(), &id).into_iter().map(|v| (v, "7".to_string())).collect();
            let text = tr_args(lang, &id, &vars);
            for p in pieces(&text) {
                if let Text(t) = p {
                    assert!(!t.contains("_{"), "{id} ({lang:?}) keeps raw notation: {t}");
                }
            }
        }
    }
}
