//! No JSON value, however odd, panics WAPing Desk's reader of WAPing's
//! answers, and what it reads keeps a few simple invariants.
//!
//! Values are drawn at random (null, true/false, numbers from tiny to huge,
//! text with control and direction characters, long text, lists, objects),
//! with object keys taken mostly from the alias table's own path segments and
//! whole answers built along its paths, so that the reader's paths are
//! actually walked, not only its "not found" branches.

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{json, Number, Value};
use waping_core::domain::Device;
use waping_core::gateway::wire::{
    self, aliases, link_next, parse_status, read_device_page, read_error, read_one_device, read_qr,
    read_time, read_webhook, read_workspace, Trace, MAX_TEXT_CHARS,
};
use waping_core::text::{is_bidi_control, printable};

// ---------------------------------------------------------------------------
// What the alias table reads

fn alias_paths() -> Vec<&'static str> {
    let mut paths: Vec<&'static str> = aliases::TABLES
        .iter()
        .flat_map(|t| t.iter())
        .flat_map(|f| f.paths.iter().copied())
        .collect();
    paths.extend(aliases::page::CURSORS.iter().map(|(path, _)| *path));
    paths.extend(aliases::ENVELOPE_KEYS);
    paths.extend(aliases::OBJECT_ENVELOPE_KEYS);
    paths.sort_unstable();
    paths.dedup();
    paths
}

/// Every segment of every alias path, and list indexes.
fn key_pool() -> Vec<String> {
    let mut keys: Vec<String> = alias_paths()
        .iter()
        .flat_map(|p| p.split('.'))
        .map(str::to_owned)
        .collect();
    keys.extend(["0", "1", "href", "cursors", "after"].map(str::to_owned));
    keys.sort_unstable();
    keys.dedup();
    keys
}

// ---------------------------------------------------------------------------
// Strategies

fn text() -> BoxedStrategy<String> {
    let mut words: Vec<String> = wire::STATUS_SYNONYMS
        .iter()
        .map(|(name, _)| name.to_string())
        .collect();
    words.extend(
        [
            "syncing",
            "CONNECTED",
            " open ",
            "2026-03-01T12:00:00Z",
            "2026-03-01T14:00:00+02:00",
            "3001-01-01T00:00:00Z",
            "1772366400",
            "1772366400000",
            "1772366400.5",
            "-1772366400",
            "0",
            "1e400",
            "NaN",
            "true",
            "false",
            "1",
            "/v1/devices?page=2",
            "https://api.waping.app/v1/devices?cursor=abc",
            "?cursor=x",
            "data:image/png;base64,iVBORw0KGgo=",
            "2@abc,def==,ghi==",
            "rate-limited",
            "RATE_LIMITED",
            "401",
            "session.status",
            "device.status",
            "Growth",
            "pro",
            "",
            " ",
            "dev_1",
            "\u{202e}evil",
            "a\u{0}b",
        ]
        .map(str::to_owned),
    );
    let controls = vec![
        '\u{0}', '\u{7}', '\t', '\n', '\r', '\u{1b}', '\u{7f}', '\u{85}', '\u{200e}', '\u{200f}',
        '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}', 'a', 'Z', '0', ' ', '.', '-', '_', 'é',
        '語', '😀',
    ];
    prop_oneof![
        3 => select(words),
        2 => prop::collection::vec(any::<char>(), 0..24).prop_map(|c| c.into_iter().collect()),
        2 => prop::collection::vec(select(controls), 0..16).prop_map(|c| c.into_iter().collect()),
        1 => "[a-z0-9 ]{200,700}",
        1 => any::<String>(),
    ]
    .boxed()
}

fn number() -> BoxedStrategy<Value> {
    let special: Vec<Value> = vec![
        json!(0),
        json!(1),
        json!(-1),
        json!(2),
        json!(1_772_366_400),
        json!(1_772_366_400_000_i64),
        json!(1_772_366_400.5),
        json!(32_503_680_000_i64),
        json!(946_684_800),
        json!(7_258_118_399_i64),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(i64::MAX),
        json!(1e300),
        json!(-1e300),
        json!(f64::MIN_POSITIVE),
        json!(9.0e15),
        json!(-0.0),
        json!(0.5),
    ];
    prop_oneof![
        2 => select(special),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        1 => any::<f64>().prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
        1 => (0_i64..8_000_000_000).prop_map(Value::from),
        1 => (0_i64..8_000_000_000_000).prop_map(Value::from),
    ]
    .boxed()
}

fn leaf() -> BoxedStrategy<Value> {
    prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        3 => number(),
        4 => text().prop_map(Value::String),
    ]
    .boxed()
}

fn key() -> BoxedStrategy<String> {
    prop_oneof![
        6 => select(key_pool()),
        1 => "[a-zA-Z_]{1,10}",
        1 => prop::collection::vec(any::<char>(), 0..8).prop_map(|c| c.into_iter().collect()),
    ]
    .boxed()
}

/// Any JSON value, its object keys mostly from the alias table.
fn any_value() -> BoxedStrategy<Value> {
    leaf()
        .prop_recursive(5, 96, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                prop::collection::vec((key(), inner), 0..8)
                    .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
            ]
        })
        .boxed()
}

/// Puts `value` at a dotted path, replacing whatever is in the way.
fn put(root: &mut Value, path: &str, value: Value) {
    let mut here = root;
    let segments: Vec<&str> = path.split('.').collect();
    for (n, segment) in segments.iter().enumerate() {
        if !here.is_object() {
            *here = json!({});
        }
        let map = here.as_object_mut().expect("an object");
        if n + 1 == segments.len() {
            map.insert((*segment).to_owned(), value);
            return;
        }
        here = map.entry(*segment).or_insert_with(|| json!({}));
    }
}

/// An object with values under alias paths (some of them odd values).
fn alias_object() -> BoxedStrategy<Value> {
    let value = prop_oneof![4 => leaf(), 1 => any_value()];
    prop::collection::vec((select(alias_paths()), value), 0..12)
        .prop_map(|pairs| {
            let mut root = json!({});
            for (path, value) in pairs {
                put(&mut root, path, value);
            }
            root
        })
        .boxed()
}

fn id_value() -> BoxedStrategy<Value> {
    prop_oneof![
        3 => "dev_[a-z0-9]{1,8}".prop_map(Value::String),
        1 => (0_u64..100_000).prop_map(Value::from),
        1 => leaf(),
    ]
    .boxed()
}

fn status_value() -> BoxedStrategy<Value> {
    let mut words: Vec<String> = wire::STATUS_SYNONYMS
        .iter()
        .map(|(name, _)| name.to_uppercase())
        .collect();
    words.extend(["syncing", " connected ", "Degraded"].map(str::to_owned));
    prop_oneof![3 => select(words).prop_map(Value::String), 1 => leaf()].boxed()
}

/// A device entry: an id and a status under some of their paths, and other
/// fields of the table around them.
fn device_entry() -> BoxedStrategy<Value> {
    use aliases::device;
    (
        select(device::ID.paths.to_vec()),
        id_value(),
        select(device::STATUS.paths.to_vec()),
        status_value(),
        alias_object(),
    )
        .prop_map(|(id_path, id, status_path, status, mut entry)| {
            put(&mut entry, id_path, id);
            put(&mut entry, status_path, status);
            entry
        })
        .boxed()
}

/// A webhook event along the table's paths.
fn webhook_event() -> BoxedStrategy<Value> {
    use aliases::{device, webhook as wh};
    let kind = prop_oneof![
        3 => select(wh::SESSION_STATUS_TYPES.to_vec()).prop_map(str::to_owned),
        1 => text(),
    ];
    let data = (
        select(wh::DEVICE_ID.paths.to_vec()),
        id_value(),
        select(device::STATUS.paths.to_vec()),
        status_value(),
        alias_object(),
    )
        .prop_map(|(id_path, id, status_path, status, mut data)| {
            put(&mut data, id_path, id);
            put(&mut data, status_path, status);
            data
        });
    (
        select(wh::ID.paths.to_vec()),
        id_value(),
        select(wh::TYPE.paths.to_vec()),
        kind,
        select(wh::CREATED_AT.paths.to_vec()),
        leaf(),
        select(wh::DATA.paths.to_vec()),
        data,
        alias_object(),
    )
        .prop_map(
            |(id_path, id, type_path, kind, at_path, at, data_path, data, mut event)| {
                put(&mut event, id_path, id);
                put(&mut event, type_path, Value::String(kind));
                put(&mut event, at_path, at);
                put(&mut event, data_path, data);
                event
            },
        )
        .boxed()
}

/// A whole answer: a list of entries (mostly alias-shaped) in an envelope,
/// with pagination fields beside it, or one object in an object envelope.
fn alias_answer() -> BoxedStrategy<Value> {
    let entry = prop_oneof![4 => device_entry(), 2 => alias_object(), 1 => any_value()];
    let list = prop::collection::vec(entry, 0..7).boxed();
    let keys = || select(aliases::ENVELOPE_KEYS.to_vec());
    let object_keys = || select(aliases::OBJECT_ENVELOPE_KEYS.to_vec());
    prop_oneof![
        list.clone().prop_map(Value::Array),
        (keys(), list.clone(), alias_object()).prop_map(|(key, list, mut around)| {
            put(&mut around, key, Value::Array(list));
            around
        }),
        (keys(), keys(), list, alias_object(), alias_object()).prop_map(
            |(outer, inner, list, mut holder, mut around)| {
                put(&mut holder, inner, Value::Array(list));
                put(&mut around, outer, holder);
                around
            }
        ),
        alias_object(),
        (object_keys(), alias_object()).prop_map(|(key, object)| json!({ key: object })),
        (object_keys(), object_keys(), alias_object())
            .prop_map(|(outer, inner, object)| json!({ outer: { inner: object } })),
    ]
    .boxed()
}

fn answer() -> BoxedStrategy<Value> {
    prop_oneof![4 => alias_answer(), 1 => webhook_event(), 1 => any_value()].boxed()
}

// ---------------------------------------------------------------------------
// Invariants

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap()
}

/// The list the reader should find: the answer, or under one or two
/// envelope keys, first match in the table's order.
fn list_len(body: &Value) -> Option<usize> {
    if let Value::Array(items) = body {
        return Some(items.len());
    }
    for key in aliases::ENVELOPE_KEYS {
        if let Some(Value::Array(items)) = body.get(key) {
            return Some(items.len());
        }
    }
    for outer in aliases::ENVELOPE_KEYS {
        if let Some(inner @ Value::Object(_)) = body.get(outer) {
            for key in aliases::ENVELOPE_KEYS {
                if let Some(Value::Array(items)) = inner.get(key) {
                    return Some(items.len());
                }
            }
        }
    }
    None
}

fn plausible(t: DateTime<Utc>) -> bool {
    (946_684_800..7_258_118_400).contains(&t.timestamp())
}

fn short(s: &str) -> bool {
    s.chars().count() <= MAX_TEXT_CHARS
}

fn no_controls(s: &str) -> bool {
    !s.chars().any(|c| c.is_control() || is_bidi_control(c))
}

fn check_device(d: &Device) -> Result<(), TestCaseError> {
    let id = d.id.as_str();
    prop_assert!(!id.is_empty() && id.chars().count() <= 128, "id {:?}", id);
    prop_assert!(!id.chars().any(char::is_control), "id {:?}", id);
    prop_assert!(short(&d.name) && !d.raw_status.is_empty() && short(&d.raw_status));
    prop_assert!(d.phone.as_deref().is_none_or(short));
    prop_assert!(d.reason.as_deref().is_none_or(short));
    prop_assert_eq!(d.state, parse_status(&d.raw_status));
    prop_assert!(d.state_since.is_none_or(plausible));
    prop_assert!(d.last_seen.is_none_or(plausible));
    Ok(())
}

fn check_code(code: &str, message: &str) -> Result<(), TestCaseError> {
    prop_assert!(code.len() <= 64, "code {:?}", code);
    prop_assert!(
        code.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
        "code {:?}",
        code
    );
    prop_assert!(
        code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()),
        "code {:?}",
        code
    );
    prop_assert!(
        short(message),
        "message of {} chars",
        message.chars().count()
    );
    Ok(())
}

fn check_trace(trace: &Trace) -> Result<(), TestCaseError> {
    for name in trace.unknown.iter().chain(&trace.unknown_statuses) {
        prop_assert!(no_controls(name), "trace name {:?}", name);
    }
    prop_assert!(serde_json::to_string(trace).is_ok());
    Ok(())
}

/// Every reader on one value.
fn read_everything(value: &Value) -> Result<(), TestCaseError> {
    let mut trace = Trace::default();
    match read_device_page(value, 1, &mut trace) {
        Ok(page) => {
            let read = page.devices.len() + page.unread.len();
            prop_assert_eq!(read, trace.entries as usize);
            prop_assert_eq!(Some(read), list_len(value));
            for device in &page.devices {
                check_device(device)?;
            }
            for unread in &page.unread {
                prop_assert!((1..=read as u32).contains(&unread.position));
                prop_assert!(!unread.problem.is_empty());
                prop_assert!(unread.name.as_deref().is_none_or(short));
            }
        }
        Err(e) => {
            prop_assert_eq!(list_len(value), None);
            prop_assert!(!e.0.is_empty());
        }
    }
    check_trace(&trace)?;
    // Far into a long list, into the same trace, as later pages are read.
    let _ = read_device_page(value, u32::MAX - 2, &mut trace);
    check_trace(&trace)?;

    let mut trace = Trace::default();
    if let Ok(device) = read_one_device(value, &mut trace) {
        check_device(&device)?;
    }
    let _ = read_workspace(value, &mut trace);
    if let Ok(code) = read_qr(value, now(), &mut trace) {
        prop_assert!(!code.payload.is_empty());
        prop_assert!(!code.payload.starts_with("data:image/"));
        let soon = code.expires_at >= now() && code.expires_at <= now() + Duration::seconds(3600);
        prop_assert!(soon || plausible(code.expires_at));
    }
    check_trace(&trace)?;

    let (code, message) = read_error(&serde_json::to_vec(value).expect("serializable"));
    check_code(&code, &message)?;

    if let Ok(event) = read_webhook(value) {
        prop_assert!(!event.id.is_empty() && !event.kind.is_empty());
        prop_assert!(event.created_at.is_none_or(plausible));
        if let Some(session) = event.session {
            prop_assert_eq!(session.state, parse_status(&session.status));
        }
    }
    if let Some((t, _)) = read_time(value) {
        prop_assert!(plausible(t));
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn no_answer_panics_the_reader(value in answer()) {
        read_everything(&value)?;
    }
}

proptest! {
    #[test]
    fn no_value_panics_the_reader_in_a_list(entries in prop::collection::vec(any_value(), 0..6)) {
        // Every entry is read either as a device or as an unread entry.
        let mut trace = Trace::default();
        let page = read_device_page(&json!({ "data": entries }), 1, &mut trace).unwrap();
        prop_assert_eq!(page.devices.len() + page.unread.len(), entries.len());
        for (n, entry) in entries.iter().enumerate() {
            let mut trace = Trace::default();
            match wire::read_device(entry, n as u32 + 1, &mut trace) {
                Ok(device) => check_device(&device)?,
                Err(unread) => prop_assert_eq!(unread.position, n as u32 + 1),
            }
        }
    }

    #[test]
    fn no_bytes_panic_the_error_reader(body in prop::collection::vec(any::<u8>(), 0..200)) {
        let (code, message) = read_error(&body);
        check_code(&code, &message)?;
    }

    #[test]
    fn times_are_plausible_or_none(value in prop_oneof![leaf(), any_value()]) {
        if let Some((t, form)) = read_time(&value) {
            prop_assert!(plausible(t));
            prop_assert!(["RFC 3339", "epoch seconds", "epoch milliseconds"].contains(&form));
        }
    }

    #[test]
    fn link_next_takes_a_target_of_the_header(header in link_header()) {
        if let Some(target) = link_next(&header) {
            prop_assert!(!target.is_empty());
            prop_assert!(!target.contains('>'));
            prop_assert!(header.contains(target.as_str()));
        }
    }

    #[test]
    fn printable_has_no_controls(raw in text(), max in 0_usize..300) {
        let out = printable(&raw, max);
        prop_assert!(no_controls(&out), "{:?}", out);
        let chars = raw.chars().count();
        if chars > max {
            prop_assert!(out.ends_with('…'));
        } else if no_controls(&raw) {
            prop_assert_eq!(&out, &raw);
        }
    }
}

/// `Link` headers: arbitrary text, and text made of the header's own pieces.
fn link_header() -> BoxedStrategy<String> {
    let pieces = vec![
        "<",
        ">",
        ";",
        ",",
        "\"",
        "=",
        " ",
        "rel",
        "REL",
        "next",
        "prev",
        "last",
        "title",
        "/v1/devices?page=2",
        "https://a.example/d?ids=1,2",
        "é",
        "\u{0}",
    ];
    prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<char>(), 0..40).prop_map(|c| c.into_iter().collect()),
        prop::collection::vec(select(pieces), 0..30).prop_map(|p| p.concat()),
    ]
    .boxed()
}
