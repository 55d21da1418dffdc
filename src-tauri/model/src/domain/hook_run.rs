//! What a hook run was, for the log the user sees and the history keeps.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum HookEvent {
    #[serde(rename = "device.down")]
    DeviceDown,
    #[serde(rename = "device.up")]
    DeviceUp,
}

impl HookEvent {
    pub fn as_str(self) -> &'static str {
        match self {
            HookEvent::DeviceDown => "device.down",
            HookEvent::DeviceUp => "device.up",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [HookEvent::DeviceDown, HookEvent::DeviceUp]
            .into_iter()
            .find(|e| e.as_str() == raw)
    }
}

/// One run of a hook, for the log the user sees.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HookRun {
    pub at: DateTime<Utc>,
    pub event: HookEvent,
    pub device_name: String,
    /// "url" or "command".
    pub target: String,
    pub ok: bool,
    /// HTTP status, exit code, or what went wrong.
    pub detail: String,
    #[ts(type = "number")]
    pub millis: u64,
    /// The newer event for the same phone that replaced this one while it
    /// waited for its turn, so this one never ran; `None` for a run.
    #[serde(default)]
    pub superseded_by: Option<HookEvent>,
}

/// Runs the log keeps, in memory and in the history database.
pub const HOOK_LOG_SIZE: usize = 100;
