//! A home of its own for the agent binaries a test starts.

use std::path::{Path, PathBuf};

/// Points this process (and the agents it starts) at a fresh home named
/// `name`; returns its data folder.
pub fn home(name: &str) -> PathBuf {
    let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    // Inherited by the agents started here: no keyring, tray or
    // notification server is reachable, and the demo holds still.
    std::env::set_var("HOME", &home);
    std::env::set_var("XDG_DATA_HOME", home.join("data"));
    std::env::set_var("XDG_CONFIG_HOME", home.join("config"));
    std::env::set_var("XDG_CACHE_HOME", home.join("cache"));
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    std::env::set_var("WAPING_DESK_DEMO_CHURN_SECS", "0");
    waping_link::protocol::data_dir().expect("a data folder")
}
