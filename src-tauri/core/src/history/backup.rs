//! A copy of the history taken before an upgrade changes its schema: if the
//! new version misbehaves, the user (or support) still has every row as the
//! previous version left it.

use super::{private, HistoryError};
use rusqlite::{Connection, MAIN_DB};
use std::path::{Path, PathBuf};

/// Where the copy of `path` at schema `version` goes:
/// `history.sqlite3` → `history.sqlite3.schema-4.bak`.
pub fn backup_path(path: &Path, version: usize) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{name}.schema-{version}.bak"))
}

/// Writes a consistent copy of the open database (SQLite's online backup:
/// every committed page, WAL included) beside it, private to this user. A
/// copy left by an earlier try at the same upgrade is replaced: the upgrade
/// runs in one transaction, so the file is still at that version.
pub(super) fn copy_before_upgrade(
    conn: &Connection,
    path: &Path,
    version: usize,
) -> Result<PathBuf, HistoryError> {
    let target = backup_path(path, version);
    match std::fs::remove_file(&target) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e.into()),
    }
    // Made empty and 0600 first: SQLite writes into it and keeps its mode.
    private::prepare_db(&target)?;
    conn.backup(MAIN_DB, &target, None)?;
    tracing::info!(
        ?target,
        version,
        "history: copied aside before upgrading its schema"
    );
    Ok(target)
}
