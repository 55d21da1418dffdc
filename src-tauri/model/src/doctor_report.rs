//! What `doctor` reports: each endpoint the app uses, what it answered and how
//! it was read. Core's `doctor` makes the requests and writes the text.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Everything one diagnosis found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Diagnosis {
    pub app_version: String,
    pub base_url: String,
    pub at: DateTime<Utc>,
    pub endpoints: Vec<EndpointReport>,
    /// As `status` exits: 0 all connected, 1 some not connected, 2 some
    /// disconnected, 3 WAPing failed, the list was partial or not recognised.
    pub exit_code: u8,
    /// One paragraph for a person: the devices' states and what was not
    /// read, in the language the report was made in (English in `--json`).
    pub verdict: String,
}

/// One endpoint: the requests made to it and what reading its answer found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EndpointReport {
    pub name: String,
    pub requests: Vec<RequestRecord>,
    /// The answer was found where the reader looks for it.
    pub recognised: bool,
    /// Where it was found: "data", "a bare list", "the answer itself"…
    pub shape: Option<String>,
    pub fields: Vec<FieldRead>,
    pub missing: Vec<MissingField>,
    pub unknown_fields: Vec<String>,
    pub unknown_statuses: Vec<String>,
    pub time_forms: Vec<String>,
    pub pagination: Vec<String>,
    /// List entries met (0 for a single object).
    pub entries: u32,
    pub problem: Option<String>,
    /// Why the endpoint was not read: no request made, or an expected
    /// refusal (no QR endpoint on this WAPing), in the report's language.
    pub skipped: Option<String>,
}

/// A field of the assumed contract and the paths it was read under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FieldRead {
    pub field: String,
    pub paths: Vec<String>,
}

/// An expected field, and how many entries lacked it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MissingField {
    pub field: String,
    pub entries: u32,
}

/// A diagnosis with its text, as the window shows and copies it, in the
/// language the app speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DiagnosisReport {
    pub diagnosis: Diagnosis,
    pub text: String,
}

/// One request as a diagnosis shows it: no key, no query values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RequestRecord {
    pub method: String,
    /// The URL with every query value replaced by `…`.
    pub url: String,
    /// The HTTP status, when an answer came.
    pub status: Option<u16>,
    #[ts(type = "number")]
    pub millis: u64,
    pub error: Option<String>,
}
