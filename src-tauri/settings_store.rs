//! Settings persisted with tauri-plugin-store (`settings.json` in the app's
//! data folder, under the key `settings`; running snoozes under `snoozes`).
//! The command line reads the same file.

use serde_json::Value;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_store::StoreExt;
use waping_core::alerts::Snoozes;
use waping_core::Settings;

pub const FILE: &str = "settings.json";
const KEY: &str = "settings";
/// Snoozes that are still running, so that "until tomorrow" outlives a restart.
const SNOOZES_KEY: &str = "snoozes";

/// Loads the settings. The store plugin reads an unreadable file as empty and
/// would overwrite it on the next save, so such a file is first moved aside
/// (never silently lost) and the defaults are used.
pub fn load<R: Runtime>(app: &AppHandle<R>) -> Settings {
    if let Ok(path) = app.path().app_data_dir().map(|dir| dir.join(FILE)) {
        if let Some(aside) = move_aside_if_unreadable(&path) {
            tracing::error!("settings file was unreadable; moved to {aside:?}, using defaults");
        }
    }
    match app.store(FILE) {
        Ok(store) => parse(store.get(KEY)),
        Err(e) => {
            tracing::error!("settings unavailable ({e}); using defaults");
            Settings::default()
        }
    }
}

pub fn save<R: Runtime>(app: &AppHandle<R>, settings: &Settings) -> Result<(), String> {
    save_value(app, KEY, settings)
}

pub fn load_snoozes<R: Runtime>(app: &AppHandle<R>) -> Snoozes {
    app.store(FILE)
        .ok()
        .and_then(|store| store.get(SNOOZES_KEY))
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default()
}

pub fn save_snoozes<R: Runtime>(app: &AppHandle<R>, snoozes: &Snoozes) -> Result<(), String> {
    save_value(app, SNOOZES_KEY, snoozes)
}

/// Writes `value` under `key` and saves the file at once.
fn save_value<R: Runtime>(
    app: &AppHandle<R>,
    key: &str,
    value: &impl serde::Serialize,
) -> Result<(), String> {
    let store = app.store(FILE).map_err(|e| e.to_string())?;
    store.set(key, serde_json::to_value(value).map_err(|e| e.to_string())?);
    store.save().map_err(|e| e.to_string())
}

fn parse(value: Option<Value>) -> Settings {
    value
        .and_then(|v| serde_json::from_value::<Settings>(v).ok())
        .and_then(|s| s.validated().ok())
        .unwrap_or_default()
}

fn move_aside_if_unreadable(path: &Path) -> Option<PathBuf> {
    let bytes = std::fs::read(path).ok()?;
    if serde_json::from_slice::<serde_json::Map<String, Value>>(&bytes).is_ok() {
        return None;
    }
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
    let aside = path.with_file_name(format!("settings.corrupt-{stamp}.json"));
    std::fs::rename(path, &aside).ok()?;
    Some(aside)
}

/// The settings file as the command line finds it, without a Tauri app.
pub fn path_for_cli(identifier: &str) -> Option<PathBuf> {
    Some(dirs::data_dir()?.join(identifier).join(FILE))
}

/// Reads settings from `path`, falling back to defaults on any problem.
pub fn load_file(path: &Path) -> Settings {
    let value = std::fs::read(path)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Value>(&bytes).ok())
        .and_then(|mut v| v.get_mut(KEY).map(Value::take));
    parse(value)
}
