//! Native benchmark: training steps per second of the 2×64 MLP (batch 256) on burn's CPU
//! device, the same model the page's probe measures. Run: `cargo run --release --example bench_native`.

use std::time::Instant;

use genlab::data::toy2d::{generate, DatasetSpec};
use genlab::device::{self, Backend};
use genlab::worker::session::{Session, SessionConfig};

fn main() {
    let data = generate(&DatasetSpec::default(), 1);
    let mut s = Session::new(Backend::Cpu, device::cpu(), data.points, 1, SessionConfig::default());
    let _ = s.run(20).map(|t| t.into_data()); // warm-up
    for chunk in [1usize, 50] {
        let t0 = Instant::now();
        let mut steps = 0;
        while t0.elapsed().as_secs_f64() < 3.0 {
            let _ = s.run(chunk).map(|t| t.into_data());
            steps += chunk;
        }
        let rate = steps as f64 / t0.elapsed().as_secs_f64();
        println!("native CPU (flex), readback every {chunk:>2} step(s): {rate:.0} steps/s");
    }
    let t0 = Instant::now();
    let _ = s.sample(2000).into_data();
    println!("native CPU (flex): 200-step reverse chain on 2000 points in {:.0} ms", t0.elapsed().as_secs_f64() * 1e3);
}
