//! What the tests of the binaries and the window's commands share.

use waping_core::simulator::{self, Scenario, SimConfig, SimHandle, WireProfile};
use waping_core::PlanTier;

/// A steady simulator of `devices` on `plan`, on a loopback port of its own.
pub fn sim(plan: PlanTier, devices: u32) -> SimHandle {
    sim_speaking(plan, devices, WireProfile::default())
}

/// [`sim`], answering in the shape of `wire`.
pub fn sim_speaking(plan: PlanTier, devices: u32, wire: WireProfile) -> SimHandle {
    let config = SimConfig {
        plan,
        devices,
        scenario: Scenario::Steady,
        wire,
        ..SimConfig::default()
    };
    tauri::async_runtime::block_on(simulator::start(config, "127.0.0.1:0".parse().unwrap()))
        .unwrap()
}

/// The agent binary beside the window's, where the window looks for it. It
/// is the agent package's own target: `cargo test --workspace` builds it
/// (alone: `cargo build -p waping-desk-agent`).
#[allow(dead_code)]
pub fn agent_binary() -> std::path::PathBuf {
    let path = std::path::Path::new(env!("CARGO_BIN_EXE_waping-desk"))
        .with_file_name(format!("waping-desk-agent{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is not built: run `cargo build -p waping-desk-agent` or `cargo test --workspace`",
        path.display()
    );
    path
}

/// `status --json`'s and `doctor --json`'s answer when WAPing could not be
/// asked: exactly `{"error": {"code", "message"}}`.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Failure {
    pub error: FailureError,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct FailureError {
    pub code: waping_core::ErrorCode,
    pub message: String,
}

/// A process's output as text.
#[allow(dead_code)]
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The keys of a JSON object: what scripts read of `--json`.
#[allow(dead_code)]
pub fn keys(value: &serde_json::Value) -> std::collections::BTreeSet<&str> {
    value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"))
        .keys()
        .map(String::as_str)
        .collect()
}

/// `command` in the language of `lang` (a POSIX locale name as LANG holds
/// it), whatever the machine's: the variables read before LANG are removed.
#[allow(dead_code)]
pub fn speaking<'a>(
    command: &'a mut std::process::Command,
    lang: &str,
) -> &'a mut std::process::Command {
    command
        .env("LANG", lang)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
}

/// A home of its own (`config` and `data` for XDG_CONFIG_HOME and
/// XDG_DATA_HOME) whose settings file chooses `language` (a tag such as
/// "pt-BR"), or none.
#[allow(dead_code)]
pub fn home_choosing(name: &str, language: Option<&str>) -> std::path::PathBuf {
    let home = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&home);
    let data = home.join("data").join(waping_link::IDENTIFIER);
    std::fs::create_dir_all(&data).unwrap();
    if let Some(language) = language {
        let settings = serde_json::json!({ "settings": { "language": language } });
        std::fs::write(data.join("settings.json"), settings.to_string()).unwrap();
    }
    home
}
