//! Parsing user-supplied points: CSV (or TSV / whitespace) files of `x,y` rows.
//!
//! A bad file never replaces the current data: the parser returns a [`CsvError`] that names the
//! line and the problem, and the page shows that message.

use std::fmt;

use crate::i18n::Msg;

/// Most rows accepted from one file; more would make training and drawing sluggish.
pub const MAX_ROWS: usize = 20_000;
/// Largest file the page reads at all (checked before reading, so a 10-million-row file is
/// refused at once instead of freezing the tab).
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// Coordinates beyond this magnitude are refused: they would squash every view to a dot.
pub const MAX_ABS: f32 = 1.0e4;

/// Why a file was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum CsvError {
    Empty,
    TooLarge { bytes: usize },
    TooManyRows { limit: usize },
    WrongColumns { line: usize, found: usize },
    NotANumber { line: usize, field: String },
    OutOfRange { line: usize },
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvError::Empty => write!(f, "the file has no x,y rows"),
            CsvError::TooLarge { bytes } => {
                write!(f, "the file is {:.1} MB; the limit is {} MB ({} points)", *bytes as f64 / 1e6, MAX_BYTES / (1024 * 1024), MAX_ROWS)
            }
            CsvError::TooManyRows { limit } => write!(f, "more than {limit} rows; keep at most {limit} points"),
            CsvError::WrongColumns { line, found } => {
                write!(f, "line {line} has {found} column(s); each row needs exactly two numbers, x and y")
            }
            CsvError::NotANumber { line, field } => write!(f, "line {line}: \"{field}\" is not a number"),
            CsvError::OutOfRange { line } => {
                write!(f, "line {line}: values must be finite and within ±{MAX_ABS}")
            }
        }
    }
}

impl CsvError {
    /// The same, as a message the page words in its language.
    pub fn msg(&self) -> Msg {
        match self {
            CsvError::Empty => Msg::new("csv-empty"),
            CsvError::TooLarge { bytes } => Msg::new("csv-too-large")
                .arg("mb", format!("{:.1}", *bytes as f64 / 1e6))
                .arg("limit", MAX_BYTES / (1024 * 1024))
                .arg("points", MAX_ROWS),
            CsvError::TooManyRows { limit } => Msg::new("csv-too-many").arg("limit", limit),
            CsvError::WrongColumns { line, found } => Msg::new("csv-columns").arg("line", line).arg("found", found),
            CsvError::NotANumber { line, field } => Msg::new("csv-not-number").arg("line", line).arg("field", field),
            CsvError::OutOfRange { line } => Msg::new("csv-out-of-range").arg("line", line).arg("max", MAX_ABS),
        }
    }
}

fn split(line: &str) -> Vec<&str> {
    let sep: &[char] = if line.contains(',') {
        &[',']
    } else if line.contains(';') {
        &[';']
    } else {
        &[' ', '\t']
    };
    line.split(sep).map(str::trim).filter(|s| !s.is_empty() || sep == [',']).collect()
}

/// Parses `x,y` rows. Blank lines and `#` comments are skipped; a first row that is not numeric
/// (a header such as `x,y`) is skipped too.
pub fn parse_points(text: &str) -> Result<Vec<[f32; 2]>, CsvError> {
    if text.len() > MAX_BYTES {
        return Err(CsvError::TooLarge { bytes: text.len() });
    }
    let mut points = Vec::new();
    let mut first = true;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim().trim_start_matches('\u{feff}');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields = split(line);
        if fields.len() != 2 {
            return Err(CsvError::WrongColumns { line: line_no, found: fields.len() });
        }
        let parsed: Vec<Result<f32, _>> = fields.iter().map(|f| f.parse::<f32>()).collect();
        if first && parsed.iter().all(Result::is_err) {
            first = false;
            continue; // header row
        }
        first = false;
        let mut xy = [0.0f32; 2];
        for (k, (p, f)) in parsed.into_iter().zip(&fields).enumerate() {
            let v = p.map_err(|_| CsvError::NotANumber { line: line_no, field: f.to_string() })?;
            if !v.is_finite() || v.abs() > MAX_ABS {
                return Err(CsvError::OutOfRange { line: line_no });
            }
            xy[k] = v;
        }
        if points.len() == MAX_ROWS {
            return Err(CsvError::TooManyRows { limit: MAX_ROWS });
        }
        points.push(xy);
    }
    if points.is_empty() {
        return Err(CsvError::Empty);
    }
    Ok(points)
}
