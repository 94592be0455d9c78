//! Every reproducible setting, the seed included, as one struct that reads and writes the URL
//! query string — so a lecturer's link opens exactly the same state.
//!
//! Parsing never fails: an unknown key or a malformed or out-of-range value falls back to its
//! default and adds a plain-language notice that the page shows.

use serde::{Deserialize, Serialize};

use crate::compare::protocol::Equal;
use crate::compare::url as url_compare;
use crate::data::toy2d::{self, DatasetKind, DatasetSpec};
use crate::device::DeviceChoice;
use crate::i18n::{Lang, Msg};
use crate::lineup::url as url_lineup;

use crate::state::family::FamilyUrl;
use crate::state::keys::{self, Num, Range};
pub use crate::state::page::Page;

/// Most drawn points kept in a link; larger custom sets stay in the tab only.
pub const MAX_URL_POINTS: usize = 400;

macro_rules! url_state {
    ($($field:ident: $id:ident $(($page:ident))?),* $(,)?) => {
        /// The shareable state.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[serde(default)]
        pub struct UrlState {
            pub page: Page,
            pub dataset: DatasetSpec,
            pub seed: u64,
            pub device: DeviceChoice,
            /// Drawn or imported points (dataset kind `custom`).
            pub custom: Vec<[f32; 2]>,
            /// The compare page's clock: equal time or equal steps.
            pub equal: Equal,
            /// The lineup page's class and latent spread.
            pub lineup: url_lineup::LineupUrl,
            /// The page's language; `None` follows the browser's.
            pub lang: Option<Lang>,
            /// The tour's open chapter (1-based), if the tour is open.
            pub tour: Option<usize>,
            /// Lecture mode: large type, only the essential controls, notices held in a corner.
            pub lecture: bool,
            $(
                #[doc = concat!("The ", stringify!($field), " family's settings (its `url.rs`).")]
                pub $field: crate::families::$field::Url,
            )*
        }

        impl Default for UrlState {
            fn default() -> Self {
                Self {
                    page: Page::Home,
                    dataset: DatasetSpec::default(),
                    seed: 42,
                    device: DeviceChoice::Auto,
                    custom: Vec::new(),
                    equal: Equal::default(),
                    lineup: url_lineup::LineupUrl::default(),
                    lang: None,
                    tour: None,
                    lecture: false,
                    $($field: Default::default(),)*
                }
            }
        }

        impl UrlState {
            /// Reads one family's key; false for keys that are no family's.
            fn read_family_key(&mut self, key: &str, raw: &str, notices: &mut Vec<Msg>) -> bool {
                $(self.$field.read(key, raw, notices))||*
            }

            /// Appends every family's keys that differ from `base`'s.
            fn write_families(&self, base: &Self, pairs: &mut Vec<(String, String)>) {
                $(self.$field.write(&base.$field, pairs);)*
            }

            /// Applies the family preset `id`: its page, its settings and its data. False when
            /// it is no family's preset.
            fn family_preset(&mut self, id: &str) -> bool {
                $(if let Some(page) = self.$field.preset(id, &mut self.dataset) {
                    self.page = page;
                    return true;
                })*
                false
            }
        }
    };
}
crate::families::with_families!(url_state);

/// The dataset's ranges, for the link and the data page's sliders alike.
pub const N: Range = Range::int(toy2d::N_RANGE.0, toy2d::N_RANGE.1, 16);
pub const SEPARATION: Range = Range::lin(toy2d::SEPARATION_RANGE.0 as f64, toy2d::SEPARATION_RANGE.1 as f64, 0.1);
pub const SPREAD: Range = Range::lin(toy2d::SPREAD_RANGE.0 as f64, toy2d::SPREAD_RANGE.1 as f64, 0.05);
pub const WEIGHT: Range = Range::lin(toy2d::WEIGHT_RANGE.0 as f64, toy2d::WEIGHT_RANGE.1 as f64, 0.05);
pub const SEED: Range = Range::int(0, u32::MAX as usize, 1);

/// The dataset's numeric keys.
pub const DATA_KEYS: [Num<DatasetSpec>; 4] = [
    Num { key: "n", range: N, get: |d| d.n as f64, set: |d, v| d.n = v as usize },
    Num { key: "sep", range: SEPARATION, get: |d| d.separation as f64, set: |d, v| d.separation = v as f32 },
    Num { key: "spread", range: SPREAD, get: |d| d.spread as f64, set: |d, v| d.spread = v as f32 },
    Num { key: "weight", range: WEIGHT, get: |d| d.weight as f64, set: |d, v| d.weight = v as f32 },
];

fn parse_points(raw: &str) -> Option<Vec<[f32; 2]>> {
    raw.split(';')
        .filter(|s| !s.is_empty())
        .map(|pair| {
            let (x, y) = pair.split_once(',')?;
            let (x, y) = (x.parse::<f32>().ok()?, y.parse::<f32>().ok()?);
            (x.is_finite() && y.is_finite() && x.abs() <= 1e4 && y.abs() <= 1e4).then_some([x, y])
        })
        .collect()
}

impl UrlState {
    /// Applies a family's preset (its page, and its data where it has its own). False for an
    /// unknown id.
    pub fn apply_preset(&mut self, id: &str) -> bool {
        if self.family_preset(id) {
            return true;
        }
        let Some(data) = url_compare::preset(id, &self.dataset) else { return false };
        (self.page, self.dataset) = (Page::Compare, data);
        true
    }

    /// Reads a query string (with or without the leading `?`). Returns the state and the
    /// notices for every value that was ignored.
    pub fn parse(query: &str) -> (Self, Vec<Msg>) {
        let mut s = Self::default();
        let notices = s.apply_query(query);
        (s, notices)
    }

    /// Applies a query string's settings over this state (a tour chapter's setup, a link);
    /// returns a notice for every value that was ignored.
    pub fn apply_query(&mut self, query: &str) -> Vec<Msg> {
        let s = self;
        let mut notices = Vec::new();
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query.trim_start_matches('?')).unwrap_or_default();
        if let Some((_, id)) = pairs.iter().find(|(k, _)| k == "preset")
            && !s.apply_preset(id)
        {
            notices.push(Msg::new("url-no-preset").arg("id", id));
        }
        // A tour chapter sets up its page first, like a preset; the link's own keys then win.
        if let Some(ch) =
            pairs.iter().find(|(k, _)| k == "tour").and_then(|(_, v)| v.parse::<usize>().ok()).and_then(crate::tour::chapters::chapter)
        {
            s.page = ch.page;
            notices.extend(s.apply_query(ch.setup));
        }
        for (key, raw) in pairs {
            let ds = &mut s.dataset;
            match key.as_str() {
                "page" => match Page::from_id(&raw) {
                    Some(p) => s.page = p,
                    None => notices.push(Msg::new("url-no-page").arg("raw", raw)),
                },
                "data" => match DatasetKind::from_id(&raw) {
                    Some(k) => ds.kind = k,
                    None => notices.push(Msg::new("url-bad-dataset").arg("raw", raw)),
                },
                "seed" => s.seed = keys::number(&key, &raw, SEED, &mut notices).map_or(s.seed, |v| v as u64),
                "device" => match DeviceChoice::from_id(&raw) {
                    Some(d) => s.device = d,
                    None => notices.push(Msg::new("url-bad-device").arg("raw", raw)),
                },
                "pts" => match parse_points(&raw) {
                    Some(p) if p.len() <= MAX_URL_POINTS => s.custom = p,
                    _ => notices.push(Msg::new("url-bad-points")),
                },
                "preset" => {}
                "lang" => match Lang::from_id(&raw) {
                    Some(l) => s.lang = Some(l),
                    None => notices.push(Msg::new("url-bad-lang").arg("raw", raw)),
                },
                "tour" => match raw.parse::<usize>().ok().filter(|n| crate::tour::chapters::chapter(*n).is_some()) {
                    Some(n) => s.tour = Some(n),
                    None => notices.push(Msg::new("url-bad-tour").arg("raw", raw).arg("last", crate::tour::chapters::CHAPTERS.len())),
                },
                "lecture" => match raw.as_str() {
                    "1" => s.lecture = true,
                    "0" => s.lecture = false,
                    _ => notices.push(Msg::new("url-bad-lecture").arg("raw", raw)),
                },
                _ => {
                    if !keys::read(&DATA_KEYS, ds, &key, &key, &raw, &mut notices)
                        && !s.read_family_key(&key, &raw, &mut notices)
                        && !url_compare::apply(&mut s.equal, &key, &raw, &mut notices)
                        && !url_lineup::apply(&mut s.lineup, &key, &raw, &mut notices)
                    {
                        notices.push(Msg::new("url-unknown-key").arg("key", key));
                    }
                }
            }
        }
        if s.dataset.kind == DatasetKind::Custom && s.custom.is_empty() {
            notices.push(Msg::new("url-no-points"));
            s.dataset.kind = DatasetKind::TwoClusters;
        }
        notices
    }

    /// Writes the query string (without `?`), listing only values that differ from what the
    /// link starts from — the defaults, or in the tour the chapter's setup, which the link
    /// applies first — so links stay short and read back exactly; the seed is always written.
    pub fn to_query(&self) -> String {
        let d = self.tour.map_or_else(Self::default, |n| Self::parse(&format!("tour={n}")).0);
        let mut pairs: Vec<(String, String)> = Vec::new();
        if self.page != d.page {
            pairs.push(("page".into(), self.page.id().into()));
        }
        if let Some(n) = self.tour {
            pairs.push(("tour".into(), n.to_string()));
        }
        if self.lecture {
            pairs.push(("lecture".into(), "1".into()));
        }
        if let Some(l) = self.lang {
            pairs.push(("lang".into(), l.id().into()));
        }
        if self.dataset.kind != d.dataset.kind {
            pairs.push(("data".into(), self.dataset.kind.id().into()));
        }
        keys::write(&DATA_KEYS, &self.dataset, &d.dataset, "", &mut pairs);
        pairs.push(("seed".into(), self.seed.to_string()));
        if self.device != d.device {
            pairs.push(("device".into(), self.device.id().into()));
        }
        if self.dataset.kind == DatasetKind::Custom && self.custom.len() <= MAX_URL_POINTS {
            let pts: Vec<String> = self.custom.iter().map(|p| format!("{:.2},{:.2}", p[0], p[1])).collect();
            pairs.push(("pts".into(), pts.join(";")));
        }
        self.write_families(&d, &mut pairs);
        url_compare::write(self.equal, d.equal, &mut pairs);
        url_lineup::write(&self.lineup, &d.lineup, &mut pairs);
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    }
}
