//! A server that writes to the user's terminal: WAPing (or whoever answers at
//! its address) names a device with escape sequences that set the window's
//! title, write the clipboard (OSC 52) and clear the screen, made longer than
//! a format width can be. The real `waping-desk-agent status` binary reads it
//! from the simulator over loopback.

use serde::Deserialize;
use std::path::Path;
use std::process::{Command, Output};
use waping_core::simulator::{self, Scenario, SimConfig, SimControl, SimHandle};
use waping_core::status::SOME_DISCONNECTED;
use waping_core::{Device, DeviceId, PartialList, PlanTier, SessionState, UnreadDevice};

/// More than a format width (65,535) can pad to.
const HUGE: usize = 70_000;
/// What the reader keeps of a name or a reason, with its ellipsis.
const KEPT_CHARS: usize = 256;

/// Every way a terminal is told to do something: OSC 0 (window title), OSC 52
/// (clipboard write, here "rm -rf ~" in base64), CSI (clear the screen,
/// colour), and their 8-bit C1 forms (CSI U+009B, OSC U+009D, ST U+009C).
fn hostile(what: &str) -> String {
    format!(
        "\u{1b}]0;{what} owned\u{7}\u{1b}]52;c;cm0gLXJmIH4K\u{7}\u{1b}[2J\u{1b}[31m\u{9b}1m\u{9d}0;c1 title\u{9c}{}\u{1b}]0;tail\u{7}",
        "N".repeat(HUGE)
    )
}

/// `status --json`'s report, in the domain's types.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Report {
    devices: Vec<Device>,
    unread: Vec<UnreadDevice>,
    partial: Option<PartialList>,
    exit_code: u8,
}

/// The real binary's `status` against `sim`, in a home of its own with no
/// keyring or display to reach, in the language of `lang` (as LANG).
fn status(sim: &SimHandle, home: &Path, lang: &str, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waping-desk-agent"))
        .args(["status", "--base-url", &sim.base_url()])
        .env("LANG", lang)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(extra)
        .env("WAPING_API_KEY", sim.api_key())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_RUNTIME_DIR", home.join("runtime"))
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the binary runs")
}

/// Bytes a terminal can show without obeying: valid UTF-8 with no ESC, no
/// BEL and no C1 control (U+0080–U+009F, which some terminals take as CSI
/// or OSC on their own).
fn assert_inert(what: &str, bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what} is not UTF-8: {e}"));
    let shown = || text.chars().take(600).collect::<String>();
    assert!(!bytes.contains(&0x1b), "{what} carries ESC: {:?}", shown());
    assert!(!bytes.contains(&0x07), "{what} carries BEL: {:?}", shown());
    assert!(
        !text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "{what} carries a C1 control: {:?}",
        shown()
    );
}

fn assert_cut(what: &str, value: &str) {
    let chars = value.chars().count();
    assert!(
        chars <= KEPT_CHARS && value.ends_with('…'),
        "{what} is cut to {KEPT_CHARS} characters with an ellipsis: {chars} characters"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_70k_device_name_with_title_clipboard_and_csi_sequences_never_reaches_the_terminal() {
    let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join("attack-terminal-home");
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    let config = SimConfig {
        plan: PlanTier::Growth,
        devices: 2,
        scenario: Scenario::Steady,
        ..SimConfig::default()
    };
    let sim = simulator::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .expect("the simulator starts");
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    control.set_name("dev_001", &hostile("name")).await.unwrap();
    control
        .set_status("dev_001", "disconnected", Some(&hostile("reason")))
        .await
        .unwrap();

    let (sim, text, json, arabic) = tokio::task::spawn_blocking(move || {
        let text = status(&sim, &home, "C", &[]);
        let json = status(&sim, &home, "C", &["--json"]);
        // Right to left, with the catalog's own marks around its words.
        let arabic = status(&sim, &home, "ar_EG.UTF-8", &[]);
        (sim, text, json, arabic)
    })
    .await
    .unwrap();

    // The state's exit code (a phone is disconnected), not a panic's 101.
    for (what, out) in [("text", &text), ("JSON", &json), ("Arabic text", &arabic)] {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(i32::from(SOME_DISCONNECTED)),
            "status ({what}) exits as the worst state says: {stderr}"
        );
        assert_inert(&format!("status's {what} stdout"), &out.stdout);
        assert_inert(&format!("status's {what} stderr"), &out.stderr);
    }

    // The table: the sequences shown as text, cut, on lines a terminal can hold.
    let table = String::from_utf8(text.stdout).unwrap();
    let row = table
        .lines()
        .find(|l| l.starts_with("dev_001"))
        .unwrap_or_else(|| panic!("a row for dev_001: {table:.600}"));
    assert!(row.contains("\\u{1b}]0;name owned"), "{row}");
    assert!(row.contains('…'), "the name and reason are cut: {row}");
    let longest = table.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(longest <= 400, "a line of {longest} characters");

    // The JSON: the typed report, the name and reason cut as they were read.
    let report: Report = serde_json::from_slice(&json.stdout).expect("the report reads as typed");
    assert_eq!(report.exit_code, SOME_DISCONNECTED);
    assert_eq!((report.unread, report.partial), (vec![], None));
    let device = report
        .devices
        .iter()
        .find(|d| d.id == DeviceId::new("dev_001"))
        .expect("dev_001 is in the report");
    assert_eq!(device.state, SessionState::Disconnected);
    assert!(
        device.name.starts_with("\u{1b}]0;name owned"),
        "kept as sent"
    );
    assert_cut("the name", &device.name);
    let reason = device.reason.as_deref().expect("the reason is reported");
    assert_cut("the reason", reason);

    sim.stop().await;
}
