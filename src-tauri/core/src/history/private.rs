//! The history names every device and when it dropped: its folder and files
//! are this user's alone. SQLite gives its `-wal` and `-shm` files the
//! database file's mode, so a database made 0600 before SQLite opens it
//! keeps all three private. On Windows the profile's folder is the user's.

use std::io;
use std::path::{Path, PathBuf};

/// Creates `dir` (0700) if it is missing.
pub(super) fn create_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir)
}

/// Creates the database file 0600 if it is missing, and closes an existing
/// one and its `-wal`/`-shm` to others.
pub(super) fn prepare_db(path: &Path) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    drop(options.open(path)?);
    close(path)?;
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", path.display()));
        if side.exists() {
            close(&side)?;
        }
    }
    Ok(())
}

/// Makes `path` readable and writable by this user only.
pub(super) fn close(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}
