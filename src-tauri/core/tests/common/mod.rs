//! What the monitor's tests against the simulator share.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::broadcast;
use waping_core::domain::ManualClock;
use waping_core::monitor::MonitorEvent;
use waping_core::simulator::{self, Scenario, SimConfig, SimHandle};
use waping_core::PlanTier;

/// Steady devices, stamped by `clock` (the monitor's own, or WAPing's).
pub async fn sim_on(clock: &Arc<ManualClock>, devices: u32) -> SimHandle {
    let config = SimConfig {
        plan: PlanTier::Pro,
        devices,
        scenario: Scenario::Steady,
        clock: Some(clock.clone()),
        ..SimConfig::default()
    };
    simulator::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap()
}

/// A fresh history file in a folder of its own.
pub fn db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("waping-monitor-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir.join("history.sqlite3")
}

/// Every event up to and including the first that `last` picks, within 10 s.
pub async fn events_until(
    events: &mut broadcast::Receiver<MonitorEvent>,
    what: &str,
    last: impl Fn(&MonitorEvent) -> bool,
) -> Vec<MonitorEvent> {
    let mut seen = Vec::new();
    let found = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let event = events.recv().await.expect("the monitor runs");
            let done = last(&event);
            seen.push(event);
            if done {
                return;
            }
        }
    })
    .await;
    if found.is_err() {
        panic!("no {what} within 10 s; before it: {seen:?}");
    }
    seen
}
