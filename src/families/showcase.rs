//! The family the landing and the data page train and show — its settings go to the worker
//! from every page, and the device probe times its training step: the DDPM. To feature another
//! family, change this one line.

pub use crate::families::diffusion::*;
