//! A 2-D family's reverse chain (the DDPM) or ODE solve (flow matching), read back and measured
//! the same way for both: one readback of every frame's x_t and x̂_0 with each path's length;
//! the frames posted first, so the animation starts while the final samples are checked for
//! non-finite values and scored against the reference.

use burn::prelude::Tensor;

use crate::metrics::straightness;
use crate::quality::{self, Quality, QualityBar};
use crate::state::series::pairs;
use crate::worker::home::{W, lost, now, post};
use crate::worker::lab::check_samples;
use crate::worker::protocol::Update;
use crate::worker::run::{Family, verify};

/// A chain read back: every frame's x_t, then every frame's x̂_0, as flat floats; the final
/// samples; how straight the paths were; and how long it took since `t0`, in ms.
pub struct Read {
    pub data: Vec<f32>,
    pub samples: Vec<[f32; 2]>,
    pub straightness: f64,
    pub ms: f64,
}

/// Reads back `n` points over `frames` frames (`xt` and `x0`: frames × n rows each) and each
/// point's path length (`path`, n × 1). `None` when the device was lost (`lost` said so).
pub async fn read(xt: Tensor<2>, x0: Tensor<2>, path: Tensor<2>, n: usize, frames: usize, t0: f64) -> Option<Read> {
    // The path lengths ride along as one more block of n rows (each length twice).
    let all = Tensor::cat(vec![xt, x0, Tensor::cat(vec![path.clone(), path], 1)], 0);
    let mut data = match all.into_data_async().await {
        Ok(d) => d.try_to_vec::<f32>().unwrap_or_default(),
        Err(e) => {
            lost(format!("{e:?}"));
            return None;
        }
    };
    let paths: Vec<f32> = data.split_off(data.len() - 2 * n).into_iter().step_by(2).collect();
    let ms = now() - t0;
    let last = (frames - 1) * n * 2;
    let samples = pairs(&data[last..last + n * 2]);
    let straightness = straightness(&paths, &pairs(&data[..n * 2]), &samples);
    Some(Read { data, samples, straightness, ms })
}

/// The final samples at `step`: a non-finite one pauses the family with its one message
/// (`run::verify`); finite ones are scored against the reference and posted as `report` words
/// the quality.
pub fn score<F: Family>(samples: &[[f32; 2]], step: u64, report: impl FnOnce(Quality) -> Update) {
    let bad = W.with_borrow_mut(|w| F::slot(w).lab.as_ref().and_then(|_| check_samples(samples, step).err()));
    if !verify::<F>(bad) {
        return;
    }
    let reference = W.with_borrow(|w| w.reference.clone());
    if !reference.points.is_empty() {
        post(&report(quality::evaluate(samples, &reference, &QualityBar::default(), step)));
    }
}
