//! The wire format and its tolerant reader: the alias table one row at a
//! time, times, pagination, errors, events, QR codes, workspaces, and a
//! corpus of whole device lists (`tests/corpus/`) that must all read to one
//! reference workspace.

use super::aliases::{self, device, page, qr, workspace, Field};
use super::*;
use crate::domain::{Device, DeviceId, PlanTier, SessionState, UnreadDevice, Workspace};
use chrono::{DateTime, Duration, Utc};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[test]
fn every_synonym_maps_case_insensitively() {
    for (name, state) in STATUS_SYNONYMS {
        assert_eq!(parse_status(name), *state);
        assert_eq!(parse_status(&name.to_uppercase()), *state);
        assert_eq!(parse_status(&format!("  {name} ")), *state);
    }
    for unknown in ["", "syncing", "CONNECTEDISH", "unknown"] {
        assert_eq!(parse_status(unknown), SessionState::Unknown, "{unknown:?}");
    }
}

#[test]
fn canonical_strings_round_trip() {
    for state in SessionState::ALL {
        assert_eq!(parse_status(status_string(state)), state);
    }
}

// ---------------------------------------------------------------------------
// Helpers

fn t(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .expect("a valid test time")
        .with_timezone(&Utc)
}

/// The moment the QR tests read answers at.
fn now() -> DateTime<Utc> {
    t("2026-03-01T12:00:00Z")
}

/// Puts `value` at a dotted `path` of `root` (a number segment is a list
/// index), creating objects and lists on the way. Refuses (and leaves `root`
/// as it was) when something is already there or a step is not a container.
fn set_path(root: &mut Value, path: &str, value: Value) -> bool {
    fn place(here: &mut Value, segments: &[&str], value: Value) -> bool {
        let Some((first, rest)) = segments.split_first() else {
            return false;
        };
        let container = || match rest.first() {
            Some(next) if next.parse::<usize>().is_ok() => json!([]),
            _ => json!({}),
        };
        match here {
            Value::Object(map) if rest.is_empty() => {
                if map.contains_key(*first) {
                    return false;
                }
                map.insert((*first).to_owned(), value);
                true
            }
            Value::Object(map) => {
                let child = map.entry(*first).or_insert_with(container);
                place(child, rest, value)
            }
            Value::Array(items) => {
                let Ok(index) = first.parse::<usize>() else {
                    return false;
                };
                while items.len() <= index {
                    items.push(Value::Null);
                }
                if rest.is_empty() {
                    if !items[index].is_null() {
                        return false;
                    }
                    items[index] = value;
                    return true;
                }
                if items[index].is_null() {
                    items[index] = container();
                }
                place(&mut items[index], rest, value)
            }
            _ => false,
        }
    }
    let mut trial = root.clone();
    let segments: Vec<&str> = path.split('.').collect();
    let placed = place(&mut trial, &segments, value);
    if placed {
        *root = trial;
    }
    placed
}

/// Puts `value` under the first path of `field` that is free.
fn set_field(root: &mut Value, field: &Field, value: &Value) -> bool {
    field.paths.iter().any(|p| set_path(root, p, value.clone()))
}

fn paths_of(trace: &Trace, field: &str) -> Option<BTreeSet<&'static str>> {
    trace.fields.get(field).cloned()
}

// ---------------------------------------------------------------------------
// The alias table itself

fn every_field() -> Vec<Field> {
    aliases::TABLES
        .iter()
        .flat_map(|t| t.iter().copied())
        .collect()
}

#[test]
fn alias_table_is_well_formed() {
    for field in every_field() {
        assert_eq!(
            field.canonical(),
            field.name,
            "a field's first path is the contract's own name"
        );
        let unique: BTreeSet<_> = field.paths.iter().collect();
        assert_eq!(
            unique.len(),
            field.paths.len(),
            "{}: a path twice",
            field.name
        );
        for path in field.paths {
            assert!(
                path.split('.').all(|s| !s.is_empty() && s.trim() == s),
                "{}: malformed path {path:?}",
                field.name
            );
        }
    }
    let cursors: BTreeSet<_> = page::CURSORS.iter().map(|(path, _)| path).collect();
    assert_eq!(cursors.len(), page::CURSORS.len(), "a cursor path twice");
    for list in [aliases::ENVELOPE_KEYS, aliases::OBJECT_ENVELOPE_KEYS] {
        let unique: BTreeSet<_> = list.iter().collect();
        assert_eq!(unique.len(), list.len(), "an envelope key twice");
    }
    for fields in [device::ALL, page::ALL, workspace::ALL, qr::ALL] {
        let names: BTreeSet<_> = fields.iter().map(|f| f.name).collect();
        assert_eq!(names.len(), fields.len(), "two fields of one name");
    }
}

/// The canonical shape the simulator writes uses each field's first path.
#[test]
fn canonical_paths_are_what_the_simulator_writes() {
    fn keys(value: Value) -> BTreeSet<String> {
        value
            .as_object()
            .expect("an object")
            .keys()
            .cloned()
            .collect()
    }
    fn canonical(fields: &[Field]) -> BTreeSet<String> {
        fields.iter().map(|f| f.canonical().to_owned()).collect()
    }
    let device = WireDevice {
        id: "dev_1".into(),
        name: "Front desk".into(),
        phone: Some("+5511999990001".into()),
        status: "connected".into(),
        status_changed_at: Some("2026-03-01T09:00:00Z".into()),
        last_seen_at: Some("2026-03-01T12:00:00Z".into()),
        reason: Some("idle".into()),
    };
    assert_eq!(
        keys(serde_json::to_value(device).unwrap()),
        canonical(device::ALL)
    );
    let ws = WireWorkspace {
        name: Some("Acme".into()),
        plan: "Growth".into(),
        device_limit: Some(5),
        monthly_quota: Some(30_000),
        messages_sent_this_month: Some(12),
    };
    assert_eq!(
        keys(serde_json::to_value(ws).unwrap()),
        canonical(workspace::ALL)
    );
    let code = WireQr {
        qr: "2@abc".into(),
        expires_at: "2026-03-01T12:00:20Z".into(),
    };
    assert_eq!(
        keys(serde_json::to_value(code).unwrap()),
        canonical(&[qr::PAYLOAD, qr::EXPIRES_AT])
    );
    let error = serde_json::to_value(ErrorEnvelope::new(codes::NOT_FOUND, "gone")).unwrap();
    assert_eq!(
        at(&error, aliases::error::CODE.canonical()),
        Some(&json!("NOT_FOUND"))
    );
    assert_eq!(
        at(&error, aliases::error::MESSAGE.canonical()),
        Some(&json!("gone"))
    );
}

/// One row of the alias table: `field` with `value` under one of its paths
/// (and `base` fields where the reader needs them), expected to read to
/// `expected` through `project`.
struct Row<R> {
    field: Field,
    value: Value,
    base: Vec<(Field, Value)>,
    project: fn(&R) -> String,
    expected: String,
}

impl<R> Row<R> {
    fn new(field: Field, value: Value, project: fn(&R) -> String, expected: &str) -> Self {
        Self {
            field,
            value,
            base: Vec::new(),
            project,
            expected: expected.to_owned(),
        }
    }

    fn with(mut self, field: Field, value: Value) -> Self {
        self.base.push((field, value));
        self
    }
}

/// Reads every row under each of its paths in turn, the value under that
/// path only. Returns one line per failure, naming the row and the path.
/// `traced`: the trace must name the path (and report no unknown key).
fn check_rows<R>(
    group: &str,
    start: &Value,
    rows: &[Row<R>],
    read: impl Fn(&Value, &mut Trace) -> Result<R, String>,
    traced: bool,
) -> Vec<String> {
    let mut failures = Vec::new();
    for row in rows {
        for path in row.field.paths {
            let at_row = format!("{group}: {} under {path:?}", row.field.name);
            let mut body = start.clone();
            if !set_path(&mut body, path, row.value.clone()) {
                failures.push(format!("{at_row}: the test cannot place it"));
                continue;
            }
            for (field, value) in &row.base {
                if field.name != row.field.name && !set_field(&mut body, field, value) {
                    failures.push(format!("{at_row}: no room for {}", field.name));
                }
            }
            let mut trace = Trace::default();
            let read = match read(&body, &mut trace) {
                Ok(read) => read,
                Err(e) => {
                    failures.push(format!("{at_row}: not read ({e}) from {body}"));
                    continue;
                }
            };
            let got = (row.project)(&read);
            if got != row.expected {
                failures.push(format!(
                    "{at_row}: read {got:?}, expected {:?}, from {body}",
                    row.expected
                ));
            }
            if traced {
                let want = BTreeSet::from([*path]);
                if paths_of(&trace, row.field.name).as_ref() != Some(&want) {
                    failures.push(format!(
                        "{at_row}: the trace says {:?}",
                        trace.fields.get(row.field.name)
                    ));
                }
                if !trace.unknown.is_empty() {
                    failures.push(format!("{at_row}: unknown keys {:?}", trace.unknown));
                }
            }
        }
    }
    failures
}

fn assert_no_failures(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} alias row(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A row for every field of `fields`, built by `expectation` from the field's
/// name; a field without an expectation is itself a failure.
fn rows_for<R>(
    fields: &[Field],
    expectation: impl Fn(&Field) -> Option<Row<R>>,
) -> (Vec<Row<R>>, Vec<String>) {
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for field in fields {
        match expectation(field) {
            Some(row) => rows.push(row),
            None => failures.push(format!("{}: no expectation for this field", field.name)),
        }
    }
    (rows, failures)
}

#[test]
fn device_alias_rows_read_one_at_a_time() {
    let since = format!("{:?}", Some(t("2026-03-01T09:00:00Z")));
    let (rows, mut failures) = rows_for::<Device>(device::ALL, |field| {
        let row = match field.name {
            "id" => Row::new(
                *field,
                json!("dev_alias"),
                |d: &Device| d.id.to_string(),
                "dev_alias",
            ),
            "name" => Row::new(
                *field,
                json!("Front desk"),
                |d: &Device| d.name.clone(),
                "Front desk",
            ),
            "phone" => Row::new(
                *field,
                json!("+5511999990001"),
                |d: &Device| format!("{:?}", d.phone),
                "Some(\"+5511999990001\")",
            ),
            "status" => Row::new(
                *field,
                json!("degraded"),
                |d: &Device| format!("{} {}", d.state, d.raw_status),
                "Degraded degraded",
            ),
            "reason" => Row::new(
                *field,
                json!("logged_out"),
                |d: &Device| format!("{:?}", d.reason),
                "Some(\"logged_out\")",
            ),
            "statusChangedAt" => Row::new(
                *field,
                json!("2026-03-01T09:00:00Z"),
                |d: &Device| format!("{:?}", d.state_since),
                &since,
            ),
            "lastSeenAt" => Row::new(
                *field,
                json!("2026-03-01T09:00:00Z"),
                |d: &Device| format!("{:?}", d.last_seen),
                &since,
            ),
            _ => return None,
        };
        Some(
            row.with(device::ID, json!("dev_base"))
                .with(device::STATUS, json!("connected")),
        )
    });
    failures.extend(check_rows(
        "device",
        &json!({}),
        &rows,
        |entry, trace| read_device(entry, 1, trace).map_err(|u| u.problem),
        true,
    ));
    assert_no_failures(failures);
}

#[test]
fn page_alias_rows_read_one_at_a_time() {
    let cursor = Field {
        name: "nextCursor",
        paths: &["nextCursor"],
    };
    let next = |p: &ListPage| format!("{:?}", p.next);
    let page_3 = format!(
        "{:?}",
        NextPage::Param {
            name: page::PAGE_PARAM,
            value: "3".into()
        }
    );
    let (mut rows, mut failures) = rows_for::<ListPage>(page::ALL, |field| {
        Some(match field.name {
            "next" => Row::new(
                *field,
                json!("/v1/devices?page=2"),
                next,
                "Url(\"/v1/devices?page=2\")",
            ),
            // A cursor is present too: only the flag says the list is complete.
            "hasMore" => Row::new(*field, json!(false), next, "None").with(cursor, json!("c2")),
            "page" => Row::new(*field, json!(2), next, &page_3).with(page::TOTAL_PAGES, json!(3)),
            "totalPages" => Row::new(*field, json!(3), next, &page_3).with(page::PAGE, json!(2)),
            "total" => Row::new(
                *field,
                json!(5),
                |p: &ListPage| format!("{:?}", p.total),
                "Some(5)",
            ),
            _ => return None,
        })
    });
    rows.push(Row::new(page::HAS_MORE, json!(true), next, "Unreachable"));
    let start = json!({"data": [{"id": "dev_1", "status": "connected"}]});
    failures.extend(check_rows(
        "page",
        &start,
        &rows,
        |body, trace| read_device_page(body, 1, trace).map_err(|e| e.0),
        true,
    ));
    assert_no_failures(failures);
}

#[test]
fn cursor_rows_read_one_at_a_time() {
    let mut failures = Vec::new();
    for (path, param) in page::CURSORS {
        let mut body = json!({"data": [{"id": "dev_1", "status": "connected"}]});
        assert!(set_path(&mut body, path, json!("c2")), "{path}");
        let mut trace = Trace::default();
        let read = read_device_page(&body, 1, &mut trace).expect("a list");
        let want = NextPage::Param {
            name: param,
            value: "c2".into(),
        };
        if read.next != want || !trace.pagination.contains("cursor") {
            failures.push(format!(
                "cursor {path:?}: read {:?}, expected {want:?}",
                read.next
            ));
        }
        // A number is sent back as its digits.
        let mut body = json!({"data": []});
        assert!(set_path(&mut body, path, json!(40)));
        let read = read_device_page(&body, 1, &mut Trace::default()).expect("a list");
        let want = NextPage::Param {
            name: param,
            value: "40".into(),
        };
        if read.next != want {
            failures.push(format!("cursor {path:?} = 40: read {:?}", read.next));
        }
    }
    assert_no_failures(failures);
}

#[test]
fn workspace_alias_rows_read_one_at_a_time() {
    let (rows, mut failures) = rows_for::<Workspace>(workspace::ALL, |field| {
        let row = match field.name {
            "name" => Row::new(
                *field,
                json!("Acme"),
                |w: &Workspace| format!("{:?}", w.name),
                "Some(\"Acme\")",
            ),
            "plan" => Row::new(
                *field,
                json!("pro"),
                |w: &Workspace| {
                    format!("{} {:?} {}", w.plan.name, w.plan.tier, w.plan.device_limit)
                },
                "Pro Some(Pro) 15",
            ),
            "deviceLimit" => Row::new(
                *field,
                json!(7),
                |w: &Workspace| w.plan.device_limit.to_string(),
                "7",
            ),
            "monthlyQuota" => Row::new(
                *field,
                json!(12_345),
                |w: &Workspace| w.plan.monthly_quota.to_string(),
                "12345",
            ),
            "messagesSentThisMonth" => Row::new(
                *field,
                json!(678),
                |w: &Workspace| w.plan.messages_sent.to_string(),
                "678",
            ),
            _ => return None,
        };
        Some(row.with(workspace::PLAN, json!("Growth")))
    });
    failures.extend(check_rows(
        "workspace",
        &json!({}),
        &rows,
        |body, trace| read_workspace(body, trace).map_err(|e| e.0),
        true,
    ));
    assert_no_failures(failures);
}

#[test]
fn qr_alias_rows_read_one_at_a_time() {
    let expires = |q: &QrPayload| q.expires_at.to_rfc3339();
    let in_45 = (now() + Duration::seconds(45)).to_rfc3339();
    let at_20 = t("2026-03-01T12:00:20Z").to_rfc3339();
    let (rows, mut failures) = rows_for::<QrPayload>(qr::ALL, |field| {
        Some(match field.name {
            "qr" => Row::new(
                *field,
                json!("2@abc,def==,ghi=="),
                |q: &QrPayload| q.payload.clone(),
                "2@abc,def==,ghi==",
            ),
            "expiresAt" => Row::new(*field, json!("2026-03-01T12:00:20Z"), expires, &at_20)
                .with(qr::PAYLOAD, json!("2@abc")),
            "expiresIn" => {
                Row::new(*field, json!(45), expires, &in_45).with(qr::PAYLOAD, json!("2@abc"))
            }
            _ => return None,
        })
    });
    failures.extend(check_rows(
        "qr",
        &json!({}),
        &rows,
        |body, trace| read_qr(body, now(), trace).map_err(|e| e.0),
        true,
    ));
    assert_no_failures(failures);
}

/// `read_error` keeps no trace: each row is checked by what it reads.
#[test]
fn error_alias_rows_read_one_at_a_time() {
    use aliases::error::{CODE, MESSAGE};
    type Read = (String, String);
    let rows: Vec<Row<Read>> = vec![
        Row::new(
            CODE,
            json!("RATE_LIMITED"),
            |r: &Read| r.0.clone(),
            "RATE_LIMITED",
        ),
        Row::new(
            MESSAGE,
            json!("Slow down, please."),
            |r: &Read| r.1.clone(),
            "Slow down, please.",
        ),
    ];
    assert_no_failures(check_rows(
        "error",
        &json!({}),
        &rows,
        |body, _| Ok(read_error(&serde_json::to_vec(body).unwrap())),
        false,
    ));
}

/// `read_webhook` keeps no trace either. Fields of the event sit on the
/// event; the device's (id, status, previous status, reason) in its data.
#[test]
fn webhook_alias_rows_read_one_at_a_time() {
    use aliases::webhook as wh;
    let created = format!("{:?}", Some(t("2026-03-01T12:00:00Z")));
    let session = |w: &WebhookRead| match &w.session {
        Some(s) => format!(
            "{} {} {} {:?} {:?}",
            s.device_id, s.status, s.state, s.previous_status, s.reason
        ),
        None => "no session".into(),
    };
    let base_session = "dev_base disconnected Disconnected None None";
    // (row, on the event rather than in its data)
    let rows: Vec<(Row<WebhookRead>, bool)> = vec![
        (
            Row::new(
                wh::ID,
                json!("evt_alias"),
                |w: &WebhookRead| w.id.clone(),
                "evt_alias",
            ),
            true,
        ),
        (
            Row::new(
                wh::TYPE,
                json!("device.status"),
                |w: &WebhookRead| w.kind.clone(),
                "device.status",
            ),
            true,
        ),
        (
            Row::new(
                wh::CREATED_AT,
                json!("2026-03-01T12:00:00Z"),
                |w: &WebhookRead| format!("{:?}", w.created_at),
                &created,
            ),
            true,
        ),
        (Row::new(wh::DATA, Value::Null, session, base_session), true),
        (
            Row::new(
                wh::DEVICE_ID,
                json!("dev_alias"),
                session,
                "dev_alias disconnected Disconnected None None",
            ),
            false,
        ),
        (
            Row::new(
                device::STATUS,
                json!("degraded"),
                session,
                "dev_base degraded Degraded None None",
            ),
            false,
        ),
        (
            Row::new(
                wh::PREVIOUS_STATUS,
                json!("connected"),
                session,
                "dev_base disconnected Disconnected Some(\"connected\") None",
            ),
            false,
        ),
        (
            Row::new(
                device::REASON,
                json!("logged_out"),
                session,
                "dev_base disconnected Disconnected None Some(\"logged_out\")",
            ),
            false,
        ),
    ];
    let mut failures = Vec::new();
    for (row, on_event) in &rows {
        for path in row.field.paths {
            let at_row = format!("webhook: {} under {path:?}", row.field.name);
            let mut data = json!({});
            if !*on_event && !set_path(&mut data, path, row.value.clone()) {
                failures.push(format!("{at_row}: the test cannot place it"));
                continue;
            }
            for (field, value) in [
                (wh::DEVICE_ID, json!("dev_base")),
                (device::STATUS, json!("disconnected")),
            ] {
                if field.name != row.field.name {
                    assert!(set_field(&mut data, &field, &value), "{at_row}");
                }
            }
            let mut event = json!({});
            let tested = if row.field.name == wh::DATA.name {
                data.clone()
            } else {
                row.value.clone()
            };
            if *on_event && !set_path(&mut event, path, tested) {
                failures.push(format!("{at_row}: the test cannot place it"));
                continue;
            }
            for (field, value) in [
                (wh::ID, json!("evt_base")),
                (wh::TYPE, json!("session.status")),
                (wh::DATA, data.clone()),
            ] {
                if field.name != row.field.name {
                    assert!(set_field(&mut event, &field, &value), "{at_row}");
                }
            }
            match read_webhook(&event) {
                Ok(read) => {
                    let got = (row.project)(&read);
                    if got != row.expected {
                        failures.push(format!(
                            "{at_row}: read {got:?}, expected {:?}, from {event}",
                            row.expected
                        ));
                    }
                }
                Err(e) => failures.push(format!("{at_row}: not read ({e}) from {event}")),
            }
        }
    }
    for kind in wh::SESSION_STATUS_TYPES {
        let event = json!({"id": "evt_1", "type": kind.to_uppercase(),
            "data": {"deviceId": "dev_1", "status": "connected"}});
        match read_webhook(&event) {
            Ok(read) if read.session.is_some() => {}
            other => failures.push(format!("event type {kind:?}: {other:?}")),
        }
    }
    assert_no_failures(failures);
}

#[test]
fn list_envelope_keys_read_one_at_a_time() {
    let entry = json!({"id": "dev_1", "status": "connected"});
    let mut failures = Vec::new();
    let mut bodies = vec![(json!([entry]), "a bare list".to_owned())];
    for outer in aliases::ENVELOPE_KEYS {
        bodies.push((json!({ *outer: [entry] }), (*outer).to_owned()));
        for inner in aliases::ENVELOPE_KEYS {
            bodies.push((
                json!({ *outer: { *inner: [entry] } }),
                format!("{outer}.{inner}"),
            ));
        }
    }
    for (body, shape) in bodies {
        let mut trace = Trace::default();
        match read_device_page(&body, 1, &mut trace) {
            Ok(page) if page.devices.len() == 1 && trace.shape.as_deref() == Some(&shape) => {}
            other => failures.push(format!("{shape}: {other:?}, trace shape {:?}", trace.shape)),
        }
    }
    assert_no_failures(failures);
}

#[test]
fn object_envelope_keys_read_one_at_a_time() {
    let device = json!({"id": "dev_1", "status": "connected"});
    let ws = json!({"plan": "Growth"});
    let code = json!({"qr": "2@abc", "expiresAt": "2026-03-01T12:00:20Z"});
    let mut wrapped = Vec::new();
    for outer in aliases::OBJECT_ENVELOPE_KEYS {
        wrapped.push(((*outer).to_owned(), vec![*outer]));
        for inner in aliases::OBJECT_ENVELOPE_KEYS {
            wrapped.push((format!("{outer}.{inner}"), vec![*outer, *inner]));
        }
    }
    let wrap = |value: &Value, keys: &[&str]| {
        keys.iter()
            .rev()
            .fold(value.clone(), |inner, key| json!({ *key: inner }))
    };
    let mut failures = Vec::new();
    for (shape, keys) in wrapped {
        let mut trace = Trace::default();
        match read_one_device(&wrap(&device, &keys), &mut trace) {
            Ok(d) if d.id.as_str() == "dev_1" && trace.shape.as_deref() == Some(&shape) => {}
            other => failures.push(format!("device in {shape}: {other:?} {:?}", trace.shape)),
        }
        let mut trace = Trace::default();
        match read_workspace(&wrap(&ws, &keys), &mut trace) {
            Ok(w) if w.plan.tier == Some(PlanTier::Growth) => {}
            other => failures.push(format!("workspace in {shape}: {other:?} {:?}", trace.shape)),
        }
        let mut trace = Trace::default();
        match read_qr(&wrap(&code, &keys), now(), &mut trace) {
            Ok(q) if q.payload == "2@abc" && q.expires_at == t("2026-03-01T12:00:20Z") => {}
            other => failures.push(format!("QR in {shape}: {other:?} {:?}", trace.shape)),
        }
    }
    assert_no_failures(failures);
}

#[test]
fn a_wrong_kind_under_an_early_path_does_not_hide_a_later_one() {
    let entry = json!({
        "id": {"kind": "whatsapp"},
        "deviceId": "dev_1",
        "name": 42,
        "label": "Front desk",
        "status": {"state": "connected"},
        "lastSeenAt": "recently",
        "last_seen": 1_772_366_400,
    });
    let mut trace = Trace::default();
    let d = read_device(&entry, 1, &mut trace).expect("read");
    assert_eq!(d.id.as_str(), "dev_1");
    assert_eq!(d.name, "Front desk");
    assert_eq!(d.state, SessionState::Connected);
    assert_eq!(d.raw_status, "connected");
    assert_eq!(d.last_seen, Some(now()));
    assert_eq!(paths_of(&trace, "id"), Some(BTreeSet::from(["deviceId"])));
    assert_eq!(paths_of(&trace, "name"), Some(BTreeSet::from(["label"])));
    assert_eq!(
        paths_of(&trace, "status"),
        Some(BTreeSet::from(["status.state"]))
    );
    assert_eq!(
        paths_of(&trace, "lastSeenAt"),
        Some(BTreeSet::from(["last_seen"]))
    );
    assert!(trace.unknown.is_empty(), "{:?}", trace.unknown);
}

// ---------------------------------------------------------------------------
// Times

#[test]
fn every_time_form_gives_the_same_instant() {
    let want = now();
    assert_eq!(want.timestamp(), 1_772_366_400);
    let half = want + Duration::milliseconds(500);
    let cases = [
        (json!("2026-03-01T12:00:00Z"), want, "RFC 3339"),
        (json!("2026-03-01T12:00:00.000Z"), want, "RFC 3339"),
        (json!("2026-03-01T14:00:00+02:00"), want, "RFC 3339"),
        (json!("2026-03-01T07:00:00-05:00"), want, "RFC 3339"),
        (json!("2026-03-01T17:30:00+05:30"), want, "RFC 3339"),
        (json!("2026-03-01T12:00:00+00:00"), want, "RFC 3339"),
        (json!(" 2026-03-01T12:00:00Z "), want, "RFC 3339"),
        (json!("2026-03-01T12:00:00.5Z"), half, "RFC 3339"),
        (json!(1_772_366_400), want, "epoch seconds"),
        (json!(1_772_366_400.0), want, "epoch seconds"),
        (json!(1_772_366_400.5), half, "epoch seconds"),
        (json!("1772366400"), want, "epoch seconds"),
        (json!("1772366400.0"), want, "epoch seconds"),
        (json!(" 1772366400 "), want, "epoch seconds"),
        (json!(1_772_366_400_000_i64), want, "epoch milliseconds"),
        (json!(1_772_366_400_500_i64), half, "epoch milliseconds"),
        (json!("1772366400000"), want, "epoch milliseconds"),
        (json!(1_772_366_400_000.0), want, "epoch milliseconds"),
    ];
    for (value, instant, form) in cases {
        assert_eq!(read_time(&value), Some((instant, form)), "{value}");
    }
}

#[test]
fn placeholders_and_nonsense_are_not_times() {
    let cases = [
        json!(0),
        json!("0"),
        json!(0.0),
        json!(-1),
        json!(-1_772_366_400),
        json!(-1_772_366_400_000_i64),
        json!("-1772366400"),
        json!(32_503_680_000_i64),     // the year 3000 in seconds
        json!(32_503_680_000_000_i64), // and in milliseconds
        json!("3001-01-01T00:00:00Z"),
        json!("2200-01-01T00:00:00Z"),
        json!("1999-12-31T23:59:59Z"),
        json!(1e300),
        json!(-1e300),
        json!(u64::MAX),
        json!(i64::MIN),
        json!("yesterday"),
        json!("NaN"),
        json!("inf"),
        json!("1e9"),
        json!("1.2.3"),
        json!("."),
        json!("2026-03-01"),
        json!("Sun, 01 Mar 2026 12:00:00 GMT"),
        json!(""),
        json!("   "),
        json!(true),
        json!(false),
        Value::Null,
        json!([1_772_366_400]),
        json!({"seconds": 1_772_366_400}),
    ];
    for value in cases {
        assert_eq!(read_time(&value), None, "{value}");
    }
    // The bounds themselves.
    assert!(read_time(&json!("2000-01-01T00:00:00Z")).is_some());
    assert!(read_time(&json!("2199-12-31T23:59:59Z")).is_some());
}

// ---------------------------------------------------------------------------
// The corpus: whole answers, one shape each, of one reference workspace

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn load(file: &str) -> Value {
    let path = corpus_dir().join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

fn read_file(file: &str) -> (Result<ListPage, ShapeError>, Trace) {
    let mut trace = Trace::default();
    let read = read_device_page(&load(file), 1, &mut trace);
    (read, trace)
}

/// The reference workspace: five devices, one in each state and one whose
/// status this app does not know. Ids are "101" to "105" in every shape, as
/// text or as numbers (a numeric id reads as its digits), so that every shape
/// reads to exactly these devices, with no mapping.
fn reference_devices() -> Vec<Device> {
    let device = |id: &str,
                  name: &str,
                  phone: Option<&str>,
                  state,
                  raw: &str,
                  reason: Option<&str>,
                  since: &str,
                  seen: Option<&str>| Device {
        id: DeviceId::new(id),
        name: name.to_owned(),
        phone: phone.map(str::to_owned),
        state,
        raw_status: raw.to_owned(),
        reason: reason.map(str::to_owned),
        state_since: Some(t(since)),
        last_seen: seen.map(t),
    };
    vec![
        device(
            "101",
            "Front desk",
            Some("+5511999990001"),
            SessionState::Connected,
            "connected",
            None,
            "2026-03-01T09:00:00Z",
            Some("2026-03-01T12:00:00Z"),
        ),
        device(
            "102",
            "Sales",
            Some("+5511999990002"),
            SessionState::Degraded,
            "degraded",
            Some("phone_offline"),
            "2026-03-01T11:30:00Z",
            Some("2026-03-01T11:58:30Z"),
        ),
        device(
            "103",
            "Support",
            Some("+5511999990003"),
            SessionState::Disconnected,
            "disconnected",
            Some("logged_out"),
            "2026-02-28T22:15:00Z",
            Some("2026-02-28T22:14:05Z"),
        ),
        device(
            "104",
            "New phone",
            None,
            SessionState::Unlinked,
            "unlinked",
            None,
            "2026-03-01T08:00:00Z",
            None,
        ),
        device(
            "105",
            "Warehouse",
            Some("+5511999990005"),
            SessionState::Unknown,
            "syncing",
            None,
            "2026-03-01T10:00:00Z",
            Some("2026-03-01T11:59:59Z"),
        ),
    ]
}

/// One corpus shape and what its page must read to besides the devices.
struct Shape {
    file: &'static str,
    /// Where the list is (the trace's shape).
    found_in: &'static str,
    next: NextPage,
    total: Option<u64>,
    /// The status words are synonyms or differ in case: the states, not the
    /// raw words, must match the reference.
    other_status_words: bool,
}

fn url(target: &str) -> NextPage {
    NextPage::Url(target.to_owned())
}

fn param(name: &'static str, value: &str) -> NextPage {
    NextPage::Param {
        name,
        value: value.to_owned(),
    }
}

fn shapes() -> Vec<Shape> {
    let shape = |file, found_in, next, total| Shape {
        file,
        found_in,
        next,
        total,
        other_status_words: false,
    };
    let none = || NextPage::None;
    vec![
        shape("01-canonical.json", "data", none(), None),
        shape("02-bare-array.json", "a bare list", none(), None),
        shape("03-devices-total.json", "devices", none(), Some(5)),
        shape(
            "04-items-snake-next-relative.json",
            "items",
            url("/v1/devices?page=2"),
            None,
        ),
        shape(
            "05-results-camel-links-next-absolute.json",
            "results",
            url("https://api.waping.app/v1/devices?cursor=eyJwIjoyfQ"),
            None,
        ),
        shape(
            "06-result-session-object-cursor-has-more.json",
            "result",
            param("cursor", "c_2"),
            None,
        ),
        shape(
            "07-records-connection-object-has-more-false.json",
            "records",
            none(),
            None,
        ),
        shape(
            "08-data-devices-page-numbers.json",
            "data.devices",
            param("page", "2"),
            None,
        ),
        shape(
            "09-result-items-status-object-last-page.json",
            "result.items",
            none(),
            None,
        ),
        shape(
            "10-data-items-numeric-ids-cursor-on-answer.json",
            "data.items",
            param("cursor", "c_10"),
            None,
        ),
        shape("11-epoch-seconds.json", "data", none(), None),
        shape("12-epoch-seconds-float.json", "data", none(), None),
        shape("13-epoch-seconds-text.json", "data", none(), None),
        shape("14-epoch-milliseconds.json", "data", none(), None),
        shape("15-epoch-milliseconds-text.json", "data", none(), None),
        shape("16-rfc3339-offsets.json", "data", none(), None),
        shape("17-mixed-time-forms.json", "data", none(), None),
        shape(
            "18-bare-snake-epoch-milliseconds.json",
            "a bare list",
            none(),
            None,
        ),
        shape(
            "19-status-value-hal-next.json",
            "data",
            url("/v1/devices?offset=5"),
            None,
        ),
        shape(
            "20-items-mongo-page-token.json",
            "items",
            param("pageToken", "tok_20"),
            None,
        ),
        shape(
            "21-uuid-graph-cursors.json",
            "data",
            param("after", "a_21"),
            None,
        ),
        shape("22-wrong-kinds-first.json", "data", none(), None),
        shape(
            "23-extra-fields-nulls-whitespace.json",
            "data",
            none(),
            Some(5),
        ),
        shape("24-heterogeneous-entries.json", "data", none(), None),
        Shape {
            other_status_words: true,
            ..shape("25-status-synonyms.json", "data", none(), None)
        },
        Shape {
            other_status_words: true,
            ..shape("26-status-case.json", "data", none(), None)
        },
        shape(
            "27-devices-next-bare-cursor.json",
            "devices",
            param("cursor", "eyJvZmZzZXQiOjV9"),
            None,
        ),
        shape(
            "28-meta-next-url-total.json",
            "data",
            url("/v1/devices?page=2&per_page=5"),
            Some(12),
        ),
        shape(
            "29-results-has-more-false-text.json",
            "results",
            none(),
            None,
        ),
        shape(
            "30-data-devices-next-on-answer.json",
            "data.devices",
            url("/v1/devices?page=2"),
            None,
        ),
        shape(
            "31-result-items-numeric-ids-pagination-object.json",
            "result.items",
            param("page", "3"),
            Some(20),
        ),
        shape(
            "32-bare-connection-object-offsets.json",
            "a bare list",
            none(),
            None,
        ),
        shape(
            "33-snake-has-more-with-cursor.json",
            "data",
            param("cursor", "c_33"),
            None,
        ),
        shape(
            "34-data-results-has-more-zero.json",
            "data.results",
            none(),
            None,
        ),
    ]
}

/// The broken answers, each checked by its own test below.
const BROKEN: &[&str] = &[
    "broken-empty-list.json",
    "broken-entry-is-a-number.json",
    "broken-entry-is-null.json",
    "broken-entry-without-id.json",
    "broken-entry-without-status.json",
    "broken-envelope-not-a-list.json",
    "broken-has-more-without-cursor.json",
    "broken-id-not-usable.json",
    "broken-id-with-control-character.json",
    "broken-no-list.json",
    "broken-status-not-text.json",
    "broken-text-answer.json",
];

#[test]
fn every_corpus_file_is_checked() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(corpus_dir())
        .expect("the corpus directory")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let checked: BTreeSet<String> = shapes()
        .iter()
        .map(|s| s.file)
        .chain(BROKEN.iter().copied())
        .map(str::to_owned)
        .collect();
    assert_eq!(on_disk, checked);
    assert!(shapes().len() >= 30);
}

#[test]
fn every_corpus_shape_reads_to_the_reference_devices() {
    let reference = reference_devices();
    let without_raw_status = |devices: &[Device]| -> Vec<Device> {
        devices
            .iter()
            .cloned()
            .map(|d| Device {
                raw_status: String::new(),
                ..d
            })
            .collect()
    };
    let mut failures = Vec::new();
    for shape in shapes() {
        let (read, trace) = read_file(shape.file);
        let page = match read {
            Ok(page) => page,
            Err(e) => {
                failures.push(format!("{}: {e}", shape.file));
                continue;
            }
        };
        let same = if shape.other_status_words {
            without_raw_status(&page.devices) == without_raw_status(&reference)
        } else {
            page.devices == reference
        };
        if !same {
            failures.push(format!(
                "{}: devices differ from the reference:\n  read {:#?}",
                shape.file, page.devices
            ));
        }
        if !page.unread.is_empty() {
            failures.push(format!("{}: unread {:?}", shape.file, page.unread));
        }
        if page.next != shape.next {
            failures.push(format!(
                "{}: next {:?}, expected {:?}",
                shape.file, page.next, shape.next
            ));
        }
        if page.total != shape.total {
            failures.push(format!(
                "{}: total {:?}, expected {:?}",
                shape.file, page.total, shape.total
            ));
        }
        if trace.shape.as_deref() != Some(shape.found_in) {
            failures.push(format!(
                "{}: found in {:?}, expected {:?}",
                shape.file, trace.shape, shape.found_in
            ));
        }
        if trace.entries != 5 || !trace.missing.keys().all(|k| *k == "lastSeenAt") {
            failures.push(format!(
                "{}: entries {}, missing {:?}",
                shape.file, trace.entries, trace.missing
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} problem(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn corpus_traces_name_time_forms_and_unknown_statuses() {
    let forms = |file| read_file(file).1.time_forms;
    assert_eq!(forms("01-canonical.json"), BTreeSet::from(["RFC 3339"]));
    for file in [
        "11-epoch-seconds.json",
        "12-epoch-seconds-float.json",
        "13-epoch-seconds-text.json",
    ] {
        assert_eq!(forms(file), BTreeSet::from(["epoch seconds"]), "{file}");
    }
    for file in [
        "14-epoch-milliseconds.json",
        "15-epoch-milliseconds-text.json",
    ] {
        assert_eq!(
            forms(file),
            BTreeSet::from(["epoch milliseconds"]),
            "{file}"
        );
    }
    assert_eq!(
        forms("17-mixed-time-forms.json"),
        BTreeSet::from(["RFC 3339", "epoch seconds", "epoch milliseconds"])
    );
    let (_, trace) = read_file("01-canonical.json");
    assert_eq!(
        trace.unknown_statuses,
        BTreeSet::from(["syncing".to_owned()])
    );
    assert_eq!(trace.missing.get("lastSeenAt"), Some(&1));
    assert!(trace.unknown.is_empty());
    let (_, trace) = read_file("26-status-case.json");
    assert_eq!(
        trace.unknown_statuses,
        BTreeSet::from(["SYNCING".to_owned()])
    );
    let (_, trace) = read_file("23-extra-fields-nulls-whitespace.json");
    let unknown: BTreeSet<&str> = trace.unknown.iter().map(String::as_str).collect();
    assert_eq!(
        unknown,
        BTreeSet::from(["battery", "createdAt", "meta", "tags", "webhookUrl"])
    );
    let (page, _) = read_file("25-status-synonyms.json");
    let raw: Vec<String> = page
        .unwrap()
        .devices
        .into_iter()
        .map(|d| d.raw_status)
        .collect();
    assert_eq!(
        raw,
        [
            "open",
            "reconnecting",
            "logged_out",
            "scan_qr_code",
            "syncing"
        ]
    );
}

/// The reference devices but the one at `index`.
fn reference_without(index: usize) -> Vec<Device> {
    let mut devices = reference_devices();
    devices.remove(index);
    devices
}

fn read_page(file: &str) -> ListPage {
    read_file(file).0.unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn an_entry_without_status_is_named_and_the_others_read() {
    let page = read_page("broken-entry-without-status.json");
    assert_eq!(page.devices, reference_without(2));
    assert_eq!(
        page.unread,
        [UnreadDevice {
            position: 3,
            id: Some(DeviceId::new("103")),
            name: Some("Support".into()),
            problem: "no status field".into(),
            state: SessionState::Unknown,
        }]
    );
    assert_eq!(page.next, NextPage::None);
    assert_eq!(
        read_file("broken-entry-without-status.json")
            .1
            .missing
            .get("status"),
        Some(&1)
    );
}

#[test]
fn an_entry_without_id_keeps_the_state_it_said() {
    let page = read_page("broken-entry-without-id.json");
    assert_eq!(page.devices, reference_without(2));
    assert_eq!(
        page.unread,
        [UnreadDevice {
            position: 3,
            id: None,
            name: Some("Support".into()),
            problem: "no id field".into(),
            state: SessionState::Disconnected,
        }]
    );
}

#[test]
fn entries_that_are_not_objects_are_named_by_position() {
    let page = read_page("broken-entry-is-a-number.json");
    assert_eq!(page.devices, reference_devices());
    assert_eq!(
        page.unread,
        [UnreadDevice {
            position: 6,
            id: None,
            name: None,
            problem: "it is a number, not an object".into(),
            state: SessionState::Unknown,
        }]
    );
    let page = read_page("broken-entry-is-null.json");
    assert_eq!(page.devices, reference_devices());
    assert_eq!(page.unread.len(), 1);
    assert_eq!(page.unread[0].position, 2);
    assert_eq!(page.unread[0].problem, "it is null, not an object");
    assert_eq!(page.unread[0].label(), "device #2");
}

#[test]
fn an_unusable_status_or_id_is_named() {
    let page = read_page("broken-status-not-text.json");
    assert_eq!(page.devices, reference_without(2));
    assert_eq!(
        page.unread,
        [UnreadDevice {
            position: 3,
            id: Some(DeviceId::new("103")),
            name: Some("Support".into()),
            problem: "its status (status) is empty or not text".into(),
            state: SessionState::Unknown,
        }]
    );
    for file in [
        "broken-id-not-usable.json",
        "broken-id-with-control-character.json",
    ] {
        let page = read_page(file);
        assert_eq!(page.devices, reference_without(2), "{file}");
        assert_eq!(
            page.unread,
            [UnreadDevice {
                position: 3,
                id: None,
                name: Some("Support".into()),
                problem: "its id (id) is not usable text or a number".into(),
                state: SessionState::Disconnected,
            }],
            "{file}"
        );
    }
}

#[test]
fn an_answer_without_a_list_names_what_it_found() {
    let (read, _) = read_file("broken-no-list.json");
    let ShapeError(message) = read.expect_err("no list");
    assert!(
        message.starts_with("no device list in WAPing's answer"),
        "{message}"
    );
    assert!(
        message.ends_with("(found an object with count, message, status)"),
        "{message}"
    );
    for key in aliases::ENVELOPE_KEYS {
        assert!(message.contains(key), "{message}");
    }
    let (read, _) = read_file("broken-envelope-not-a-list.json");
    let ShapeError(message) = read.expect_err("no list");
    assert!(
        message.ends_with("(found an object with data)"),
        "{message}"
    );
    let (read, _) = read_file("broken-text-answer.json");
    let ShapeError(message) = read.expect_err("no list");
    assert!(message.ends_with("(found text)"), "{message}");
    let mut trace = Trace::default();
    let ShapeError(message) = read_device_page(&json!({}), 1, &mut trace).unwrap_err();
    assert!(message.ends_with("(found an empty object)"), "{message}");
}

#[test]
fn more_announced_without_a_way_to_ask_is_unreachable() {
    let page = read_page("broken-has-more-without-cursor.json");
    assert_eq!(page.devices, reference_devices());
    assert_eq!(page.next, NextPage::Unreachable);
    let page = read_page("broken-empty-list.json");
    assert!(page.devices.is_empty() && page.unread.is_empty());
    assert_eq!(page.next, NextPage::None);
}

#[test]
fn positions_continue_from_earlier_pages() {
    let mut trace = Trace::default();
    let page = read_device_page(&load("broken-entry-is-a-number.json"), 11, &mut trace).unwrap();
    assert_eq!(page.unread[0].position, 16);
    let page = read_device_page(&json!([1, 2]), u32::MAX, &mut trace).unwrap();
    assert_eq!(page.unread[1].position, u32::MAX);
}

// ---------------------------------------------------------------------------
// The Link header

#[test]
fn link_header_next() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            r#"<https://api.waping.app/v1/devices?page=2>; rel="next", <https://api.waping.app/v1/devices?page=5>; rel="last""#,
            Some("https://api.waping.app/v1/devices?page=2"),
        ),
        (
            r#"<https://api.waping.app/v1/devices?page=1>; rel="first", <https://api.waping.app/v1/devices?page=3>; rel="next""#,
            Some("https://api.waping.app/v1/devices?page=3"),
        ),
        // A quoted relation with several values.
        (
            r#"<https://a.example/1>; rel="prev first", <https://a.example/3>; rel="last next""#,
            Some("https://a.example/3"),
        ),
        (
            r#"</v1/devices?page=2>; REL=Next"#,
            Some("/v1/devices?page=2"),
        ),
        (
            r#"</v1/devices?page=2> ; rel = next ;title=x"#,
            Some("/v1/devices?page=2"),
        ),
        // Commas (even before a '<') inside quoted parameters.
        (
            r#"</v1/devices?page=1>; title="one, <two>, three"; rel="prev", </v1/devices?page=3>; rel="next""#,
            Some("/v1/devices?page=3"),
        ),
        (
            r#"</v1/devices?page=3>; title="a, b"; rel="next""#,
            Some("/v1/devices?page=3"),
        ),
        // Commas inside the URLs.
        (
            r#"<https://a.example/d?ids=1,2,3&page=1>; rel="prev", <https://a.example/d?ids=1,2,3&page=3>; rel="next""#,
            Some("https://a.example/d?ids=1,2,3&page=3"),
        ),
        // A semicolon and a relation inside a quoted title do not count.
        (
            r#"</v1/devices?page=1>; title="see; rel=next"; rel="prev""#,
            None,
        ),
        // No next.
        (
            r#"</v1/devices?page=1>; rel="prev", </v1/devices?page=9>; rel="last""#,
            None,
        ),
        (r#"</v1/devices?page=2>; rel="nextish""#, None),
        (r#"<>; rel="next""#, None),
        ("", None),
        ("garbage", None),
        ("<unterminated; rel=next", None),
        (r#"rel="next""#, None),
    ];
    for (header, want) in cases {
        assert_eq!(link_next(header).as_deref(), *want, "{header}");
    }
}

// ---------------------------------------------------------------------------
// Errors

#[test]
fn error_bodies_of_every_envelope() {
    let cases: &[(&[u8], &str, &str)] = &[
        (
            br#"{"error":{"code":"RATE_LIMITED","message":"Too many requests"}}"#,
            "RATE_LIMITED",
            "Too many requests",
        ),
        (
            br#"{"code":"NOT_FOUND","message":"No such device"}"#,
            "NOT_FOUND",
            "No such device",
        ),
        (
            br#"{"error":"text with spaces"}"#,
            "",
            "text with spaces",
        ),
        (br#"{"error":"RATE_LIMITED"}"#, "RATE_LIMITED", "RATE_LIMITED"),
        (
            br#"{"errors":[{"code":"VALIDATION_ERROR","message":"name is required"}]}"#,
            "VALIDATION_ERROR",
            "name is required",
        ),
        (
            br#"{"type":"https://waping.app/problems/rate-limit","title":"Too Many Requests","status":429,"detail":"Slow down"}"#,
            "",
            "Slow down",
        ),
        (
            br#"{"title":"Unauthorized","status":401}"#,
            "",
            "Unauthorized",
        ),
        (
            br#"{"error":{"code":"rate-limited","message":"m"}}"#,
            "RATE_LIMITED",
            "m",
        ),
        (
            br#"{"error":{"code":"session.disconnected","message":"m"}}"#,
            "SESSION_DISCONNECTED",
            "m",
        ),
        (
            br#"{"error_code":"Server-Error","error_description":"boom"}"#,
            "SERVER_ERROR",
            "boom",
        ),
        (
            br#"{"error":{"type":"forbidden","detail":"plan limit"}}"#,
            "FORBIDDEN",
            "plan limit",
        ),
        // An HTTP status under `code` is not a code: the next path is read.
        (
            br#"{"error":{"code":401,"type":"unauthorized","message":"bad key"}}"#,
            "UNAUTHORIZED",
            "bad key",
        ),
        (br#"{"code":401,"message":"Unauthorized"}"#, "", "Unauthorized"),
        (br#"{"code":"429","msg":"slow"}"#, "", "slow"),
        (b"<html><body>502 Bad Gateway</body></html>", "", ""),
        (b"", "", ""),
        (b"\xff\xfe", "", ""),
        (b"[]", "", ""),
        (b"\"RATE_LIMITED\"", "", ""),
    ];
    for (body, code, message) in cases {
        assert_eq!(
            read_error(body),
            ((*code).to_owned(), (*message).to_owned()),
            "{}",
            String::from_utf8_lossy(body)
        );
    }
}

// ---------------------------------------------------------------------------
// Webhook events

#[test]
fn webhook_canonical_event_and_variants() {
    let canonical = serde_json::to_value(WebhookEvent {
        id: "evt_1".into(),
        kind: SESSION_STATUS_EVENT.into(),
        created_at: Some("2026-03-01T12:00:00Z".into()),
        data: serde_json::to_value(SessionStatusData {
            device_id: "dev_1".into(),
            status: "disconnected".into(),
            previous_status: Some("connected".into()),
            reason: Some("logged_out".into()),
        })
        .unwrap(),
    })
    .unwrap();
    let want = WebhookRead {
        id: "evt_1".into(),
        kind: "session.status".into(),
        created_at: Some(now()),
        session: Some(SessionChange {
            device_id: DeviceId::new("dev_1"),
            status: "disconnected".into(),
            state: SessionState::Disconnected,
            previous_status: Some("connected".into()),
            reason: Some("logged_out".into()),
        }),
    };
    assert_eq!(read_webhook(&canonical), Ok(want.clone()));

    let snake = json!({
        "event_id": "evt_1", "event_type": "session_status", "created_at": 1_772_366_400,
        "payload": {"device_id": "dev_1", "state": "logged_out",
                    "previous_state": "connected", "disconnect_reason": "logged_out"}
    });
    let read = read_webhook(&snake).unwrap();
    assert_eq!(read.kind, "session_status");
    assert_eq!(read.created_at, Some(now()));
    let session = read.session.unwrap();
    assert_eq!(
        (
            session.state,
            session.status.as_str(),
            session.reason.as_deref()
        ),
        (SessionState::Disconnected, "logged_out", Some("logged_out"))
    );

    let nested = json!({
        "eventId": "evt_1", "event": "device.status_changed", "timestamp": "1772366400000",
        "data": {"device": {"id": "dev_1", "name": "Front desk"},
                 "session": {"status": "disconnected", "reason": "logged_out"},
                 "from": "connected"}
    });
    let read = read_webhook(&nested).unwrap();
    assert_eq!(read.created_at, Some(now()));
    assert_eq!(read.session, want.session);

    let numeric = json!({
        "id": 9001, "type": "Connection.Update", "time": "2026-03-01T14:00:00+02:00",
        "data": {"id": 101, "status": {"state": "reconnecting"}}
    });
    let read = read_webhook(&numeric).unwrap();
    assert_eq!(read.id, "9001");
    assert_eq!(read.created_at, Some(now()));
    let session = read.session.unwrap();
    assert_eq!(session.device_id.as_str(), "101");
    assert_eq!(session.state, SessionState::Degraded);

    // Other events are read without a session; broken ones say why.
    let message = json!({"id": "evt_2", "type": "message.received", "data": {"text": "hi"}});
    assert_eq!(read_webhook(&message).unwrap().session, None);
    let cases = [
        (json!([1]), "the event is a list, not an object"),
        (json!({"type": "session.status"}), "no event id"),
        (json!({"id": "evt_3"}), "no event type"),
        (
            json!({"id": "evt_3", "type": "session.status", "data": "x"}),
            "the session event has no data object",
        ),
        (
            json!({"id": "evt_3", "type": "session.status", "data": {"status": "connected"}}),
            "the session event names no device",
        ),
        (
            json!({"id": "evt_3", "type": "session.status", "data": {"deviceId": "dev_1"}}),
            "the session event has no status",
        ),
    ];
    for (event, problem) in cases {
        assert_eq!(read_webhook(&event), Err(problem.to_owned()), "{event}");
    }
}

// ---------------------------------------------------------------------------
// QR codes

#[test]
fn qr_expiry_as_a_moment_a_lifetime_or_the_default() {
    let mut trace = Trace::default();
    let body = json!({"qr": "2@abc", "expiresAt": "2026-03-01T12:00:40Z"});
    let code = read_qr(&body, now(), &mut trace).unwrap();
    assert_eq!(code.payload, "2@abc");
    assert_eq!(code.expires_at, t("2026-03-01T12:00:40Z"));
    assert_eq!(
        paths_of(&trace, "expiresAt"),
        Some(BTreeSet::from(["expiresAt"]))
    );

    let mut trace = Trace::default();
    let body = json!({"data": {"qr_code": "2@abc", "expires_in": 60}});
    let code = read_qr(&body, now(), &mut trace).unwrap();
    assert_eq!(code.expires_at, now() + Duration::seconds(60));
    assert_eq!(trace.shape.as_deref(), Some("data"));
    assert!(trace.missing.is_empty());

    let body = json!({"qr": "2@abc", "ttl": 999_999});
    let code = read_qr(&body, now(), &mut Trace::default()).unwrap();
    assert_eq!(code.expires_at, now() + Duration::seconds(3600), "capped");

    let mut trace = Trace::default();
    let code = read_qr(&json!({"qr": " 2@abc "}), now(), &mut trace).unwrap();
    assert_eq!(code.payload, " 2@abc ", "the payload is encoded as sent");
    assert_eq!(
        code.expires_at,
        now() + Duration::seconds(DEFAULT_QR_LIFETIME_SECS)
    );
    assert_eq!(trace.missing.get("expiresAt"), Some(&1));

    let picture = json!({"qr": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"});
    let ShapeError(message) = read_qr(&picture, now(), &mut Trace::default()).unwrap_err();
    assert!(message.contains("picture"), "{message}");
    let ShapeError(message) =
        read_qr(&json!({"qr": 12345}), now(), &mut Trace::default()).unwrap_err();
    assert_eq!(message, "the QR code is not text");
    let ShapeError(message) = read_qr(
        &json!({"status": "connected"}),
        now(),
        &mut Trace::default(),
    )
    .unwrap_err();
    assert!(message.starts_with("no QR code"), "{message}");
}

// ---------------------------------------------------------------------------
// Workspaces

#[test]
fn workspace_with_nested_plan_and_usage() {
    let mut trace = Trace::default();
    let body = json!({
        "plan": {"name": "Growth", "deviceLimit": 5, "monthlyQuota": 30000},
        "usage": {"messagesSent": 1234}
    });
    let ws = read_workspace(&body, &mut trace).unwrap();
    assert_eq!(
        ws,
        Workspace {
            name: None,
            plan: crate::domain::Plan {
                name: "Growth".into(),
                tier: Some(PlanTier::Growth),
                device_limit: 5,
                monthly_quota: 30_000,
                messages_sent: 1234,
            },
        }
    );
    assert_eq!(
        paths_of(&trace, "plan"),
        Some(BTreeSet::from(["plan.name"]))
    );
    assert_eq!(
        paths_of(&trace, "messagesSentThisMonth"),
        Some(BTreeSet::from(["usage.messagesSent"]))
    );

    // Limits left out are the published plan's.
    let mut trace = Trace::default();
    let body = json!({"data": {"workspace": {
        "name": "Acme", "plan": {"tier": "pro"}, "usage": {"messages_sent": "77"}}}});
    let ws = read_workspace(&body, &mut trace).unwrap();
    assert_eq!(trace.shape.as_deref(), Some("data.workspace"));
    assert_eq!(ws.name.as_deref(), Some("Acme"));
    assert_eq!(ws.plan, crate::domain::Plan::published(PlanTier::Pro, 77));

    // A plan not on the pricing page keeps its name and the limits given.
    let mut trace = Trace::default();
    let body = json!({"plan": "Business", "limits": {"devices": 8}});
    let ws = read_workspace(&body, &mut trace).unwrap();
    assert_eq!(
        (
            ws.plan.name.as_str(),
            ws.plan.tier,
            ws.plan.device_limit,
            ws.plan.monthly_quota
        ),
        ("Business", None, 8, 0)
    );
    assert_eq!(trace.missing.get("messagesSentThisMonth"), Some(&1));

    let ShapeError(message) =
        read_workspace(&json!({"name": "Acme"}), &mut Trace::default()).unwrap_err();
    assert!(
        message.ends_with("(found an object with name)"),
        "{message}"
    );
}

// ---------------------------------------------------------------------------
// Printable text

#[test]
fn a_huge_name_and_reason_are_cut_where_they_enter() {
    let entry = json!({
        "id": "dev_1",
        "name": format!("Till\u{0}one{}", "n".repeat(70_000)),
        "status": "disconnected",
        "reason": "r".repeat(200 * 1024),
    });
    let d = read_device(&entry, 1, &mut Trace::default()).expect("read");
    assert!(
        d.name.starts_with("Till\u{0}one"),
        "kept as sent: {:?}",
        &d.name[..8]
    );
    assert_eq!(d.name.chars().count(), MAX_TEXT_CHARS);
    let reason = d.reason.expect("a reason");
    assert_eq!(reason.chars().count(), MAX_TEXT_CHARS);
    assert!(reason.ends_with("r…"), "cut, and shown to be");

    let fits = json!({"id": "dev_2", "name": "é".repeat(MAX_TEXT_CHARS), "status": "connected"});
    let d = read_device(&fits, 1, &mut Trace::default()).expect("read");
    assert_eq!(d.name, "é".repeat(MAX_TEXT_CHARS), "what fits is not cut");

    let event = json!({
        "id": "evt_1", "type": "session.status", "createdAt": "2026-03-01T12:00:00Z",
        "data": {"deviceId": "dev_1", "status": "disconnected", "reason": "b".repeat(5000)},
    });
    let read = read_webhook(&event).expect("read");
    let reason = read.session.and_then(|s| s.reason).expect("a reason");
    assert!(reason.ends_with("b…") && reason.chars().count() == MAX_TEXT_CHARS);
}
