//! `waping-desk status`, the real binary, against the simulator over loopback:
//! what it prints and the exit code scripts rely on.

mod common;

use common::{keys, sim, sim_speaking, text};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::{Command, Output};
use waping_core::simulator::{Fault, FaultRule, SimControl, WireProfile};
use waping_core::{Device, DeviceId, ErrorCode, PartialList, PlanTier, SessionState, UnreadDevice};

fn status(base_url: &str, key: &str, extra: &[&str]) -> Output {
    let home = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("status-cli-home");
    Command::new(env!("CARGO_BIN_EXE_waping-desk"))
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
    let out = Command::new(env!("CARGO_BIN_EXE_waping-desk"))
        .args(["status", "--no-such-flag"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(64), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("--no-such-flag"));
    let help = Command::new(env!("CARGO_BIN_EXE_waping-desk"))
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
