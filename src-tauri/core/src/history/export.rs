//! A device's history over a range as CSV (one row per stretch of state, for
//! spreadsheets) or JSON (everything the view shows, for scripts).

use super::queries::DeviceHistory;
use super::timeline::Segment;
use chrono::{SecondsFormat, TimeZone, Utc};
pub use waping_model::history_views::Format;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the export could not be written: {0}")]
    Csv(#[from] csv::Error),
    #[error("the export could not be written: {0}")]
    Json(#[from] serde_json::Error),
}

pub const CSV_HEADER: [&str; 8] = [
    "device_id",
    "device_name",
    "state",
    "start",
    "end",
    "duration_seconds",
    "reason",
    "changes",
];

/// The file's contents. Times are UTC, RFC 3339 with milliseconds.
pub fn render(history: &DeviceHistory, format: Format) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Json => Ok(serde_json::to_vec_pretty(history)?),
        Format::Csv => {
            let mut out = csv::Writer::from_writer(Vec::new());
            out.write_record(CSV_HEADER)?;
            for seg in &history.segments {
                out.write_record(csv_row(history, seg))?;
            }
            out.into_inner()
                .map_err(|e| ExportError::Csv(e.into_error().into()))
        }
    }
}

fn csv_row(history: &DeviceHistory, seg: &Segment) -> [String; 8] {
    [
        text(history.device_id.as_str()),
        text(&history.name),
        text(seg.kind.label()),
        time(seg.start),
        time(seg.end),
        format!("{:.3}", seg.duration() as f64 / 1000.0),
        text(seg.reason.as_deref().unwrap_or_default()),
        seg.changes.to_string(),
    ]
}

/// A text cell a spreadsheet shows as text: names and reasons come from
/// WAPing, and one starting like a formula (`=HYPERLINK(…)`) would run when
/// the file is opened. A leading `'` keeps it text (OWASP, CSV injection).
fn text(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn time(ms: i64) -> String {
    Utc.timestamp_millis_opt(ms)
        .single()
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A file name for the export of one device over a range.
pub fn file_name(history: &DeviceHistory, format: Format) -> String {
    let day = |ms: i64| {
        Utc.timestamp_millis_opt(ms)
            .single()
            .unwrap_or_default()
            .format("%Y-%m-%d")
            .to_string()
    };
    let safe: String = history
        .name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    format!(
        "waping-{}-{}-to-{}.{}",
        safe.trim_matches('-'),
        day(history.from),
        day(history.to),
        format.extension()
    )
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn cells_that_start_like_a_formula_are_text() {
        for cell in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(text(cell), format!("'{cell}"));
        }
        for cell in ["Office phone", "", "1=1", "dev_001"] {
            assert_eq!(text(cell), cell);
        }
    }
}
