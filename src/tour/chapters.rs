//! The chapters, in order. `?tour=N` (1-based) opens chapter N.
//!
//! They follow the seed text (`seed-generative-models.md`): the data and its density, what
//! makes a good generative model, explicit and implicit models, how to measure them, the GAN
//! and its two failures, the autoencoder's holes and the VAE, the diffusion model's forward and
//! reverse processes — then flow matching and the four families side by side, and last the
//! seed's opening picture on digits: a GAN, a VAE and the diffusion model drawing one class.
//!
//! Each `setup` is a link query (`UrlState::parse` reads it with no notice: `tests/all/tour.rs`).
//! Chapters whose claims were measured at seed 42 on particular data (README) set both, so the
//! tour shows what the text says even when the reader came from elsewhere.

use crate::state::page::Page;

/// One chapter of the tour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chapter {
    /// Its id in message ids (`tour-<id>-title`, …) and in the maths table.
    pub id: &'static str,
    /// The page it sets up beside its text.
    pub page: Page,
    /// The link settings it applies when it opens (a query string: a preset and/or keys).
    pub setup: &'static str,
    /// The `data-testid`s of the controls and views it lights up.
    pub highlight: &'static [&'static str],
    /// How many "try this" tasks it has (message ids `tour-<id>-task-1`, …).
    pub tasks: usize,
}

/// The default two clusters (50/50, 4 apart, σ = 0.5) at seed 42, where the README's figures
/// were measured.
macro_rules! two_clusters {
    () => {
        "data=two_clusters&n=1000&sep=4&spread=0.5&weight=0.5&seed=42"
    };
}

/// The compare page on 90/10 data at seed 42, its GAN trained with plain SGD at a learning rate
/// of 0.05 for both players (the collapse preset's run A). Measured with `examples/gan_sweep`
/// (seeds 42 and 1–7, every 500 iterations to 5,000): the small mode's share is 0.00 at every
/// seed by 1,000 iterations and at most 0.14 at any mark past 500, while 81–100 % of the
/// points sit near a mode. The page's default GAN (Adam at 1e-3) keeps 0.04–0.11 of them there.
macro_rules! variety {
    () => {
        "preset=compare-9010&seed=42&equal=time&gopt=sgd&dopt=sgd&glr=0.05&dlr=0.05"
    };
}

/// The default noise schedule (linear, T = 200, β from 1e-4 to 0.05).
macro_rules! schedule {
    () => {
        "sched=linear&T=200&b0=0.0001&b1=0.05"
    };
}

pub const CHAPTERS: &[Chapter] = &[
    Chapter {
        id: "data",
        page: Page::Data,
        setup: "page=data&data=two_clusters&sep=4&spread=0.5&weight=0.5",
        highlight: &["data-scatter", "separation", "spread", "weight", "weight-80/20"],
        tasks: 2,
    },
    Chapter {
        id: "variety",
        page: Page::Compare,
        setup: variety!(),
        highlight: &[
            "compare-play",
            "compare-canvas-diffusion",
            "compare-canvas-gan",
            "cell-shares-diffusion",
            "cell-shares-gan",
            "cell-covered-diffusion",
            "cell-covered-gan",
        ],
        tasks: 1,
    },
    Chapter {
        id: "explicit",
        page: Page::Compare,
        setup: variety!(),
        highlight: &["cell-loglik-diffusion", "cell-loglik-flow", "cell-loglik-gan", "cell-loglik-vae", "truth", "chart-loglik"],
        tasks: 2,
    },
    Chapter {
        id: "metrics",
        page: Page::Images,
        setup: "page=images&iclass=each&iw=1&isampler=ddim&isteps=25&ieta=1&in=100",
        highlight: &["images-measure", "image-score", "image-class", "image-score-n", "image-sweep"],
        tasks: 2,
    },
    Chapter {
        id: "gan-game",
        page: Page::Gan,
        setup: "preset=stable&seed=42",
        highlight: &["a-canvas", "layer-heatmap", "layer-arrows", "gan-step-d", "gan-step-g", "gan-play", "a-meter"],
        tasks: 2,
    },
    Chapter {
        id: "vanishing",
        page: Page::Gan,
        setup: "preset=vanishing&seed=42",
        highlight: &["a-loss", "b-loss", "a-k", "a-dlr", "a-norm-chart", "b-norm-chart", "a-canvas", "b-canvas"],
        tasks: 2,
    },
    Chapter {
        id: "collapse",
        page: Page::Gan,
        setup: "preset=collapse&seed=42",
        highlight: &["gan-play", "a-canvas", "b-canvas", "a-covered", "a-meter-chart", "b-covered", "b-meter-chart", "a-gopt", "a-glr"],
        tasks: 2,
    },
    Chapter {
        id: "ae-holes",
        page: Page::Vae,
        setup: concat!("preset=ae-vs-vae&", two_clusters!()),
        highlight: &["vae-play", "a-latent", "a-data", "b-latent", "z1", "z2", "a-far", "b-far", "show-prior"],
        tasks: 2,
    },
    Chapter {
        id: "vae",
        page: Page::Vae,
        setup: concat!("preset=beta&", two_clusters!()),
        highlight: &["a-latent", "b-latent", "a-beta", "b-beta", "a-vae-loss", "b-vae-loss", "a-mmd", "b-mmd"],
        tasks: 2,
    },
    Chapter {
        id: "forward",
        page: Page::Diffusion,
        setup: concat!("page=diffusion&", schedule!()),
        highlight: &[
            "forward-canvas",
            "forward-t",
            "forward-play",
            "schedule-kind",
            "schedule-T",
            "schedule-b1",
            "alpha-bar-T",
            "chart-alpha-bar",
        ],
        tasks: 2,
    },
    Chapter {
        id: "reverse",
        page: Page::Diffusion,
        setup: concat!("page=diffusion&", two_clusters!(), "&", schedule!(), "&sampler=ddpm"),
        highlight: &["play", "loss-chart", "quality-verdict", "coverage", "run-reverse", "reverse-canvas", "reverse-frame", "toggle-field"],
        tasks: 2,
    },
    Chapter {
        id: "flow",
        page: Page::Flow,
        setup: concat!("page=flow&", two_clusters!(), "&fm_pairs=independent&solver=euler&fm_steps=50"),
        highlight: &[
            "path-canvas",
            "path-t",
            "coupling-independent",
            "coupling-ot",
            "run-solve",
            "solve-canvas",
            "toggle-trails",
            "straightness",
        ],
        tasks: 2,
    },
    Chapter {
        id: "compare",
        page: Page::Compare,
        setup: "preset=compare-far&seed=42&equal=time",
        highlight: &[
            "compare-play",
            "equal-time",
            "equal-steps",
            "compare-table",
            "compare-history-slider",
            "compare-canvas-diffusion",
            "compare-canvas-flow",
            "compare-canvas-gan",
            "compare-canvas-vae",
        ],
        tasks: 2,
    },
    // The seed's first picture, on digits: 3s at seed 4, where the README's precision and
    // recall were measured (and `tour.test.mjs` checks the order the text states).
    Chapter {
        id: "digits",
        page: Page::Lineup,
        setup: "page=lineup&lclass=3&seed=4",
        highlight: &["lineup", "lineup-table", "lineup-pick-each", "lineup-psi"],
        tasks: 2,
    },
];

/// Chapter `n` (1-based), if there is one.
pub fn chapter(n: usize) -> Option<&'static Chapter> {
    n.checked_sub(1).and_then(|i| CHAPTERS.get(i))
}
