//! What the monitor takes in and gives out: observations of a device's
//! state, and the confirmed transitions they lead to.

use super::{reason, Device, DeviceId, SessionState};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a transition came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Source {
    Poll,
    Webhook,
    /// Inferred by the app: a Connected session whose last-seen stopped advancing.
    Inferred,
    /// The user acted in the app (a [`UserAction`]); never an observation's.
    User,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Poll => "poll",
            Source::Webhook => "webhook",
            Source::Inferred => "inferred",
            Source::User => "user",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [
            Source::Poll,
            Source::Webhook,
            Source::Inferred,
            Source::User,
        ]
        .into_iter()
        .find(|s| s.as_str() == raw)
    }
}

/// One confirmed change of a device's state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Transition {
    pub device_id: DeviceId,
    pub device_name: String,
    /// `None` the first time the device is ever seen.
    pub from: Option<SessionState>,
    pub to: SessionState,
    pub at: DateTime<Utc>,
    pub reason: Option<String>,
    pub source: Source,
    /// A change that is part of normal life (the reconnect right after a scan):
    /// recorded, never alerted.
    pub expected: bool,
}

/// What saw an observation: WAPing answering a poll, or pushing an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ObservedBy {
    Poll,
    Webhook,
}

impl From<ObservedBy> for Source {
    fn from(by: ObservedBy) -> Self {
        match by {
            ObservedBy::Poll => Source::Poll,
            ObservedBy::Webhook => Source::Webhook,
        }
    }
}

/// What one observation says about one device.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    pub device_id: DeviceId,
    /// `None` when the source does not say (webhooks carry no name).
    pub name: Option<String>,
    pub state: SessionState,
    pub reason: Option<String>,
    /// When WAPing says the state began, if it says.
    pub since: Option<DateTime<Utc>>,
    pub last_seen: Option<DateTime<Utc>>,
    pub source: ObservedBy,
    /// When the observation was made (or the event created).
    pub at: DateTime<Utc>,
}

impl Observation {
    pub fn from_poll(device: &Device, at: DateTime<Utc>) -> Self {
        Self {
            device_id: device.id.clone(),
            name: Some(device.name.clone()),
            state: device.state,
            reason: device.reason.clone(),
            since: device.state_since,
            last_seen: device.last_seen,
            source: ObservedBy::Poll,
            at,
        }
    }
}

/// What the user did to a device in this app, once WAPing accepted it: not
/// something seen, but a change known for certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserAction {
    /// Logged out: the device stays in the workspace, unlinked.
    LoggedOut,
    /// Removed from the workspace.
    Removed,
}

impl UserAction {
    /// The reason history records for the change.
    pub fn reason(self) -> &'static str {
        match self {
            UserAction::LoggedOut => reason::LOGGED_OUT_HERE,
            UserAction::Removed => reason::REMOVED_HERE,
        }
    }
}

/// The last state a device was confirmed in (from history, or seen this run).
#[derive(Debug, Clone, PartialEq)]
pub struct Known {
    pub name: String,
    pub state: SessionState,
    pub since: DateTime<Utc>,
    pub reason: Option<String>,
}
