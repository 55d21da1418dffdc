//! What the UI, the tray and the command line are shown at one moment.

use crate::domain::{Device, Workspace};
use crate::gateway::GatewayError;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
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
    /// Set when history could not be opened or written, or was recovered.
    pub history_problem: Option<String>,
}

impl Snapshot {
    pub fn starting() -> Self {
        Self {
            devices: Vec::new(),
            workspace: None,
            health: GatewayHealth::Starting,
            updated_at: None,
            history_problem: None,
        }
    }

    /// Folds in a failed poll: keeps what was known, records since when it failed.
    pub(crate) fn failed(&mut self, error: &GatewayError, now: DateTime<Utc>) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
            panic!("failing expected")
        };
        assert_eq!(since, t0);
        assert!(!auth);
    }
}
