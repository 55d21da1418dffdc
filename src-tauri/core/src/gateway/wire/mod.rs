//! WAPing's wire format: every endpoint path and JSON field name the app
//! relies on. The public docs defer these to a live API reference, so this is
//! the one place to edit when aligning with it. The client reads answers
//! through the tolerant reader (`read`) and its alias table (`aliases`); the
//! simulator writes the contract's canonical shape through the types below.

pub mod aliases;
mod read;

pub use read::{
    at, link_next, read_device, read_device_page, read_error, read_one_device, read_qr, read_time,
    read_webhook, read_workspace, ListPage, NextPage, QrPayload, SessionChange, ShapeError, Trace,
    WebhookRead, BARE_LIST, DEFAULT_QR_LIFETIME_SECS, MAX_TEXT_CHARS, WHOLE_ANSWER,
};

use crate::domain::{DeviceId, SessionState};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Route patterns; `{id}` stands for a device id (axum's syntax).
pub mod routes {
    pub const DEVICES: &str = "/v1/devices";
    pub const DEVICE: &str = "/v1/devices/{id}";
    pub const DEVICE_QR: &str = "/v1/devices/{id}/qr";
    pub const DEVICE_LOGOUT: &str = "/v1/devices/{id}/logout";
    pub const WORKSPACE: &str = "/v1/workspace";
    pub const MESSAGES: &str = "/v1/messages";
}

/// The product's default WAPing address; settings (in the model) start from it.
pub use waping_model::base_url::DEFAULT_BASE_URL;
pub const DASHBOARD_URL: &str = "https://app.waping.app";

/// A device's page in the WAPing dashboard, where pairing happens when the
/// API has no QR endpoint.
pub fn dashboard_device_url(id: &DeviceId) -> String {
    let mut url = url::Url::parse(DASHBOARD_URL).expect("a valid constant URL");
    url.path_segments_mut()
        .expect("an http URL has path segments")
        .extend(["devices", id.as_str()]);
    url.into()
}
pub const RETRY_AFTER: &str = "retry-after";
pub const DEFAULT_SIGNATURE_HEADER: &str = "x-waping-signature";

/// Error codes of the documented error envelope.
pub mod codes {
    pub const VALIDATION_ERROR: &str = "VALIDATION_ERROR";
    pub const UNAUTHORIZED: &str = "UNAUTHORIZED";
    pub const FORBIDDEN: &str = "FORBIDDEN";
    pub const NOT_FOUND: &str = "NOT_FOUND";
    pub const IDEMPOTENCY_CONFLICT: &str = "IDEMPOTENCY_CONFLICT";
    pub const RATE_LIMITED: &str = "RATE_LIMITED";
    pub const SESSION_DISCONNECTED: &str = "SESSION_DISCONNECTED";
    pub const SERVER_ERROR: &str = "SERVER_ERROR";
    /// Not in the published table; the QR endpoint's answer for a device
    /// that is already linked.
    pub const ALREADY_CONNECTED: &str = "ALREADY_CONNECTED";

    /// Every code above: anything else is a code WAPing Desk does not know.
    pub const ALL: &[&str] = &[
        VALIDATION_ERROR,
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND,
        IDEMPOTENCY_CONFLICT,
        RATE_LIMITED,
        SESSION_DISCONNECTED,
        SERVER_ERROR,
        ALREADY_CONNECTED,
    ];
}

/// Status strings, matched case-insensitively. Anything else is Unknown.
pub const STATUS_SYNONYMS: &[(&str, SessionState)] = &[
    ("connected", SessionState::Connected),
    ("linked", SessionState::Connected),
    ("open", SessionState::Connected),
    ("working", SessionState::Connected),
    ("online", SessionState::Connected),
    ("degraded", SessionState::Degraded),
    ("reconnecting", SessionState::Degraded),
    ("unstable", SessionState::Degraded),
    ("disconnected", SessionState::Disconnected),
    ("logged_out", SessionState::Disconnected),
    ("offline", SessionState::Disconnected),
    ("failed", SessionState::Disconnected),
    ("closed", SessionState::Disconnected),
    ("unlinked", SessionState::Unlinked),
    ("pending", SessionState::Unlinked),
    ("scan_qr_code", SessionState::Unlinked),
    ("qr", SessionState::Unlinked),
    ("new", SessionState::Unlinked),
];

pub fn parse_status(raw: &str) -> SessionState {
    let raw = raw.trim();
    STATUS_SYNONYMS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(raw))
        .map_or(SessionState::Unknown, |(_, state)| *state)
}

/// The canonical string the simulator sends for a state.
pub fn status_string(state: SessionState) -> &'static str {
    match state {
        SessionState::Unlinked => "unlinked",
        SessionState::Connected => "connected",
        SessionState::Degraded => "degraded",
        SessionState::Disconnected => "disconnected",
        SessionState::Unknown => "unknown",
    }
}

/// `{"error": {"code": "...", "message": "..."}}`
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ErrorEnvelope {
    pub error: ErrorBody,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ErrorBody {
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub message: String,
}

impl ErrorEnvelope {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Self {
            error: ErrorBody {
                code: code.to_owned(),
                message: message.into(),
            },
        }
    }
}

/// A device as the contract has WAPing send it (the simulator's canonical shape).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WireDevice {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub phone: Option<String>,
    pub status: String,
    #[serde(default)]
    pub status_changed_at: Option<String>,
    #[serde(default)]
    pub last_seen_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

pub fn format_time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

/// `POST /v1/devices`
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CreateDevice {
    pub name: String,
}

/// `GET /v1/devices/{id}/qr`
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WireQr {
    pub qr: String,
    pub expires_at: String,
}

/// `GET /v1/workspace`
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WireWorkspace {
    #[serde(default)]
    pub name: Option<String>,
    pub plan: String,
    #[serde(default)]
    pub device_limit: Option<u32>,
    #[serde(default)]
    pub monthly_quota: Option<u64>,
    #[serde(default)]
    pub messages_sent_this_month: Option<u64>,
}

/// `POST /v1/messages` (the simulator counts them toward the monthly quota).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SendMessage {
    pub device_id: String,
    pub to: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageAccepted {
    pub id: String,
    pub status: String,
    pub device_id: String,
}

/// A webhook event: `{"id","type","createdAt","data":{…}}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookEvent {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub data: serde_json::Value,
}

/// The event type the contract names for a device's session status (the
/// first the alias table accepts).
pub const SESSION_STATUS_EVENT: &str = aliases::webhook::SESSION_STATUS_TYPES[0];

/// `data` of a `session.status` event.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionStatusData {
    pub device_id: String,
    pub status: String,
    #[serde(default)]
    pub previous_status: Option<String>,
    #[serde(default)]
    pub reason: Option<String>,
}

/// The signature header's value: `sha256=<hex of HMAC-SHA256(secret, raw body)>`.
pub const SIGNATURE_PREFIX: &str = "sha256=";

#[cfg(test)]
mod tests;
