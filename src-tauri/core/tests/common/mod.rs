//! What the monitor's tests against the simulator share.

use std::time::Duration;
use tokio::sync::broadcast;
use waping_core::monitor::MonitorEvent;

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
