//! The digit GAN and the digit VAE (`families/digit_gan`, `families/digit_vae`) as models:
//! seeded (the same seed trains and samples the same way), their weight files round-trip and
//! refuse each other's, the VAE's loss falls on digits and the autoencoder has no KL term.

use burn::prelude::Tensor;
use genlab::data::glyphs::DigitStream;
use genlab::device::cpu;
use genlab::families::digit_gan::model::{DigitGan, DigitGanConfig};
use genlab::families::digit_vae::model::{DigitVae, DigitVaeConfig};
use genlab::models::weights::Precision;

fn host(t: Tensor<2>) -> Vec<f32> {
    t.into_data().try_into_vec_as::<f32>().unwrap()
}

fn scalar(t: Tensor<1>) -> f32 {
    t.into_scalar::<f32>()
}

#[test]
fn the_digit_gan_is_seeded() {
    let run = |seed| {
        let mut gan = DigitGan::init(&DigitGanConfig::new(), &cpu(), seed);
        let mut data = DigitStream::new(5, 256);
        let losses: Vec<(f32, f32)> = (0..3)
            .map(|_| {
                let (x, y) = data.next(16);
                let s = gan.step(&x, &y);
                (scalar(s.d_loss), scalar(s.g_loss))
            })
            .collect();
        (losses, host(gan.sample(&[3, 7], 11)))
    };
    let (a, b, c) = (run(4), run(4), run(5));
    assert_eq!(a, b);
    assert_ne!(a.1, c.1, "another seed, another network");
    let x = &a.1;
    assert_eq!(x.len(), 2 * 784);
    assert!(x.iter().all(|v| (-1.0..=1.0).contains(v)), "tanh keeps images in [−1, 1]");
}

#[test]
fn weight_files_round_trip_and_refuse_the_wrong_model() {
    let gan = DigitGan::init(&DigitGanConfig::new(), &cpu(), 1);
    let again = DigitGan::from_bytes(&gan.to_bytes(Precision::F32), &cpu(), 9).expect("loads");
    assert_eq!(host(gan.sample(&[0, 1, 2], 3)), host(again.sample(&[0, 1, 2], 3)));
    let vae = DigitVae::init(&DigitVaeConfig::new().with_latent(8).with_conditional(true), &cpu(), 1);
    let bytes = vae.to_bytes(Precision::F16);
    let back = DigitVae::from_bytes(&bytes, &cpu(), 1).expect("loads");
    assert_eq!(back.config, vae.config);
    let (a, b) = (host(vae.sample(&[4], 2)), host(back.sample(&[4], 2)));
    assert!(a.iter().zip(&b).all(|(p, q)| (p - q).abs() < 0.02), "f16 weights sample nearly the same digit");
    let wrong = DigitVae::from_bytes(&gan.to_bytes(Precision::F16), &cpu(), 1).err().expect("a GAN file is not a VAE");
    assert!(wrong.contains("VAE"), "{wrong}");
    assert!(DigitGan::from_bytes(&bytes[..bytes.len() / 2], &cpu(), 1).is_err());
}

#[test]
fn the_digit_vae_learns_and_the_autoencoder_has_no_kl() {
    let mut vae = DigitVae::init(&DigitVaeConfig::new(), &cpu(), 2);
    let mut data = DigitStream::new(6, 1024);
    let mut recon = Vec::new();
    for _ in 0..120 {
        let (x, y) = data.next(32);
        recon.push(scalar(vae.step(&x, &y).recon));
    }
    let (first, last) = (recon[..10].iter().sum::<f32>() / 10.0, recon[110..].iter().sum::<f32>() / 10.0);
    assert!(last < 0.8 * first, "reconstruction error falls: {first} → {last}");
    let mut ae = DigitVae::init(&DigitVaeConfig::new().with_variational(false), &cpu(), 2);
    let (x, y) = data.next(32);
    let s = ae.step(&x, &y);
    assert_eq!(scalar(s.loss), scalar(s.recon), "an autoencoder minimises reconstruction alone");
    let classes = vec![0; 32];
    assert_eq!(ae.encode(&x, &classes), ae.encode(&x, &classes));
    let (mu, logvar) = vae.encode(&x[..784 * 2], &classes[..2]);
    assert_eq!((mu.len(), logvar.len()), (4, 4), "two images, a 2-D latent");
}
