//! What one write to history changed, as the window is told it once the
//! write has committed: enough to know whose strip or view to read again,
//! and what the row says.

use crate::domain::{DeviceId, Transition};
use chrono::{DateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One committed write that changes what a strip or a device's view shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
#[ts(export)]
pub enum HistoryChange {
    /// A transition, as its row holds it.
    Transition(Transition),
    /// The device left the workspace (its rows stay): it has no strip now.
    Removed {
        device_id: DeviceId,
        at: DateTime<Utc>,
    },
    /// A watch span began, or another history file is now in use (a switch
    /// of workspace): every device's timeline may differ.
    Watching { at: DateTime<Utc> },
    /// The watch span ended at `at`: the computer went to sleep, or was seen
    /// to have slept (or its clock was set), so every device's timeline may
    /// differ.
    Unwatched { at: DateTime<Utc> },
    /// WAPing became reachable or stopped being so, which every device's
    /// timeline shows.
    Reachability { at: DateTime<Utc>, ok: bool },
}

impl HistoryChange {
    /// A transition as its row holds it (to the millisecond).
    pub fn transition(t: &Transition) -> Self {
        HistoryChange::Transition(Transition {
            at: stored(t.at),
            ..t.clone()
        })
    }

    pub fn removed(device_id: DeviceId, at: DateTime<Utc>) -> Self {
        HistoryChange::Removed {
            device_id,
            at: stored(at),
        }
    }

    pub fn watching(at: DateTime<Utc>) -> Self {
        HistoryChange::Watching { at: stored(at) }
    }

    pub fn unwatched(at: DateTime<Utc>) -> Self {
        HistoryChange::Unwatched { at: stored(at) }
    }

    pub fn reachability(at: DateTime<Utc>, ok: bool) -> Self {
        HistoryChange::Reachability { at: stored(at), ok }
    }

    /// The one device the change concerns; `None` for one that concerns all.
    pub fn device_id(&self) -> Option<&DeviceId> {
        match self {
            HistoryChange::Transition(t) => Some(&t.device_id),
            HistoryChange::Removed { device_id, .. } => Some(device_id),
            HistoryChange::Watching { .. }
            | HistoryChange::Unwatched { .. }
            | HistoryChange::Reachability { .. } => None,
        }
    }
}

/// A time as history keeps it: to the millisecond.
fn stored(at: DateTime<Utc>) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(at.timestamp_millis())
        .single()
        .unwrap_or(at)
}

/// The `history` event: what was written since the last one, in the order
/// written. `missed` says some changes were not told (the teller fell
/// behind): whoever shows history reads it all again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HistoryChanges {
    pub changes: Vec<HistoryChange>,
    pub missed: bool,
}
