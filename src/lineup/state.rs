//! What the lineup page knows: the models' status and load progress, the drawing's progress,
//! and the latest lineup. Plain data from the worker.

use crate::state::shared::Shared;
use serde::Serialize;

use crate::i18n::Msg;
use crate::lineup::plan::Contestant;
use crate::lineup::plane::{Coder, PlaneView};
use crate::lineup::protocol::{Coded, Column, LineupUpdate};

/// The shipped models as the page knows them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LineupModels {
    pub loaded: bool,
    /// Parameters of the GAN, the VAE and the U-Net.
    pub params: Vec<usize>,
    pub bytes: usize,
    pub message: Option<Msg>,
}

/// A finished lineup, with each column's shown images (`SHOW × 784`, in [−1, 1]).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lineup {
    pub pick: Option<usize>,
    pub seed: u64,
    /// The GAN's and the VAE's latent spread ψ.
    pub psi: f64,
    pub ms: f64,
    pub columns: Vec<Column>,
    pub images: Vec<Vec<f32>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LineupPageView {
    pub models: Option<LineupModels>,
    /// Bytes of the model files received, of the total.
    pub loading: Option<(usize, usize)>,
    /// Samples drawn so far, of the total, and whose.
    pub progress: Option<(usize, usize, Contestant)>,
    pub lineup: Option<Shared<Lineup>>,
    /// The latent planes of the 2-D VAE and autoencoder.
    pub planes: Shared<Vec<PlaneView>>,
    /// The latest decoded code of each plane.
    pub decoded: Vec<Decoded>,
    /// The drawn digit's reading, and its code and reconstruction by each coder (`None` while
    /// the pad is empty).
    pub encoded: Option<((u8, f32), Vec<Coded>)>,
    /// The latest walk between two samples.
    pub walk: Option<Shared<Walk>>,
    /// The latest real digit put on the pad ("Start from a real digit"): its number and ink.
    pub given: Option<(u64, Vec<f32>)>,
}

/// A walk between two classes: the GAN's and the VAE's frames (ink in [0, 1]) and readings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Walk {
    pub from: usize,
    pub to: usize,
    pub seed: u64,
    pub frames: Vec<Vec<f32>>,
    pub reads: Vec<Vec<(u8, f32)>>,
}

/// A code decoded on a plane: its image (ink in [0, 1]) and the classifier's reading.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Decoded {
    pub coder: Coder,
    pub z: [f32; 2],
    pub pixels: Vec<f32>,
    pub read: (u8, f32),
}

/// A payload of `n` equal parts (one per column, plane or walk), each as its own vector.
fn split(data: &[f32], n: usize) -> Vec<Vec<f32>> {
    let per = (data.len() / n.max(1)).max(1);
    data.chunks(per).map(<[f32]>::to_vec).collect()
}

impl LineupPageView {
    /// Folds one update in; models that failed to load add their notice.
    pub fn update(&mut self, u: LineupUpdate, notices: &mut Vec<Msg>) {
        match u {
            LineupUpdate::Loading { done, total } => self.loading = Some((done, total)),
            LineupUpdate::Model { loaded, params, bytes, message } => {
                if let Some(m) = &message {
                    notices.push(m.clone());
                }
                self.loading = None;
                self.models = Some(LineupModels { loaded, params, bytes, message });
            }
            LineupUpdate::Progress { done, total, family } => self.progress = Some((done, total, family)),
            LineupUpdate::Stopped => self.progress = None,
            LineupUpdate::Drawn { pick, seed, psi, ms, columns, data } => {
                let images = split(&data, columns.len());
                self.progress = None;
                self.lineup = Some(Shared::new(Lineup { pick, seed, psi, ms, columns, images }));
            }
            LineupUpdate::Planes { mut planes, data } => {
                let grids = split(&data, planes.len());
                for (p, grid) in planes.iter_mut().zip(grids) {
                    p.grid = grid;
                }
                self.planes = Shared::new(planes);
            }
            LineupUpdate::Walked { from, to, seed, reads, data } => {
                let frames = split(&data, reads.len());
                self.walk = Some(Shared::new(Walk { from, to, seed, frames, reads }));
            }
            LineupUpdate::Encoded { read, coded } => self.encoded = read.map(|r| (r, coded)),
            LineupUpdate::Given { n, pixels } => self.given = Some((n, pixels)),
            LineupUpdate::Decoded { coder, z, pixels, read } => {
                self.decoded.retain(|d| d.coder != coder);
                self.decoded.push(Decoded { coder, z, pixels, read });
            }
        }
    }
}

impl Lineup {
    /// The families' values of `field` (not the real digits'), highest first.
    pub fn ranked(&self, field: fn(&crate::lineup::plan::Row) -> f64) -> Vec<(Contestant, f64)> {
        let mut out: Vec<(Contestant, f64)> = self.columns.iter().filter_map(|c| Some((c.family?, field(&c.row)))).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        out
    }

    /// The column of `family` (`None`: the real digits).
    pub fn column(&self, family: Option<Contestant>) -> Option<&Column> {
        self.columns.iter().find(|c| c.family == family)
    }
}
