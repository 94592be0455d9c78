//! The sweep behind the divergence tests: for each 2-D family, settings reachable from the
//! page (each a page link), trained in the worker's chunks until the loop's guard stops them or
//! a step budget runs out. Prints the iteration each diverged at, and what the page would say.
//! `cargo run --example diverge_sweep`

use genlab::data::toy2d::{DatasetSpec, generate};
use genlab::device::{self, Backend};
use genlab::families::diffusion::lab::DiffusionLab;
use genlab::families::gan::lab::GanLab;
use genlab::families::vae::lab::VaeLab;
use genlab::quality::Reference;
use genlab::state::url::UrlState;
use genlab::worker::control::Control;
use genlab::worker::lab::{Lab, check_samples};
use genlab::worker::protocol::Update;

const BUDGET: usize = 3000;

fn budget() -> usize {
    std::env::var("BUDGET").ok().and_then(|b| b.parse().ok()).unwrap_or(BUDGET)
}

fn reference(spec: &DatasetSpec, seed: u64) -> Reference {
    let fresh = generate(&DatasetSpec { n: 2000, ..spec.clone() }, seed + 1000);
    Reference { points: fresh.points, centres: fresh.centres, weights: vec![spec.weight, 1.0 - spec.weight], radius: 3.0 * spec.spread }
}

fn run<L: Lab<Report: Into<Update>>>(query: &str, mut lab: L, mut measure: impl FnMut(&mut L, &mut Control) -> Option<Update>) {
    let mut ctl = Control::default();
    for k in 0..budget() / 25 {
        let flat = lab.enqueue(25, true).map(|t| t.into_data().try_to_vec::<f32>().unwrap()).unwrap_or_default();
        if let Update::Diverged { message, .. } = ctl.finish(&mut lab, &flat, 25, 10.0, || 0.0) {
            return println!("{query}\n    → {}", message.text(genlab::i18n::Lang::En));
        }
        if k % 10 == 9
            && let Some(Update::Diverged { message, .. }) = measure(&mut lab, &mut ctl)
        {
            return println!("{query}\n    → {}", message.text(genlab::i18n::Lang::En));
        }
    }
    println!("{query}\n    → finite after {} steps", budget());
}

fn main() {
    let gan = ["page=gan&gopt=sgd&dopt=sgd&glr=0.5&dlr=0.5", "page=gan&gopt=sgd&dopt=sgd&glr=0.3&dlr=0.3", "page=gan&glr=0.3&dlr=0.3"];
    let diffusion =
        ["page=diffusion&lr=0.1&width=256&depth=4&batch=8", "page=diffusion&lr=0.1", "page=diffusion&lr=0.03&width=256&depth=4&batch=8"];
    let vae = [
        "page=vae&vlr=0.1&sx=0.01&vw=256&vd=4&vbatch=8",
        "page=vae&vlr=0.1&sx=0.05&vw=256&vd=4",
        "page=vae&vlr=0.03&sx=0.05&vw=256&vd=4&vbatch=8",
        "page=vae&vlr=0.1&sx=0.01&ae=1&vw=256&vd=4",
        "page=vae&vlr=0.1&beta=0&sx=0.01&vw=256&vd=4&vbatch=8",
    ];
    let only = std::env::args().nth(1).unwrap_or_default();
    for seed in [42u64, 7] {
        for q in gan.iter().chain(&diffusion).chain(&vae).filter(|q| q.contains(&only)) {
            let query = format!("{q}&seed={seed}");
            let (url, notices) = UrlState::parse(&query);
            assert!(notices.is_empty(), "{query}: {notices:?}");
            let points = generate(&url.dataset, url.seed).points;
            let r = reference(&url.dataset, url.seed);
            match url.page.id() {
                "gan" => run(&query, GanLab::new(&device::cpu(), &points, r, url.seed, &url.gan.runs()), |_, _| None),
                "vae" => run(&query, VaeLab::new(&device::cpu(), &points, r, url.seed, &url.vae.runs(), url.vae.temperature), |_, _| None),
                // The diffusion loop's live measurement every ~250 steps: 1,000 DDIM-50 samples.
                _ => {
                    run(&query, DiffusionLab::new(Backend::Cpu, device::cpu(), points, url.seed, url.diffusion.config.clone()), |s, ctl| {
                        let samples = s.measure_samples();
                        check_samples(&samples, s.step).err().map(|bad| ctl.diverge::<DiffusionLab>(bad, 1))
                    })
                }
            }
        }
    }
}
