//! The digit GAN trained in the page (`families/digit_gan/lab.rs`): from the shipped weights
//! at G's learning rate = D's it stays healthy; at 10× D's it collapses within a few dozen
//! iterations, every class drawn as near-copies of one image and most classes' bars empty —
//! as the page's meter measures it (the same lab, judge and seeds as the browser's worker).

use std::rc::Rc;

use burn::prelude::Tensor;
use genlab::device;
use genlab::families::digit_gan::lab::{DigitGanLab, DigitGanMeasure, DigitGanTrainSettings, DigitJudge, PER_CLASS, SHOW};
use genlab::families::digit_gan::protocol::DigitGanUpdate;
use genlab::families::digit_gan::state::{BLANK_INK, DigitGanPageView, DigitGanTrainView};
use genlab::judge::classifier::Classifier;
use genlab::state::family::FamilyView;
use genlab::worker::control::Control;
use genlab::worker::lab::Lab;
use genlab::worker::protocol::Update;

fn read(f: &str) -> Vec<u8> {
    std::fs::read(format!("www/models/{f}")).unwrap_or_else(|e| panic!("{f}: {e}"))
}

fn judge() -> Rc<DigitJudge> {
    Rc::new(DigitJudge::new(
        Classifier::from_bytes(&read("digits-classifier.bin"), &device::cpu().without_autodiff()).expect("classifier"),
        &crate::bank(),
    ))
}

fn lab(ratio: f64, judge: &Rc<DigitJudge>) -> DigitGanLab {
    let settings = DigitGanTrainSettings { fresh: false, ratio, seed: 42 };
    DigitGanLab::new(&device::cpu(), Some(Rc::new(read("digits-gan.bin"))), judge.clone(), crate::bank(), settings)
}

/// `n` iterations as one chunk, scored (the page's meter), as the worker runs it.
fn chunk(lab: &mut DigitGanLab, ctl: &mut Control, n: usize) -> (DigitGanMeasure, Vec<u8>) {
    let flat = lab.enqueue(n, true).map(|t: Tensor<1>| t.into_data().try_to_vec::<f32>().unwrap()).unwrap_or_default();
    match ctl.finish(lab, &flat, 0, 10.0, || 0.0) {
        Update::DigitGan(DigitGanUpdate::Training { measure: Some(m), shown: Some(s), .. }) => (m, s),
        other => panic!("not a scored chunk: {other:?}"),
    }
}

/// The measurements every `every` iterations to `steps`, and the page's view of the samples
/// (where training started and the latest).
fn run(ratio: f64, steps: usize, every: usize) -> (Vec<DigitGanMeasure>, DigitGanTrainView) {
    let j = judge();
    let mut l = lab(ratio, &j);
    let mut ctl = Control::default();
    let (first, shown_start) = chunk(&mut l, &mut ctl, 0);
    let (mut out, mut view) = (vec![first], DigitGanTrainView { shown_start, ..Default::default() });
    while (out.len() - 1) * every < steps {
        let (m, shown) = chunk(&mut l, &mut ctl, every);
        assert_eq!(shown.len(), 10 * SHOW * 784);
        println!("ratio {ratio}: {m:?}");
        out.push(m);
        view.shown = shown;
    }
    (out, view)
}

#[test]
fn g_ten_times_faster_than_d_collapses_and_equal_rates_do_not() {
    let (healthy, healthy_view) = run(1.0, 40, 10);
    let (collapsed, collapsed_view) = run(10.0, 40, 10);
    let start = &healthy[0];
    assert_eq!(start, &collapsed[0], "both start from the shipped GAN");
    assert!(start.read_as_asked > 0.9 && start.spread > 0.7 && !start.near_copies, "{start:?}");
    assert_eq!(DigitGanTrainView::classes_read(start), 10);
    let (h, c) = (healthy.last().unwrap(), collapsed.last().unwrap());
    assert!(h.read_as_asked > 0.8 && h.spread > 0.7 && !h.near_copies && DigitGanTrainView::classes_read(h) == 10, "{h:?}");
    assert!(c.near_copies && c.spread < 0.2 && DigitGanTrainView::classes_read(c) <= 3 && c.read_as_asked < 0.3, "{c:?}");
    assert_eq!(c.reads.iter().sum::<u32>() as usize, 10 * PER_CLASS);
    // What the collapsed G draws is a blank page (measured 2026-12-03: 0 % of the start's ink),
    // which the page says in so many words; the healthy one keeps its ink.
    let (hi, ci) = (healthy_view.ink_share().unwrap(), collapsed_view.ink_share().unwrap());
    assert!(ci < BLANK_INK && hi > 0.7 && hi < 1.4, "ink share: healthy {hi}, collapsed {ci}");
}

#[test]
fn the_page_keeps_the_start_and_clears_on_reset() {
    let mut v = DigitGanPageView { asked: true, ..Default::default() };
    let m = |step, spread| DigitGanMeasure { step, read_as_asked: 1.0, spread, reads: vec![1; 10], near_copies: spread < 0.5 };
    let t = |steps, measure| DigitGanUpdate::Training {
        steps,
        d_loss: vec![1.0; steps as usize % 7],
        g_loss: vec![2.0; steps as usize % 7],
        steps_per_sec: 1.0,
        running: true,
        fresh: false,
        ratio: 10.0,
        shown: None,
        measure,
    };
    assert!(v.fold(t(0, Some(m(0, 0.9))), &mut Vec::new()), "step 0 is the start");
    assert!(!v.asked && !v.busy());
    v.fold(t(5, Some(m(5, 0.3))), &mut Vec::new());
    v.fold(t(6, None), &mut Vec::new());
    let tv = v.train.clone().unwrap();
    let (now, start) = tv.now_and_start().unwrap();
    assert_eq!((now.step, start.step, tv.steps), (5, 0, 6));
    assert!(now.near_copies && !start.near_copies);
    assert_eq!(tv.d_loss.len(), 5 + 6);
    // Reset: back to step 0, the curves and the meter start again.
    assert!(v.fold(t(0, Some(m(0, 0.9))), &mut Vec::new()));
    let tv = v.train.clone().unwrap();
    assert_eq!((tv.measures.len(), tv.d_loss.len()), (1, 0));
}
