//! Whether every writer closed the database last time, so that opening it
//! reads every page (`quick_check`, a second for a 575 MB file) only after
//! one did not.
//!
//! Each `History::open` leaves a marker beside the database,
//! `<db>.open-<pid>-<n>`, holds a lock on it while the database is open and
//! removes it when it closes. A marker nobody holds a lock on was left by a
//! writer that ended without closing: killed, crashed, or the computer lost
//! power. The next writer to open the database checks it and then removes
//! the markers it found. A marker whose lock is held belongs to a writer
//! still open (a second agent, or a monitor being replaced by the next);
//! it is left to that writer, and to whoever opens after it if it never
//! closes. The views' readers and the hooks' second writer neither leave nor
//! remove one: they only ever open a database a writer holds open.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Between the database's file name and the writer's pid in a marker's name.
const INFIX: &str = ".open-";

/// Makes each marker of this process's writers a name of its own.
static NEXT: AtomicU64 = AtomicU64::new(0);

/// This writer's marker, removed as it drops (unless a panic is unwinding).
#[derive(Debug)]
pub(super) struct OpenMarker {
    path: PathBuf,
    /// Holds the lock that tells others this writer is open.
    _file: File,
}

impl Drop for OpenMarker {
    fn drop(&mut self) {
        // A writer dropped by a panic closes as the code around it failed:
        // the next open checks.
        if std::thread::panicking() {
            return;
        }
        if let Err(e) = std::fs::remove_file(&self.path) {
            tracing::warn!(
                "history: the marker {} stays ({e}); the next start checks the database",
                self.path.display()
            );
        }
    }
}

/// Markers left by writers that ended without closing, each locked by the
/// writer that found them until they are removed.
#[derive(Debug, Default)]
pub(super) struct Left(Vec<(PathBuf, File)>);

impl Left {
    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Once the database has been checked (or replaced): the unclean exits
    /// they tell of are dealt with.
    pub(super) fn remove(self) {
        for (path, _file) in self.0 {
            if let Err(e) = std::fs::remove_file(&path) {
                tracing::warn!("history: cannot remove {}: {e}", path.display());
            }
        }
    }
}

/// Leaves this writer's marker beside `db`, and finds those of writers that
/// ended without closing it.
pub(super) fn claim(db: &Path) -> io::Result<(OpenMarker, Left)> {
    let dir = db.parent().unwrap_or(Path::new("."));
    let name = db
        .file_name()
        .ok_or_else(|| io::Error::other("the history path names no file"))?
        .to_string_lossy()
        .into_owned();
    let marker = leave(dir, &name)?;
    let mut left = Left::default();
    for entry in std::fs::read_dir(dir)?.flatten() {
        let path = entry.path();
        let is_marker = entry
            .file_name()
            .to_str()
            .and_then(|n| n.strip_prefix(&name))
            .is_some_and(|rest| rest.starts_with(INFIX));
        if !is_marker || path == marker.path {
            continue;
        }
        // Read is enough to lock on every system.
        let Ok(file) = File::open(&path) else {
            continue; // removed meanwhile by the writer that left it
        };
        match file.try_lock() {
            Ok(()) => left.0.push((path, file)),
            Err(TryLockError::WouldBlock) => {}
            Err(TryLockError::Error(e)) => {
                return Err(io::Error::new(e.kind(), format!("{}: {e}", path.display())))
            }
        }
    }
    Ok((marker, left))
}

/// Creates and locks a marker of a new name in `dir`.
fn leave(dir: &Path, name: &str) -> io::Result<OpenMarker> {
    for _ in 0..100 {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!("{name}{INFIX}{}-{n}", std::process::id()));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = match options.open(&path) {
            Ok(file) => file,
            // Left by a process of the same pid before a restart: the scan
            // that follows finds it.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        };
        match file.try_lock() {
            Ok(()) => {}
            // Another opener took it, unlocked a moment ago, for one left
            // behind, and will remove it.
            Err(TryLockError::WouldBlock) => continue,
            Err(TryLockError::Error(e)) => {
                let _ = std::fs::remove_file(&path);
                return Err(e);
            }
        }
        // The same, if that opener was done with it before the lock.
        if !path.exists() {
            continue;
        }
        // On disk before anything is written: after a power cut the
        // marker must be there for the next start to check.
        file.sync_all()?;
        #[cfg(unix)]
        File::open(dir)?.sync_all()?;
        return Ok(OpenMarker { path, _file: file });
    }
    Err(io::Error::other(
        "no marker name was free beside the history",
    ))
}

#[cfg(test)]
impl OpenMarker {
    pub(super) fn path(&self) -> &Path {
        &self.path
    }
}
