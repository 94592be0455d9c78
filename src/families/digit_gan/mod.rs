//! The digit GAN: a small class-conditional DCGAN on the built-in 28×28 digits, the image
//! sibling of the 2-D GAN, shipped trained (`www/models/digits-gan.bin`) so the images page can
//! set its samples beside the VAE's and the diffusion model's for the same class.

pub mod model;
