//! The pages of the app, by name (their ids in links and test ids, their names as message ids).
//! A file of its own so the tour's chapters can name a page without the URL state.

use serde::{Deserialize, Serialize};

/// The pages of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Page {
    /// The landing: noise becoming data within two seconds, and the way in.
    #[default]
    Home,
    Data,
    Diffusion,
    Flow,
    Gan,
    Vae,
    Images,
    /// The image GAN, VAE and diffusion model drawing the same digit.
    Lineup,
    Compare,
}

impl Page {
    pub const ALL: [Page; 9] =
        [Page::Home, Page::Data, Page::Diffusion, Page::Flow, Page::Gan, Page::Vae, Page::Images, Page::Lineup, Page::Compare];

    pub fn id(self) -> &'static str {
        match self {
            Page::Home => "home",
            Page::Data => "data",
            Page::Diffusion => "diffusion",
            Page::Flow => "flow",
            Page::Gan => "gan",
            Page::Vae => "vae",
            Page::Images => "images",
            Page::Lineup => "lineup",
            Page::Compare => "compare",
        }
    }

    /// Its name in the navigation, as a message id.
    pub fn message(self) -> String {
        format!("nav-{}", self.id())
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == id)
    }
}
