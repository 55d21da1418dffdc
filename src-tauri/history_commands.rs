//! Commands behind the history views: card strips, a device's timeline, the
//! workspace ranking and exports. They validate the range and hand the rest
//! to the core's queries.

use crate::device_commands::device_id as parse_device_id;
use crate::error::AppError;
use crate::state::AppState;
use chrono::{DateTime, Duration, TimeZone, Utc};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use waping_core::history::export::{self, Format};
use waping_core::history::{DeviceHistory, PeriodUptime, RankedDevice, Strip};
use waping_core::DeviceId;

/// Longer than any retention the settings allow.
const MAX_RANGE_DAYS: i64 = 800;
const MAX_WIDTH: u32 = 10_000;

fn instant(ms: f64, what: &str) -> Result<DateTime<Utc>, AppError> {
    if !ms.is_finite() {
        return Err(AppError::invalid(format!(
            "the {what} of the range is not a time"
        )));
    }
    Utc.timestamp_millis_opt(ms as i64)
        .single()
        .ok_or_else(|| AppError::invalid(format!("the {what} of the range is out of bounds")))
}

/// A validated `[from, to)` range.
fn range(from: f64, to: f64) -> Result<(DateTime<Utc>, DateTime<Utc>), AppError> {
    let (from, to) = (instant(from, "start")?, instant(to, "end")?);
    if from >= to {
        return Err(AppError::invalid("the range must end after it starts"));
    }
    if to - from > Duration::days(MAX_RANGE_DAYS) {
        return Err(AppError::invalid(format!(
            "the range can cover at most {MAX_RANGE_DAYS} days"
        )));
    }
    Ok((from, to))
}

/// The shortest stretch worth drawing on `width` pixels.
fn resolution(span: Duration, width: u32) -> Result<i64, AppError> {
    if width == 0 || width > MAX_WIDTH {
        return Err(AppError::invalid(format!(
            "the drawing width must be 1 to {MAX_WIDTH} pixels"
        )));
    }
    Ok(span.num_milliseconds() / i64::from(width))
}

fn unknown(id: &DeviceId) -> AppError {
    AppError::new(
        "NOT_FOUND",
        format!("there is no history for device {id} yet"),
    )
}

/// Every card's strip over the last `hours`, drawn on `width` pixels.
#[tauri::command]
pub async fn device_strips(
    state: State<'_, AppState>,
    hours: u32,
    width: u32,
) -> Result<Vec<Strip>, AppError> {
    if !(1..=24 * 31).contains(&hours) {
        return Err(AppError::invalid("a strip covers 1 hour to 31 days"));
    }
    let span = Duration::hours(i64::from(hours));
    let min_ms = resolution(span, width)?;
    state
        .connection
        .read_history(move |h, live| h.strips(live.now - span, live, min_ms))
        .await
}

/// One device over `[from, to)` (epoch milliseconds), drawn on `width` pixels.
#[tauri::command]
pub async fn device_history(
    state: State<'_, AppState>,
    device_id: String,
    from: f64,
    to: f64,
    width: u32,
) -> Result<DeviceHistory, AppError> {
    let id = parse_device_id(&device_id)?;
    let (from, to) = range(from, to)?;
    let min_ms = resolution(to - from, width)?;
    let query_id = id.clone();
    state
        .connection
        .read_history(move |h, live| h.device_history(&query_id, from, to, live, min_ms))
        .await?
        .ok_or_else(|| unknown(&id))
}

/// One device's uptime over the last 24 hours, 7 days and 30 days.
#[tauri::command]
pub async fn device_uptime(
    state: State<'_, AppState>,
    device_id: String,
) -> Result<Vec<PeriodUptime>, AppError> {
    let id = parse_device_id(&device_id)?;
    let query_id = id.clone();
    state
        .connection
        .read_history(move |h, live| h.uptime_periods(&query_id, live))
        .await?
        .ok_or_else(|| unknown(&id))
}

/// Devices ranked by disconnects over the last `days`.
#[tauri::command]
pub async fn workspace_ranking(
    state: State<'_, AppState>,
    days: u32,
) -> Result<Vec<RankedDevice>, AppError> {
    if !(1..=MAX_RANGE_DAYS as u32).contains(&days) {
        return Err(AppError::invalid(format!(
            "the ranking covers 1 to {MAX_RANGE_DAYS} days"
        )));
    }
    state
        .connection
        .read_history(move |h, live| {
            h.ranking(live.now - Duration::days(i64::from(days)), live.now)
        })
        .await
}

/// Asks where to save one device's history over `[from, to)` and writes it;
/// returns the path, or `None` when the user cancelled.
#[tauri::command]
pub async fn export_history<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    device_id: String,
    from: f64,
    to: f64,
    format: Format,
) -> Result<Option<String>, AppError> {
    let id = parse_device_id(&device_id)?;
    let (from, to) = range(from, to)?;
    let query_id = id.clone();
    let history = state
        .connection
        .read_history(move |h, live| h.device_history(&query_id, from, to, live, 0))
        .await?
        .ok_or_else(|| unknown(&id))?;
    let contents = export::render(&history, format)
        .map_err(|e| AppError::new("EXPORT_FAILED", e.to_string()))?;
    let name = export::file_name(&history, format);
    let dialog = app.dialog().clone();
    let downloads = app.path().download_dir().ok();
    tauri::async_runtime::spawn_blocking(move || save(&dialog, downloads, &name, format, &contents))
        .await
        .map_err(|e| AppError::new("EXPORT_FAILED", format!("the export stopped: {e}")))?
}

fn save<R: Runtime>(
    dialog: &tauri_plugin_dialog::Dialog<R>,
    downloads: Option<std::path::PathBuf>,
    name: &str,
    format: Format,
    contents: &[u8],
) -> Result<Option<String>, AppError> {
    let (label, ext) = match format {
        Format::Csv => ("CSV", "csv"),
        Format::Json => ("JSON", "json"),
    };
    let mut builder = dialog
        .file()
        .set_title("Export history")
        .set_file_name(name)
        .add_filter(label, &[ext]);
    if let Some(dir) = downloads {
        builder = builder.set_directory(dir);
    }
    let Some(chosen) = builder.blocking_save_file() else {
        return Ok(None);
    };
    let path = chosen
        .into_path()
        .map_err(|e| AppError::new("EXPORT_FAILED", format!("cannot save there: {e}")))?;
    std::fs::write(&path, contents).map_err(|e| {
        AppError::new(
            "EXPORT_FAILED",
            format!("could not write {}: {e}", path.display()),
        )
    })?;
    Ok(Some(path.display().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_checked() {
        let day = 86_400_000.0;
        assert!(range(0.0, day).is_ok());
        for (from, to) in [
            (day, day),
            (day, 0.0),
            (f64::NAN, day),
            (0.0, f64::INFINITY),
            (0.0, 900.0 * day),
            (0.0, 1e300),
        ] {
            let err = range(from, to).unwrap_err();
            assert_eq!(err.code, "INVALID_INPUT", "{from}..{to}: {err}");
        }
        let (from, to) = range(0.0, day).unwrap();
        assert_eq!(resolution(to - from, 1200).unwrap(), 72_000);
        assert!(resolution(to - from, 0).is_err());
        assert!(resolution(to - from, MAX_WIDTH + 1).is_err());
    }
}
