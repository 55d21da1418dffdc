//! `waping-desk status`, the real binary, against the simulator over loopback:
//! what it prints and the exit code scripts rely on, in the user's language
//! (and `--json` the same in every one).

mod common;

use common::{home_choosing, keys, sim, sim_speaking, speaking, text};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};
use waping_core::simulator::{self, Fault, FaultRule, SimConfig, SimControl, WireProfile};
use waping_core::{Device, DeviceId, ErrorCode, PartialList, PlanTier, SessionState, UnreadDevice};

/// `status` in English (LANG=C), with no settings file.
fn status(base_url: &str, key: &str, extra: &[&str]) -> Output {
    let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join("status-cli-home");
    status_in("C", &home, base_url, key, extra)
}

/// `status` with LANG=`lang`, its settings in `home`.
fn status_in(lang: &str, home: &Path, base_url: &str, key: &str, extra: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_waping-desk"));
    speaking(&mut command, lang)
        .arg("status")
        .args(["--base-url", base_url])
        .args(extra)
        .env("WAPING_API_KEY", key)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env_remove("DISPLAY")
        .output()
        .expect("the binary runs")
}

/// `status --json`'s report, in the domain's types.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Report {
    devices: Vec<Device>,
    unread: Vec<UnreadDevice>,
    partial: Option<PartialList>,
    exit_code: u8,
}

/// The report on stdout: exactly the keys scripts rely on, at the top and in
/// each device, read into the domain's types.
fn report(out: &Output) -> Report {
    let value: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(
        keys(&value),
        BTreeSet::from(["devices", "unread", "partial", "exitCode"]),
        "{value}"
    );
    for device in value["devices"].as_array().expect("a list of devices") {
        assert_eq!(
            keys(device),
            BTreeSet::from([
                "id",
                "name",
                "phone",
                "state",
                "rawStatus",
                "reason",
                "stateSince",
                "lastSeen"
            ]),
            "{device}"
        );
    }
    serde_json::from_value(value).expect("the report reads as the domain's types")
}

#[test]
fn the_exit_code_says_the_worst_state() {
    let sim = sim(PlanTier::Growth, 3);
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let set = |id: &str, status: &str, reason: Option<&str>| {
        tauri::async_runtime::block_on(control.set_status(id, status, reason)).unwrap();
    };

    let all = status(&sim.base_url(), sim.api_key(), &[]);
    assert_eq!(all.status.code(), Some(0), "{}", text(&all.stderr));
    let table = text(&all.stdout);
    for id in ["dev_001", "dev_002", "dev_003"] {
        assert!(table.contains(id), "{table}");
    }
    assert!(table.contains("Connected"), "{table}");

    set("dev_002", "reconnecting", Some("reconnecting"));
    let degraded = status(&sim.base_url(), sim.api_key(), &[]);
    assert_eq!(degraded.status.code(), Some(1));
    assert!(text(&degraded.stdout).contains("reconnecting"));

    set("dev_003", "logged_out", Some("logged_out"));
    let down = status(&sim.base_url(), sim.api_key(), &["--json"]);
    assert_eq!(down.status.code(), Some(2));
    let report = report(&down);
    assert_eq!(report.exit_code, 2);
    assert_eq!((report.partial, report.unread), (None, vec![]));
    assert_eq!(report.devices.len(), 3);
    let dev3 = report
        .devices
        .iter()
        .find(|d| d.id == DeviceId::new("dev_003"))
        .unwrap();
    assert_eq!(dev3.state, SessionState::Disconnected);
    assert_eq!(dev3.reason.as_deref(), Some("logged_out"));
    assert!(down.stderr.is_empty(), "{}", text(&down.stderr));
}

#[test]
fn a_rejected_key_or_no_answer_exits_3_with_the_reason() {
    let sim = sim(PlanTier::Growth, 3);
    let rejected = status(&sim.base_url(), "wrong_key", &[]);
    assert_eq!(rejected.status.code(), Some(3));
    assert!(rejected.stdout.is_empty());
    assert!(
        text(&rejected.stderr).contains("WAPing rejected the API key"),
        "{}",
        text(&rejected.stderr)
    );

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let nobody = status(&format!("http://127.0.0.1:{port}"), "k", &["--json"]);
    assert_eq!(nobody.status.code(), Some(3));
    assert!(
        text(&nobody.stderr).contains("cannot reach WAPing"),
        "{}",
        text(&nobody.stderr)
    );
    let failure: common::Failure = serde_json::from_slice(&nobody.stdout).expect("JSON on stdout");
    assert_eq!(failure.error.code, ErrorCode::Unreachable, "{failure:?}");
    assert!(
        failure.error.message.starts_with("cannot reach WAPing"),
        "{failure:?}"
    );
}

#[test]
fn a_usage_error_is_not_mistaken_for_a_disconnected_phone() {
    let out = speaking(&mut Command::new(env!("CARGO_BIN_EXE_waping-desk")), "C")
        .args(["status", "--no-such-flag"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(64), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("--no-such-flag"));
    let help = speaking(&mut Command::new(env!("CARGO_BIN_EXE_waping-desk")), "C")
        .args(["status", "--help"])
        .output()
        .unwrap();
    assert_eq!(help.status.code(), Some(0));
    assert!(text(&help.stdout).contains("Exit code"));
}

#[test]
fn a_list_that_breaks_off_exits_3_and_says_how_much_was_read() {
    let paged = WireProfile::named("paged-cursor")
        .unwrap()
        .with_page_size(20);
    let sim = sim_speaking(PlanTier::Enterprise, 50, paged);
    let whole = status(&sim.base_url(), sim.api_key(), &[]);
    assert_eq!(whole.status.code(), Some(0), "{}", text(&whole.stderr));
    assert_eq!(
        text(&whole.stdout).lines().count(),
        51,
        "a header and 50 devices"
    );

    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let fault = FaultRule::always(Fault::ServerError { status: 503 }).on_page(3);
    tauri::async_runtime::block_on(control.add_fault(&fault)).unwrap();
    let cut = status(&sim.base_url(), sim.api_key(), &[]);
    assert_eq!(cut.status.code(), Some(3), "never all connected");
    assert_eq!(
        text(&cut.stdout).lines().count(),
        41,
        "the 40 devices read are still listed"
    );
    let stderr = text(&cut.stderr);
    assert!(
        stderr.contains("waping-desk: WAPing Desk could only read 40 devices: page 3 of the list could not be read: WAPing had a server error (HTTP 503)"),
        "{stderr}"
    );

    let json = status(&sim.base_url(), sim.api_key(), &["--json"]);
    assert_eq!(json.status.code(), Some(3));
    let report = report(&json);
    assert_eq!(report.exit_code, 3);
    let partial = report.partial.expect("the report says the list is partial");
    assert_eq!(partial.read, 40);
    assert!(partial.reason.contains("page 3"), "{partial:?}");
    assert_eq!(report.devices.len(), 40);
    assert_eq!(report.unread, vec![]);
}

/// The display column each line's cell starting with one of `starts` begins
/// at: the same on every line when the table lines up.
fn columns_of(table: &str, starts: &[&str]) -> Vec<usize> {
    table
        .lines()
        .map(|line| {
            let at = starts
                .iter()
                .find_map(|s| line.find(s))
                .unwrap_or_else(|| panic!("none of {starts:?} in {line:?}"));
            drawn_width(&line[..at])
        })
        .collect()
}

/// Columns a terminal draws `text` in, for the scripts these tables use:
/// Devanagari's signs over and under a letter take none (measured here on
/// its own, not with the code under test).
fn drawn_width(text: &str) -> usize {
    text.chars()
        .filter(|c| !matches!(c, '\u{0900}'..='\u{0902}' | '\u{093C}' | '\u{0941}'..='\u{0948}' | '\u{094D}'))
        .count()
}

#[test]
fn a_rejected_key_is_said_in_the_systems_language_with_wapings_own_words_after() {
    let sim = sim(PlanTier::Growth, 3);
    let home = home_choosing("status-cli-rejected-language", None);
    let pt = status_in("pt_BR.UTF-8", &home, &sim.base_url(), "wrong_key", &[]);
    assert_eq!(pt.status.code(), Some(3));
    let stderr = text(&pt.stderr);
    let mut lines = stderr.lines();
    assert!(
        lines
            .next()
            .is_some_and(|l| l.starts_with("waping-desk: ") && l.contains("chave de API")),
        "{stderr}"
    );
    assert!(
        lines
            .next()
            .is_some_and(|l| l.contains("WAPing rejected the API key")),
        "{stderr}"
    );
}

#[test]
fn the_table_speaks_the_systems_language_and_lines_up_in_arabic_and_hindi() {
    let sim = sim(PlanTier::Growth, 3);
    let (url, key) = (sim.base_url(), sim.api_key().to_owned());
    let home = home_choosing("status-cli-system-language", None);

    let english = text(&status_in("C", &home, &url, &key, &[]).stdout);
    assert!(english.starts_with("DEVICE "), "{english}");

    let pt = status_in("pt_BR.UTF-8", &home, &url, &key, &[]);
    assert_eq!(pt.status.code(), Some(0), "{}", text(&pt.stderr));
    let table = text(&pt.stdout);
    let header = table.lines().next().unwrap();
    assert!(header.starts_with("APARELHO  NOME "), "{table}");
    assert!(header.ends_with("  VISTO POR ÚLTIMO"), "{table}");
    assert_eq!(table.lines().count(), 4, "{table}");

    let ar = status_in("ar_EG.UTF-8", &home, &url, &key, &["--json"]);
    let names: Vec<String> = report(&ar).devices.into_iter().map(|d| d.name).collect();
    let ar = status_in("ar_EG.UTF-8", &home, &url, &key, &[]);
    assert_eq!(ar.status.code(), Some(0), "{}", text(&ar.stderr));
    let table = text(&ar.stdout);
    assert!(table.starts_with("الجهاز "), "{table}");
    assert!(
        table.lines().next().unwrap().ends_with("آخر ظهور"),
        "{table}"
    );
    // Plain text, for the terminal to lay out: no isolates around words.
    assert!(!table.contains(['\u{2068}', '\u{2069}']), "{table:?}");
    let mut starts = vec!["الاسم"];
    starts.extend(names.iter().map(String::as_str));
    let name_columns = columns_of(&table, &starts);
    assert!(
        name_columns.windows(2).all(|w| w[0] == w[1]),
        "names start at {name_columns:?} in\n{table}"
    );

    // स्थिति has a sign under its letter: six chars, five columns. The
    // reasons (none: "-") start in one column only if cells are padded to
    // what the terminal draws.
    let hi = status_in("hi_IN.UTF-8", &home, &url, &key, &[]);
    let table = text(&hi.stdout);
    assert!(table.starts_with("डिवाइस "), "{table}");
    let reason_columns = columns_of(&table, &["कारण", "-"]);
    assert!(
        reason_columns.windows(2).all(|w| w[0] == w[1]),
        "reasons start at {reason_columns:?} in\n{table}"
    );
}

#[test]
fn the_language_chosen_in_settings_comes_before_the_systems() {
    let sim = sim(PlanTier::Growth, 3);
    let (url, key) = (sim.base_url(), sim.api_key().to_owned());

    let pt = home_choosing("status-cli-settings-pt", Some("pt-BR"));
    let out = status_in("C", &pt, &url, &key, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("APARELHO "),
        "{}",
        text(&out.stdout)
    );

    let ar = home_choosing("status-cli-settings-ar", Some("ar"));
    let out = status_in("de_DE.UTF-8", &ar, &url, &key, &[]);
    assert!(
        text(&out.stdout).starts_with("الجهاز "),
        "{}",
        text(&out.stdout)
    );

    let en = home_choosing("status-cli-settings-en", Some("en"));
    let out = status_in("fr_FR.UTF-8", &en, &url, &key, &[]);
    assert!(
        text(&out.stdout).starts_with("DEVICE "),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn json_is_the_same_bytes_in_every_language() {
    // WAPing's clock stands still, so that each answer is the same.
    let clock = waping_core::domain::ManualClock::new(chrono::Utc::now());
    let config = SimConfig {
        plan: PlanTier::Growth,
        devices: 3,
        clock: Some(clock),
        ..SimConfig::default()
    };
    let sim =
        tauri::async_runtime::block_on(simulator::start(config, "127.0.0.1:0".parse().unwrap()))
            .unwrap();
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    tauri::async_runtime::block_on(control.set_status("dev_002", "syncing", Some("history_sync")))
        .unwrap();
    let (url, key) = (sim.base_url(), sim.api_key().to_owned());
    let plain = home_choosing("status-cli-json-plain", None);
    let chosen = home_choosing("status-cli-json-ar", Some("ar"));
    let english = status_in("C", &plain, &url, &key, &["--json"]);
    assert_eq!(english.status.code(), Some(1), "{}", text(&english.stderr));
    assert_eq!(report(&english).exit_code, 1);
    for (lang, home) in [
        ("pt_BR.UTF-8", &plain),
        ("ar_EG.UTF-8", &plain),
        ("hi_IN.UTF-8", &plain),
        ("C", &chosen),
    ] {
        let out = status_in(lang, home, &url, &key, &["--json"]);
        assert_eq!(out.status.code(), Some(1), "{lang}");
        assert_eq!(
            text(&out.stdout),
            text(&english.stdout),
            "{lang}, settings in {home:?}"
        );
        assert_eq!(out.stderr, english.stderr, "{lang}");
    }
}
