//! The canvases' text alternatives say what the view shows, in both languages.

use genlab::describe::{at_step, bars, both, cloud, number, raw, series};
use genlab::i18n::{Lang, Msg};

fn cluster(n: usize, x: f32) -> Vec<[f32; 2]> {
    (0..n).map(|i| [x + (i % 7) as f32 * 0.05, (i % 5) as f32 * 0.05]).collect()
}

#[test]
fn a_cloud_says_how_the_points_split_between_the_modes() {
    // Centres listed right first: the names follow the side, not the order.
    let centres = [[2.0, 0.0], [-2.0, 0.0]];
    let points = [cluster(29, 2.0), cluster(71, -2.0)].concat();
    let alt = cloud(&raw("Samples"), &points, &centres);
    assert_eq!(alt.text(Lang::En), "Samples: 100 points — 29 % right cluster, 71 % left cluster");
    assert_eq!(alt.text(Lang::Ko), "Samples: 점 100개 — 오른쪽 군집 29%, 왼쪽 군집 71%");
}

#[test]
fn shares_add_up_to_one_hundred_and_count_only_finite_points() {
    let centres = [[-3.0, 0.0], [0.0, 3.0], [3.0, 0.0]];
    let mut points = [cluster(1, -3.0), cluster(1, 3.0), vec![[0.0, 3.0]]].concat();
    points.push([f32::NAN, 0.0]);
    let text = cloud(&raw("x"), &points, &centres).text(Lang::En);
    // A third each: 33 + 33 + 33 would say 99 %; the largest remainder takes the last point.
    assert_eq!(text, "x: 3 points — 34 % mode 1, 33 % mode 2, 33 % mode 3");
}

#[test]
fn without_modes_a_cloud_says_where_it_sits_and_how_wide() {
    let points = [[1.0, 2.0], [3.0, 2.0], [1.0, 4.0], [3.0, 4.0]];
    assert_eq!(cloud(&raw("z"), &points, &[]).text(Lang::En), "z: 4 points around (2.00, 3.00), spread 1.00");
    assert_eq!(cloud(&raw("z"), &[], &[[0.0, 0.0], [1.0, 1.0]]).text(Lang::En), "z: nothing drawn yet");
}

#[test]
fn a_chart_reads_out_each_lines_latest_value() {
    let alt = series(
        &Msg::new("gan-chart-losses"),
        &at_step(1200),
        &[(Msg::new("gan-chart-d-loss"), Some(std::f64::consts::LN_2)), (Msg::new("gan-chart-g-loss"), Some(f64::NAN))],
    );
    assert_eq!(alt.text(Lang::En), "losses, at step 1200: D loss 0.693");
    assert_eq!(series(&Msg::new("gan-chart-losses"), &at_step(0), &[(raw("G"), None)]).text(Lang::En), "losses: no values yet");
    let ko = series(&Msg::new("chart-training-loss"), &at_step(30), &[(Msg::new("chart-loss"), Some(12345.0))]).text(Lang::Ko);
    assert!(ko.contains("30 step") && ko.contains("12345"), "{ko}");
}

#[test]
fn bars_name_the_largest_first_and_count_the_empty_ones() {
    let names: Vec<Msg> = (0..4).map(|k| raw(&k.to_string())).collect();
    let alt = bars(&raw("classes"), &names, &[0.25, 0.0, 0.75, 0.0], 3);
    assert_eq!(alt.text(Lang::En), "classes: 75 % 2, 25 % 0; empty bars: 2");
}

#[test]
fn numbers_stay_short_and_two_descriptions_join() {
    assert_eq!(
        [number(0.00001234), number(0.5), number(std::f64::consts::PI), number(42.42), number(1234.5), number(f64::INFINITY)],
        ["1.23e-5", "0.500", "3.14", "42.4", "1234", "—"]
    );
    assert_eq!(both(&raw("a"), &raw("b")).text(Lang::Ko), "a. b");
}
