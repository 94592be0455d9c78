//! The one translation layer: every visible string of a translated view is a message id looked
//! up here, in English or Korean, through Project Fluent (`fluent-bundle`: the messages live in
//! `en/*.ftl` and `ko/*.ftl`, one file per area, compiled into the module). Messages made far
//! from the page (notices from the URL parser or the worker) travel as a [`Msg`]: an id and its
//! arguments, turned into text only where they are shown. Numbers are formatted by the caller and
//! passed as strings, so both languages show them the same way. A missing message shows its id
//! (the native tests make sure there is none).

pub mod notation;

use std::cell::RefCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// The languages of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The language a browser's `navigator.language` (e.g. "ko-KR") asks for; English otherwise.
    pub fn from_browser(tag: &str) -> Self {
        if tag.to_ascii_lowercase().starts_with("ko") { Lang::Ko } else { Lang::En }
    }

    /// Its own name, as the switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
        }
    }

    /// The Fluent source of its messages: every area's file, one after another.
    pub fn source(self) -> &'static str {
        macro_rules! areas {
            ($lang:literal) => {
                concat!(
                    include_str!(concat!($lang, "/app.ftl")),
                    include_str!(concat!($lang, "/notices.ftl")),
                    include_str!(concat!($lang, "/ui.ftl")),
                    include_str!(concat!($lang, "/landing.ftl")),
                    include_str!(concat!($lang, "/tour.ftl")),
                    include_str!(concat!($lang, "/diffusion.ftl")),
                    include_str!(concat!($lang, "/flow.ftl")),
                    include_str!(concat!($lang, "/gan.ftl")),
                    include_str!(concat!($lang, "/vae.ftl")),
                    include_str!(concat!($lang, "/images.ftl")),
                    include_str!(concat!($lang, "/compare.ftl")),
                    include_str!(concat!($lang, "/lineup.ftl")),
                    include_str!(concat!($lang, "/lab.ftl")),
                    include_str!(concat!($lang, "/alt.ftl")),
                )
            };
        }
        match self {
            Lang::En => areas!("en"),
            Lang::Ko => areas!("ko"),
        }
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let tag: unic_langid::LanguageIdentifier = lang.id().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![tag]);
    // No Unicode isolation marks around arguments: they would show in tests and copied text.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

thread_local! {
    static BUNDLES: RefCell<Option<[FluentBundle<FluentResource>; 2]>> = const { RefCell::new(None) };
}

/// The message `id` in `lang`, with its arguments (name, already formatted value).
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    BUNDLES.with_borrow_mut(|b| {
        let bundles = b.get_or_insert_with(|| [bundle(Lang::En), bundle(Lang::Ko)]);
        let bundle = &bundles[lang as usize];
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { return id.to_string() };
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, FluentValue::from(v.clone()));
        }
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    })
}

/// A message made where the language is not known (the URL parser, the worker, a file
/// importer): its id and its arguments, already formatted. `text` turns it into words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Msg {
    pub id: String,
    pub args: Vec<(String, String)>,
}

impl Msg {
    pub fn new(id: &str) -> Self {
        Self { id: id.to_string(), args: Vec::new() }
    }

    /// Adds an argument (builder style): `Msg::new("x").arg("n", 3)`.
    pub fn arg(mut self, name: &str, value: impl std::fmt::Display) -> Self {
        self.args.push((name.to_string(), value.to_string()));
        self
    }

    /// Adds another message, put into words in the same language, as an argument.
    pub fn nested(self, name: &str, inner: &Msg) -> Self {
        let mut m = self;
        m.args.push((format!("{NESTED}{name}"), serde_json::to_string(inner).unwrap_or_default()));
        m
    }

    /// Adds a list of messages as one argument, each put into words and joined by `sep`.
    pub fn list(self, name: &str, items: &[Msg], sep: &str) -> Self {
        let mut m = self;
        m.args.push((format!("{LIST}{name}"), serde_json::to_string(&(sep, items)).unwrap_or_default()));
        m
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let args: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(k, v)| {
                if let Some(name) = k.strip_prefix(NESTED) {
                    (name, serde_json::from_str::<Msg>(v).map(|m| m.text(lang)).unwrap_or_default())
                } else if let Some(name) = k.strip_prefix(LIST) {
                    let (sep, items) = serde_json::from_str::<(String, Vec<Msg>)>(v).unwrap_or_default();
                    (name, items.iter().map(|m| m.text(lang)).collect::<Vec<_>>().join(&sep))
                } else {
                    (k.as_str(), v.clone())
                }
            })
            .collect();
        tr_args(lang, &self.id, &args)
    }
}

/// Marks an argument that is itself a message (see [`Msg::nested`]) or a list of them.
const NESTED: &str = "msg:";
const LIST: &str = "list:";

/// The message `id` in `lang`.
pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, &[])
}

/// The message ids a Fluent source defines, in order.
pub fn ids(source: &str) -> Vec<String> {
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}
