//! Settings in `settings.json` in the app's data folder: the settings under
//! the key `settings`, running snoozes under `snoozes`. The agent is the one
//! writer; the command line reads the same file.

use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use waping_core::alerts::Snoozes;
use waping_core::Settings;

pub const FILE: &str = "settings.json";
const KEY: &str = "settings";
/// Snoozes that are still running, so that "until tomorrow" outlives a restart.
const SNOOZES_KEY: &str = "snoozes";

/// The settings file of the data folder `dir`.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// The file's entries. An unreadable file is moved aside first (never
/// silently lost, nor overwritten by the next save) and read as empty.
fn entries(path: &Path) -> Map<String, Value> {
    let Ok(bytes) = std::fs::read(path) else {
        return Map::new();
    };
    if let Ok(map) = serde_json::from_slice::<Map<String, Value>>(&bytes) {
        return map;
    }
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
    let aside = path.with_file_name(format!("settings.corrupt-{stamp}.json"));
    match std::fs::rename(path, &aside) {
        Ok(()) => {
            tracing::error!("settings file was unreadable; moved to {aside:?}, using defaults")
        }
        Err(e) => tracing::error!("settings file is unreadable and could not be moved: {e}"),
    }
    Map::new()
}

/// The settings, or the defaults where the file has none that are valid.
pub fn load(path: &Path) -> Settings {
    parse(entries(path).remove(KEY))
}

pub fn save(path: &Path, settings: &Settings) -> Result<(), String> {
    save_value(path, KEY, settings)
}

pub fn load_snoozes(path: &Path) -> Snoozes {
    entries(path)
        .remove(SNOOZES_KEY)
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default()
}

pub fn save_snoozes(path: &Path, snoozes: &Snoozes) -> Result<(), String> {
    save_value(path, SNOOZES_KEY, snoozes)
}

/// Writes `value` under `key`, keeping the other entries. The new file
/// replaces the old one in one rename, so a crash leaves one or the other.
fn save_value(path: &Path, key: &str, value: &impl serde::Serialize) -> Result<(), String> {
    let mut map = entries(path);
    map.insert(
        key.to_owned(),
        serde_json::to_value(value).map_err(|e| e.to_string())?,
    );
    let bytes = serde_json::to_vec_pretty(&map).map_err(|e| e.to_string())?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    let partial = path.with_extension("json.partial");
    std::fs::write(&partial, bytes).map_err(|e| e.to_string())?;
    std::fs::rename(&partial, path).map_err(|e| e.to_string())
}

fn parse(value: Option<Value>) -> Settings {
    value
        .and_then(|v| serde_json::from_value::<Settings>(v).ok())
        .and_then(|s| s.validated().ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_file(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("waping-settings-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        path(&dir)
    }

    #[test]
    fn settings_and_snoozes_share_the_file_without_losing_each_other() {
        let file = temp_file("share");
        let settings = Settings {
            poll_interval_secs: 42,
            ..Settings::default()
        };
        save(&file, &settings).unwrap();
        let mut snoozes = Snoozes::default();
        snoozes.set(None, chrono::Utc::now() + chrono::Duration::hours(1));
        save_snoozes(&file, &snoozes).unwrap();
        assert_eq!(load(&file).poll_interval_secs, 42);
        assert_eq!(load_snoozes(&file).all, snoozes.all);
        save(&file, &Settings::default()).unwrap();
        assert_eq!(
            load_snoozes(&file).all,
            snoozes.all,
            "a settings save keeps snoozes"
        );
    }

    #[test]
    fn an_unreadable_file_is_moved_aside_not_overwritten() {
        let file = temp_file("corrupt");
        std::fs::write(&file, b"{not json").unwrap();
        assert_eq!(
            load(&file).poll_interval_secs,
            Settings::default().poll_interval_secs
        );
        assert!(!file.exists());
        let aside: Vec<_> = std::fs::read_dir(file.parent().unwrap())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("settings.corrupt-")
            })
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(std::fs::read(aside[0].path()).unwrap(), b"{not json");
    }
}
