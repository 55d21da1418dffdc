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

impl GatewayHealth {
    /// The OS says this computer has no network: WAPing is not asked, and
    /// not blamed.
    pub fn computer_offline(since: DateTime<Utc>) -> Self {
        GatewayHealth::Failing {
            code: ErrorCode::ComputerOffline,
            message: COMPUTER_OFFLINE.to_owned(),
            since,
            auth: false,
        }
    }

    /// Whether this is the computer's own lack of a network.
    pub fn is_computer_offline(&self) -> bool {
        matches!(
            self,
            GatewayHealth::Failing {
                code: ErrorCode::ComputerOffline,
                ..
            }
        )
    }
}

/// What the card and the timeline say while the computer has no network.
pub const COMPUTER_OFFLINE: &str = "This computer is offline";
