//! Whether WAPing itself answers, kept apart from the devices' states.

use crate::ErrorCode;
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
        code: ErrorCode,
        message: String,
        since: DateTime<Utc>,
        /// The key or plan is at fault, not the network.
        auth: bool,
    },
}
