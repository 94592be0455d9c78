//! The pages of the app, by name (their ids in links and test ids, their names as message ids).
//! A file of its own so the tour's chapters can name a page without the URL state.

use serde::{Deserialize, Serialize};

/// `its_page!(Component => tokens)` is the tokens: it lets a list line's page component drive
/// the repetition that writes its `Page` variant.
macro_rules! its_page {
    ($page:ident => $($t:tt)*) => {
        $($t)*
    };
}

macro_rules! pages {
    ($($field:ident: $id:ident $(($page:ident))?),* $(,)?) => {
        /// The pages of the app: the landing and the data page, each family's own page (from the
        /// family list, `families/mod.rs`, in its order), the lineup and compare.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Page {
            /// The landing: noise becoming data within two seconds, and the way in.
            #[default]
            Home,
            Data,
            $($(
                #[doc = concat!("The ", stringify!($field), " family's page (`", stringify!($page), "`).")]
                $id,
            )?)*
            /// The image GAN, VAE and diffusion model drawing the same digit.
            Lineup,
            Compare,
        }

        impl Page {
            pub const ALL: &[Page] = &[Page::Home, Page::Data, $($(its_page!($page => Page::$id),)?)* Page::Lineup, Page::Compare];

            pub fn id(self) -> &'static str {
                match self {
                    Page::Home => "home",
                    Page::Data => "data",
                    $($(its_page!($page => Page::$id) => stringify!($field),)?)*
                    Page::Lineup => "lineup",
                    Page::Compare => "compare",
                }
            }
        }
    };
}
crate::families::with_families!(pages);

impl Page {
    /// Its name in the navigation, as a message id.
    pub fn message(self) -> String {
        format!("nav-{}", self.id())
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|p| p.id() == id)
    }
}
