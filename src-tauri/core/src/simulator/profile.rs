//! How the simulator spells WAPing's answers.
//!
//! The public docs leave field names, envelopes, time forms and pagination to
//! a live reference, so the reader accepts what real gateways commonly send.
//! A [`WireProfile`] makes the simulator send one such variant, so that the
//! whole app can be tried against each: it reshapes the canonical JSON the
//! model produces (the contract's own shape) into the profile's names,
//! nesting, time form, envelopes and pages.
//!
//! Every name a profile sends is looked up in the reader's alias table
//! ([`aliases`]): a name the table does not list panics in debug builds (and
//! every preset is built by the tests), so the simulator can never send a
//! name the reader does not know.

use crate::gateway::wire::aliases::{self, device, page, qr, webhook, workspace, Field};
use crate::gateway::wire::{routes, SESSION_STATUS_EVENT};
use chrono::{DateTime, Duration, FixedOffset, SecondsFormat, Utc};
use serde_json::{json, Map, Value};

/// Devices per page when a paged profile is not told otherwise.
pub const DEFAULT_PAGE_SIZE: u32 = 20;
/// Largest page a paged profile serves.
pub const MAX_PAGE_SIZE: u32 = 1_000;

/// `path` as the alias table spells it for `field`.
fn alias(field: &Field, path: &str) -> &'static str {
    match field.paths.iter().find(|p| **p == path) {
        Some(found) => found,
        None => not_in_table(field.name, path, field.canonical()),
    }
}

/// `name` as `names` (a list of the alias table) spells it.
fn listed(names: &'static [&'static str], name: &str, what: &str) -> &'static str {
    match names.iter().find(|n| **n == name) {
        Some(found) => found,
        None => not_in_table(what, name, names[0]),
    }
}

/// A cursor field of the alias table and the query parameter it is sent
/// back in.
fn cursor_field(name: &str) -> (&'static str, &'static str) {
    match page::CURSORS.iter().find(|(field, _)| *field == name) {
        Some(found) => *found,
        None => {
            let (field, param) = page::CURSORS[0];
            (not_in_table("a cursor", name, field), param)
        }
    }
}

/// A preset naming something the reader does not know is a mistake: fatal
/// in debug builds, the contract's own name otherwise.
fn not_in_table(what: &str, name: &str, fallback: &'static str) -> &'static str {
    if cfg!(debug_assertions) {
        panic!("{name:?} is not an alias of {what} in gateway::wire::aliases");
    }
    fallback
}

/// `(field, its path in this profile)`, checked against the table.
fn spell(field: Field, path: &str) -> (Field, &'static str) {
    (field, alias(&field, path))
}

/// The cursor field and parameter of the `paged-cursor` profile.
fn cursor_names() -> (&'static str, &'static str) {
    cursor_field("next_cursor")
}

/// The next-URL field of the `paged-next` profile.
fn next_field() -> &'static str {
    alias(&page::NEXT, "next")
}

/// The has-more field of the `paged-cursor` profile.
fn has_more_field() -> &'static str {
    alias(&page::HAS_MORE, "has_more")
}

/// The page, page-count and total fields of the `paged-pages` profile.
fn page_fields() -> (&'static str, &'static str, &'static str) {
    (
        alias(&page::PAGE, "meta.page"),
        alias(&page::TOTAL_PAGES, "meta.totalPages"),
        alias(&page::TOTAL, "meta.total"),
    )
}

/// How moments are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeForm {
    /// RFC 3339 in UTC, as the contract has it (`2026-11-25T10:00:00.123Z`).
    Rfc3339,
    /// RFC 3339 at a fixed offset east of UTC, in minutes (`…T15:30:00+05:30`).
    Rfc3339Offset(i32),
    /// Whole seconds since the epoch, as a number.
    EpochSeconds,
    /// Milliseconds since the epoch, as a number.
    EpochMillis,
    /// Milliseconds since the epoch, as numeric text (`"1764064800123"`).
    EpochMillisText,
}

impl TimeForm {
    /// The finest step a moment keeps in this form; finer parts are cut.
    pub fn resolution(self) -> Duration {
        match self {
            TimeForm::Rfc3339 | TimeForm::Rfc3339Offset(_) => Duration::nanoseconds(1),
            TimeForm::EpochSeconds => Duration::seconds(1),
            TimeForm::EpochMillis | TimeForm::EpochMillisText => Duration::milliseconds(1),
        }
    }

    fn write(self, t: DateTime<Utc>) -> Value {
        match self {
            TimeForm::Rfc3339 => json!(t.to_rfc3339_opts(SecondsFormat::AutoSi, true)),
            TimeForm::Rfc3339Offset(minutes) => {
                let offset = FixedOffset::east_opt(minutes * 60)
                    .unwrap_or_else(|| FixedOffset::east_opt(0).expect("UTC is an offset"));
                json!(t
                    .with_timezone(&offset)
                    .to_rfc3339_opts(SecondsFormat::AutoSi, false))
            }
            TimeForm::EpochSeconds => json!(t.timestamp()),
            TimeForm::EpochMillis => json!(t.timestamp_millis()),
            TimeForm::EpochMillisText => json!(t.timestamp_millis().to_string()),
        }
    }

    /// A canonical moment (RFC 3339 text) in this form; anything else as it is.
    fn rewrite(self, value: Value) -> Value {
        if self == TimeForm::Rfc3339 {
            return value;
        }
        match parse_moment(&value) {
            Some(t) => self.write(t),
            None => value,
        }
    }
}

fn parse_moment(value: &Value) -> Option<DateTime<Utc>> {
    let text = value.as_str()?;
    Some(DateTime::parse_from_rfc3339(text).ok()?.with_timezone(&Utc))
}

/// How the device list is split into pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// One answer holds every device.
    Whole,
    /// A `next` URL, relative (`/v1/devices?page=2`), `null` on the last page.
    NextUrl,
    /// An opaque cursor and a has-more flag; the cursor is asked back as `?cursor=`.
    Cursor,
    /// An RFC 8288 `Link` header with an absolute `rel="next"` URL.
    LinkHeader,
    /// The page number and the number of pages; asked as `?page=N`.
    PageNumbers,
}

/// Where the device list sits in the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ListEnvelope {
    /// `{"data":[…],"meta":{"count":n}}`, the contract's own.
    Canonical,
    /// The answer is the list.
    Bare,
    /// Under these keys, outermost first (`data`, `devices`).
    Under(Vec<&'static str>),
}

impl ListEnvelope {
    fn under(keys: &[&str]) -> Self {
        ListEnvelope::Under(
            keys.iter()
                .map(|key| listed(aliases::ENVELOPE_KEYS, key, "a list envelope"))
                .collect(),
        )
    }
}

/// When a QR code stops being valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expiry {
    /// A moment, in the profile's time form.
    At(&'static str),
    /// Whole seconds from now.
    In(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct QrForm {
    envelope: Option<&'static str>,
    payload: &'static str,
    expiry: Expiry,
}

impl QrForm {
    fn canonical() -> Self {
        Self {
            envelope: None,
            payload: qr::PAYLOAD.canonical(),
            expiry: Expiry::At(qr::EXPIRES_AT.canonical()),
        }
    }
}

/// Where an error answer puts its code (if anywhere) and message.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ErrorForm {
    code: Option<&'static str>,
    message: &'static str,
}

impl ErrorForm {
    fn canonical() -> Self {
        Self {
            code: Some(aliases::error::CODE.canonical()),
            message: aliases::error::MESSAGE.canonical(),
        }
    }

    fn new(code: Option<&str>, message: &str) -> Self {
        Self {
            code: code.map(|path| alias(&aliases::error::CODE, path)),
            message: alias(&aliases::error::MESSAGE, message),
        }
    }
}

/// The names of a pushed session event. Its `data`'s status and reason are
/// spelled as the profile spells a device's.
#[derive(Debug, Clone, PartialEq, Eq)]
struct EventForm {
    id: &'static str,
    kind: &'static str,
    /// The event type of a session-status change.
    kind_value: &'static str,
    created_at: &'static str,
    data: &'static str,
    device_id: &'static str,
    previous_status: &'static str,
}

impl EventForm {
    fn canonical() -> Self {
        Self::new(
            webhook::ID.canonical(),
            webhook::TYPE.canonical(),
            SESSION_STATUS_EVENT,
            webhook::CREATED_AT.canonical(),
            webhook::DATA.canonical(),
            webhook::DEVICE_ID.canonical(),
            webhook::PREVIOUS_STATUS.canonical(),
        )
    }

    fn new(
        id: &str,
        kind: &str,
        kind_value: &str,
        created_at: &str,
        data: &str,
        device_id: &str,
        previous_status: &str,
    ) -> Self {
        Self {
            id: alias(&webhook::ID, id),
            kind: alias(&webhook::TYPE, kind),
            kind_value: listed(
                webhook::SESSION_STATUS_TYPES,
                kind_value,
                "a session event type",
            ),
            created_at: alias(&webhook::CREATED_AT, created_at),
            data: alias(&webhook::DATA, data),
            device_id: alias(&webhook::DEVICE_ID, device_id),
            previous_status: alias(&webhook::PREVIOUS_STATUS, previous_status),
        }
    }
}

/// One way of spelling WAPing's answers: see [`WireProfile::NAMES`].
///
/// It shapes `/v1` only: the device list (and its pages), one device (`GET`
/// and `POST`), the workspace, the QR code, error answers and pushed webhook
/// events. The simulator's own control API under `/_sim` is the same in
/// every profile.
#[derive(Debug, Clone, PartialEq)]
pub struct WireProfile {
    name: &'static str,
    paging: Paging,
    page_size: u32,
    list: ListEnvelope,
    times: TimeForm,
    /// Device fields not under their canonical name, and where they go.
    device: Vec<(Field, &'static str)>,
    device_envelope: Option<&'static str>,
    workspace: Vec<(Field, &'static str)>,
    workspace_envelope: Option<&'static str>,
    qr: QrForm,
    error: ErrorForm,
    event: EventForm,
}

impl Default for WireProfile {
    fn default() -> Self {
        Self::canonical()
    }
}

/// One page of the device list, ready to send.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ListAnswer {
    pub body: Value,
    /// The `Link` header's value, for a profile that pages with one.
    pub link: Option<String>,
}

/// What a request for the device list asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ask {
    Page(u32),
    /// The devices after this id.
    After(String),
}

const CURSOR_PREFIX: &str = "after:";

fn encode_cursor(last_id: &str) -> String {
    hex::encode(format!("{CURSOR_PREFIX}{last_id}"))
}

fn decode_cursor(cursor: &str) -> Option<String> {
    let bytes = hex::decode(cursor.trim()).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let id = text.strip_prefix(CURSOR_PREFIX)?;
    (!id.is_empty()).then(|| id.to_owned())
}

/// Sets `path` (dotted, a number picks a list element) in `target`, making
/// the objects and lists on the way.
fn put(target: &mut Value, path: &str, value: Value) {
    let segments: Vec<&str> = path.split('.').collect();
    let mut here = target;
    for (n, segment) in segments.iter().enumerate() {
        let current = here;
        let slot = match segment.parse::<usize>() {
            Ok(index) => {
                if !current.is_array() {
                    *current = Value::Array(Vec::new());
                }
                let Value::Array(items) = current else {
                    return;
                };
                if items.len() <= index {
                    items.resize(index + 1, Value::Null);
                }
                &mut items[index]
            }
            Err(_) => {
                if !current.is_object() {
                    *current = Value::Object(Map::new());
                }
                let Value::Object(map) = current else {
                    return;
                };
                map.entry(*segment).or_insert(Value::Null)
            }
        };
        if n + 1 == segments.len() {
            *slot = value;
            return;
        }
        here = slot;
    }
}

/// `value` under `key`, or `value` itself.
fn wrap(key: Option<&str>, value: Value) -> Value {
    match key {
        Some(key) => {
            let mut map = Map::new();
            map.insert(key.to_owned(), value);
            Value::Object(map)
        }
        None => value,
    }
}

fn is_moment(field: &Field) -> bool {
    [
        device::STATUS_CHANGED_AT,
        device::LAST_SEEN_AT,
        qr::EXPIRES_AT,
        webhook::CREATED_AT,
    ]
    .contains(field)
}

impl WireProfile {
    /// The presets, by the names `waping-desk-sim --wire-profile` takes.
    pub const NAMES: &'static [&'static str] = &[
        "canonical",
        "bare-snake",
        "nested",
        "paged-next",
        "paged-cursor",
        "paged-link",
        "paged-pages",
    ];

    /// A preset by name (see [`Self::NAMES`]).
    pub fn named(name: &str) -> Option<Self> {
        let profile = match name.trim().to_ascii_lowercase().as_str() {
            "canonical" => Self::canonical(),
            "bare-snake" => Self::bare_snake(),
            "nested" => Self::nested(),
            "paged-next" => Self::paged_next(),
            "paged-cursor" => Self::paged_cursor(),
            "paged-link" => Self::paged_link(),
            "paged-pages" => Self::paged_pages(),
            _ => return None,
        };
        Some(profile)
    }

    /// Every preset, in the order of [`Self::NAMES`].
    pub fn all() -> Vec<Self> {
        Self::NAMES.iter().filter_map(|n| Self::named(n)).collect()
    }

    /// The assumed contract exactly: `{"data":[…],"meta":{"count":n}}`,
    /// camelCase names, RFC 3339 times, one answer for the whole list,
    /// `{"error":{"code","message"}}`.
    pub fn canonical() -> Self {
        Self {
            name: "canonical",
            paging: Paging::Whole,
            page_size: DEFAULT_PAGE_SIZE,
            list: ListEnvelope::Canonical,
            times: TimeForm::Rfc3339,
            device: Vec::new(),
            device_envelope: None,
            workspace: Vec::new(),
            workspace_envelope: None,
            qr: QrForm::canonical(),
            error: ErrorForm::canonical(),
            event: EventForm::canonical(),
        }
    }

    /// A bare list of snake_case devices (`device_id`, `session_status`…),
    /// times as epoch seconds; `qr_code` + `expires_in`; errors as a flat
    /// `{"code","message"}`; events as `event_id`, `event`, `payload.device_id`.
    fn bare_snake() -> Self {
        Self {
            name: "bare-snake",
            list: ListEnvelope::Bare,
            times: TimeForm::EpochSeconds,
            device: vec![
                spell(device::ID, "device_id"),
                spell(device::NAME, "device_name"),
                spell(device::PHONE, "phone_number"),
                spell(device::STATUS, "session_status"),
                spell(device::REASON, "status_reason"),
                spell(device::STATUS_CHANGED_AT, "status_changed_at"),
                spell(device::LAST_SEEN_AT, "last_seen_at"),
            ],
            workspace: vec![
                spell(workspace::NAME, "workspace_name"),
                spell(workspace::PLAN, "plan_name"),
                spell(workspace::DEVICE_LIMIT, "device_limit"),
                spell(workspace::MONTHLY_QUOTA, "monthly_quota"),
                spell(workspace::MESSAGES_SENT, "messages_sent_this_month"),
            ],
            qr: QrForm {
                envelope: None,
                payload: alias(&qr::PAYLOAD, "qr_code"),
                expiry: Expiry::In(alias(&qr::EXPIRES_IN, "expires_in")),
            },
            error: ErrorForm::new(Some("code"), "message"),
            event: EventForm::new(
                "event_id",
                "event",
                "session_status",
                "created_at",
                "payload",
                "device_id",
                "previous_status",
            ),
            ..Self::canonical()
        }
    }

    /// `{"data":{"devices":[…]}}`, `deviceId`, the session in a `session`
    /// object (`session.status`, `session.reason`, `session.changedAt`),
    /// times as epoch milliseconds in numeric text; one device, the
    /// workspace (a `plan` object, `usage.messagesSent`) and the QR code
    /// under `data`; errors as `{"errors":[{"code","detail"}]}`.
    fn nested() -> Self {
        let data = listed(aliases::OBJECT_ENVELOPE_KEYS, "data", "an object envelope");
        Self {
            name: "nested",
            list: ListEnvelope::under(&["data", "devices"]),
            times: TimeForm::EpochMillisText,
            device: vec![
                spell(device::ID, "deviceId"),
                spell(device::PHONE, "phoneNumber"),
                spell(device::STATUS, "session.status"),
                spell(device::REASON, "session.reason"),
                spell(device::STATUS_CHANGED_AT, "session.changedAt"),
                spell(device::LAST_SEEN_AT, "session.lastSeenAt"),
            ],
            device_envelope: Some(data),
            workspace: vec![
                spell(workspace::PLAN, "plan.name"),
                spell(workspace::DEVICE_LIMIT, "plan.deviceLimit"),
                spell(workspace::MONTHLY_QUOTA, "plan.monthlyQuota"),
                spell(workspace::MESSAGES_SENT, "usage.messagesSent"),
            ],
            workspace_envelope: Some(data),
            qr: QrForm {
                envelope: Some(data),
                payload: alias(&qr::PAYLOAD, "qrCode"),
                expiry: Expiry::At(alias(&qr::EXPIRES_AT, "expiresAt")),
            },
            error: ErrorForm::new(Some("errors.0.code"), "errors.0.detail"),
            event: EventForm::new(
                "eventId",
                "type",
                "session.updated",
                "timestamp",
                "data",
                "device.id",
                "previousState",
            ),
            ..Self::canonical()
        }
    }

    /// Canonical devices in pages: `{"data":[…],"next":"/v1/devices?page=2"}`,
    /// `"next": null` on the last page.
    fn paged_next() -> Self {
        Self {
            name: "paged-next",
            paging: Paging::NextUrl,
            list: ListEnvelope::under(&["data"]),
            ..Self::canonical()
        }
    }

    /// `{"items":[…],"has_more":true,"next_cursor":"…"}` with snake_case
    /// devices (`state`, `disconnect_reason`, `last_active_at`) and RFC 3339
    /// times; the opaque cursor is asked back as `?cursor=`. Errors as
    /// `{"error":"message","error_code":"…"}`.
    fn paged_cursor() -> Self {
        Self {
            name: "paged-cursor",
            paging: Paging::Cursor,
            list: ListEnvelope::under(&["items"]),
            device: vec![
                spell(device::ID, "device_id"),
                spell(device::PHONE, "phone_number"),
                spell(device::STATUS, "state"),
                spell(device::REASON, "disconnect_reason"),
                spell(device::STATUS_CHANGED_AT, "state_changed_at"),
                spell(device::LAST_SEEN_AT, "last_active_at"),
            ],
            workspace: vec![
                spell(workspace::NAME, "workspace_name"),
                spell(workspace::PLAN, "plan_name"),
                spell(workspace::DEVICE_LIMIT, "max_devices"),
                spell(workspace::MONTHLY_QUOTA, "message_quota"),
                spell(workspace::MESSAGES_SENT, "messages_sent"),
            ],
            qr: QrForm {
                envelope: None,
                payload: alias(&qr::PAYLOAD, "qr_code"),
                expiry: Expiry::At(alias(&qr::EXPIRES_AT, "expires_at")),
            },
            error: ErrorForm::new(Some("error_code"), "error"),
            event: EventForm::new(
                "id",
                "event_type",
                "device.status_changed",
                "occurred_at",
                "data",
                "device_id",
                "previous_state",
            ),
            ..Self::canonical()
        }
    }

    /// Bare lists in pages, the next one named by an RFC 8288 `Link` header
    /// with an absolute URL; camelCase alternates (`connectionStatus`,
    /// `lastActivityAt`), times as epoch milliseconds; one device under
    /// `device`, the workspace under `workspace`, the QR code under `qr`
    /// (`code` + `ttl`); errors as `{"error":"message"}` with no code.
    fn paged_link() -> Self {
        let envelope = |key| listed(aliases::OBJECT_ENVELOPE_KEYS, key, "an object envelope");
        Self {
            name: "paged-link",
            paging: Paging::LinkHeader,
            list: ListEnvelope::Bare,
            times: TimeForm::EpochMillis,
            device: vec![
                spell(device::ID, "deviceId"),
                spell(device::NAME, "displayName"),
                spell(device::PHONE, "phoneNumber"),
                spell(device::STATUS, "connectionStatus"),
                spell(device::REASON, "disconnectReason"),
                spell(device::STATUS_CHANGED_AT, "statusUpdatedAt"),
                spell(device::LAST_SEEN_AT, "lastActivityAt"),
            ],
            device_envelope: Some(envelope("device")),
            workspace: vec![
                spell(workspace::NAME, "workspaceName"),
                spell(workspace::PLAN, "tier"),
                spell(workspace::DEVICE_LIMIT, "limits.devices"),
                spell(workspace::MONTHLY_QUOTA, "limits.messages"),
                spell(workspace::MESSAGES_SENT, "usage.outbound"),
            ],
            workspace_envelope: Some(envelope("workspace")),
            qr: QrForm {
                envelope: Some(envelope("qr")),
                payload: alias(&qr::PAYLOAD, "code"),
                expiry: Expiry::In(alias(&qr::EXPIRES_IN, "ttl")),
            },
            error: ErrorForm::new(None, "error"),
            event: EventForm::new(
                "eventId",
                "eventType",
                "connection.update",
                "time",
                "payload",
                "deviceId",
                "from",
            ),
            ..Self::canonical()
        }
    }

    /// `{"results":[…],"meta":{"page":1,"totalPages":3,"total":50}}` asked
    /// as `?page=N`; the status in a `status` object (`status.state`,
    /// `status.reason`, `status.since`), times in RFC 3339 at +05:30; the
    /// workspace and QR code under `result`; errors as
    /// `{"error":{"type","detail"}}`.
    fn paged_pages() -> Self {
        let result = listed(
            aliases::OBJECT_ENVELOPE_KEYS,
            "result",
            "an object envelope",
        );
        Self {
            name: "paged-pages",
            paging: Paging::PageNumbers,
            list: ListEnvelope::under(&["results"]),
            times: TimeForm::Rfc3339Offset(5 * 60 + 30),
            device: vec![
                spell(device::NAME, "label"),
                spell(device::PHONE, "number"),
                spell(device::STATUS, "status.state"),
                spell(device::REASON, "status.reason"),
                spell(device::STATUS_CHANGED_AT, "status.since"),
                spell(device::LAST_SEEN_AT, "lastSeen"),
            ],
            device_envelope: Some(result),
            workspace: vec![
                spell(workspace::NAME, "title"),
                spell(workspace::PLAN, "planName"),
                spell(workspace::DEVICE_LIMIT, "maxDevices"),
                spell(workspace::MONTHLY_QUOTA, "messageQuota"),
                spell(workspace::MESSAGES_SENT, "messagesSent"),
            ],
            workspace_envelope: Some(result),
            qr: QrForm {
                envelope: Some(result),
                payload: alias(&qr::PAYLOAD, "payload"),
                expiry: Expiry::At(alias(&qr::EXPIRES_AT, "validUntil")),
            },
            error: ErrorForm::new(Some("error.type"), "error.detail"),
            event: EventForm::new(
                "id",
                "type",
                "device.session",
                "occurredAt",
                "data",
                "id",
                "previousStatus",
            ),
            ..Self::canonical()
        }
    }

    /// Devices per page (1 to [`MAX_PAGE_SIZE`]); profiles that do not page ignore it.
    pub fn with_page_size(self, size: u32) -> Self {
        Self {
            page_size: size.clamp(1, MAX_PAGE_SIZE),
            ..self
        }
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    /// What the profile sends, in a line (for `--help`), from the names it uses.
    pub fn summary(&self) -> String {
        let data = listed(aliases::ENVELOPE_KEYS, "data", "a list envelope");
        let list = match &self.list {
            ListEnvelope::Canonical => format!("{{{data}:[…]}}"),
            ListEnvelope::Bare => "a bare list".to_owned(),
            ListEnvelope::Under(keys) => format!("a list under {}", keys.join(".")),
        };
        let pages = match self.paging {
            Paging::Whole => "in one answer".to_owned(),
            Paging::NextUrl => format!("in pages named by a relative {} URL", next_field()),
            Paging::Cursor => {
                let (field, param) = cursor_names();
                format!(
                    "in pages while {}, {field} asked back as ?{param}=",
                    has_more_field()
                )
            }
            Paging::LinkHeader => "in pages named by an absolute RFC 8288 Link header".to_owned(),
            Paging::PageNumbers => format!(
                "in pages asked as ?{}=N ({}, {})",
                page::PAGE_PARAM,
                page_fields().0,
                page_fields().1
            ),
        };
        let path = |field: &Field| {
            self.device
                .iter()
                .find(|(f, _)| f == field)
                .map_or(field.canonical(), |(_, p)| *p)
        };
        let times = match self.times {
            TimeForm::Rfc3339 => "RFC 3339".to_owned(),
            TimeForm::Rfc3339Offset(minutes) => format!(
                "RFC 3339 at {}{:02}:{:02}",
                if minutes < 0 { '-' } else { '+' },
                minutes.abs() / 60,
                minutes.abs() % 60
            ),
            TimeForm::EpochSeconds => "epoch seconds".to_owned(),
            TimeForm::EpochMillis => "epoch milliseconds".to_owned(),
            TimeForm::EpochMillisText => "epoch milliseconds as text".to_owned(),
        };
        format!(
            "{list} {pages}; {}, {}, {}; {times}",
            path(&device::ID),
            path(&device::STATUS),
            path(&device::STATUS_CHANGED_AT)
        )
    }

    pub fn page_size(&self) -> u32 {
        self.page_size
    }

    pub fn paging(&self) -> Paging {
        self.paging
    }

    /// How this profile writes moments (devices' times, QR expiry, events).
    pub fn time_form(&self) -> TimeForm {
        self.times
    }

    /// Whether the QR answer gives a lifetime in seconds (counted from the
    /// simulator's now) rather than a moment.
    pub fn qr_expiry_is_a_lifetime(&self) -> bool {
        matches!(self.qr.expiry, Expiry::In(_))
    }

    /// The contract's own shape: answers are sent as the model makes them.
    pub fn is_canonical(&self) -> bool {
        self.name == Self::NAMES[0]
    }

    /// Whether error answers keep the contract's envelope.
    pub(crate) fn canonical_errors(&self) -> bool {
        self.error == ErrorForm::canonical()
    }

    /// Moves each of `fields` from its canonical key to the path `paths`
    /// gives it (its canonical one if none), writing moments in this
    /// profile's form. Other keys stay as they are.
    fn respell(&self, object: Value, fields: &[Field], paths: &[(Field, &'static str)]) -> Value {
        let Value::Object(mut map) = object else {
            return object;
        };
        let mut moved = Vec::new();
        for field in fields {
            let path = paths
                .iter()
                .find(|(f, _)| f == field)
                .map_or(field.canonical(), |(_, p)| *p);
            let moment = is_moment(field);
            if path == field.canonical() && !(moment && self.times != TimeForm::Rfc3339) {
                continue;
            }
            if let Some(value) = map.remove(field.canonical()) {
                let value = if moment {
                    self.times.rewrite(value)
                } else {
                    value
                };
                moved.push((path, value));
            }
        }
        let mut object = Value::Object(map);
        for (path, value) in moved {
            put(&mut object, path, value);
        }
        object
    }

    /// One entry of the device list, from its canonical JSON.
    pub(crate) fn device_entry(&self, canonical: Value) -> Value {
        self.respell(canonical, device::ALL, &self.device)
    }

    /// One device alone (`GET /v1/devices/{id}`, `POST /v1/devices`).
    pub(crate) fn one_device(&self, canonical: Value) -> Value {
        wrap(self.device_envelope, self.device_entry(canonical))
    }

    /// `GET /v1/workspace`, from its canonical JSON.
    pub(crate) fn workspace(&self, canonical: Value) -> Value {
        let object = self.respell(canonical, workspace::ALL, &self.workspace);
        wrap(self.workspace_envelope, object)
    }

    /// `GET /v1/devices/{id}/qr`, from its canonical JSON; a lifetime is
    /// counted from `now`.
    pub(crate) fn qr(&self, canonical: Value, now: DateTime<Utc>) -> Value {
        let Value::Object(mut map) = canonical else {
            return canonical;
        };
        let payload = map.remove(qr::PAYLOAD.canonical());
        let expires = map.remove(qr::EXPIRES_AT.canonical());
        let mut object = Value::Object(map);
        if let Some(payload) = payload {
            put(&mut object, self.qr.payload, payload);
        }
        match (self.qr.expiry, expires) {
            (Expiry::At(path), Some(at)) => put(&mut object, path, self.times.rewrite(at)),
            (Expiry::In(path), Some(at)) => {
                if let Some(at) = parse_moment(&at) {
                    put(&mut object, path, json!((at - now).num_seconds().max(0)));
                }
            }
            (_, None) => {}
        }
        wrap(self.qr.envelope, object)
    }

    /// An error answer's body.
    pub(crate) fn error(&self, code: &str, message: &str) -> Value {
        let mut body = Value::Object(Map::new());
        put(&mut body, self.error.message, json!(message));
        if let Some(path) = self.error.code {
            put(&mut body, path, json!(code));
        }
        body
    }

    /// A pushed webhook event, from its canonical JSON.
    pub(crate) fn event(&self, canonical: Value) -> Value {
        let Value::Object(mut map) = canonical else {
            return canonical;
        };
        let ev = &self.event;
        if let Some(kind) = map.get_mut(webhook::TYPE.canonical()) {
            if kind.as_str() == Some(SESSION_STATUS_EVENT) {
                *kind = json!(ev.kind_value);
            }
        }
        if let Some(data) = map.remove(webhook::DATA.canonical()) {
            let mut paths = vec![
                (webhook::DEVICE_ID, ev.device_id),
                (webhook::PREVIOUS_STATUS, ev.previous_status),
            ];
            paths.extend(self.device.iter().copied());
            let fields = [
                webhook::DEVICE_ID,
                device::STATUS,
                webhook::PREVIOUS_STATUS,
                device::REASON,
            ];
            map.insert(
                webhook::DATA.canonical().to_owned(),
                self.respell(data, &fields, &paths),
            );
        }
        let fields = [
            webhook::ID,
            webhook::TYPE,
            webhook::CREATED_AT,
            webhook::DATA,
        ];
        let paths = [
            (webhook::ID, ev.id),
            (webhook::TYPE, ev.kind),
            (webhook::CREATED_AT, ev.created_at),
            (webhook::DATA, ev.data),
        ];
        self.respell(Value::Object(map), &fields, &paths)
    }

    /// What a request's query asks of the list; `Err` says why it is invalid.
    fn ask(&self, query: Option<&str>) -> Result<Ask, String> {
        let mut pairs = url::form_urlencoded::parse(query.unwrap_or_default().as_bytes());
        match self.paging {
            Paging::Whole => Ok(Ask::Page(1)),
            Paging::Cursor => {
                let (_, param) = cursor_names();
                match pairs.find(|(k, _)| k == param) {
                    None => Ok(Ask::Page(1)),
                    Some((_, value)) => decode_cursor(&value)
                        .map(Ask::After)
                        .ok_or_else(|| format!("{param} is not one this list handed out")),
                }
            }
            Paging::NextUrl | Paging::LinkHeader | Paging::PageNumbers => {
                match pairs.find(|(k, _)| k == page::PAGE_PARAM) {
                    None => Ok(Ask::Page(1)),
                    Some((_, value)) => value
                        .trim()
                        .parse::<u32>()
                        .ok()
                        .filter(|n| *n >= 1)
                        .map(Ask::Page)
                        .ok_or_else(|| {
                            format!("{} must be a whole number from 1", page::PAGE_PARAM)
                        }),
                }
            }
        }
    }

    /// The devices `ask` covers, as `start..end` of `ids` (in list order),
    /// and the 1-based number of that page.
    fn window(&self, ids: &[&str], ask: &Ask) -> (usize, usize, u32) {
        let len = ids.len();
        if self.paging == Paging::Whole {
            return (0, len, 1);
        }
        let size = self.page_size.max(1) as usize;
        let start = match ask {
            Ask::Page(n) => (*n as usize - 1).saturating_mul(size).min(len),
            Ask::After(id) => ids.partition_point(|x| *x <= id.as_str()),
        };
        let number = u32::try_from(start / size + 1).unwrap_or(u32::MAX);
        let number = match ask {
            Ask::Page(n) => *n,
            Ask::After(_) => number,
        };
        (start, (start + size).min(len), number)
    }

    /// The page number a request for the device list asks for (1 for a
    /// profile that does not page); `None` if the request is invalid.
    pub(crate) fn page_number<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
        query: Option<&str>,
    ) -> Option<u32> {
        let ask = self.ask(query).ok()?;
        let ids: Vec<&str> = ids.into_iter().collect();
        Some(self.window(&ids, &ask).2)
    }

    /// The page of the device list a request asks for. `entries` are every
    /// device's id and canonical JSON, in list order; `origin` is the
    /// scheme and host absolute links start with. `Err` is a message for a
    /// 400 VALIDATION_ERROR.
    pub(crate) fn list(
        &self,
        entries: Vec<(String, Value)>,
        query: Option<&str>,
        origin: &str,
    ) -> Result<ListAnswer, String> {
        let ask = self.ask(query)?;
        let ids: Vec<&str> = entries.iter().map(|(id, _)| id.as_str()).collect();
        let (start, end, number) = self.window(&ids, &ask);
        let len = ids.len();
        let more = end < len;
        let last_id = (end > start).then(|| ids[end - 1].to_owned());
        let size = self.page_size.max(1) as usize;
        let pages = u32::try_from(len.div_ceil(size).max(1)).unwrap_or(u32::MAX);
        let items: Vec<Value> = entries
            .into_iter()
            .skip(start)
            .take(end - start)
            .map(|(_, entry)| self.device_entry(entry))
            .collect();
        let count = items.len();
        let mut body = match &self.list {
            ListEnvelope::Canonical => {
                let mut body = Value::Object(Map::new());
                let data = listed(aliases::ENVELOPE_KEYS, "data", "a list envelope");
                put(&mut body, data, Value::Array(items));
                // Informational: the reader does not use it.
                put(&mut body, "meta", json!({ "count": count }));
                body
            }
            ListEnvelope::Bare => Value::Array(items),
            ListEnvelope::Under(keys) => {
                let mut body = Value::Object(Map::new());
                put(&mut body, &keys.join("."), Value::Array(items));
                body
            }
        };
        let page_url = |n: u32| format!("{}?{}={n}", routes::DEVICES, page::PAGE_PARAM);
        let mut link = None;
        match self.paging {
            Paging::Whole => {}
            Paging::NextUrl => {
                let next = if more {
                    json!(page_url(number + 1))
                } else {
                    Value::Null
                };
                put(&mut body, next_field(), next);
            }
            Paging::Cursor => {
                let (field, _) = cursor_names();
                let cursor = match (&last_id, more) {
                    (Some(id), true) => json!(encode_cursor(id)),
                    _ => Value::Null,
                };
                put(&mut body, has_more_field(), json!(more));
                put(&mut body, field, cursor);
            }
            Paging::PageNumbers => {
                let (page_field, pages_field, total_field) = page_fields();
                put(&mut body, page_field, json!(number));
                put(&mut body, pages_field, json!(pages));
                put(&mut body, total_field, json!(len));
            }
            Paging::LinkHeader => {
                let target =
                    |n: u32, rel: &str| format!("<{origin}{}>; rel=\"{rel}\"", page_url(n));
                let mut links = vec![target(1, "first")];
                if number > 1 {
                    links.push(target(number - 1, "prev"));
                }
                if more {
                    links.push(target(number + 1, page::LINK_REL_NEXT));
                }
                links.push(target(pages, "last"));
                link = Some(links.join(", "));
            }
        }
        Ok(ListAnswer { body, link })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Device;
    use crate::gateway::wire::{self, Trace};
    use chrono::DurationRound;

    fn t0() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-25T10:00:00.123456789Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    /// A device as the model renders it, extras included.
    fn canonical_device(id: &str, status: &str, reason: Option<&str>, seen: bool) -> Value {
        let mut device = serde_json::to_value(wire::WireDevice {
            id: id.into(),
            name: format!("Phone {id}"),
            phone: seen.then(|| "+4915111000000".into()),
            status: status.into(),
            status_changed_at: Some(wire::format_time(t0() - Duration::minutes(42))),
            last_seen_at: seen.then(|| wire::format_time(t0())),
            reason: reason.map(str::to_owned),
        })
        .unwrap();
        device["platform"] = json!("android");
        device["engine"] = json!({"name": "waping-sim", "version": "0"});
        device
    }

    fn truncated(device: &Device, step: Duration) -> Device {
        let cut = |t: Option<DateTime<Utc>>| t.map(|t| t.duration_trunc(step).unwrap());
        Device {
            state_since: cut(device.state_since),
            last_seen: cut(device.last_seen),
            ..device.clone()
        }
    }

    #[test]
    fn every_preset_is_built_and_found_by_name() {
        let all = WireProfile::all();
        assert_eq!(all.len(), WireProfile::NAMES.len());
        for (profile, name) in all.iter().zip(WireProfile::NAMES) {
            assert_eq!(profile.name(), *name);
            assert_eq!(
                WireProfile::named(&name.to_uppercase()).as_ref(),
                Some(profile)
            );
        }
        let summaries: std::collections::BTreeSet<String> =
            all.iter().map(WireProfile::summary).collect();
        assert_eq!(summaries.len(), all.len(), "{summaries:?}");
        assert_eq!(WireProfile::named("graphql"), None);
        assert!(WireProfile::default().is_canonical());
        assert_eq!(WireProfile::default().page_size(), DEFAULT_PAGE_SIZE);
        assert_eq!(WireProfile::canonical().with_page_size(0).page_size(), 1);
    }

    #[test]
    #[should_panic(expected = "not an alias")]
    fn a_name_outside_the_alias_table_is_refused() {
        alias(&device::STATUS, "sessionState");
    }

    #[test]
    fn the_canonical_profile_changes_nothing() {
        let p = WireProfile::canonical();
        let device = canonical_device("dev_001", "degraded", Some("reconnecting"), true);
        assert_eq!(p.one_device(device.clone()), device);
        let ws = serde_json::to_value(wire::WireWorkspace {
            name: Some("W".into()),
            plan: "growth".into(),
            device_limit: Some(5),
            monthly_quota: Some(30_000),
            messages_sent_this_month: Some(7),
        })
        .unwrap();
        assert_eq!(p.workspace(ws.clone()), ws);
        let qr = json!({"qr": "2@x", "expiresAt": wire::format_time(t0())});
        assert_eq!(p.qr(qr.clone(), t0()), qr);
        assert_eq!(
            p.error("NOT_FOUND", "gone"),
            serde_json::to_value(wire::ErrorEnvelope::new("NOT_FOUND", "gone")).unwrap()
        );
        assert!(p.canonical_errors());
        let list = p
            .list(vec![("dev_001".into(), device.clone())], None, "http://h")
            .unwrap();
        assert_eq!(list.body, json!({"data": [device], "meta": {"count": 1}}));
        assert_eq!(list.link, None);
    }

    /// Each profile's device is read back as the canonical one, each field
    /// under the path the profile declared (not found by accident elsewhere).
    #[test]
    fn the_reader_reads_every_profile_s_device_where_it_was_put() {
        let canonical = WireProfile::canonical();
        for (status, reason, seen) in [
            ("connected", None, true),
            ("disconnected", Some("phone_offline"), true),
            ("unlinked", None, false),
        ] {
            let device = canonical_device("dev_007", status, reason, seen);
            let expected = wire::read_one_device(&device, &mut Trace::default()).unwrap();
            for profile in WireProfile::all() {
                let answer = profile.one_device(device.clone());
                let mut trace = Trace::default();
                let read = wire::read_one_device(&answer, &mut trace)
                    .unwrap_or_else(|e| panic!("{}: {e}: {answer}", profile.name()));
                let step = profile.time_form().resolution();
                assert_eq!(read, truncated(&expected, step), "{}", profile.name());
                for field in device::ALL {
                    if !trace.fields.contains_key(field.name) {
                        continue;
                    }
                    let declared = profile
                        .device
                        .iter()
                        .find(|(f, _)| f == field)
                        .map_or(field.canonical(), |(_, p)| *p);
                    let used: Vec<_> = trace.fields[field.name].iter().copied().collect();
                    assert_eq!(used, [declared], "{} {}", profile.name(), field.name);
                }
                if profile.device.len() > 1 {
                    assert_ne!(answer, canonical.one_device(device.clone()));
                }
            }
        }
    }

    #[test]
    fn the_reader_reads_every_profile_s_workspace_qr_error_and_event() {
        let ws = serde_json::to_value(wire::WireWorkspace {
            name: Some("Demo".into()),
            plan: "enterprise".into(),
            device_limit: Some(50),
            monthly_quota: Some(1_000_000),
            messages_sent_this_month: Some(4_321),
        })
        .unwrap();
        let expected_ws = wire::read_workspace(&ws, &mut Trace::default()).unwrap();
        let qr = json!({"qr": "2@abc,def=", "expiresAt": wire::format_time(t0() + Duration::seconds(60))});
        let event = serde_json::to_value(wire::WebhookEvent {
            id: "evt_000001".into(),
            kind: SESSION_STATUS_EVENT.into(),
            created_at: Some(t0().to_rfc3339_opts(SecondsFormat::Millis, true)),
            data: serde_json::to_value(wire::SessionStatusData {
                device_id: "dev_001".into(),
                status: "disconnected".into(),
                previous_status: Some("connected".into()),
                reason: Some("logged_out".into()),
            })
            .unwrap(),
        })
        .unwrap();
        let expected_event = wire::read_webhook(&event).unwrap();
        for profile in WireProfile::all() {
            let name = profile.name();
            let answer = profile.workspace(ws.clone());
            let read = wire::read_workspace(&answer, &mut Trace::default())
                .unwrap_or_else(|e| panic!("{name}: {e}: {answer}"));
            assert_eq!(read, expected_ws, "{name}: {answer}");

            let answer = profile.qr(qr.clone(), t0());
            let read = wire::read_qr(&answer, t0(), &mut Trace::default())
                .unwrap_or_else(|e| panic!("{name}: {e}: {answer}"));
            assert_eq!(read.payload, "2@abc,def=", "{name}");
            let step = match profile.qr.expiry {
                Expiry::In(_) => Duration::seconds(1),
                Expiry::At(_) => profile.time_form().resolution(),
            };
            assert_eq!(
                read.expires_at.duration_trunc(step).unwrap(),
                (t0() + Duration::seconds(60)).duration_trunc(step).unwrap(),
                "{name}: {answer}"
            );

            let body = serde_json::to_vec(&profile.error("RATE_LIMITED", "slow down")).unwrap();
            let (code, message) = wire::read_error(&body);
            assert_eq!(message, "slow down", "{name}");
            let expected_code = if profile.error.code.is_some() {
                "RATE_LIMITED"
            } else {
                ""
            };
            assert_eq!(code, expected_code, "{name}");

            let answer = profile.event(event.clone());
            let read = wire::read_webhook(&answer).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(read.id, expected_event.id, "{name}");
            assert_eq!(read.session, expected_event.session, "{name}: {answer}");
            let step = profile.time_form().resolution();
            assert_eq!(
                read.created_at.map(|t| t.duration_trunc(step).unwrap()),
                expected_event
                    .created_at
                    .map(|t| t.duration_trunc(step).unwrap()),
                "{name}"
            );
        }
    }

    fn entries(n: usize) -> Vec<(String, Value)> {
        (1..=n)
            .map(|i| {
                let id = format!("dev_{i:03}");
                let device = canonical_device(&id, "connected", None, true);
                (id, device)
            })
            .collect()
    }

    /// Follows a paged profile's pages as a client would, by the query each
    /// page names, collecting ids.
    fn walk(profile: &WireProfile, n: usize) -> (Vec<String>, u32) {
        let mut query: Option<String> = None;
        let mut ids = Vec::new();
        let mut pages = 0;
        loop {
            pages += 1;
            assert!(pages < 1000, "{}: the pages loop", profile.name());
            let answer = profile
                .list(entries(n), query.as_deref(), "http://127.0.0.1:9")
                .unwrap();
            let page = wire::read_device_page(&answer.body, 1, &mut Trace::default()).unwrap();
            ids.extend(page.devices.iter().map(|d| d.id.to_string()));
            let next = match (page.next, answer.link.as_deref().and_then(wire::link_next)) {
                (wire::NextPage::Url(url), _) | (wire::NextPage::None, Some(url)) => {
                    url.split_once('?').map(|(_, q)| q.to_owned())
                }
                (wire::NextPage::Param { name, value }, _) => Some(
                    url::form_urlencoded::Serializer::new(String::new())
                        .append_pair(name, &value)
                        .finish(),
                ),
                (wire::NextPage::None, None) => None,
                (wire::NextPage::Unreachable, _) => panic!("{}: unreachable", profile.name()),
            };
            match next {
                Some(q) => query = Some(q),
                None => return (ids, pages),
            }
        }
    }

    #[test]
    fn paged_profiles_split_the_list_in_order_and_end() {
        for profile in WireProfile::all() {
            for (n, size, pages) in [(50, 20, 3), (50, 7, 8), (20, 20, 1), (0, 20, 1), (1, 1, 1)] {
                let profile = profile.clone().with_page_size(size);
                let (ids, walked) = walk(&profile, n);
                let expected: Vec<String> = entries(n).into_iter().map(|(id, _)| id).collect();
                assert_eq!(ids, expected, "{} n={n} size={size}", profile.name());
                let expected_pages = if profile.paging() == Paging::Whole {
                    1
                } else {
                    pages
                };
                assert_eq!(
                    walked,
                    expected_pages,
                    "{} n={n} size={size}",
                    profile.name()
                );
            }
        }
    }

    #[test]
    fn pages_name_their_number_and_bad_asks_are_refused() {
        let ids = ["dev_001", "dev_002", "dev_003", "dev_004", "dev_005"];
        let pages = WireProfile::named("paged-pages").unwrap().with_page_size(2);
        assert_eq!(pages.page_number(ids, None), Some(1));
        assert_eq!(pages.page_number(ids, Some("page=3")), Some(3));
        assert_eq!(pages.page_number(ids, Some("page=0")), None);
        for bad in ["page=0", "page=-1", "page=two", "page="] {
            assert!(pages.list(entries(5), Some(bad), "").is_err(), "{bad}");
        }
        // A page past the end is empty, not an error.
        let past = pages.list(entries(5), Some("page=9"), "").unwrap();
        let page = wire::read_device_page(&past.body, 1, &mut Trace::default()).unwrap();
        assert!(page.devices.is_empty());
        assert_eq!(page.next, wire::NextPage::None);

        let cursor = WireProfile::named("paged-cursor")
            .unwrap()
            .with_page_size(2);
        let first = cursor.list(entries(5), None, "").unwrap().body;
        assert_eq!(first[has_more_field()], json!(true));
        let token = first[cursor_names().0].as_str().unwrap().to_owned();
        assert!(!token.contains("dev_"), "the cursor is opaque: {token}");
        let query = format!("cursor={token}");
        assert_eq!(cursor.page_number(ids, Some(&query)), Some(2));
        for bad in ["cursor=", "cursor=zz", "cursor=6465765f303031"] {
            assert!(cursor.list(entries(5), Some(bad), "").is_err(), "{bad}");
            assert_eq!(cursor.page_number(ids, Some(bad)), None, "{bad}");
        }

        // A profile that does not page serves the whole list as page 1.
        let whole = WireProfile::canonical();
        assert_eq!(whole.page_number(ids, Some("page=2")), Some(1));
    }

    #[test]
    fn link_headers_name_the_next_page_absolutely() {
        let link = WireProfile::named("paged-link").unwrap().with_page_size(2);
        let answer = link
            .list(entries(5), Some("page=2"), "http://127.0.0.1:8787")
            .unwrap();
        let header = answer.link.unwrap();
        assert_eq!(
            wire::link_next(&header).as_deref(),
            Some("http://127.0.0.1:8787/v1/devices?page=3")
        );
        assert!(answer.body.is_array());
        let last = link.list(entries(5), Some("page=3"), "http://h").unwrap();
        assert_eq!(wire::link_next(&last.link.unwrap()), None);
    }

    #[test]
    fn error_bodies_take_each_profile_s_form() {
        let forms: Vec<Value> = WireProfile::all()
            .iter()
            .map(|p| p.error("NOT_FOUND", "device not found"))
            .collect();
        assert!(forms.contains(&json!({"code": "NOT_FOUND", "message": "device not found"})));
        assert!(forms.contains(&json!({"error": "device not found"})));
        assert!(forms
            .contains(&json!({"errors": [{"code": "NOT_FOUND", "detail": "device not found"}]})));
    }

    #[test]
    fn put_makes_objects_and_lists_on_the_way() {
        let mut v = json!({"keep": 1});
        put(&mut v, "a.b", json!(2));
        put(&mut v, "a.c", json!(3));
        put(&mut v, "errors.1.code", json!("X"));
        assert_eq!(
            v,
            json!({"keep": 1, "a": {"b": 2, "c": 3}, "errors": [null, {"code": "X"}]})
        );
    }

    #[test]
    fn times_take_each_form() {
        let t = t0();
        assert_eq!(TimeForm::EpochSeconds.write(t), json!(t.timestamp()));
        assert_eq!(TimeForm::EpochMillis.write(t), json!(t.timestamp_millis()));
        assert_eq!(
            TimeForm::EpochMillisText.write(t),
            json!(t.timestamp_millis().to_string())
        );
        assert_eq!(
            TimeForm::Rfc3339Offset(330).write(t),
            json!("2026-11-25T15:30:00.123456789+05:30")
        );
        for form in [
            TimeForm::Rfc3339,
            TimeForm::Rfc3339Offset(330),
            TimeForm::EpochSeconds,
            TimeForm::EpochMillis,
            TimeForm::EpochMillisText,
        ] {
            let written = form.write(t);
            let (read, _) = wire::read_time(&written).unwrap();
            assert_eq!(
                read,
                t.duration_trunc(form.resolution()).unwrap(),
                "{form:?}"
            );
        }
    }
}
