//! What the agent's tests share.

use std::sync::Arc;
use waping_desk_agent::shell::Headless;

/// An agent on a fresh data folder named `name`, with no display. No keyring
/// is reachable: nothing real is touched, and no key is stored.
pub async fn agent(name: &str) -> waping_desk_agent::Agent {
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    std::env::set_var("WAPING_DESK_DEMO_CHURN_SECS", "0");
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    waping_desk_agent::start(dir, Arc::new(Headless))
        .await
        .expect("the agent starts")
}
