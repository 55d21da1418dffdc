//! `doctor`: what each endpoint the app uses answered and how it was read,
//! as a report a user can send to support.
//!
//! Only names travel: the paths fields were read under, the names of fields
//! that were not used, the forms times came in. No API key, device name,
//! phone number or query value is ever part of a report; device ids in URLs
//! are shown as `{id}`. WAPing's own error messages are kept, escaped and cut.

use crate::domain::{not_read, Device, DeviceId, DeviceList, SessionState};
use crate::gateway::wire::{self, aliases, routes, ShapeError, Trace};
use crate::gateway::GatewayError;
use crate::gateway::{GatewayClient, RequestRecord};
use crate::status;
use crate::text::printable;
use chrono::{DateTime, Utc};
use serde_json::Value;
pub use waping_model::doctor_report::{
    Diagnosis, DiagnosisReport, EndpointReport, FieldRead, MissingField,
};

/// The app's version, as reports name it.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Longest message (WAPing's or the app's) kept in a report.
const MAX_MESSAGE_CHARS: usize = 300;
/// Longest line of the text report, before its indent.
const TEXT_WIDTH: usize = 96;

/// A diagnosis with its text, as the window shows and copies it.
pub fn report(diagnosis: Diagnosis) -> DiagnosisReport {
    DiagnosisReport {
        text: diagnosis.to_text(),
        diagnosis,
    }
}

pub mod names {
    pub const DEVICE_LIST: &str = "Device list";
    pub const WORKSPACE: &str = "Workspace";
    pub const ONE_DEVICE: &str = "One device";
    pub const QR_CODE: &str = "QR code";
}

/// How a probe fills in its endpoint's report (the report's type is the model's).
trait Probe: Sized {
    fn new(name: &str) -> Self;
    fn skipped(name: &str, reason: &str) -> Self;
    fn traced(self, trace: Trace, order: &[aliases::Field]) -> Self;
    fn read_object<T>(
        self,
        order: &[aliases::Field],
        read: impl FnOnce(&mut Trace) -> Result<T, ShapeError>,
    ) -> Self;
    fn failed(self, error: &GatewayError) -> Self;
    fn is_failure(&self) -> bool;
}

impl Probe for EndpointReport {
    fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            requests: Vec::new(),
            recognised: false,
            shape: None,
            fields: Vec::new(),
            missing: Vec::new(),
            unknown_fields: Vec::new(),
            unknown_statuses: Vec::new(),
            time_forms: Vec::new(),
            pagination: Vec::new(),
            entries: 0,
            problem: None,
            skipped: None,
        }
    }

    fn skipped(name: &str, reason: &str) -> Self {
        Self {
            skipped: Some(reason.to_owned()),
            ..Self::new(name)
        }
    }

    /// Folds in what the reader found; `order` lists the contract's fields
    /// in the order reports show them.
    fn traced(mut self, trace: Trace, order: &[aliases::Field]) -> Self {
        let rank = |name: &str| {
            order
                .iter()
                .position(|f| f.name == name)
                .unwrap_or(order.len())
        };
        let mut fields: Vec<FieldRead> = trace
            .fields
            .into_iter()
            .map(|(field, paths)| FieldRead {
                field: field.to_owned(),
                paths: paths.into_iter().map(str::to_owned).collect(),
            })
            .collect();
        fields.sort_by_key(|f| rank(&f.field));
        let mut missing: Vec<MissingField> = trace
            .missing
            .into_iter()
            .map(|(field, entries)| MissingField {
                field: field.to_owned(),
                entries,
            })
            .collect();
        missing.sort_by_key(|m| rank(&m.field));
        self.shape = trace.shape.map(|s| printable(&s, 100));
        self.fields = fields;
        self.missing = missing;
        self.unknown_fields = trace.unknown.iter().map(|s| printable(s, 40)).collect();
        self.unknown_statuses = trace
            .unknown_statuses
            .iter()
            .map(|s| printable(s, 40))
            .collect();
        self.time_forms = trace.time_forms.into_iter().map(str::to_owned).collect();
        self.pagination = trace.pagination.into_iter().map(str::to_owned).collect();
        self.entries = trace.entries;
        self
    }

    /// Folds in reading one object (not a list) from an answer with `read`.
    fn read_object<T>(
        self,
        order: &[aliases::Field],
        read: impl FnOnce(&mut Trace) -> Result<T, ShapeError>,
    ) -> Self {
        let mut trace = Trace::default();
        let read = read(&mut trace);
        let mut report = self.traced(trace, order);
        report.entries = 0;
        match read {
            Ok(_) => report.recognised = true,
            Err(e) => report.problem = Some(message(&e.0)),
        }
        report
    }

    fn failed(mut self, error: &GatewayError) -> Self {
        self.problem = Some(message(&error.to_string()));
        self
    }

    /// A failure that says something is wrong with WAPing (or the way to it),
    /// not a skip or an answer that is expected where it came.
    fn is_failure(&self) -> bool {
        self.skipped.is_none() && !self.recognised && self.problem.is_some()
    }
}

/// Text from WAPing or about it, safe to print, cut.
fn message(raw: &str) -> String {
    printable(raw, MAX_MESSAGE_CHARS)
}

/// `id` as the client's URLs carry it in a path segment.
fn encoded_segment(id: &DeviceId) -> Option<String> {
    let mut url = url::Url::parse("http://x/").ok()?;
    url.path_segments_mut().ok()?.clear().push(id.as_str());
    Some(url.path().trim_start_matches('/').to_owned())
}

/// Records as a report shows them: the device id in a path as `{id}`, error
/// messages escaped and cut.
fn shown(mut records: Vec<RequestRecord>, id: Option<&DeviceId>) -> Vec<RequestRecord> {
    let needle = id
        .and_then(encoded_segment)
        .filter(|s| !s.is_empty())
        .map(|s| format!("/devices/{s}"));
    for record in &mut records {
        if let Some(needle) = &needle {
            if let Some(start) = record.url.find(needle.as_str()) {
                let end = start + needle.len();
                if matches!(record.url[end..].chars().next(), None | Some('/' | '?')) {
                    record.url.replace_range(start..end, "/devices/{id}");
                }
            }
        }
        // Redacted query values, as a person reads them rather than encoded.
        record.url = printable(&record.url.replace("=%E2%80%A6", "=…"), 300);
        record.method = printable(&record.method, 10);
        record.error = record.error.as_deref().map(message);
    }
    records
}

/// Reads every endpoint the app uses, in the order it uses them: the device
/// list (every page), the workspace, one device, and the QR code of an
/// Unlinked device (where asking for one changes nothing).
pub async fn diagnose(client: &GatewayClient, now: DateTime<Utc>) -> Diagnosis {
    let mut endpoints = Vec::new();

    let mut log = Vec::new();
    let listed = client.read_list(&mut log).await;
    let mut report = EndpointReport::new(names::DEVICE_LIST);
    report.requests = shown(log, None);
    let list = match listed {
        Ok((list, trace)) => {
            report = report.traced(trace, aliases::device::ALL);
            report.recognised = report.shape.is_some();
            report.problem = list_problem(&list);
            Some(list)
        }
        Err(e) => {
            report = report.failed(&e);
            None
        }
    };
    endpoints.push(report);

    endpoints.push(workspace(client).await);

    let first = list.as_ref().and_then(|l| l.devices.first());
    endpoints.push(match (&list, first) {
        (None, _) => {
            EndpointReport::skipped(names::ONE_DEVICE, "the device list could not be read")
        }
        (Some(_), None) => EndpointReport::skipped(names::ONE_DEVICE, "no device"),
        (Some(_), Some(device)) => one_device(client, device).await,
    });

    let unlinked = list
        .as_ref()
        .and_then(|l| l.devices.iter().find(|d| d.state == SessionState::Unlinked));
    endpoints.push(match (&list, unlinked) {
        (None, _) => EndpointReport::skipped(names::QR_CODE, "the device list could not be read"),
        (Some(_), None) => EndpointReport::skipped(
            names::QR_CODE,
            "no device is Unlinked; a code is only asked for where no phone is linked",
        ),
        (Some(_), Some(device)) => qr(client, &device.id, now).await,
    });

    let exit_code = exit_code(list.as_ref(), &endpoints);
    Diagnosis {
        app_version: APP_VERSION.to_owned(),
        base_url: printable(client.base_url().as_str(), 200),
        at: now,
        verdict: verdict(list.as_ref(), &endpoints),
        endpoints,
        exit_code,
    }
}

/// What keeps a list that was read from being whole or fully readable,
/// naming entries by their place, never by their name.
fn list_problem(list: &DeviceList) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(partial) = &list.partial {
        parts.push(format!(
            "the list broke off after {} entries: {}",
            partial.read,
            message(&partial.reason)
        ));
    }
    if !list.unread.is_empty() {
        parts.push(not_read(&list.unread, ("entry", "entries"), 5, |u| {
            format!("entry {} ({})", u.position, message(&u.problem))
        }));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Asks `route` (of the device `id`) once: a report on the endpoint `name`
/// with its requests, and the answer.
async fn ask(
    client: &GatewayClient,
    name: &str,
    route: &str,
    id: Option<&DeviceId>,
) -> (EndpointReport, Result<Value, GatewayError>) {
    let mut log = Vec::new();
    let answer = client.get_json(route, id, &mut log).await;
    let mut report = EndpointReport::new(name);
    report.requests = shown(log, id);
    (report, answer)
}

async fn workspace(client: &GatewayClient) -> EndpointReport {
    let (report, answer) = ask(client, names::WORKSPACE, routes::WORKSPACE, None).await;
    match answer.map_err(GatewayError::on_read) {
        Ok(body) => report.read_object(aliases::workspace::ALL, |trace| {
            wire::read_workspace(&body, trace)
        }),
        Err(e) => report.failed(&e),
    }
}

async fn one_device(client: &GatewayClient, device: &Device) -> EndpointReport {
    let id = Some(&device.id);
    let (report, answer) = ask(client, names::ONE_DEVICE, routes::DEVICE, id).await;
    match answer.map_err(GatewayError::on_read) {
        Ok(body) => report.read_object(aliases::device::ALL, |trace| {
            wire::read_one_device(&body, trace)
        }),
        Err(e) => report.failed(&e),
    }
}

async fn qr(client: &GatewayClient, id: &DeviceId, now: DateTime<Utc>) -> EndpointReport {
    let (mut report, answer) = ask(client, names::QR_CODE, routes::DEVICE_QR, Some(id)).await;
    match answer {
        Ok(body) => report.read_object(aliases::qr::ALL, |trace| wire::read_qr(&body, now, trace)),
        // Expected answers, not failures: no QR endpoint (pairing then goes
        // through the dashboard), or the phone linked meanwhile.
        Err(GatewayError::NotFound { message: m }) => {
            report.skipped = Some(format!(
                "WAPing has no QR endpoint here ({}); pairing goes through the WAPing dashboard",
                message(&m)
            ));
            report
        }
        Err(GatewayError::Conflict { message: m, .. }) => {
            report.skipped = Some(format!("the device was linked meanwhile ({})", message(&m)));
            report
        }
        Err(e) => report.failed(&e),
    }
}

fn exit_code(list: Option<&DeviceList>, endpoints: &[EndpointReport]) -> u8 {
    let from_list = list.map_or(status::GATEWAY_FAILED, status::exit_code);
    if endpoints.iter().any(EndpointReport::is_failure) {
        status::GATEWAY_FAILED
    } else {
        from_list
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn verdict(list: Option<&DeviceList>, endpoints: &[EndpointReport]) -> String {
    let mut sentences = Vec::new();
    match list {
        None => {
            let why = endpoints
                .first()
                .and_then(|e| e.problem.clone())
                .unwrap_or_else(|| "no answer".to_owned());
            sentences.push(format!("The device list could not be read: {why}."));
        }
        Some(list) => {
            let total = list.devices.len() + list.unread.len();
            if total == 0 {
                sentences.push("The workspace has no devices.".to_owned());
            } else {
                let counts: Vec<String> = [
                    SessionState::Connected,
                    SessionState::Degraded,
                    SessionState::Disconnected,
                    SessionState::Unlinked,
                    SessionState::Unknown,
                ]
                .iter()
                .filter_map(|state| {
                    let n = list.devices.iter().filter(|d| d.state == *state).count();
                    (n > 0).then(|| format!("{n} {}", state.label()))
                })
                .chain(
                    (!list.unread.is_empty()).then(|| format!("{} unreadable", list.unread.len())),
                )
                .collect();
                sentences.push(format!(
                    "{}: {}.",
                    plural(total, "device", "devices"),
                    counts.join(", ")
                ));
            }
            if let Some(partial) = &list.partial {
                sentences.push(format!(
                    "The list is incomplete: {}.",
                    message(&partial.reason)
                ));
            }
        }
    }
    let failing: Vec<&str> = endpoints
        .iter()
        .filter(|e| e.is_failure())
        .map(|e| e.name.as_str())
        .collect();
    if failing.is_empty() {
        sentences.push("Every endpoint asked answered in a shape WAPing Desk reads.".to_owned());
    } else {
        sentences.push(format!("Not read: {}.", failing.join(", ")));
    }
    let gaps: usize = endpoints
        .iter()
        .map(|e| e.missing.len() + e.unknown_statuses.len())
        .sum();
    if gaps > 0 {
        sentences.push(
            "Some expected fields or statuses were missing or unknown; see below.".to_owned(),
        );
    }
    sentences.join(" ")
}

/// What an exit code means, in words.
pub fn exit_meaning(code: u8) -> &'static str {
    match code {
        status::ALL_CONNECTED => "all connected",
        status::SOME_NOT_CONNECTED => "some not connected",
        status::SOME_DISCONNECTED => "some disconnected",
        _ => "WAPing failed or was not read whole",
    }
}

/// Appends `label` and `text` to `out`, wrapped at [`TEXT_WIDTH`] with
/// every line after the first indented under the text.
fn line(out: &mut String, indent: usize, label: &str, text: &str) {
    let pad = " ".repeat(indent);
    let hang = " ".repeat(indent + label.chars().count());
    let mut current = format!("{pad}{label}");
    let mut width = 0;
    let mut first_word = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        // A word wider than a line is cut into pieces that fit.
        let chars: Vec<char> = word.chars().collect();
        for piece in chars.chunks(TEXT_WIDTH) {
            let piece: String = piece.iter().collect();
            let len = piece.chars().count();
            if !first_word && width + 1 + len > TEXT_WIDTH {
                out.push_str(current.trim_end());
                out.push('\n');
                current = hang.clone();
                width = 0;
                first_word = true;
            }
            if !first_word {
                current.push(' ');
                width += 1;
            }
            current.push_str(&piece);
            width += len;
            first_word = false;
        }
    }
    out.push_str(current.trim_end());
    out.push('\n');
}

fn list_or(items: &[String], none: &str) -> String {
    if items.is_empty() {
        none.to_owned()
    } else {
        items
            .iter()
            .map(|i| printable(i, 60))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The report as a person reads it (the report's type is the model's).
pub trait ReportText {
    fn to_text(&self) -> String;
}

impl ReportText for Diagnosis {
    /// The report as a person reads it, and as it is sent to support: one
    /// section per endpoint, every string that came from WAPing escaped.
    fn to_text(&self) -> String {
        let mut out = String::new();
        line(&mut out, 0, "WAPing Desk diagnosis", "");
        line(
            &mut out,
            0,
            "App:       ",
            &format!("WAPing Desk {}", printable(&self.app_version, 40)),
        );
        line(&mut out, 0, "WAPing:    ", &printable(&self.base_url, 200));
        line(&mut out, 0, "At:        ", &wire::format_time(self.at));
        line(
            &mut out,
            0,
            "Exit code: ",
            &format!("{} ({})", self.exit_code, exit_meaning(self.exit_code)),
        );
        line(&mut out, 0, "Verdict:   ", &printable(&self.verdict, 2000));
        for (n, endpoint) in self.endpoints.iter().enumerate() {
            out.push('\n');
            endpoint.render(n + 1, &mut out);
        }
        out
    }
}

/// One endpoint's section of the text report.
trait Render {
    fn render(&self, n: usize, out: &mut String);
}

impl Render for EndpointReport {
    fn render(&self, n: usize, out: &mut String) {
        line(out, 0, &format!("[{n}] "), &printable(&self.name, 60));
        for r in &self.requests {
            let status = r
                .status
                .map_or_else(|| "no answer".to_owned(), |s| format!("HTTP {s}"));
            line(
                out,
                2,
                "",
                &format!(
                    "{} {} -> {status} in {} ms",
                    printable(&r.method, 10),
                    printable(&r.url, 300),
                    r.millis
                ),
            );
            if let Some(error) = &r.error {
                line(out, 4, "error: ", &printable(error, MAX_MESSAGE_CHARS));
            }
        }
        if let Some(skipped) = &self.skipped {
            line(
                out,
                2,
                "Skipped: ",
                &printable(skipped, 2 * MAX_MESSAGE_CHARS),
            );
            return;
        }
        let recognised = match (&self.shape, self.recognised) {
            (Some(shape), true) if shape.contains(' ') => {
                format!("yes, found as {}", printable(shape, 100))
            }
            (Some(shape), true) => format!("yes, found under \"{}\"", printable(shape, 100)),
            (None, true) => "yes".to_owned(),
            (_, false) => "no".to_owned(),
        };
        line(out, 2, "Recognised: ", &recognised);
        if let Some(problem) = &self.problem {
            line(
                out,
                2,
                "Problem: ",
                &printable(problem, 2 * MAX_MESSAGE_CHARS),
            );
        }
        if self.entries > 0 {
            line(out, 2, "Entries: ", &self.entries.to_string());
        }
        if !self.fields.is_empty() {
            line(out, 2, "Fields read (field <- where):", "");
            for f in &self.fields {
                let paths: Vec<String> = f.paths.iter().map(|p| printable(p, 60)).collect();
                line(
                    out,
                    4,
                    &format!("{} <- ", printable(&f.field, 60)),
                    &paths.join(", "),
                );
            }
        }
        let missing: Vec<String> = self
            .missing
            .iter()
            .map(|m| {
                if self.entries > 0 {
                    format!(
                        "{} ({} of {})",
                        printable(&m.field, 60),
                        m.entries,
                        plural(self.entries as usize, "entry", "entries")
                    )
                } else {
                    printable(&m.field, 60)
                }
            })
            .collect();
        line(out, 2, "Missing: ", &list_or(&missing, "none"));
        line(
            out,
            2,
            "Unknown fields (ignored): ",
            &list_or(&self.unknown_fields, "none"),
        );
        if !self.unknown_statuses.is_empty() || self.name == names::DEVICE_LIST {
            line(
                out,
                2,
                "Unknown statuses: ",
                &list_or(&self.unknown_statuses, "none"),
            );
        }
        if !self.time_forms.is_empty() {
            line(out, 2, "Time forms: ", &list_or(&self.time_forms, "none"));
        }
        if self.name == names::DEVICE_LIST {
            line(
                out,
                2,
                "Pagination: ",
                &list_or(&self.pagination, "none (one page)"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_and_lines_are_wrapped() {
        let mut out = String::new();
        line(&mut out, 2, "Problem: ", &"x".repeat(1000));
        assert!(
            out.lines().all(|l| l.chars().count() <= TEXT_WIDTH + 20),
            "{out}"
        );
        let mut out = String::new();
        line(&mut out, 2, "Verdict: ", &"word ".repeat(100));
        assert!(out.lines().count() > 3);
        assert!(out.lines().all(|l| l.chars().count() <= TEXT_WIDTH + 20));
    }

    #[test]
    fn ids_in_urls_are_shown_as_placeholders() {
        let id = DeviceId::new("5511999999999@c.us");
        let records = vec![
            RequestRecord {
                method: "GET".into(),
                url: "https://api.example.com/v1/devices/5511999999999@c.us".into(),
                status: Some(200),
                millis: 1,
                error: Some("bad \u{1b}[31m thing".into()),
            },
            RequestRecord {
                method: "GET".into(),
                url: "https://api.example.com/v1/devices/5511999999999@c.us/qr".into(),
                status: Some(200),
                millis: 1,
                error: None,
            },
        ];
        let shown = shown(records, Some(&id));
        assert_eq!(shown[0].url, "https://api.example.com/v1/devices/{id}");
        assert_eq!(shown[1].url, "https://api.example.com/v1/devices/{id}/qr");
        assert!(!shown[0].error.as_ref().unwrap().contains('\u{1b}'));
    }
}
