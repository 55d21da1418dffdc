//! Commands that change devices: add and pair, re-scan, log out, remove.

use crate::error::AppError;
use crate::ipc::PairingView;
use crate::state::AppState;
use chrono::Utc;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_opener::OpenerExt;
use waping_core::monitor::{Observation, Source};
use waping_core::pairing::{self, AddDeviceError, PairingState};
use waping_core::{qr, Device, DeviceId, Mode, SessionState};

/// A device id from the UI, checked before it goes near a URL.
pub(crate) fn device_id(raw: &str) -> Result<DeviceId, AppError> {
    DeviceId::parse(raw).ok_or_else(|| AppError::invalid(format!("not a device id: {raw:?}")))
}

impl From<AddDeviceError> for AppError {
    fn from(e: AddDeviceError) -> Self {
        AppError::new(e.code(), e.to_string())
    }
}

/// Creates a device to pair; a full plan is refused without asking WAPing.
#[tauri::command]
pub async fn add_device(state: State<'_, AppState>, name: String) -> Result<Device, AppError> {
    let (client, _, snapshot) = state.connection.workspace().await?;
    let plan = snapshot
        .workspace
        .as_ref()
        .map(|w| w.plan.clone())
        .ok_or_else(|| {
            AppError::new(
                "NOT_CONNECTED",
                "the plan is not known yet; try again in a moment",
            )
        })?;
    let device = pairing::add_device(&client, &name, &plan, snapshot.devices.len()).await?;
    state.connection.refresh().await;
    Ok(device)
}

/// Opens a pairing attempt (new phone or re-scan); states follow as `pairing` events.
#[tauri::command]
pub async fn start_pairing<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    device_id: String,
) -> Result<PairingView, AppError> {
    let id = self::device_id(&device_id)?;
    state.connection.start_pairing(&app, id).await
}

#[tauri::command]
pub async fn get_pairing(state: State<'_, AppState>) -> Result<Option<PairingView>, AppError> {
    Ok(state.connection.pairing().await)
}

#[tauri::command]
pub async fn cancel_pairing(state: State<'_, AppState>) -> Result<(), AppError> {
    state.connection.cancel_pairing().await;
    Ok(())
}

/// In the demo only: the phone scans the code on screen.
#[tauri::command]
pub async fn simulate_scan(state: State<'_, AppState>, device_id: String) -> Result<(), AppError> {
    let id = self::device_id(&device_id)?;
    let (_, mode, _) = state.connection.workspace().await?;
    if mode != Mode::Demo {
        return Err(AppError::new(
            "NOT_DEMO",
            "scans can only be simulated in the demo workspace",
        ));
    }
    let demo = state.connection.demo().await?;
    demo.control()
        .scan(id.as_str(), None)
        .await
        .map_err(|e| AppError::new("SCAN_FAILED", format!("the simulated scan failed: {e}")))
}

/// Records a change the user made here, so it is in history at once.
async fn user_change(state: &AppState, id: DeviceId, to: SessionState, reason: &str) {
    state
        .connection
        .user_changed(Observation {
            device_id: id,
            name: None,
            state: to,
            reason: Some(reason.to_owned()),
            since: None,
            last_seen: None,
            source: Source::User,
            at: Utc::now(),
        })
        .await;
}

#[tauri::command]
pub async fn logout_device(state: State<'_, AppState>, device_id: String) -> Result<(), AppError> {
    let id = self::device_id(&device_id)?;
    let (client, _, _) = state.connection.workspace().await?;
    client.logout(&id).await?;
    user_change(
        &state,
        id,
        SessionState::Unlinked,
        "logged out from WAPing Desk",
    )
    .await;
    Ok(())
}

#[tauri::command]
pub async fn remove_device(state: State<'_, AppState>, device_id: String) -> Result<(), AppError> {
    let id = self::device_id(&device_id)?;
    let (client, _, _) = state.connection.workspace().await?;
    client.remove_device(&id).await?;
    user_change(
        &state,
        id,
        SessionState::Unlinked,
        "removed from WAPing Desk",
    )
    .await;
    Ok(())
}

/// The code on screen as a PNG, with the device it links.
async fn qr_on_screen(state: &AppState) -> Result<(String, Vec<u8>), AppError> {
    let no_code = || AppError::new("NO_CODE", "no QR code is showing");
    let view = state.connection.pairing().await.ok_or_else(no_code)?;
    let PairingState::Code { payload, .. } = view.state else {
        return Err(no_code());
    };
    let png = qr::png(&payload).map_err(|e| AppError::new("QR_UNREADABLE", e.to_string()))?;
    Ok((view.device_id, png))
}

/// Saves the code on screen as a PNG in the Downloads folder; returns its path.
#[tauri::command]
pub async fn save_qr_png(state: State<'_, AppState>) -> Result<String, AppError> {
    let (device_id, png) = qr_on_screen(&state).await?;
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
pub async fn copy_qr_png<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<(), AppError> {
    let (_, png) = qr_on_screen(&state).await?;
    let image = tauri::image::Image::from_bytes(&png)
        .map_err(|e| AppError::new("QR_UNREADABLE", e.to_string()))?;
    app.clipboard()
        .write_image(&image)
        .map_err(|e| AppError::new("NO_CLIPBOARD", format!("cannot copy the code: {e}")))
}

/// Opens the device's page in the WAPing dashboard in the user's browser,
/// when this WAPing pairs there (no QR endpoint). Only the pairing view's own
/// address is ever opened: the window cannot ask for another.
#[tauri::command]
pub async fn open_dashboard<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<(), AppError> {
    let view = state.connection.pairing().await;
    let Some(PairingState::Dashboard { url }) = view.map(|v| v.state) else {
        return Err(AppError::new(
            "NO_DASHBOARD",
            "this pairing does not go through the dashboard",
        ));
    };
    app.opener()
        .open_url(url, None::<&str>)
        .map_err(|e| AppError::new("NOT_OPENED", format!("cannot open the browser: {e}")))
}
