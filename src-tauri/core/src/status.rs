//! `waping-desk status`: one look at every device, for scripts, cron and
//! status bars. The exit code says the worst state. The table is in the
//! user's language; `--json` is the same in every language.

use crate::columns;
use crate::domain::{read_problem, words, Device, DeviceList, SessionState, UnreadDevice};
use crate::gateway::{GatewayClient, GatewayError};
use crate::i18n::{Catalog, Locale};
use crate::text::{printable, terminal_json};
use chrono::{DateTime, Utc};
use serde_json::json;

pub use waping_model::status_code::{
    ALL_CONNECTED, GATEWAY_FAILED, SOME_DISCONNECTED, SOME_NOT_CONNECTED,
};

/// What to print and how to exit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: u8,
}

/// The worst state as an exit code (no devices is nothing wrong): an unread
/// device counts as what its status said, or Unknown; a list that broke off
/// is a failure to read WAPing, never "all connected".
pub fn exit_code(list: &DeviceList) -> u8 {
    if list.partial.is_some() {
        return GATEWAY_FAILED;
    }
    list.devices
        .iter()
        .map(|d| d.state)
        .chain(list.unread.iter().map(|u| u.state))
        .map(|state| match state {
            SessionState::Connected => ALL_CONNECTED,
            SessionState::Disconnected => SOME_DISCONNECTED,
            SessionState::Degraded | SessionState::Unlinked | SessionState::Unknown => {
                SOME_NOT_CONNECTED
            }
        })
        .max()
        .unwrap_or(ALL_CONNECTED)
}

pub async fn run(
    client: &GatewayClient,
    as_json: bool,
    now: DateTime<Utc>,
    locale: Locale,
) -> Outcome {
    match client.list_devices().await {
        Ok(list) => report(&list, as_json, now, locale),
        Err(error) => failure(&error, as_json, locale),
    }
}

/// A workspace that could not be read: its error as JSON when asked for, and
/// on stderr the error's sentence in `locale` with WAPing's own detail after
/// it (the detail is what support needs; it stays as WAPing or the system
/// said it).
pub fn failure(error: &GatewayError, as_json: bool, locale: Locale) -> Outcome {
    Outcome {
        stdout: if as_json {
            format!("{}\n", terminal_json(&json!({"error": error}), false))
        } else {
            String::new()
        },
        stderr: format!(
            "waping-desk: {}\n  {}\n",
            printable(&error.code().words(Catalog::of(locale)), 2000),
            printable(&error.to_string(), 2000)
        ),
        code: GATEWAY_FAILED,
    }
}

pub fn report(list: &DeviceList, as_json: bool, now: DateTime<Utc>, locale: Locale) -> Outcome {
    let code = exit_code(list);
    let stdout = if as_json {
        let value = json!({
            "devices": list.devices,
            "unread": list.unread,
            "partial": list.partial,
            "exitCode": code,
        });
        format!("{}\n", terminal_json(&value, false))
    } else {
        table(&list.devices, &list.unread, now, Catalog::of(locale))
    };
    let stderr = read_problem(Catalog::of(locale), &list.unread, list.partial.as_ref())
        .map(|problem| format!("waping-desk: {}\n", printable(&problem, 2000)))
        .unwrap_or_default();
    Outcome {
        stdout,
        stderr,
        code,
    }
}

/// Widest a cell is printed; longer text is cut with an ellipsis.
pub const MAX_CELL_CHARS: usize = 40;

/// A cell as a terminal may safely show it: what came from WAPing has its
/// control characters escaped (so it cannot move the cursor, colour or
/// rewrite the screen) and is cut to [`MAX_CELL_CHARS`].
fn cell(raw: &str) -> String {
    printable(raw, MAX_CELL_CHARS)
}

fn table(
    devices: &[Device],
    unread: &[UnreadDevice],
    now: DateTime<Utc>,
    words_of: &Catalog,
) -> String {
    if devices.is_empty() && unread.is_empty() {
        return format!("{}\n", words_of.text("status-no-devices"));
    }
    let mut rows: Vec<[String; 5]> = devices
        .iter()
        .map(|d| {
            let state = words::state_label(words_of, d.state, &cell(&d.raw_status));
            [
                cell(d.id.as_str()),
                cell(&d.name),
                state,
                d.reason.as_deref().map_or_else(|| "-".into(), cell),
                d.last_seen
                    .map_or_else(|| words_of.text("never"), |t| ago(words_of, now, t)),
            ]
        })
        .collect();
    rows.extend(unread.iter().map(|u| {
        [
            u.id.as_ref()
                .map_or_else(|| format!("#{}", u.position), |id| cell(id.as_str())),
            u.name.as_deref().map_or_else(|| "-".into(), cell),
            words_of.text("status-unreadable"),
            cell(&u.problem),
            "-".to_owned(),
        ]
    }));
    let header = [
        "status-column-device",
        "status-column-name",
        "status-column-state",
        "status-column-reason",
        "status-column-last-seen",
    ]
    .map(|id| words_of.text(id));
    // Columns are measured as the terminal draws them, so that they line up
    // in scripts with marks over their letters too.
    let mut widths = header.clone().map(|h| columns::width(&h));
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(columns::width(cell));
        }
    }
    std::iter::once(&header)
        .chain(&rows)
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .zip(widths)
                .map(|(cell, w)| columns::pad(cell, w))
                .collect();
            format!("{}\n", columns::plain(cells.join("  ").trim_end()))
        })
        .collect()
}

pub use crate::domain::words::ago;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DeviceId;

    fn device(id: &str, state: SessionState) -> Device {
        Device {
            id: DeviceId::new(id),
            name: format!("Phone {id}"),
            phone: None,
            state,
            raw_status: "syncing".into(),
            reason: None,
            state_since: None,
            last_seen: None,
        }
    }

    #[test]
    fn exit_code_is_the_worst_state() {
        use SessionState::*;
        let cases: &[(&[SessionState], u8)] = &[
            (&[], 0),
            (&[Connected, Connected], 0),
            (&[Connected, Degraded], 1),
            (&[Unlinked], 1),
            (&[Unknown, Connected], 1),
            (&[Degraded, Disconnected, Unknown], 2),
        ];
        for (states, code) in cases {
            let devices: Vec<Device> = states.iter().map(|s| device("d", *s)).collect();
            assert_eq!(
                exit_code(&DeviceList::complete(devices)),
                *code,
                "{states:?}"
            );
        }
    }

    #[test]
    fn a_huge_hostile_name_is_cut_and_escaped() {
        let mut d = device("dev_001", SessionState::Unknown);
        d.name = format!("\u{1b}[31m\u{202e}{}", "N".repeat(70_000));
        d.raw_status = "\u{1b}[2J".into();
        let unread = UnreadDevice {
            position: 2,
            id: None,
            name: Some("\u{202e}".repeat(70_000)),
            problem: "no status field".into(),
            state: SessionState::Unknown,
        };
        let list = DeviceList {
            devices: vec![d],
            unread: vec![unread],
            partial: None,
        };
        let out = report(&list, false, Utc::now(), Locale::En);
        for text in [&out.stdout, &out.stderr] {
            assert!(!text.contains(['\u{1b}', '\u{202e}']), "{text}");
        }
        assert!(out.stdout.lines().all(|l| l.chars().count() < 1000));
        assert!(
            out.stdout.contains("\\u{1b}[31m\\u{202e}NNN"),
            "{}",
            out.stdout
        );
        assert!(out.stdout.contains("Unreadable"));
    }

    #[test]
    fn table_aligns_and_names_unknown_statuses() {
        let now = Utc::now();
        let mut a = device("dev_001", SessionState::Connected);
        a.last_seen = Some(now - chrono::Duration::seconds(90));
        let mut b = device("dev_002", SessionState::Unknown);
        b.reason = Some("history_sync".into());
        let out = report(&DeviceList::complete(vec![a, b]), false, now, Locale::En);
        assert_eq!(out.code, 1);
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(
            lines[0],
            "DEVICE   NAME           STATE              REASON        LAST SEEN"
        );
        assert_eq!(
            lines[1],
            "dev_001  Phone dev_001  Connected          -             1 min ago"
        );
        assert_eq!(
            lines[2],
            "dev_002  Phone dev_002  Unknown (syncing)  history_sync  never"
        );
    }
}
