//! The tolerant reader: WAPing's answers as JSON values, read through the
//! alias table into domain types, with a [`Trace`] of what was found where.
//!
//! Nothing here panics on any JSON value (a property test and a fuzz target
//! hold it to that), and nothing is guessed beyond the table: a field that is
//! not found is reported missing, never made up.

use super::aliases::{self, device, page, Field};
use super::parse_status;
use crate::domain::{Device, DeviceId, Plan, PlanTier, SessionState, UnreadDevice, Workspace};
use crate::text::printable;
use chrono::{DateTime, TimeZone, Utc};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// Longest id, name, phone or reason kept; longer text is cut.
pub const MAX_TEXT_CHARS: usize = 256;
/// Unknown field names remembered per answer (a report, not an inventory).
const MAX_UNKNOWN_NAMES: usize = 40;
/// How long a QR code lives when WAPing gives no lifetime (WhatsApp's later codes).
pub const DEFAULT_QR_LIFETIME_SECS: i64 = 20;

/// What reading answers found: which alias each field was read under, which
/// expected fields were missing (and from how many entries), which fields
/// were not used, which time forms came. Names only, never values, so that
/// a report can be sent to support as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Trace {
    /// Where the data was found: "a bare list", "data.devices", "the answer itself".
    pub shape: Option<String>,
    /// Contract name → the paths it was read under.
    pub fields: BTreeMap<&'static str, BTreeSet<&'static str>>,
    /// Contract name → how many entries lacked it.
    pub missing: BTreeMap<&'static str, u32>,
    /// Field names present but not used (escaped and cut).
    pub unknown: BTreeSet<String>,
    /// Status strings that matched no synonym (escaped and cut).
    pub unknown_statuses: BTreeSet<String>,
    /// "RFC 3339", "epoch seconds", "epoch milliseconds".
    pub time_forms: BTreeSet<&'static str>,
    /// How pagination was announced ("next URL", "cursor", "page numbers", "Link header").
    pub pagination: BTreeSet<&'static str>,
    /// List entries met.
    pub entries: u32,
    /// Entries whose id had already been met (the first is kept).
    pub duplicates: u32,
}

impl Trace {
    fn used(&mut self, field: &Field, path: &'static str) {
        self.fields.entry(field.name).or_default().insert(path);
    }

    fn missed(&mut self, field: &Field) {
        *self.missing.entry(field.name).or_default() += 1;
    }

    /// Keys of `object` that none of the `used` first path segments reads.
    fn unknown_keys(&mut self, object: &Value, used: &BTreeSet<&str>) {
        let Value::Object(map) = object else { return };
        for key in map.keys() {
            let known = used.contains(key.as_str()) || self.unknown.contains(key.as_str());
            if !known && self.unknown.len() < MAX_UNKNOWN_NAMES {
                self.unknown.insert(printable(key, 40));
            }
        }
    }
}

/// The keys an object's fields are read under: the first segment of each path.
fn first_segments(fields: &[Field]) -> BTreeSet<&'static str> {
    fields
        .iter()
        .flat_map(|f| f.paths)
        .filter_map(|p| p.split('.').next())
        .collect()
}

/// A device's keys, worked out once: every entry of every list is checked
/// against them.
static DEVICE_KEYS: LazyLock<BTreeSet<&'static str>> =
    LazyLock::new(|| first_segments(device::ALL));

/// Why an answer could not be read at all (its shape), in words for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError(pub String);

impl std::fmt::Display for ShapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The value at a dotted path; JSON null counts as absent.
pub fn at<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    let mut here = value;
    for segment in path.split('.') {
        here = match here {
            Value::Object(map) => map.get(segment)?,
            Value::Array(items) => items.get(segment.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    (!here.is_null()).then_some(here)
}

enum Found<T> {
    Value(T),
    /// Present under `path`, but not of a usable kind.
    WrongKind(&'static str),
    Missing,
}

/// The first path of `field` whose value `convert` accepts.
fn find<T>(
    object: &Value,
    field: &Field,
    trace: &mut Trace,
    convert: impl Fn(&Value) -> Option<T>,
) -> Found<T> {
    let mut wrong = None;
    for path in field.paths {
        let Some(value) = at(object, path) else {
            continue;
        };
        match convert(value) {
            Some(found) => {
                trace.used(field, path);
                return Found::Value(found);
            }
            None => wrong = wrong.or(Some(*path)),
        }
    }
    wrong.map_or(Found::Missing, Found::WrongKind)
}

fn optional<T>(found: Found<T>) -> Option<T> {
    match found {
        Found::Value(v) => Some(v),
        _ => None,
    }
}

/// Non-empty text, trimmed and cut.
fn text(value: &Value) -> Option<String> {
    let s = value.as_str()?.trim();
    (!s.is_empty()).then(|| s.chars().take(MAX_TEXT_CHARS).collect())
}

/// Text people read and hooks pass on (a device's name, a reason): trimmed,
/// cut to [`MAX_TEXT_CHARS`] with an ellipsis that shows it was cut. Its
/// characters are kept as sent (a report shows what WAPing said); whoever
/// prints it or passes it on escapes or drops the controls.
fn shown_text(value: &Value) -> Option<String> {
    let mut chars = value.as_str()?.trim().chars();
    let mut out: String = chars.by_ref().take(MAX_TEXT_CHARS).collect();
    if chars.next().is_some() {
        out.pop();
        out.push('…');
    }
    (!out.is_empty()).then_some(out)
}

/// Text or a whole number, as ids and phone numbers come.
fn text_or_integer(value: &Value) -> Option<String> {
    match value {
        Value::Number(n) if n.is_u64() || n.is_i64() => Some(n.to_string()),
        other => text(other),
    }
}

/// A count: a non-negative whole number, as a number or numeric text.
fn count(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64().or_else(|| {
            let f = n.as_f64()?;
            (f >= 0.0 && f.fract() == 0.0 && f < 9.0e15).then_some(f as u64)
        }),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn flag(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => match n.as_u64() {
            Some(0) => Some(false),
            Some(1) => Some(true),
            _ => None,
        },
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// Epoch values above this are milliseconds (as seconds it is the year 5138).
const MILLIS_FROM: f64 = 1.0e11;

/// A moment as RFC 3339 text, epoch seconds or epoch milliseconds (numbers or
/// numeric text), with the form it came in. Moments before 2000 or after 2200
/// are refused: they are placeholders (0) or unit mix-ups, not real times.
pub fn read_time(value: &Value) -> Option<(DateTime<Utc>, &'static str)> {
    let (epoch, raw) = match value {
        Value::Number(n) => (n.as_f64()?, None),
        Value::String(s) => {
            let s = s.trim();
            match s.parse::<f64>() {
                Ok(n) if s.bytes().all(|b| b.is_ascii_digit() || b == b'.') => (n, None),
                _ => (0.0, Some(s)),
            }
        }
        _ => return None,
    };
    let (time, form) = match raw {
        Some(s) => (
            DateTime::parse_from_rfc3339(s).ok()?.with_timezone(&Utc),
            "RFC 3339",
        ),
        None if !epoch.is_finite() => return None,
        None if epoch.abs() >= MILLIS_FROM => (
            Utc.timestamp_millis_opt(epoch as i64).single()?,
            "epoch milliseconds",
        ),
        None => (
            Utc.timestamp_millis_opt((epoch * 1000.0) as i64).single()?,
            "epoch seconds",
        ),
    };
    let plausible = (946_684_800..7_258_118_400).contains(&time.timestamp());
    plausible.then_some((time, form))
}

fn time(trace: &mut Trace, object: &Value, field: &Field) -> Option<DateTime<Utc>> {
    let (t, form) = optional(find(object, field, trace, read_time))?;
    trace.time_forms.insert(form);
    Some(t)
}

/// A device id as WAPing sends it: text or a whole number, at most 128
/// characters, none of them control characters.
fn device_id(value: &Value) -> Option<DeviceId> {
    let raw = text_or_integer(value)?;
    let ok = raw.chars().count() <= 128 && !raw.chars().any(|c| c.is_control());
    ok.then(|| DeviceId::new(raw))
}

/// One device entry. An entry that cannot be tracked (no usable id or status)
/// comes back as an [`UnreadDevice`] that says why, with whatever was read.
pub fn read_device(
    entry: &Value,
    position: u32,
    trace: &mut Trace,
) -> Result<Device, UnreadDevice> {
    let unread =
        |id: Option<DeviceId>, name: Option<String>, problem: String, state| UnreadDevice {
            position,
            id,
            name,
            problem,
            state,
        };
    if !entry.is_object() {
        return Err(unread(
            None,
            None,
            format!("it is {}, not an object", kind_of(entry)),
            SessionState::Unknown,
        ));
    }
    trace.unknown_keys(entry, &DEVICE_KEYS);
    let name = optional(find(entry, &device::NAME, trace, shown_text));
    let status = find(entry, &device::STATUS, trace, text);
    let id = find(entry, &device::ID, trace, device_id);
    let state = match &status {
        Found::Value(s) => parse_status(s),
        _ => SessionState::Unknown,
    };
    let id = match id {
        Found::Value(id) => id,
        Found::WrongKind(path) => {
            trace.missed(&device::ID);
            return Err(unread(
                None,
                name,
                format!("its id ({path}) is not usable text or a number"),
                state,
            ));
        }
        Found::Missing => {
            trace.missed(&device::ID);
            return Err(unread(None, name, "no id field".into(), state));
        }
    };
    let status = match status {
        Found::Value(status) => status,
        Found::WrongKind(path) => {
            trace.missed(&device::STATUS);
            return Err(unread(
                Some(id),
                name,
                format!("its status ({path}) is empty or not text"),
                state,
            ));
        }
        Found::Missing => {
            trace.missed(&device::STATUS);
            return Err(unread(Some(id), name, "no status field".into(), state));
        }
    };
    if name.is_none() {
        trace.missed(&device::NAME);
    }
    if state == SessionState::Unknown {
        trace.unknown_statuses.insert(printable(&status, 40));
    }
    let phone = optional(find(entry, &device::PHONE, trace, text_or_integer));
    let reason = optional(find(entry, &device::REASON, trace, shown_text));
    let state_since = time(trace, entry, &device::STATUS_CHANGED_AT);
    let last_seen = time(trace, entry, &device::LAST_SEEN_AT);
    if last_seen.is_none() {
        trace.missed(&device::LAST_SEEN_AT);
    }
    Ok(Device {
        // A device WAPing gives no name is shown by its id on cards, in the
        // tray and in notifications, rather than as a blank.
        name: name.unwrap_or_else(|| id.to_string()),
        id,
        phone,
        state,
        raw_status: status,
        reason,
        state_since,
        last_seen,
    })
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// What a page of the list says of the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextPage {
    /// The list is complete.
    None,
    /// A URL, absolute or relative to this page's.
    Url(String),
    /// The first page's URL with this query parameter set.
    Param { name: &'static str, value: String },
    /// More follows, yet nothing says how to ask for it.
    Unreachable,
}

/// One page of the device list.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPage {
    pub devices: Vec<Device>,
    pub unread: Vec<UnreadDevice>,
    pub next: NextPage,
    /// The whole list's length, where WAPing says it.
    pub total: Option<u64>,
}

/// Where a list was found when the answer is the list itself.
pub const BARE_LIST: &str = "a bare list";
/// Where an object was found when the answer is the object itself.
pub const WHOLE_ANSWER: &str = "the answer itself";

/// Finds the list: the answer itself, or under an envelope key one or two
/// levels deep. Returns the list, the object holding it (where pagination
/// fields sit) and where it was found.
fn find_list(body: &Value) -> Option<(&Vec<Value>, &Value, String)> {
    if let Value::Array(items) = body {
        return Some((items, body, BARE_LIST.into()));
    }
    for key in aliases::ENVELOPE_KEYS {
        if let Some(Value::Array(items)) = body.get(key) {
            return Some((items, body, (*key).to_owned()));
        }
    }
    for outer in aliases::ENVELOPE_KEYS {
        let Some(inner @ Value::Object(_)) = body.get(outer) else {
            continue;
        };
        for key in aliases::ENVELOPE_KEYS {
            if let Some(Value::Array(items)) = inner.get(key) {
                return Some((items, inner, format!("{outer}.{key}")));
            }
        }
    }
    None
}

fn describe_shape(body: &Value) -> String {
    match body {
        Value::Object(map) => {
            let keys: Vec<String> = map.keys().take(12).map(|k| printable(k, 30)).collect();
            if keys.is_empty() {
                "an empty object".into()
            } else {
                format!("an object with {}", keys.join(", "))
            }
        }
        other => kind_of(other).to_owned(),
    }
}

/// One page of `GET /v1/devices`. `first_position` is the 1-based position
/// of its first entry in the whole list.
pub fn read_device_page(
    body: &Value,
    first_position: u32,
    trace: &mut Trace,
) -> Result<ListPage, ShapeError> {
    let Some((items, holder, shape)) = find_list(body) else {
        return Err(ShapeError(format!(
            "no device list in WAPing's answer: expected a list, or one under {} (found {})",
            aliases::ENVELOPE_KEYS.join(", "),
            describe_shape(body)
        )));
    };
    trace.shape.get_or_insert(shape);
    let mut devices = Vec::new();
    let mut unread = Vec::new();
    for (n, entry) in items.iter().enumerate() {
        trace.entries += 1;
        let position = first_position.saturating_add(n as u32);
        match read_device(entry, position, trace) {
            Ok(device) => devices.push(device),
            Err(problem) => unread.push(problem),
        }
    }
    let next = next_page(holder, trace)
        .or_else(|| (holder != body).then(|| next_page(body, trace)).flatten());
    let total = optional(find(holder, &page::TOTAL, trace, count))
        .or_else(|| optional(find(body, &page::TOTAL, trace, count)));
    Ok(ListPage {
        devices,
        unread,
        next: next.unwrap_or(NextPage::None),
        total,
    })
}

fn looks_like_url(s: &str) -> bool {
    s.starts_with('/')
        || s.starts_with('?')
        || s.starts_with("http://")
        || s.starts_with("https://")
}

/// What `holder` says of the next page, if it says anything.
fn next_page(holder: &Value, trace: &mut Trace) -> Option<NextPage> {
    let has_more = optional(find(holder, &page::HAS_MORE, trace, flag));
    if has_more == Some(false) {
        return Some(NextPage::None);
    }
    // A bare number names the next page by its number (`"next_page": 2`).
    let page_number = |v: &Value| v.is_number().then(|| count(v)).flatten();
    if let Found::Value(number) = find(holder, &page::NEXT, trace, page_number) {
        trace.pagination.insert("page numbers");
        return Some(NextPage::Param {
            name: page::PAGE_PARAM,
            value: number.to_string(),
        });
    }
    if let Found::Value(next) = find(holder, &page::NEXT, trace, text) {
        if looks_like_url(&next) {
            trace.pagination.insert("next URL");
            return Some(NextPage::Url(next));
        }
        trace.pagination.insert("cursor");
        return Some(NextPage::Param {
            name: page::CURSOR_PARAM,
            value: next,
        });
    }
    for (path, param) in page::CURSORS {
        if let Some(cursor) = at(holder, path).and_then(text_or_integer) {
            trace.pagination.insert("cursor");
            return Some(NextPage::Param {
                name: param,
                value: cursor,
            });
        }
    }
    let current = optional(find(holder, &page::PAGE, trace, count));
    let last = optional(find(holder, &page::TOTAL_PAGES, trace, count));
    if let (Some(current), Some(last)) = (current, last) {
        trace.pagination.insert("page numbers");
        return Some(if current < last {
            NextPage::Param {
                name: page::PAGE_PARAM,
                value: (current + 1).to_string(),
            }
        } else {
            NextPage::None
        });
    }
    (has_more == Some(true)).then_some(NextPage::Unreachable)
}

/// The `rel="next"` target of an RFC 8288 `Link` header, if any.
pub fn link_next(header: &str) -> Option<String> {
    let mut rest = header;
    loop {
        let open = rest.find('<')?;
        let close = open + rest[open..].find('>')?;
        let target = rest[open + 1..close].trim();
        rest = &rest[close + 1..];
        // Parameters run to the next link, which starts with '<' after a comma
        // outside quotes.
        let mut end = rest.len();
        let mut quoted = false;
        for (i, c) in rest.char_indices() {
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted && rest[i + 1..].trim_start().starts_with('<') => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        let params = &rest[..end];
        // Parameters end at semicolons outside quotes.
        let mut in_quotes = false;
        let split = |c: char| {
            in_quotes ^= c == '"';
            c == ';' && !in_quotes
        };
        let is_next = params.split(split).any(|p| {
            let Some((key, value)) = p.split_once('=') else {
                return false;
            };
            key.trim().eq_ignore_ascii_case("rel")
                && value
                    .trim()
                    .trim_matches('"')
                    .split_ascii_whitespace()
                    .any(|r| r.eq_ignore_ascii_case(page::LINK_REL_NEXT))
        });
        if is_next && !target.is_empty() {
            return Some(target.to_owned());
        }
        rest = &rest[end..];
    }
}

/// The object an answer is about: the answer itself, or under an envelope
/// key, whichever holds `field`.
fn find_object<'a>(body: &'a Value, field: &Field) -> Option<(&'a Value, String)> {
    if !body.is_object() {
        return None;
    }
    // An object or a list under a field's name is an envelope (`{"qr":
    // {"code": …}}`), not the field.
    let holds = |v: &Value| {
        field
            .paths
            .iter()
            .any(|p| at(v, p).is_some_and(|x| !x.is_object() && !x.is_array()))
    };
    if holds(body) {
        return Some((body, WHOLE_ANSWER.into()));
    }
    for key in aliases::OBJECT_ENVELOPE_KEYS {
        if let Some(inner @ Value::Object(_)) = body.get(key) {
            if holds(inner) {
                return Some((inner, (*key).to_owned()));
            }
            for key2 in aliases::OBJECT_ENVELOPE_KEYS {
                if let Some(deeper @ Value::Object(_)) = inner.get(key2) {
                    if holds(deeper) {
                        return Some((deeper, format!("{key}.{key2}")));
                    }
                }
            }
        }
    }
    None
}

/// One device alone (`GET /v1/devices/{id}`, `POST /v1/devices`).
pub fn read_one_device(body: &Value, trace: &mut Trace) -> Result<Device, ShapeError> {
    // By its status first: an envelope may carry an `id` of its own (a
    // request id) beside the device it wraps.
    let (object, shape) = find_object(body, &device::STATUS)
        .or_else(|| find_object(body, &device::ID))
        .ok_or_else(|| {
            ShapeError(format!(
                "no device in WAPing's answer (found {})",
                describe_shape(body)
            ))
        })?;
    trace.shape.get_or_insert(shape);
    read_device(object, 1, trace)
        .map_err(|unread| ShapeError(format!("the device could not be read: {}", unread.problem)))
}

/// `GET /v1/workspace`. Limits WAPing leaves out are filled from the
/// published plan table.
pub fn read_workspace(body: &Value, trace: &mut Trace) -> Result<Workspace, ShapeError> {
    use aliases::workspace as ws;
    let (object, shape) = find_object(body, &ws::PLAN)
        .or_else(|| find_object(body, &ws::DEVICE_LIMIT))
        .ok_or_else(|| {
            ShapeError(format!(
                "no plan in WAPing's workspace answer (found {})",
                describe_shape(body)
            ))
        })?;
    trace.shape.get_or_insert(shape);
    trace.unknown_keys(object, &first_segments(ws::ALL));
    let plan_name = optional(find(object, &ws::PLAN, trace, text));
    let device_limit = optional(find(object, &ws::DEVICE_LIMIT, trace, count));
    let monthly_quota = optional(find(object, &ws::MONTHLY_QUOTA, trace, count));
    let sent = optional(find(object, &ws::MESSAGES_SENT, trace, count));
    for (field, read) in [
        (&ws::PLAN, plan_name.is_some()),
        (&ws::MESSAGES_SENT, sent.is_some()),
    ] {
        if !read {
            trace.missed(field);
        }
    }
    let tier = plan_name.as_deref().and_then(PlanTier::from_name);
    let name = optional(find(object, &ws::NAME, trace, text));
    Ok(Workspace {
        name,
        plan: Plan {
            device_limit: device_limit
                .map(|n| u32::try_from(n).unwrap_or(u32::MAX))
                .or(tier.map(PlanTier::device_limit))
                .unwrap_or(0),
            monthly_quota: monthly_quota
                .or(tier.map(PlanTier::monthly_quota))
                .unwrap_or(0),
            messages_sent: sent.unwrap_or(0),
            name: match tier {
                Some(t) => t.label().to_owned(),
                None => plan_name.unwrap_or_else(|| "Unknown plan".to_owned()),
            },
            tier,
        },
    })
}

/// A QR payload to encode and the moment it stops being valid.
#[derive(Debug, Clone, PartialEq)]
pub struct QrPayload {
    pub payload: String,
    pub expires_at: DateTime<Utc>,
}

/// `GET /v1/devices/{id}/qr`: the payload, and its end as a moment, as a
/// lifetime in seconds, or (neither given) WhatsApp's usual 20 s.
pub fn read_qr(
    body: &Value,
    now: DateTime<Utc>,
    trace: &mut Trace,
) -> Result<QrPayload, ShapeError> {
    use aliases::qr;
    let (object, shape) = find_object(body, &qr::PAYLOAD).ok_or_else(|| {
        ShapeError(format!(
            "no QR code in WAPing's answer (found {})",
            describe_shape(body)
        ))
    })?;
    trace.shape.get_or_insert(shape);
    trace.unknown_keys(object, &first_segments(qr::ALL));
    // The payload is encoded as it is: never trimmed or cut.
    let payload = match find(object, &qr::PAYLOAD, trace, |v| {
        v.as_str().filter(|s| !s.is_empty()).map(str::to_owned)
    }) {
        Found::Value(p) => p,
        _ => return Err(ShapeError("the QR code is not text".into())),
    };
    if payload.starts_with("data:image/") {
        return Err(ShapeError(
            "WAPing sent the QR code as a picture; WAPing Desk draws it from its text".into(),
        ));
    }
    let expires_at = match time(trace, object, &qr::EXPIRES_AT) {
        Some(t) => t,
        None => match optional(find(object, &qr::EXPIRES_IN, trace, count)) {
            Some(secs) => now + chrono::Duration::seconds(secs.min(3600) as i64),
            None => {
                trace.missed(&qr::EXPIRES_AT);
                now + chrono::Duration::seconds(DEFAULT_QR_LIFETIME_SECS)
            }
        },
    };
    Ok(QrPayload {
        payload,
        expires_at,
    })
}

/// The code and message of an error answer, whatever its envelope; the code
/// upper-cased with `_` for `-` and `.` so that `rate-limited` is
/// `RATE_LIMITED`. Either may be empty.
pub fn read_error(body: &[u8]) -> (String, String) {
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return (String::new(), String::new());
    };
    let mut trace = Trace::default();
    let looks_like_code = |v: &Value| {
        let s = text_or_integer(v)?;
        // A code is a word: an HTTP status under `code` (401) is not one.
        let token = s.len() <= 64
            && s.bytes().any(|b| b.is_ascii_alphabetic())
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
        token.then(|| s.to_ascii_uppercase().replace(['-', '.'], "_"))
    };
    let code = optional(find(
        &value,
        &aliases::error::CODE,
        &mut trace,
        looks_like_code,
    ))
    .unwrap_or_default();
    let message =
        optional(find(&value, &aliases::error::MESSAGE, &mut trace, text)).unwrap_or_default();
    (code, message)
}

/// A pushed event, read.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookRead {
    pub id: String,
    pub kind: String,
    pub created_at: Option<DateTime<Utc>>,
    /// Set for a session-status event.
    pub session: Option<SessionChange>,
}

/// `data` of a session-status event.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionChange {
    pub device_id: DeviceId,
    pub status: String,
    pub state: SessionState,
    pub previous_status: Option<String>,
    pub reason: Option<String>,
}

/// A webhook event: its id (for deduplication), type and time, and for a
/// session-status event the device's new status. `Err` says what is wrong.
pub fn read_webhook(body: &Value) -> Result<WebhookRead, String> {
    use aliases::webhook as wh;
    let mut trace = Trace::default();
    if !body.is_object() {
        return Err(format!("the event is {}, not an object", kind_of(body)));
    }
    let id = optional(find(body, &wh::ID, &mut trace, text_or_integer)).ok_or("no event id")?;
    let kind = optional(find(body, &wh::TYPE, &mut trace, text)).ok_or("no event type")?;
    let created_at = time(&mut trace, body, &wh::CREATED_AT);
    let is_session = wh::SESSION_STATUS_TYPES
        .iter()
        .any(|t| t.eq_ignore_ascii_case(&kind));
    let session = if is_session {
        let data = optional(find(body, &wh::DATA, &mut trace, |v| {
            v.is_object().then_some(v.clone())
        }))
        .ok_or("the session event has no data object")?;
        let device_id = optional(find(&data, &wh::DEVICE_ID, &mut trace, device_id))
            .ok_or("the session event names no device")?;
        let status = optional(find(&data, &device::STATUS, &mut trace, text))
            .ok_or("the session event has no status")?;
        Some(SessionChange {
            device_id,
            state: parse_status(&status),
            status,
            previous_status: optional(find(&data, &wh::PREVIOUS_STATUS, &mut trace, text)),
            reason: optional(find(&data, &device::REASON, &mut trace, shown_text)),
        })
    } else {
        None
    };
    Ok(WebhookRead {
        id,
        kind,
        created_at,
        session,
    })
}
