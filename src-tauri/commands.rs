//! Tauri commands: one per thing the UI does. They translate between the UI
//! and the core; the decisions are the core's.

use crate::error::AppError;
use crate::ipc::{ConnectionReport, KeyStorage, Overview, SettingsView};
use crate::secrets::{self, Secrets};
use crate::settings_store;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use tauri::{AppHandle, Manager, Runtime, State};
use waping_core::alerts::SnoozeFor;
use waping_core::hooks::HookRun;
use waping_core::{ApiKey, ClientConfig, DeviceId, GatewayClient, Settings};

async fn settings_view<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
) -> Result<SettingsView, AppError> {
    let settings = state.settings(app);
    let (key, storage, webhook) = secrets::off_thread(&state.secrets, |s| {
        let (key, storage) = s.load();
        (key, storage, s.webhook_secret().1)
    })
    .await?;
    Ok(SettingsView {
        settings,
        api_key_masked: key.map(|k| k.masked()),
        key_storage: storage,
        webhook_secret_storage: webhook,
    })
}

fn bad_key() -> AppError {
    AppError::invalid(format!(
        "the API key must be 1 to {} characters, without spaces",
        ApiKey::MAX_LEN
    ))
}

/// What the main window shows, connecting first if nothing is watched yet.
#[tauri::command]
pub async fn get_overview<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Overview, AppError> {
    state.overview_or_connect(&app).await
}

#[tauri::command]
pub async fn refresh(state: State<'_, AppState>) -> Result<(), AppError> {
    state.connection.refresh().await;
    Ok(())
}

#[tauri::command]
pub async fn get_settings<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<SettingsView, AppError> {
    settings_view(&app, &state).await
}

#[tauri::command]
pub async fn save_settings<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Settings,
) -> Result<SettingsView, AppError> {
    let settings = input.validated()?;
    settings_store::save(&app, &settings).map_err(|e| {
        AppError::new(
            "SETTINGS_NOT_SAVED",
            format!("the settings could not be saved: {e}"),
        )
    })?;
    state.set_settings(settings);
    state.reconnect(&app).await?;
    settings_view(&app, &state).await
}

#[tauri::command]
pub async fn set_api_key<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    key: String,
    session_only: bool,
) -> Result<SettingsView, AppError> {
    let key = ApiKey::new(key).ok_or_else(bad_key)?;
    let stored = secrets::off_thread(&state.secrets, move |s| s.store(key, session_only)).await??;
    tracing::info!(?stored, "API key stored");
    state.reconnect(&app).await?;
    settings_view(&app, &state).await
}

#[tauri::command]
pub async fn clear_api_key<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<SettingsView, AppError> {
    secrets::off_thread(&state.secrets, Secrets::clear).await??;
    state.reconnect(&app).await?;
    let view = settings_view(&app, &state).await?;
    debug_assert_eq!(view.key_storage, KeyStorage::None);
    Ok(view)
}

/// Tries a base URL and key without saving them. With no key given, the
/// stored one is used.
#[tauri::command]
pub async fn test_connection(
    state: State<'_, AppState>,
    base_url: String,
    api_key: Option<String>,
) -> Result<ConnectionReport, AppError> {
    let key = match api_key.filter(|k| !k.trim().is_empty()) {
        Some(raw) => Some(ApiKey::new(raw).ok_or_else(bad_key)?),
        None => secrets::off_thread(&state.secrets, Secrets::load).await?.0,
    };
    let client = GatewayClient::new(ClientConfig::new(base_url, key))?;
    let workspace = client.workspace().await?;
    let devices = client.list_devices().await?;
    Ok(ConnectionReport { workspace, devices })
}

/// One device, or all of them for a `deviceId` of null.
fn optional_device(device_id: Option<String>) -> Result<Option<DeviceId>, AppError> {
    device_id
        .as_deref()
        .map(crate::device_commands::device_id)
        .transpose()
}

/// Silences alerts for one device or all (`deviceId` null) for a while.
#[tauri::command]
pub async fn snooze_alerts<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    device_id: Option<String>,
    duration: SnoozeFor,
) -> Result<Option<DateTime<Utc>>, AppError> {
    let device = optional_device(device_id)?;
    let until = duration.until(Utc::now(), *chrono::Local::now().offset());
    state.connection.snooze(&app, device, until).await;
    Ok(Some(until))
}

/// Resumes one device's alerts, or all (`deviceId` null).
#[tauri::command]
pub async fn resume_alerts<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    device_id: Option<String>,
) -> Result<(), AppError> {
    let device = optional_device(device_id)?;
    state.connection.resume(&app, device).await;
    Ok(())
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

/// Stores the shared secret WAPing signs webhooks with.
#[tauri::command]
pub async fn set_webhook_secret<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    secret: String,
    session_only: bool,
) -> Result<SettingsView, AppError> {
    let secret = waping_core::webhook::check_secret(&secret).map_err(AppError::invalid)?;
    secrets::off_thread(&state.secrets, move |s| {
        s.store_webhook_secret(secret, session_only)
    })
    .await??;
    state.reconnect(&app).await?;
    settings_view(&app, &state).await
}

#[tauri::command]
pub async fn clear_webhook_secret<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<SettingsView, AppError> {
    secrets::off_thread(&state.secrets, Secrets::clear_webhook_secret).await??;
    state.reconnect(&app).await?;
    settings_view(&app, &state).await
}

/// The device the window was opened for (a notification clicked while the
/// window was closed), once.
#[tauri::command]
pub fn take_focus_request(state: State<'_, AppState>) -> Option<String> {
    state.take_focus_request()
}

/// The latest automation hook runs, newest last.
#[tauri::command]
pub async fn get_hook_runs(state: State<'_, AppState>) -> Result<Vec<HookRun>, AppError> {
    Ok(state.connection.hook_runs().await)
}
