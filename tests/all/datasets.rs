//! Datasets: seeded determinism, mixture weights, CSV parsing of good and bad files.

use genlab::data::csv::{self, CsvError};
use genlab::data::toy2d::{DatasetKind, DatasetSpec, generate, lattice};

fn spec(kind: DatasetKind) -> DatasetSpec {
    DatasetSpec { kind, ..DatasetSpec::default() }
}

#[test]
fn same_seed_same_points_other_seed_other_points() {
    for kind in DatasetKind::ALL.into_iter().filter(|k| *k != DatasetKind::Custom) {
        let a = generate(&spec(kind), 7);
        let b = generate(&spec(kind), 7);
        let c = generate(&spec(kind), 8);
        assert_eq!(a, b, "{kind:?} is not deterministic");
        assert_ne!(a.points, c.points, "{kind:?} ignores the seed");
        assert_eq!(a.points.len(), 1000, "{kind:?} has the wrong size");
        assert!(a.points.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
    }
}

#[test]
fn two_cluster_weights_match_within_tolerance() {
    for weight in [0.5f32, 0.8, 0.2] {
        let d = generate(&DatasetSpec { n: 10_000, weight, ..DatasetSpec::default() }, 3);
        let left = d.labels.iter().filter(|&&l| l == 0).count() as f32 / d.points.len() as f32;
        assert!((left - weight).abs() < 0.02, "weight {weight}: measured {left}");
        // Points sit around their own centre: the label agrees with the side of the y axis.
        let agree = d.points.iter().zip(&d.labels).filter(|(p, l)| (p[0] < 0.0) == (**l == 0)).count();
        assert!(agree as f32 / d.points.len() as f32 > 0.99);
    }
}

#[test]
fn separation_and_spread_shape_two_clusters() {
    let d = generate(&DatasetSpec { n: 5000, separation: 6.0, spread: 0.3, ..DatasetSpec::default() }, 1);
    let right: Vec<_> = d.points.iter().zip(&d.labels).filter(|(_, l)| **l == 1).map(|(p, _)| *p).collect();
    let mean_x = right.iter().map(|p| p[0]).sum::<f32>() / right.len() as f32;
    let var_y = right.iter().map(|p| p[1] * p[1]).sum::<f32>() / right.len() as f32;
    assert!((mean_x - 3.0).abs() < 0.05, "centre at {mean_x}");
    assert!((var_y.sqrt() - 0.3).abs() < 0.02, "spread {}", var_y.sqrt());
}

#[test]
fn eight_gaussians_use_all_eight_modes() {
    let d = generate(&DatasetSpec { n: 8000, ..spec(DatasetKind::EightGaussians) }, 5);
    for k in 0..8u16 {
        let share = d.labels.iter().filter(|&&l| l == k).count() as f32 / 8000.0;
        assert!((share - 0.125).abs() < 0.02, "mode {k}: {share}");
    }
}

#[test]
fn csv_accepts_headers_comments_and_separators() {
    let text = "x,y\n# a comment\n1,2\n\n-3.5, 4e-1\n";
    assert_eq!(csv::parse_points(text).unwrap(), vec![[1.0, 2.0], [-3.5, 0.4]]);
    assert_eq!(csv::parse_points("1;2\n3;4").unwrap(), vec![[1.0, 2.0], [3.0, 4.0]]);
    assert_eq!(csv::parse_points("1 2\n3\t4").unwrap(), vec![[1.0, 2.0], [3.0, 4.0]]);
}

#[test]
fn csv_rejects_bad_files_with_the_line_named() {
    assert_eq!(csv::parse_points(""), Err(CsvError::Empty));
    assert_eq!(csv::parse_points("x,y\n"), Err(CsvError::Empty));
    assert_eq!(csv::parse_points("1,2\n1,2,3\n"), Err(CsvError::WrongColumns { line: 2, found: 3 }));
    assert_eq!(csv::parse_points("1,2\n3,abc\n"), Err(CsvError::NotANumber { line: 2, field: "abc".into() }));
    assert_eq!(csv::parse_points("1,2\nNaN,1\n"), Err(CsvError::OutOfRange { line: 2 }));
    assert_eq!(csv::parse_points("1e9,2\n"), Err(CsvError::OutOfRange { line: 1 }));
    let msg = csv::parse_points("1,2\n3,abc\n").unwrap_err().to_string();
    assert!(msg.contains("line 2") && msg.contains("abc"), "{msg}");
}

#[test]
fn csv_refuses_huge_files_before_parsing_them() {
    let many = "1,2\n".repeat(csv::MAX_ROWS + 1);
    assert_eq!(csv::parse_points(&many), Err(CsvError::TooManyRows { limit: csv::MAX_ROWS }));
    // 10 million rows: refused by size, at once.
    let huge = "0.5,0.5\n".repeat(10_000_000 / 8);
    assert!(matches!(csv::parse_points(&huge), Err(CsvError::TooLarge { .. })));
}

/// The lattice the DDPM's ε̂ and flow matching's v̂ and density are drawn on: cell centres,
/// row by row from the bottom-left, symmetric about the origin, never on the square's edge.
#[test]
fn the_field_lattice_is_the_cell_centres_row_by_row() {
    let l = lattice(2.0, 4);
    assert_eq!(l.len(), 16);
    assert_eq!((l[0], l[1], l[4], l[15]), ([-1.5, -1.5], [-0.5, -1.5], [-1.5, -0.5], [1.5, 1.5]));
    let mean = l.iter().fold([0.0f32; 2], |m, p| [m[0] + p[0] / 16.0, m[1] + p[1] / 16.0]);
    assert!(mean[0].abs() < 1e-6 && mean[1].abs() < 1e-6);
}
