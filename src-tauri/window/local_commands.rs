//! The window's own commands: what needs the desktop session the window has
//! (save dialogs, the clipboard, the browser, the login item). Data comes
//! from the agent.

use crate::link::AgentLink;
use crate::window::FocusRequest;
use serde_json::Value;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use waping_link::contract::{args, Call, Request};
use waping_link::locale::system_locale;
use waping_link::views::ExportFile;
use waping_link::AppError;
use waping_model::history_views::Format;
use waping_model::pairing_state::PairingState;
use waping_model::ErrorCode;

/// Answers a command the window hosts; the agent's are not answered here.
pub async fn handle<R: Runtime>(app: &AppHandle<R>, request: Request) -> Result<Value, AppError> {
    match request {
        Request::TakeFocusRequest(_) => {
            args::TakeFocusRequest::answer(Ok(app.state::<FocusRequest>().take()))
        }
        Request::GetAutostart(_) => args::GetAutostart::answer(get_autostart(app)),
        Request::SetAutostart(a) => args::SetAutostart::answer(set_autostart(app, a.enabled)),
        Request::SaveQrPng(_) => args::SaveQrPng::answer(save_qr_png(app).await),
        Request::CopyQrPng(_) => args::CopyQrPng::answer(copy_qr_png(app).await),
        Request::CopyDiagnosis(_) => args::CopyDiagnosis::answer(copy_diagnosis(app).await),
        Request::OpenDashboard(_) => args::OpenDashboard::answer(open_dashboard(app).await),
        Request::ExportHistory(a) => args::ExportHistory::answer(export_history(app, a).await),
        Request::SystemLocale(_) => args::SystemLocale::answer(Ok(system_locale())),
        agent => Err(AppError::new(
            ErrorCode::UnknownRequest,
            format!("{} is the agent's to answer", agent.command().name()),
        )),
    }
}

/// Asks the agent, typed.
async fn ask<R: Runtime, C: Call>(app: &AppHandle<R>, args: C) -> Result<C::Reply, AppError>
where
    C::Reply: serde::de::DeserializeOwned,
{
    app.state::<AgentLink>().client(app).await?.ask(args).await
}

/// The code on screen as PNG bytes, with the device it links.
async fn qr_on_screen<R: Runtime>(app: &AppHandle<R>) -> Result<(String, Vec<u8>), AppError> {
    let qr = ask(app, args::QrPng {}).await?;
    let png = hex::decode(&qr.png_hex).map_err(|e| {
        AppError::new(
            ErrorCode::QrUnreadable,
            format!("the code arrived damaged: {e}"),
        )
    })?;
    Ok((qr.device_id.to_string(), png))
}

/// Saves the code on screen as a PNG in the Downloads folder; returns its path.
async fn save_qr_png<R: Runtime>(app: &AppHandle<R>) -> Result<String, AppError> {
    let (device_id, png) = qr_on_screen(app).await?;
    let dir = dirs::download_dir()
        .or_else(dirs::home_dir)
        .ok_or_else(|| AppError::new(ErrorCode::NoFolder, "no Downloads folder to save into"))?;
    let path = dir.join(format!("waping-{device_id}-qr.png"));
    std::fs::write(&path, png).map_err(|e| {
        AppError::new(
            ErrorCode::NotSaved,
            format!("cannot save {}: {e}", path.display()),
        )
    })?;
    Ok(path.display().to_string())
}

/// Puts the code on screen on the clipboard as an image, to paste into a
/// message to whoever holds the phone.
async fn copy_qr_png<R: Runtime>(app: &AppHandle<R>) -> Result<(), AppError> {
    let (_, png) = qr_on_screen(app).await?;
    let image = tauri::image::Image::from_bytes(&png)
        .map_err(|e| AppError::new(ErrorCode::QrUnreadable, e.to_string()))?;
    app.clipboard()
        .write_image(&image)
        .map_err(|e| AppError::new(ErrorCode::NoClipboard, format!("cannot copy the code: {e}")))
}

/// Puts the last diagnosis report, as the window shows it, on the clipboard
/// to paste into a message to support. The text comes from the agent, which
/// made it: the page cannot put text of its choosing on the clipboard.
async fn copy_diagnosis<R: Runtime>(app: &AppHandle<R>) -> Result<(), AppError> {
    let text = ask(app, args::LastDiagnosis {}).await?;
    app.clipboard().write_text(text).map_err(|e| {
        AppError::new(
            ErrorCode::NoClipboard,
            format!("cannot copy the report: {e}"),
        )
    })
}

/// Opens the device's page in the WAPing dashboard in the user's browser,
/// when this WAPing pairs there (no QR endpoint). Only the pairing view's own
/// address is ever opened: the window cannot ask for another.
async fn open_dashboard<R: Runtime>(app: &AppHandle<R>) -> Result<(), AppError> {
    let view = ask(app, args::GetPairing {}).await?;
    let Some(PairingState::Dashboard { url }) = view.map(|v| v.state) else {
        return Err(AppError::new(
            ErrorCode::NoDashboard,
            "this pairing does not go through the dashboard",
        ));
    };
    app.opener().open_url(url, None::<&str>).map_err(|e| {
        AppError::new(
            ErrorCode::NotOpened,
            format!("cannot open the browser: {e}"),
        )
    })
}

/// Asks where to save one device's history over `[from, to)` and writes it;
/// returns the path, or `None` when the user cancelled.
async fn export_history<R: Runtime>(
    app: &AppHandle<R>,
    a: args::ExportHistory,
) -> Result<Option<String>, AppError> {
    let format = a.format;
    // The save dialog's title, in the page's language (the page has the
    // catalogs; the window keeps none of its own). Only a title: cut short.
    let title: String = a.title.chars().take(200).collect();
    let file = ask(
        app,
        args::RenderExport {
            device_id: a.device_id,
            from: a.from,
            to: a.to,
            format,
        },
    )
    .await?;
    let dialog = app.dialog().clone();
    let downloads = app.path().download_dir().ok();
    tauri::async_runtime::spawn_blocking(move || save(&dialog, &title, downloads, format, &file))
        .await
        .map_err(|e| AppError::new(ErrorCode::ExportFailed, format!("the export stopped: {e}")))?
}

fn save<R: Runtime>(
    dialog: &tauri_plugin_dialog::Dialog<R>,
    title: &str,
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
        .set_title(title)
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
        .map_err(|e| AppError::new(ErrorCode::ExportFailed, format!("cannot save there: {e}")))?;
    std::fs::write(&path, &file.contents).map_err(|e| {
        AppError::new(
            ErrorCode::ExportFailed,
            format!("could not write {}: {e}", path.display()),
        )
    })?;
    Ok(Some(path.display().to_string()))
}

/// Whether the app starts at login (false where the platform cannot tell).
fn get_autostart<R: Runtime>(app: &AppHandle<R>) -> Result<bool, AppError> {
    match app.try_state::<tauri_plugin_autostart::AutoLaunchManager>() {
        Some(manager) => manager.is_enabled().map_err(|e| {
            AppError::new(
                ErrorCode::Autostart,
                format!("cannot read the login item: {e}"),
            )
        }),
        None => Ok(false),
    }
}

fn set_autostart<R: Runtime>(app: &AppHandle<R>, enabled: bool) -> Result<bool, AppError> {
    let manager = app
        .try_state::<tauri_plugin_autostart::AutoLaunchManager>()
        .ok_or_else(|| {
            AppError::new(
                ErrorCode::Autostart,
                "starting at login is not available here",
            )
        })?;
    let result = if enabled {
        manager.enable()
    } else {
        manager.disable()
    };
    result.map_err(|e| {
        AppError::new(
            ErrorCode::Autostart,
            format!("cannot change the login item: {e}"),
        )
    })?;
    manager.is_enabled().map_err(|e| {
        AppError::new(
            ErrorCode::Autostart,
            format!("cannot read the login item: {e}"),
        )
    })
}
