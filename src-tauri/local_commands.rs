//! The window's own commands: what needs the desktop session the window has
//! (save dialogs, the clipboard, the browser, the login item). Data comes
//! from the agent.

use crate::link::AgentLink;
use crate::window::FocusRequest;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use waping_core::history::export::Format;
use waping_desk_agent::error::AppError;
use waping_desk_agent::ipc::{ExportFile, QrPng};

async fn ask<R: Runtime, T: DeserializeOwned>(
    app: &AppHandle<R>,
    method: &str,
    args: Value,
) -> Result<T, AppError> {
    let value = app.state::<AgentLink>().call(app, method, args).await?;
    serde_json::from_value(value)
        .map_err(|e| AppError::new("INTERNAL", format!("unexpected answer to {method}: {e}")))
}

/// The code on screen as PNG bytes, with the device it links.
async fn qr_on_screen<R: Runtime>(app: &AppHandle<R>) -> Result<(String, Vec<u8>), AppError> {
    let qr: QrPng = ask(app, "qr_png", json!({})).await?;
    let png = hex::decode(&qr.png_hex)
        .map_err(|e| AppError::new("QR_UNREADABLE", format!("the code arrived damaged: {e}")))?;
    Ok((qr.device_id, png))
}

/// Saves the code on screen as a PNG in the Downloads folder; returns its path.
#[tauri::command]
pub async fn save_qr_png<R: Runtime>(app: AppHandle<R>) -> Result<String, AppError> {
    let (device_id, png) = qr_on_screen(&app).await?;
    let dir = dirs::download_dir()
        .or_else(dirs::home_dir)
        .ok_or_else(|| AppError::new("NO_FOLDER", "no Downloads folder to save into"))?;
    let path = dir.join(format!("waping-{device_id}-qr.png"));
    std::fs::write(&path, png)
        .map_err(|e| AppError::new("NOT_SAVED", format!("cannot save {}: {e}", path.display())))?;
    Ok(path.display().to_string())
}

/// Puts the code on screen on the clipboard as an image, to paste into a
/// message to whoever holds the phone.
#[tauri::command]
pub async fn copy_qr_png<R: Runtime>(app: AppHandle<R>) -> Result<(), AppError> {
    let (_, png) = qr_on_screen(&app).await?;
    let image = tauri::image::Image::from_bytes(&png)
        .map_err(|e| AppError::new("QR_UNREADABLE", e.to_string()))?;
    app.clipboard()
        .write_image(&image)
        .map_err(|e| AppError::new("NO_CLIPBOARD", format!("cannot copy the code: {e}")))
}

/// Puts the last diagnosis report, as the window shows it, on the clipboard
/// to paste into a message to support. The text comes from the agent, which
/// made it: the page cannot put text of its choosing on the clipboard.
#[tauri::command]
pub async fn copy_diagnosis<R: Runtime>(app: AppHandle<R>) -> Result<(), AppError> {
    let text: String = ask(&app, "last_diagnosis", json!({})).await?;
    app.clipboard()
        .write_text(text)
        .map_err(|e| AppError::new("NO_CLIPBOARD", format!("cannot copy the report: {e}")))
}

/// Opens the device's page in the WAPing dashboard in the user's browser,
/// when this WAPing pairs there (no QR endpoint). Only the pairing view's own
/// address is ever opened: the window cannot ask for another.
#[tauri::command]
pub async fn open_dashboard<R: Runtime>(app: AppHandle<R>) -> Result<(), AppError> {
    let view: Value = ask(&app, "get_pairing", json!({})).await?;
    let state = &view["state"];
    let url = match (state["status"].as_str(), state["url"].as_str()) {
        (Some("dashboard"), Some(url)) => url.to_owned(),
        _ => {
            return Err(AppError::new(
                "NO_DASHBOARD",
                "this pairing does not go through the dashboard",
            ))
        }
    };
    app.opener()
        .open_url(url, None::<&str>)
        .map_err(|e| AppError::new("NOT_OPENED", format!("cannot open the browser: {e}")))
}

/// Asks where to save one device's history over `[from, to)` and writes it;
/// returns the path, or `None` when the user cancelled.
#[tauri::command]
pub async fn export_history<R: Runtime>(
    app: AppHandle<R>,
    device_id: String,
    from: f64,
    to: f64,
    format: Format,
) -> Result<Option<String>, AppError> {
    let args = json!({"deviceId": device_id, "from": from, "to": to, "format": format});
    let file: ExportFile = ask(&app, "export_history", args).await?;
    let dialog = app.dialog().clone();
    let downloads = app.path().download_dir().ok();
    tauri::async_runtime::spawn_blocking(move || save(&dialog, downloads, format, &file))
        .await
        .map_err(|e| AppError::new("EXPORT_FAILED", format!("the export stopped: {e}")))?
}

fn save<R: Runtime>(
    dialog: &tauri_plugin_dialog::Dialog<R>,
    downloads: Option<std::path::PathBuf>,
    format: Format,
    file: &ExportFile,
) -> Result<Option<String>, AppError> {
    let (label, ext) = match format {
        Format::Csv => ("CSV", "csv"),
        Format::Json => ("JSON", "json"),
    };
    let mut builder = dialog
        .file()
        .set_title("Export history")
        .set_file_name(&file.file_name)
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
    std::fs::write(&path, &file.contents).map_err(|e| {
        AppError::new(
            "EXPORT_FAILED",
            format!("could not write {}: {e}", path.display()),
        )
    })?;
    Ok(Some(path.display().to_string()))
}

/// The device the window was opened for (a notification clicked while the
/// window was closed), once.
#[tauri::command]
pub fn take_focus_request(focus: State<'_, FocusRequest>) -> Option<String> {
    focus.take()
}

/// Whether the app starts at login (false where the platform cannot tell).
#[tauri::command]
pub fn get_autostart<R: Runtime>(app: AppHandle<R>) -> Result<bool, AppError> {
    match app.try_state::<tauri_plugin_autostart::AutoLaunchManager>() {
        Some(manager) => manager
            .is_enabled()
            .map_err(|e| AppError::new("AUTOSTART", format!("cannot read the login item: {e}"))),
        None => Ok(false),
    }
}

#[tauri::command]
pub fn set_autostart<R: Runtime>(app: AppHandle<R>, enabled: bool) -> Result<bool, AppError> {
    let manager = app
        .try_state::<tauri_plugin_autostart::AutoLaunchManager>()
        .ok_or_else(|| AppError::new("AUTOSTART", "starting at login is not available here"))?;
    let result = if enabled {
        manager.enable()
    } else {
        manager.disable()
    };
    result.map_err(|e| AppError::new("AUTOSTART", format!("cannot change the login item: {e}")))?;
    manager
        .is_enabled()
        .map_err(|e| AppError::new("AUTOSTART", format!("cannot read the login item: {e}")))
}
