//! `doctor`: what each endpoint the app uses answered and how it was read,
//! as a report a user can send to support.
//!
//! Only names travel: the paths fields were read under, the names of fields
//! that were not used, the forms times came in. No API key, device name,
//! phone number or query value is ever part of a report; device ids in URLs
//! are shown as `{id}`. WAPing's own error messages are kept, escaped and cut.
//!
//! A report's sentences (the verdict, why an endpoint was skipped) and its
//! text are in the locale it is made for; `--json` asks for English, so that
//! scripts read the same whatever the user's language. The names of fields,
//! shapes, time forms and pagination are data, the same in every language.

use crate::columns;
use crate::domain::{Device, DeviceId, DeviceList, SegmentKind, SessionState, UnreadDevice};
use crate::gateway::wire::{self, aliases, routes, ShapeError, Trace};
use crate::gateway::GatewayError;
use crate::gateway::{GatewayClient, RequestRecord};
use crate::i18n::{self, Catalog, Locale};
use crate::status;
use crate::text::printable;
use chrono::{DateTime, FixedOffset, Utc};
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

/// A diagnosis with its text in `locale`, its moment at `offset` from UTC
/// (the clock's local one), as the window shows and copies it.
pub fn report(diagnosis: Diagnosis, locale: Locale, offset: FixedOffset) -> DiagnosisReport {
    DiagnosisReport {
        text: diagnosis.to_text(locale, offset),
        diagnosis,
    }
}

/// The endpoints' names as the report's data carries them (the text names
/// them in its language).
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
pub async fn diagnose(client: &GatewayClient, now: DateTime<Utc>, locale: Locale) -> Diagnosis {
    let words = Catalog::of(locale);
    let mut endpoints = Vec::new();

    let mut log = Vec::new();
    let listed = client.read_list(&mut log).await;
    let mut report = EndpointReport::new(names::DEVICE_LIST);
    report.requests = shown(log, None);
    let list = match listed {
        Ok((list, trace)) => {
            report = report.traced(trace, aliases::device::ALL);
            report.recognised = report.shape.is_some();
            report.problem = list_problem(&list, words);
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
    let no_list = words.text("doctor-skipped-no-list");
    endpoints.push(match (&list, first) {
        (None, _) => EndpointReport::skipped(names::ONE_DEVICE, &no_list),
        (Some(_), None) => {
            EndpointReport::skipped(names::ONE_DEVICE, &words.text("doctor-skipped-no-device"))
        }
        (Some(_), Some(device)) => one_device(client, device).await,
    });

    let unlinked = list
        .as_ref()
        .and_then(|l| l.devices.iter().find(|d| d.state == SessionState::Unlinked));
    endpoints.push(match (&list, unlinked) {
        (None, _) => EndpointReport::skipped(names::QR_CODE, &no_list),
        (Some(_), None) => {
            EndpointReport::skipped(names::QR_CODE, &words.text("doctor-skipped-none-unlinked"))
        }
        (Some(_), Some(device)) => qr(client, &device.id, now, words).await,
    });

    let exit_code = exit_code(list.as_ref(), &endpoints);
    Diagnosis {
        app_version: APP_VERSION.to_owned(),
        base_url: printable(client.base_url().as_str(), 200),
        at: now,
        verdict: verdict(list.as_ref(), &endpoints, words),
        endpoints,
        exit_code,
    }
}

/// What keeps a list that was read from being whole or fully readable,
/// naming entries by their place, never by their name.
fn list_problem(list: &DeviceList, words: &Catalog) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(partial) = &list.partial {
        parts.push(words.with(
            "doctor-problem-broke-off",
            &[
                ("count", partial.read.into()),
                ("reason", message(&partial.reason).into()),
            ],
        ));
    }
    if !list.unread.is_empty() {
        parts.push(unread_entries(&list.unread, words));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Entries shown by name in a report before "and 3 more".
const UNREAD_SHOWN: usize = 5;

/// "2 entries could not be read: entry 3 (…), entry 9 (…)": named by their
/// place in the list, never by their name.
fn unread_entries(unread: &[UnreadDevice], words: &Catalog) -> String {
    let named: Vec<String> = unread
        .iter()
        .take(UNREAD_SHOWN)
        .map(|u| {
            words.with(
                "doctor-unread-entry",
                &[
                    ("position", u.position.into()),
                    ("problem", message(&u.problem).into()),
                ],
            )
        })
        .collect();
    let mut entries = named.join(&words.text("doctor-list-separator"));
    let more = unread.len() - named.len();
    if more > 0 {
        entries = words.with(
            "doctor-and-more",
            &[("list", entries.into()), ("count", more.into())],
        );
    }
    words.with(
        "doctor-problem-unread",
        &[("count", unread.len().into()), ("entries", entries.into())],
    )
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

async fn qr(
    client: &GatewayClient,
    id: &DeviceId,
    now: DateTime<Utc>,
    words: &Catalog,
) -> EndpointReport {
    let (mut report, answer) = ask(client, names::QR_CODE, routes::DEVICE_QR, Some(id)).await;
    match answer {
        Ok(body) => report.read_object(aliases::qr::ALL, |trace| wire::read_qr(&body, now, trace)),
        // Expected answers, not failures: no QR endpoint (pairing then goes
        // through the dashboard), or the phone linked meanwhile.
        Err(GatewayError::NotFound { message: m }) => {
            report.skipped = Some(words.with(
                "doctor-skipped-no-qr-endpoint",
                &[("message", message(&m).into())],
            ));
            report
        }
        Err(GatewayError::Conflict { message: m, .. }) => {
            report.skipped = Some(words.with(
                "doctor-skipped-linked-meanwhile",
                &[("message", message(&m).into())],
            ));
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

/// An endpoint's name as a person reads it in `words`' language.
fn endpoint_name(name: &str, words: &Catalog) -> String {
    let id = match name {
        names::DEVICE_LIST => "doctor-endpoint-device-list",
        names::WORKSPACE => "doctor-endpoint-workspace",
        names::ONE_DEVICE => "doctor-endpoint-one-device",
        names::QR_CODE => "doctor-endpoint-qr-code",
        other => return printable(other, 60),
    };
    words.text(id)
}

fn verdict(list: Option<&DeviceList>, endpoints: &[EndpointReport], words: &Catalog) -> String {
    let mut sentences = Vec::new();
    match list {
        None => {
            let why = endpoints
                .first()
                .and_then(|e| e.problem.clone())
                .unwrap_or_else(|| words.text("doctor-no-answer"));
            sentences.push(words.with("doctor-verdict-no-list", &[("problem", why.into())]));
        }
        Some(list) => {
            let total = list.devices.len() + list.unread.len();
            if total == 0 {
                sentences.push(words.text("doctor-verdict-no-devices"));
            } else {
                let count = |state: String, n: usize| {
                    words.with(
                        "doctor-state-count",
                        &[("state", state.into()), ("count", n.into())],
                    )
                };
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
                    let label = match state {
                        SessionState::Unknown => {
                            crate::domain::words::segment_label(words, SegmentKind::Unknown)
                        }
                        known => crate::domain::words::state_label(words, *known, ""),
                    };
                    (n > 0).then(|| count(label, n))
                })
                .chain(
                    (!list.unread.is_empty())
                        .then(|| count(words.text("status-unreadable"), list.unread.len())),
                )
                .collect();
                sentences.push(words.with(
                    "doctor-verdict-devices",
                    &[
                        ("count", total.into()),
                        (
                            "states",
                            counts.join(&words.text("doctor-list-separator")).into(),
                        ),
                    ],
                ));
            }
            if let Some(partial) = &list.partial {
                sentences.push(words.with(
                    "doctor-verdict-incomplete",
                    &[("reason", message(&partial.reason).into())],
                ));
            }
        }
    }
    let failing: Vec<String> = endpoints
        .iter()
        .filter(|e| e.is_failure())
        .map(|e| endpoint_name(&e.name, words))
        .collect();
    if failing.is_empty() {
        sentences.push(words.text("doctor-verdict-all-read"));
    } else {
        sentences.push(words.with(
            "doctor-verdict-not-read",
            &[(
                "endpoints",
                failing.join(&words.text("doctor-list-separator")).into(),
            )],
        ));
    }
    let gaps: usize = endpoints
        .iter()
        .map(|e| e.missing.len() + e.unknown_statuses.len())
        .sum();
    if gaps > 0 {
        sentences.push(words.text("doctor-verdict-gaps"));
    }
    sentences.join(" ")
}

/// What an exit code means, in `words`' language.
pub fn exit_meaning(code: u8, words: &Catalog) -> String {
    words.text(match code {
        status::ALL_CONNECTED => "doctor-exit-all-connected",
        status::SOME_NOT_CONNECTED => "doctor-exit-some-not-connected",
        status::SOME_DISCONNECTED => "doctor-exit-some-disconnected",
        _ => "doctor-exit-failed",
    })
}

/// Appends `label` and `text` to `out`, wrapped at [`TEXT_WIDTH`] with
/// every line after the first indented under the text.
fn line(out: &mut String, indent: usize, label: &str, text: &str) {
    let pad = " ".repeat(indent);
    let hang = " ".repeat(indent + columns::width(label));
    let mut current = format!("{pad}{label}");
    let mut width = 0;
    let mut first_word = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        // A word wider than a line is cut into pieces that fit.
        let chars: Vec<char> = word.chars().collect();
        for piece in chars.chunks(TEXT_WIDTH) {
            let piece: String = piece.iter().collect();
            let len = columns::width(&piece);
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

/// `items` made safe and joined, or `none` when there are none.
fn list_or(items: &[String], none: &str, words: &Catalog) -> String {
    if items.is_empty() {
        none.to_owned()
    } else {
        items
            .iter()
            .map(|i| printable(i, 60))
            .collect::<Vec<_>>()
            .join(&words.text("doctor-list-separator"))
    }
}

/// A label of the report's text: its words and the space after them.
fn label(words: &Catalog, id: &str) -> String {
    format!("{} ", words.text(id))
}

/// The report as a person reads it (the report's type is the model's).
pub trait ReportText {
    fn to_text(&self, locale: Locale, offset: FixedOffset) -> String;
}

impl ReportText for Diagnosis {
    /// The report as a person reads it, and as it is sent to support: one
    /// section per endpoint, every string that came from WAPing escaped.
    /// Its moment is at `offset` (this computer's), then in UTC for support. Plain
    /// text: a terminal or the window lays out right-to-left lines itself.
    fn to_text(&self, locale: Locale, offset: FixedOffset) -> String {
        let words = Catalog::of(locale);
        let mut out = String::new();
        line(&mut out, 0, &words.text("doctor-title"), "");
        let labels = [
            "doctor-label-app",
            "doctor-label-waping",
            "doctor-label-at",
            "doctor-label-exit-code",
            "doctor-label-verdict",
        ]
        .map(|id| label(words, id));
        // The values start in one column, however long the labels are in
        // this language.
        let column = labels.iter().map(|l| columns::width(l)).max().unwrap_or(0);
        let [app, waping, at, exit_code, verdict] = labels.map(|l| columns::pad(&l, column));
        line(
            &mut out,
            0,
            &app,
            &format!("WAPing Desk {}", printable(&self.app_version, 40)),
        );
        line(&mut out, 0, &waping, &printable(&self.base_url, 200));
        let local = self.at.with_timezone(&offset);
        line(
            &mut out,
            0,
            &at,
            &words.with(
                "doctor-at",
                &[
                    ("time", i18n::date_time(locale, local).into()),
                    ("utc", wire::format_time(self.at).into()),
                ],
            ),
        );
        line(
            &mut out,
            0,
            &exit_code,
            &words.with(
                "doctor-exit-code",
                &[
                    ("code", self.exit_code.to_string().into()),
                    ("meaning", exit_meaning(self.exit_code, words).into()),
                ],
            ),
        );
        // The verdict is the report's own sentence around text made safe
        // already; escaping it again would show its isolates as escapes.
        line(
            &mut out,
            0,
            &verdict,
            &printable(&columns::plain(&self.verdict), 2000),
        );
        for (n, endpoint) in self.endpoints.iter().enumerate() {
            out.push('\n');
            endpoint.render(n + 1, words, &mut out);
        }
        columns::plain(&out)
    }
}

/// One endpoint's section of the text report.
trait Render {
    fn render(&self, n: usize, words: &Catalog, out: &mut String);
}

impl Render for EndpointReport {
    fn render(&self, n: usize, words: &Catalog, out: &mut String) {
        line(
            out,
            0,
            &format!("[{n}] "),
            &endpoint_name(&self.name, words),
        );
        for r in &self.requests {
            let status = r
                .status
                .map_or_else(|| words.text("doctor-no-answer"), |s| format!("HTTP {s}"));
            line(
                out,
                2,
                "",
                &words.with(
                    "doctor-request",
                    &[
                        ("method", printable(&r.method, 10).into()),
                        ("url", printable(&r.url, 300).into()),
                        ("status", status.into()),
                        ("millis", r.millis.into()),
                    ],
                ),
            );
            if let Some(error) = &r.error {
                line(
                    out,
                    4,
                    &label(words, "doctor-label-error"),
                    &printable(error, MAX_MESSAGE_CHARS),
                );
            }
        }
        if let Some(skipped) = &self.skipped {
            line(
                out,
                2,
                &label(words, "doctor-label-skipped"),
                &printable(skipped, 2 * MAX_MESSAGE_CHARS),
            );
            return;
        }
        let recognised = match (&self.shape, self.recognised) {
            (Some(shape), true) if shape == wire::BARE_LIST => {
                words.text("doctor-recognised-bare-list")
            }
            (Some(shape), true) if shape == wire::WHOLE_ANSWER => {
                words.text("doctor-recognised-whole-answer")
            }
            (Some(shape), true) => words.with(
                "doctor-recognised-under",
                &[("shape", printable(shape, 100).into())],
            ),
            (None, true) => words.text("doctor-yes"),
            (_, false) => words.text("doctor-no"),
        };
        line(
            out,
            2,
            &label(words, "doctor-label-recognised"),
            &recognised,
        );
        if let Some(problem) = &self.problem {
            line(
                out,
                2,
                &label(words, "doctor-label-problem"),
                &printable(problem, 2 * MAX_MESSAGE_CHARS),
            );
        }
        if self.entries > 0 {
            line(
                out,
                2,
                &label(words, "doctor-label-entries"),
                &i18n::number(words.locale(), self.entries.into()),
            );
        }
        if !self.fields.is_empty() {
            line(out, 2, &words.text("doctor-fields-read"), "");
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
                    words.with(
                        "doctor-missing-in-entries",
                        &[
                            ("field", printable(&m.field, 60).into()),
                            ("count", m.entries.into()),
                            ("entries", self.entries.into()),
                        ],
                    )
                } else {
                    printable(&m.field, 60)
                }
            })
            .collect();
        let none = words.text("doctor-none");
        // Already made safe: only joined.
        let missing = if missing.is_empty() {
            none.clone()
        } else {
            missing.join(&words.text("doctor-list-separator"))
        };
        line(out, 2, &label(words, "doctor-label-missing"), &missing);
        line(
            out,
            2,
            &label(words, "doctor-label-unknown-fields"),
            &list_or(&self.unknown_fields, &none, words),
        );
        if !self.unknown_statuses.is_empty() || self.name == names::DEVICE_LIST {
            line(
                out,
                2,
                &label(words, "doctor-label-unknown-statuses"),
                &list_or(&self.unknown_statuses, &none, words),
            );
        }
        if !self.time_forms.is_empty() {
            line(
                out,
                2,
                &label(words, "doctor-label-time-forms"),
                &list_or(&self.time_forms, &none, words),
            );
        }
        if self.name == names::DEVICE_LIST {
            line(
                out,
                2,
                &label(words, "doctor-label-pagination"),
                &list_or(
                    &self.pagination,
                    &words.text("doctor-pagination-one-page"),
                    words,
                ),
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

    fn diagnosis_at(at: &str) -> Diagnosis {
        Diagnosis {
            app_version: "1.2.3".into(),
            base_url: "https://api.waping.app/".into(),
            at: DateTime::parse_from_rfc3339(at).unwrap().to_utc(),
            endpoints: vec![EndpointReport::skipped(names::ONE_DEVICE, "no device")],
            exit_code: 0,
            verdict: "v".into(),
        }
    }

    fn line_of(text: &str, label: &str) -> String {
        let line = text.lines().find(|l| l.starts_with(label));
        line.unwrap_or_else(|| panic!("no {label:?} in\n{text}"))
            .to_owned()
    }

    #[test]
    fn the_moment_is_at_the_clocks_offset_in_the_locales_clock_then_in_utc() {
        let diagnosis = diagnosis_at("2026-11-30T17:05:00Z");
        let sao_paulo = FixedOffset::west_opt(3 * 3600).unwrap();
        let pt = diagnosis.to_text(Locale::PtBr, sao_paulo);
        assert_eq!(
            line_of(&pt, "Em:"),
            "Em:              30 de nov., 14:05 (2026-11-30T17:05:00Z)"
        );
        assert_eq!(
            line_of(&pt, "Código de saída:"),
            "Código de saída: 0 (todos conectados)"
        );
        assert!(
            pt.contains("[1] Um aparelho\n  Pulado: no device\n"),
            "{pt}"
        );
        let en = diagnosis.to_text(Locale::En, sao_paulo);
        assert_eq!(
            line_of(&en, "At:"),
            "At:        Nov 30, 2:05\u{202f}PM (2026-11-30T17:05:00Z)"
        );
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
