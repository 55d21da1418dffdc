//! `waping-desk doctor` and `waping-desk-agent doctor`, the real binaries:
//! exit codes, the JSON form, and output a terminal can take as it is (no
//! colour codes when it is not a terminal, nothing a server sent as controls),
//! in the user's language, with `--json` the same in every one.

mod common;

use chrono::Timelike;
use common::{home_choosing, keys, sim, speaking, text};
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::{Command, Output};
use waping_core::doctor::{names, Diagnosis};
use waping_core::simulator::SimControl;
use waping_core::{ErrorCode, PlanTier};

fn home() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("doctor-cli-home")
}

/// `binary` with `args`, away from the user's settings, keyring and display;
/// debug logging on, so that stderr has log lines to check. In English
/// (LANG=C) unless `env` says otherwise.
fn run(binary: impl AsRef<std::ffi::OsStr>, args: &[&str], env: &[(&str, &str)]) -> Output {
    run_in(&home(), binary, args, env)
}

/// [`run`] with the settings of `home`.
fn run_in(
    home: &std::path::Path,
    binary: impl AsRef<std::ffi::OsStr>,
    args: &[&str],
    env: &[(&str, &str)],
) -> Output {
    let mut command = Command::new(binary);
    speaking(&mut command, "C")
        .args(args)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env("WAPING_DESK_LOG", "debug")
        .env_remove("WAPING_API_KEY")
        .env_remove("NO_COLOR")
        .env_remove("DISPLAY");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("the binary runs")
}

fn agent(args: &[&str], env: &[(&str, &str)]) -> Output {
    run(common::agent_binary(), args, env)
}

fn window(args: &[&str], env: &[(&str, &str)]) -> Output {
    run(env!("CARGO_BIN_EXE_waping-desk"), args, env)
}

/// `doctor --json`'s diagnosis on stdout: exactly the keys scripts rely on,
/// at the top and in each endpoint, read into the core's type.
fn diagnosis(out: &Output) -> Diagnosis {
    let value: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(
        keys(&value),
        BTreeSet::from([
            "appVersion",
            "baseUrl",
            "at",
            "endpoints",
            "exitCode",
            "verdict"
        ]),
        "{value:#}"
    );
    for endpoint in value["endpoints"].as_array().expect("a list of endpoints") {
        assert_eq!(
            keys(endpoint),
            BTreeSet::from([
                "name",
                "requests",
                "recognised",
                "shape",
                "fields",
                "missing",
                "unknownFields",
                "unknownStatuses",
                "timeForms",
                "pagination",
                "entries",
                "problem",
                "skipped"
            ]),
            "{endpoint:#}"
        );
    }
    serde_json::from_value(value).expect("the diagnosis reads as the core's type")
}

fn assert_no_colour(out: &Output) {
    for (what, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert!(
            !text(bytes).contains("\x1b["),
            "{what} has ANSI codes: {:?}",
            text(bytes)
        );
    }
}

#[test]
fn the_demo_is_diagnosed_with_statuss_exit_code() {
    // The demo starts with one phone of each state: the worst is Disconnected.
    let out = agent(&["doctor", "--demo"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    for part in [
        "WAPing Desk diagnosis",
        "[1] Device list",
        "[2] Workspace",
        "[3] One device",
        "[4] QR code",
        "id <- id",
        "status <- status",
        "Exit code: 2 (some disconnected)",
    ] {
        assert!(report.contains(part), "{part:?} in\n{report}");
    }
    assert!(!report.contains("Shop phone"), "{report}");
    assert!(!report.contains("sim_demo_key"), "{report}");
    assert_no_colour(&out);

    let json = agent(&["doctor", "--demo", "--json"], &[("NO_COLOR", "1")]);
    assert_eq!(json.status.code(), Some(2), "{}", text(&json.stderr));
    let diagnosis = diagnosis(&json);
    assert_eq!(diagnosis.exit_code, 2);
    assert_eq!(diagnosis.endpoints.len(), 4);
    assert!(
        diagnosis.endpoints.iter().all(|e| e.recognised),
        "{diagnosis:#?}"
    );
    assert_eq!(diagnosis.app_version, env!("CARGO_PKG_VERSION"));
    assert_no_colour(&json);
}

#[test]
fn the_window_binary_forwards_doctor_to_the_agent() {
    let out = window(&["doctor", "--demo", "--json"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let diagnosis = diagnosis(&out);
    assert_eq!(diagnosis.endpoints[0].name, names::DEVICE_LIST);
    assert_eq!(diagnosis.exit_code, 2);
    assert_no_colour(&out);

    let help = window(&["doctor", "--help"], &[]);
    assert_eq!(help.status.code(), Some(0));
    assert!(text(&help.stdout).contains("Exit code"));
    let usage = window(&["doctor", "--no-such-flag"], &[]);
    assert_eq!(usage.status.code(), Some(64));
}

#[test]
fn no_key_or_no_answer_exits_3() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let nobody = agent(
        &["doctor", "--base-url", &url],
        &[("WAPING_API_KEY", "wk_live_nobody_listens")],
    );
    assert_eq!(nobody.status.code(), Some(3), "{}", text(&nobody.stderr));
    let report = text(&nobody.stdout);
    assert!(report.contains("cannot reach WAPing"), "{report}");
    assert!(!report.contains("wk_live_nobody_listens"), "{report}");
    assert_no_colour(&nobody);

    let bad_url = agent(
        &["doctor", "--json", "--base-url", "http://example.com"],
        &[],
    );
    assert_eq!(bad_url.status.code(), Some(3));
    let failure: common::Failure = serde_json::from_slice(&bad_url.stdout).expect("JSON on stdout");
    assert_eq!(failure.error.code, ErrorCode::InvalidBaseUrl, "{failure:?}");
    assert!(
        failure.error.message.starts_with("invalid WAPing base URL"),
        "{failure:?}"
    );
}

#[test]
fn hostile_text_from_the_server_reaches_no_terminal_as_controls() {
    let sim = sim(PlanTier::Growth, 3);
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let hostile = format!("\u{1b}[31m\u{202e}{}", "N".repeat(70_000));
    tauri::async_runtime::block_on(async {
        control.set_name("dev_001", &hostile).await.unwrap();
        control
            .set_status("dev_002", "odd\u{1b}[2J", Some("\u{1b}]0;pwned\u{7}"))
            .await
            .unwrap();
    });
    let key = [("WAPING_API_KEY", sim.api_key())];
    for (args, code, lang) in [
        (&["status"][..], 1, "C"),
        (&["status"][..], 1, "ar_EG.UTF-8"),
        (&["doctor"][..], 1, "ar_EG.UTF-8"),
        (&["doctor"][..], 1, "hi_IN.UTF-8"),
        (&["status", "--json"][..], 1, "C"),
        (&["doctor"][..], 1, "C"),
        (&["doctor", "--json"][..], 1, "C"),
    ] {
        let key = [key[0], ("LANG", lang)];
        let mut args = args.to_vec();
        let url = sim.base_url();
        args.extend(["--base-url", &url]);
        for binary in [
            std::path::PathBuf::from(env!("CARGO_BIN_EXE_waping-desk")),
            common::agent_binary(),
        ] {
            let out = run(&binary, &args, &key);
            assert_eq!(
                out.status.code(),
                Some(code),
                "{args:?} {lang}: {}",
                text(&out.stderr)
            );
            for (what, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
                let shown = text(bytes);
                assert!(!shown.contains('\u{1b}'), "{args:?} {what}: {shown:?}");
                assert!(!shown.contains('\u{202e}'), "{args:?} {what}: {shown:?}");
                // JSON is one value per line by design, and logs are logs; the
                // text on stdout is cut to fit.
                if what == "stdout" && !args.contains(&"--json") {
                    let longest = shown.lines().map(|l| l.chars().count()).max().unwrap_or(0);
                    assert!(longest <= 400, "{args:?} {what}: a line of {longest}");
                }
            }
        }
    }
}

/// A POSIX TZ where it is now 15:xx (UTC+k, written `XXX-k`): a 12-hour
/// clock would say 3 PM.
fn afternoon_zone() -> String {
    let hour = chrono::Utc::now().hour() as i32;
    let ahead = (15 - hour + 11).rem_euclid(24) - 11;
    format!("XXX{}", -ahead)
}

/// The line of `report` that starts with `label`.
fn line_of<'a>(report: &'a str, label: &str) -> &'a str {
    report
        .lines()
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no {label:?} line in\n{report}"))
}

#[test]
fn the_report_speaks_portuguese_with_a_24_hour_clock() {
    let zone = afternoon_zone();
    let home = home_choosing("doctor-cli-system-language", None);
    let pt = run_in(
        &home,
        common::agent_binary(),
        &["doctor", "--demo"],
        &[("LANG", "pt_BR.UTF-8"), ("TZ", &zone)],
    );
    assert_eq!(pt.status.code(), Some(2), "{}", text(&pt.stderr));
    let report = text(&pt.stdout);
    for part in [
        "Diagnóstico do WAPing Desk",
        "Código de saída: 2 (alguns desconectados)",
        "[1] Lista de aparelhos",
        "[2] Espaço de trabalho",
        "[3] Um aparelho",
        "[4] Código QR",
        "  Reconhecido: sim, encontrado em \"data\"",
        "Campos lidos (campo <- onde):",
        "Paginação: nenhuma (uma página)",
        "Conclusão:       4 aparelhos: ",
    ] {
        assert!(report.contains(part), "{part:?} in\n{report}");
    }
    // The values line up after the longest label, "Código de saída:".
    let at = line_of(&report, "Em:");
    assert!(at.starts_with("Em:              "), "{at:?}");
    let time = at.split_whitespace().nth(4).unwrap_or_default();
    assert!(
        ["15:", "16:"].iter().any(|h| time.starts_with(h)),
        "a 24-hour time in {at:?}"
    );
    assert!(!at.contains("PM") && !at.contains("AM"), "{at:?}");

    // The same moment in English has the 12-hour clock: the language made
    // the difference.
    let en = run_in(
        &home,
        common::agent_binary(),
        &["doctor", "--demo"],
        &[("TZ", &zone)],
    );
    let at = line_of(&text(&en.stdout), "At:").to_owned();
    assert!(at.contains("PM"), "{at:?}");
}

#[test]
fn the_report_speaks_arabic_as_plain_text_and_the_settings_language_first() {
    let home = home_choosing("doctor-cli-settings-ar", Some("ar"));
    let out = run_in(
        &home,
        env!("CARGO_BIN_EXE_waping-desk"),
        &["doctor", "--demo"],
        &[("LANG", "pt_BR.UTF-8")],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    for part in [
        "تشخيص WAPing Desk",
        "رمز الخروج: 2 (بعض الأجهزة غير متصلة)",
        "الخلاصة:    4 أجهزة: ",
        "[1] قائمة الأجهزة",
        "[4] رمز QR",
        "  تم التعرّف: نعم، وُجد تحت \"data\"",
    ] {
        assert!(report.contains(part), "{part:?} in\n{report}");
    }
    assert!(!report.contains(['\u{2068}', '\u{2069}']), "{report:?}");
    assert!(!report.contains("\\u{2068}"), "{report}");
    assert_no_colour(&out);
}

#[test]
fn json_is_the_same_in_every_language() {
    let sim = sim(PlanTier::Growth, 3);
    let url = sim.base_url();
    let key = [("WAPING_API_KEY", sim.api_key())];
    let args = ["doctor", "--json", "--base-url", &url];
    // What changes from one run to the next whatever the language.
    let steady = |out: &Output| {
        let mut value: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
        value["at"] = Value::Null;
        for endpoint in value["endpoints"].as_array_mut().unwrap() {
            for request in endpoint["requests"].as_array_mut().unwrap() {
                request["millis"] = Value::Null;
            }
        }
        serde_json::to_string_pretty(&value).unwrap()
    };
    let english = agent(&args, &key);
    assert_eq!(english.status.code(), Some(0), "{}", text(&english.stderr));
    let english_json = steady(&english);
    assert!(
        diagnosis(&english)
            .verdict
            .starts_with("3 devices: 3 Connected."),
        "{english_json}"
    );
    let plain = home_choosing("doctor-cli-json-plain", None);
    let chosen = home_choosing("doctor-cli-json-pt", Some("pt-BR"));
    for (lang, home) in [
        ("pt_BR.UTF-8", &plain),
        ("ar_EG.UTF-8", &plain),
        ("fr_FR.UTF-8", &plain),
        ("C", &chosen),
    ] {
        let out = run_in(
            home,
            common::agent_binary(),
            &args,
            &[key[0], ("LANG", lang)],
        );
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", text(&out.stderr));
        assert_eq!(steady(&out), english_json, "{lang}, settings in {home:?}");
    }
}
