//! Polls WAPing for the whole workspace and publishes snapshots.
//!
//! One `GET /v1/devices` per interval (never one request per device); the
//! workspace's plan and usage change slowly and are read every few polls.

use crate::domain::{Device, Workspace};
use crate::gateway::{GatewayClient, GatewayError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{watch, Notify};
use tokio::task::JoinHandle;
use ts_rs::TS;

/// Reachability of WAPing itself, kept apart from the devices' states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "status", rename_all = "camelCase")]
#[ts(export)]
pub enum GatewayHealth {
    /// No answer yet.
    Starting,
    Ok,
    /// Device states shown are the last known ones and may be stale.
    Failing {
        code: String,
        message: String,
        since: DateTime<Utc>,
        /// The key or plan is at fault, not the network.
        auth: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Snapshot {
    pub devices: Vec<Device>,
    pub workspace: Option<Workspace>,
    pub health: GatewayHealth,
    /// When WAPing last answered.
    pub updated_at: Option<DateTime<Utc>>,
}

impl Snapshot {
    pub fn starting() -> Self {
        Self {
            devices: Vec::new(),
            workspace: None,
            health: GatewayHealth::Starting,
            updated_at: None,
        }
    }

    /// Folds in a failed poll: keeps what was known, records since when it failed.
    fn failed(&mut self, error: &GatewayError, now: DateTime<Utc>) {
        let since = match &self.health {
            GatewayHealth::Failing { code, since, .. } if code == error.code() => *since,
            _ => now,
        };
        self.health = GatewayHealth::Failing {
            code: error.code().to_owned(),
            message: error.to_string(),
            since,
            auth: error.is_auth(),
        };
    }
}

/// Polls until dropped.
pub struct Watcher {
    snapshots: watch::Receiver<Snapshot>,
    wake: Arc<Notify>,
    task: JoinHandle<()>,
}

const WORKSPACE_EVERY: u32 = 4;
const MAX_BACKOFF: Duration = Duration::from_secs(300);

impl Watcher {
    pub fn spawn(client: GatewayClient, interval: Duration) -> Self {
        let (tx, rx) = watch::channel(Snapshot::starting());
        let wake = Arc::new(Notify::new());
        let task = tokio::spawn(poll_loop(client, interval, tx, wake.clone()));
        Self {
            snapshots: rx,
            wake,
            task,
        }
    }

    pub fn subscribe(&self) -> watch::Receiver<Snapshot> {
        self.snapshots.clone()
    }

    pub fn current(&self) -> Snapshot {
        self.snapshots.borrow().clone()
    }

    /// Polls now instead of waiting for the interval.
    pub fn refresh(&self) {
        self.wake.notify_one();
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn poll_loop(
    client: GatewayClient,
    interval: Duration,
    tx: watch::Sender<Snapshot>,
    wake: Arc<Notify>,
) {
    let mut polls: u32 = 0;
    let mut failures: u32 = 0;
    loop {
        let mut snapshot = tx.borrow().clone();
        let result = poll_once(
            &client,
            &mut snapshot,
            polls.is_multiple_of(WORKSPACE_EVERY),
        )
        .await;
        polls = polls.wrapping_add(1);
        let delay = match result {
            Ok(()) => {
                failures = 0;
                interval
            }
            Err(error) => {
                failures = failures.saturating_add(1);
                snapshot.failed(&error, Utc::now());
                backoff(interval, failures, error.retry_after())
            }
        };
        tx.send_if_modified(|current| {
            let changed = *current != snapshot;
            *current = snapshot;
            changed
        });
        if tx.is_closed() {
            return;
        }
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            _ = wake.notified() => {}
        }
    }
}

async fn poll_once(
    client: &GatewayClient,
    snapshot: &mut Snapshot,
    with_workspace: bool,
) -> Result<(), GatewayError> {
    let devices = client.list_devices().await?;
    let workspace = if with_workspace || snapshot.workspace.is_none() {
        Some(client.workspace().await?)
    } else {
        snapshot.workspace.clone()
    };
    snapshot.devices = devices;
    snapshot.workspace = workspace;
    snapshot.health = GatewayHealth::Ok;
    snapshot.updated_at = Some(Utc::now());
    Ok(())
}

/// Exponential backoff with jitter after repeated failures, never sooner
/// than WAPing's own Retry-After.
pub fn backoff(interval: Duration, failures: u32, retry_after: Option<Duration>) -> Duration {
    let exp = interval.saturating_mul(1 << failures.saturating_sub(1).min(5));
    let capped = exp.min(MAX_BACKOFF.max(interval));
    let jitter = capped.mul_f64(rand::random::<f64>() * 0.2);
    let delay = capped + jitter;
    retry_after.map_or(delay, |ra| delay.max(ra))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_caps_and_honours_retry_after() {
        let i = Duration::from_secs(15);
        let first = backoff(i, 1, None);
        assert!(first >= i && first <= i.mul_f64(1.2), "{first:?}");
        let third = backoff(i, 3, None);
        assert!(third >= i * 4 && third <= (i * 4).mul_f64(1.2), "{third:?}");
        let many = backoff(i, 30, None);
        assert!(
            many >= MAX_BACKOFF && many <= MAX_BACKOFF.mul_f64(1.2),
            "{many:?}"
        );
        let ra = Duration::from_secs(900);
        assert_eq!(backoff(i, 1, Some(ra)), ra);
    }

    #[test]
    fn failure_keeps_its_start_time_while_the_cause_persists() {
        let mut s = Snapshot::starting();
        let t0 = Utc::now();
        let err = GatewayError::Unreachable {
            cause: "refused".into(),
        };
        s.failed(&err, t0);
        s.failed(&err, t0 + chrono::Duration::minutes(3));
        let GatewayHealth::Failing { since, auth, .. } = s.health else {
            panic!()
        };
        assert_eq!(since, t0);
        assert!(!auth);
    }
}
