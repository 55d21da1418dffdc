//! Settings in `settings.json` in the app's data folder: the settings under
//! the key `settings`, running snoozes under `snoozes`. The agent is the one
//! writer; the command line reads the same file.

use serde_json::{Map, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use waping_core::alerts::Snoozes;
use waping_core::Settings;

pub const FILE: &str = "settings.json";
const KEY: &str = "settings";
/// Snoozes that are still running, so that "until tomorrow" outlives a restart.
const SNOOZES_KEY: &str = "snoozes";

/// Each write reads the file, changes one entry and replaces the file: two
/// at once (a settings save and a snooze) would lose one's change, so they
/// take turns.
static WRITER: Mutex<()> = Mutex::new(());

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
            make_private(&aside);
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
    save_then(path, settings, || {})
}

/// Saves `settings`, then runs `then` (the service taking them up) before
/// any other write: the running settings are those of the file's last save.
pub fn save_then(path: &Path, settings: &Settings, then: impl FnOnce()) -> Result<(), String> {
    let _turn = WRITER.lock().unwrap_or_else(|e| e.into_inner());
    save_value(path, KEY, settings)?;
    then();
    Ok(())
}

pub fn load_snoozes(path: &Path) -> Snoozes {
    entries(path)
        .remove(SNOOZES_KEY)
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default()
}

pub fn save_snoozes(path: &Path, snoozes: &Snoozes) -> Result<(), String> {
    change_snoozes(path, || snoozes.clone()).1
}

/// Saves the snoozes `change` makes. It runs in this write's turn, so of two
/// changes the one written last holds both.
pub fn change_snoozes(
    path: &Path,
    change: impl FnOnce() -> Snoozes,
) -> (Snoozes, Result<(), String>) {
    let _turn = WRITER.lock().unwrap_or_else(|e| e.into_inner());
    let snoozes = change();
    let saved = save_value(path, SNOOZES_KEY, &snoozes);
    (snoozes, saved)
}

/// Writes `value` under `key`, keeping the other entries; the caller holds
/// the writers' turn.
fn save_value(path: &Path, key: &str, value: &impl serde::Serialize) -> Result<(), String> {
    let mut map = entries(path);
    map.insert(
        key.to_owned(),
        serde_json::to_value(value).map_err(|e| e.to_string())?,
    );
    let bytes = serde_json::to_vec_pretty(&map).map_err(|e| e.to_string())?;
    if let Some(dir) = path.parent().filter(|d| !d.exists()) {
        waping_link::protocol::private_dir(dir).map_err(|e| e.to_string())?;
    }
    replace(path, &bytes).map_err(|e| e.to_string())
}

/// Replaces the file whole, readable by this user only: the new contents go
/// to a file beside it, reach the disk, and take its name in one rename, so
/// a crash leaves the old file or the new one; a failed write leaves no part.
fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let partial = path.with_extension("json.partial");
    // One left by a crash mid-write.
    let _ = std::fs::remove_file(&partial);
    let written = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&partial)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&partial, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written?;
    // The rename itself reaches the disk with the folder.
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        if let Err(e) = std::fs::File::open(dir).and_then(|d| d.sync_all()) {
            tracing::debug!("the data folder was not synced: {e}");
        }
    }
    Ok(())
}

/// Closes a file the agent keeps to this user (0600).
fn make_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let private = std::fs::Permissions::from_mode(0o600);
        if let Err(e) = std::fs::set_permissions(path, private) {
            tracing::warn!("{path:?} stays as it was: {e}");
        }
    }
    #[cfg(not(unix))]
    let _ = path;
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
    fn a_save_that_fails_leaves_no_partial_file() {
        let file = temp_file("fails");
        // A folder where the file should be: the rename onto it fails.
        std::fs::create_dir(&file).unwrap();
        assert!(save(&file, &Settings::default()).is_err());
        let names: Vec<_> = std::fs::read_dir(file.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [FILE], "only the folder in the file's place");
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
