//! The window's commands through Tauri's mock runtime, answered by a real
//! agent over its loopback connection, against real simulators and real
//! files in a temporary data folder.

mod common;

use common::sim;
use serde_json::{json, Value};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY,
};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};
use waping_core::simulator::{SimControl, SimHandle};
use waping_core::PlanTier;
use waping_desk::link::AgentLink;
use waping_desk::{app_builder, IDENTIFIER};
use waping_desk_agent::shell::Headless;
use waping_desk_agent::{settings_file, Agent};
use waping_link::contract::args::GetPairing;
use waping_link::protocol;
use waping_link::Call;

struct Harness {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    agent: Option<Agent>,
    /// Released last, once the agent has stopped.
    serial: Option<MutexGuard<'static, ()>>,
}

impl Drop for Harness {
    fn drop(&mut self) {
        if let Some(agent) = self.agent.take() {
            tauri::async_runtime::block_on(agent.stop());
        }
    }
}

fn data_home() -> &'static std::path::Path {
    static DIR: OnceLock<std::path::PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("commands-home");
        let _ = std::fs::remove_dir_all(&dir);
        // Set once, before any app exists: files stay out of the user's home,
        // and no keyring is reachable, so nothing real is ever touched.
        std::env::set_var("XDG_DATA_HOME", dir.join("data"));
        std::env::set_var("XDG_CONFIG_HOME", dir.join("config"));
        std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        // The demo's phones hold still, so the states a test reads are the ones it set.
        std::env::set_var("WAPING_DESK_DEMO_CHURN_SECS", "0");
        dir
    })
}

fn data_dir() -> std::path::PathBuf {
    data_home().join("data").join(IDENTIFIER)
}

fn settings_file() -> std::path::PathBuf {
    settings_file::path(&data_dir())
}

/// One app at a time: they share the data folder.
fn serial() -> MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

fn harness() -> Harness {
    harness_with(app_context())
}

fn app_context() -> tauri::Context<MockRuntime> {
    let mut context = mock_context(noop_assets());
    context.config_mut().identifier = IDENTIFIER.into();
    context
}

/// An app on `context`, with its main window, one at a time, on fresh settings.
fn harness_with(context: tauri::Context<MockRuntime>) -> Harness {
    let serial = serial();
    let _ = std::fs::remove_file(settings_file());
    open_app(context, serial, |_| {})
}

/// An app on the data folder as a previous run left it; `before_window` runs
/// once the app is built, before its main window opens.
fn open_app(
    context: tauri::Context<MockRuntime>,
    serial: MutexGuard<'static, ()>,
    before_window: impl FnOnce(&App<MockRuntime>),
) -> Harness {
    data_home();
    // The agent the window talks to, in this process, as a real one is
    // found: through the discovery file in the data folder.
    let agent = tauri::async_runtime::block_on(waping_desk_agent::start(
        data_dir(),
        std::sync::Arc::new(Headless),
    ))
    .expect("agent starts");
    protocol::write_discovery(&data_dir(), &agent.server.discovery).expect("discovery written");
    let app = app_builder(mock_builder(), AgentLink::new(data_dir(), None))
        .build(context)
        .expect("app builds");
    before_window(&app);
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("window");
    Harness {
        _app: app,
        window,
        agent: Some(agent),
        serial: Some(serial),
    }
}

fn invoke(h: &Harness, cmd: &str, args: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(&h.window, request).map(|body| body.deserialize::<Value>().unwrap())
}

/// Asks `command` (no arguments) until its answer passes `done`, for up to `timeout`.
fn answer_until(
    h: &Harness,
    command: &str,
    timeout: Duration,
    done: impl Fn(&Value) -> bool,
) -> Value {
    let deadline = Instant::now() + timeout;
    loop {
        let answer = invoke(h, command, json!({})).expect(command);
        if done(&answer) {
            return answer;
        }
        assert!(
            Instant::now() < deadline,
            "gave up waiting; last answer to {command}: {answer:#}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Asks the harness's agent directly, typed: for what the page may not ask
/// (the pairing on screen).
fn agent_ask<C: Call>(h: &Harness, args: C) -> C::Reply
where
    C::Reply: serde::de::DeserializeOwned,
{
    let agent = h.agent.as_ref().expect("the agent runs");
    tauri::async_runtime::block_on(waping_desk_agent::commands::ask(&agent.service, args))
        .expect("the agent answers")
}

/// Polls `get_overview` until `done` holds.
fn overview_until(h: &Harness, done: impl Fn(&Value) -> bool) -> Value {
    answer_until(h, "get_overview", Duration::from_secs(10), done)
}

#[test]
fn opens_on_the_demo_workspace_without_a_key() {
    let h = harness();
    let overview = overview_until(&h, |o| o["snapshot"]["health"]["status"] == "ok");
    assert_eq!(overview["mode"], "demo");
    let devices = overview["snapshot"]["devices"].as_array().unwrap();
    assert_eq!(devices.len(), 4);
    let states: Vec<&str> = devices
        .iter()
        .map(|d| d["state"].as_str().unwrap())
        .collect();
    for state in ["Connected", "Degraded", "Disconnected", "Unlinked"] {
        assert!(states.contains(&state), "{state} in {states:?}");
    }
    assert_eq!(overview["snapshot"]["workspace"]["plan"]["name"], "Growth");
    let settings = invoke(&h, "get_settings", json!({})).unwrap();
    assert_eq!(settings["keyStorage"], "none");
    assert_eq!(settings["apiKeyMasked"], Value::Null);
    assert_eq!(settings["settings"]["baseUrl"], "https://api.waping.app");
    assert_eq!(settings["webhookSecretStorage"], "none");
}

#[test]
fn test_connection_reports_devices_or_a_precise_error() {
    let h = harness();
    let growth = sim(PlanTier::Growth, 2);
    let ok = invoke(
        &h,
        "test_connection",
        json!({"baseUrl": growth.base_url(), "apiKey": growth.api_key()}),
    )
    .unwrap();
    assert_eq!(ok["devices"].as_array().unwrap().len(), 2);
    assert_eq!(ok["workspace"]["plan"]["deviceLimit"], 5);

    let wrong = invoke(
        &h,
        "test_connection",
        json!({"baseUrl": growth.base_url(), "apiKey": "wk_wrong"}),
    )
    .unwrap_err();
    assert_eq!(wrong["code"], "UNAUTHORIZED");
    assert!(wrong["message"]
        .as_str()
        .unwrap()
        .starts_with("WAPing rejected the API key"));

    let free = sim(PlanTier::Free, 1);
    let refused = invoke(
        &h,
        "test_connection",
        json!({"baseUrl": free.base_url(), "apiKey": free.api_key()}),
    )
    .unwrap_err();
    assert_eq!(refused["code"], "NO_API_ACCESS");
    assert!(refused["message"]
        .as_str()
        .unwrap()
        .starts_with("your plan has no API access"));

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let down = invoke(
        &h,
        "test_connection",
        json!({"baseUrl": format!("http://127.0.0.1:{port}"), "apiKey": "k"}),
    )
    .unwrap_err();
    assert_eq!(down["code"], "UNREACHABLE");
    let message = down["message"].as_str().unwrap();
    assert!(
        message.starts_with("cannot reach WAPing") && message.contains("refused"),
        "{message}"
    );

    let no_key = invoke(
        &h,
        "test_connection",
        json!({"baseUrl": growth.base_url(), "apiKey": null}),
    )
    .unwrap_err();
    assert_eq!(no_key["code"], "NO_API_KEY");
}

#[test]
fn invalid_settings_are_refused_and_valid_ones_persist() {
    let h = harness();
    let bad = invoke(&h, "save_settings", json!({"input": {"baseUrl": "https://api.waping.app", "pollIntervalSecs": 1, "demo": false}})).unwrap_err();
    assert_eq!(bad["code"], "INVALID_INPUT");
    let http = invoke(
        &h,
        "save_settings",
        json!({"input": {"baseUrl": "http://example.com", "pollIntervalSecs": 30, "demo": false}}),
    )
    .unwrap_err();
    assert!(
        http["message"].as_str().unwrap().contains("https"),
        "{http}"
    );
    assert!(
        !settings_file().exists(),
        "nothing saved from invalid input"
    );

    let saved = invoke(&h, "save_settings", json!({"input": {"baseUrl": "https://eu.waping.example/", "pollIntervalSecs": 30, "demo": true}})).unwrap();
    assert_eq!(saved["settings"]["baseUrl"], "https://eu.waping.example");
    assert_eq!(saved["settings"]["pollIntervalSecs"], 30);
    assert_eq!(
        saved["settings"]["alerts"]["reminderMinutes"], 30,
        "defaults fill what the input leaves out"
    );
    // The command line reads the same file.
    let on_disk = settings_file::load(&settings_file());
    assert_eq!(on_disk.base_url, "https://eu.waping.example");
    assert!(on_disk.demo);
}

#[test]
fn keyring_absence_is_explained_and_a_session_key_goes_live() {
    let h = harness();
    let live = sim(PlanTier::Pro, 3);
    invoke(
        &h,
        "save_settings",
        json!({"input": {"baseUrl": live.base_url(), "pollIntervalSecs": 5, "demo": false}}),
    )
    .unwrap();

    let refused = invoke(
        &h,
        "set_api_key",
        json!({"key": live.api_key(), "sessionOnly": false}),
    )
    .unwrap_err();
    assert_eq!(refused["code"], "KEYRING_UNAVAILABLE");
    assert!(refused["message"]
        .as_str()
        .unwrap()
        .starts_with("No system keyring is available"));
    let file = std::fs::read_to_string(settings_file()).unwrap();
    assert!(
        !file.contains(live.api_key()),
        "the key never lands in a file"
    );

    let kept = invoke(
        &h,
        "set_api_key",
        json!({"key": live.api_key(), "sessionOnly": true}),
    )
    .unwrap();
    assert_eq!(kept["keyStorage"], "session");
    assert_eq!(kept["apiKeyMasked"], "••••_key");
    let overview = overview_until(&h, |o| {
        o["mode"] == "live" && o["snapshot"]["health"]["status"] == "ok"
    });
    assert_eq!(overview["snapshot"]["devices"].as_array().unwrap().len(), 3);
    assert_eq!(overview["snapshot"]["workspace"]["plan"]["name"], "Pro");

    let cleared = invoke(&h, "clear_api_key", json!({})).unwrap();
    assert_eq!(cleared["keyStorage"], "none");
    overview_until(&h, |o| o["mode"] == "demo");

    let empty = invoke(
        &h,
        "set_api_key",
        json!({"key": "   ", "sessionOnly": true}),
    )
    .unwrap_err();
    assert_eq!(empty["code"], "INVALID_INPUT");
}

#[test]
fn a_rejected_key_shows_as_failing_health_not_as_devices_down() {
    let h = harness();
    let live = sim(PlanTier::Growth, 1);
    invoke(
        &h,
        "save_settings",
        json!({"input": {"baseUrl": live.base_url(), "pollIntervalSecs": 5, "demo": false}}),
    )
    .unwrap();
    invoke(
        &h,
        "set_api_key",
        json!({"key": "wk_revoked", "sessionOnly": true}),
    )
    .unwrap();
    let overview = overview_until(&h, |o| o["snapshot"]["health"]["status"] == "failing");
    let health = &overview["snapshot"]["health"];
    assert_eq!(health["code"], "UNAUTHORIZED");
    assert_eq!(health["auth"], true);
    assert!(overview["snapshot"]["devices"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn a_corrupt_settings_file_is_moved_aside_and_defaults_used() {
    let h = harness();
    let file = settings_file();
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, b"{\"settings\": {\"baseUrl\": ").unwrap();
    let view = invoke(&h, "get_settings", json!({})).unwrap();
    assert_eq!(view["settings"]["baseUrl"], "https://api.waping.app");
    let aside: Vec<_> = std::fs::read_dir(file.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|name| name.starts_with("settings.corrupt-"))
        .collect();
    assert_eq!(
        aside.len(),
        1,
        "the unreadable file is kept for the user: {aside:?}"
    );
    for name in aside {
        std::fs::remove_file(file.parent().unwrap().join(name)).unwrap();
    }
}

#[test]
fn hooks_and_the_webhook_receiver_follow_the_settings() {
    let h = harness();
    let live = sim(PlanTier::Growth, 1);
    let hook_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let webhook_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let bad = invoke(
        &h,
        "save_settings",
        json!({"input": {"hooks": {"url": "file:///etc/passwd"}}}),
    )
    .unwrap_err();
    assert!(
        bad["message"].as_str().unwrap().contains("hook URL"),
        "{bad}"
    );
    invoke(
        &h,
        "save_settings",
        json!({"input": {
            "baseUrl": live.base_url(), "pollIntervalSecs": 5,
            "webhook": {"enabled": true, "port": webhook_port, "signatureHeader": "X-WAPing-Signature"},
            "hooks": {"url": format!("http://127.0.0.1:{hook_port}/pause"), "timeoutSecs": 2}
        }}),
    )
    .unwrap();
    let overview = invoke(&h, "get_overview", json!({})).unwrap();
    assert_eq!(overview["webhookUrl"], Value::Null);
    assert_eq!(
        overview["webhookProblem"],
        "Webhooks are on but no webhook secret is set."
    );

    let short = invoke(
        &h,
        "set_webhook_secret",
        json!({"secret": "short", "sessionOnly": true}),
    )
    .unwrap_err();
    assert_eq!(short["code"], "INVALID_INPUT");
    let view = invoke(
        &h,
        "set_webhook_secret",
        json!({"secret": "whsec_0123456789", "sessionOnly": true}),
    )
    .unwrap();
    assert_eq!(view["webhookSecretStorage"], "session");
    let overview = invoke(&h, "get_overview", json!({})).unwrap();
    assert_eq!(
        overview["webhookUrl"],
        format!("http://127.0.0.1:{webhook_port}/webhooks/waping")
    );
    assert_eq!(overview["webhookProblem"], Value::Null);
    assert_eq!(invoke(&h, "get_hook_runs", json!({})).unwrap(), json!([]));
}

/// Polls `get_hook_runs` until `done` holds.
fn hook_runs_until(h: &Harness, done: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let runs = answer_until(h, "get_hook_runs", Duration::from_secs(15), |runs| {
        done(runs.as_array().map_or(&[], Vec::as_slice))
    });
    runs.as_array().cloned().unwrap_or_default()
}

/// The workspace of `live`, watched with `command` as the hook, on a key
/// kept for the session (no keyring here).
fn watch_live_with_hook(h: &Harness, live: &SimHandle, command: &str) {
    invoke(
        h,
        "save_settings",
        json!({"input": {
            "baseUrl": live.base_url(), "pollIntervalSecs": 5, "demo": false,
            "hooks": {"command": command}
        }}),
    )
    .unwrap();
    invoke(
        h,
        "set_api_key",
        json!({"key": live.api_key(), "sessionOnly": true}),
    )
    .unwrap();
    overview_until(h, |o| {
        o["mode"] == "live" && o["snapshot"]["health"]["status"] == "ok"
    });
}

#[test]
fn hook_runs_outlive_saved_settings_and_a_restart_of_the_app() {
    let h = harness();
    let live = sim(PlanTier::Growth, 1);
    watch_live_with_hook(&h, &live, "exit 0");

    overview_until(&h, |o| o["snapshot"]["devices"][0]["state"] == "Connected");

    // The phone drops: the hook runs.
    let control = SimControl::new(&live.base_url(), live.api_key());
    let set = |h: &Harness, status, reason| {
        tauri::async_runtime::block_on(control.set_status("dev_001", status, reason)).unwrap();
        invoke(h, "refresh", json!({})).unwrap();
    };
    set(&h, "logged_out", Some("logged_out"));
    let runs = hook_runs_until(&h, |runs| !runs.is_empty());
    assert_eq!(runs.len(), 1, "{runs:#?}");
    assert_eq!(runs[0]["event"], "device.down");
    assert_eq!(runs[0]["target"], "command");
    assert_eq!(runs[0]["ok"], true, "{runs:#?}");

    // Saving settings starts the monitor and its hooks again: the log stays.
    invoke(
        &h,
        "save_settings",
        json!({"input": {
            "baseUrl": live.base_url(), "pollIntervalSecs": 6, "demo": false,
            "hooks": {"command": "exit 0"}
        }}),
    )
    .unwrap();
    overview_until(&h, |o| o["snapshot"]["health"]["status"] == "ok");
    assert_eq!(
        invoke(&h, "get_hook_runs", json!({})).unwrap(),
        Value::Array(runs.clone())
    );

    // So does a restart, once the workspace is watched again.
    let h = restart(h);
    invoke(
        &h,
        "set_api_key",
        json!({"key": live.api_key(), "sessionOnly": true}),
    )
    .unwrap();
    overview_until(&h, |o| {
        o["mode"] == "live" && o["snapshot"]["health"]["status"] == "ok"
    });
    assert_eq!(
        invoke(&h, "get_hook_runs", json!({})).unwrap(),
        Value::Array(runs)
    );

    // The phone was down when the app stopped: its return still runs "up",
    // for the automations it paused.
    set(&h, "connected", None);
    let runs = hook_runs_until(&h, |runs| runs.len() == 2);
    assert_eq!(runs[1]["event"], "device.up", "{runs:#?}");
}

/// Asks the agent for the pairing on screen until `done` holds.
fn pairing_until(h: &Harness, done: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let pairing = serde_json::to_value(agent_ask(h, GetPairing {})).unwrap();
        if done(&pairing) {
            return pairing;
        }
        assert!(
            Instant::now() < deadline,
            "gave up waiting; last pairing: {pairing:#}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_new_phone_pairs_in_the_demo_and_a_full_plan_is_refused() {
    let h = harness();
    overview_until(&h, |o| {
        o["snapshot"]["health"]["status"] == "ok" && o["snapshot"]["workspace"].is_object()
    });
    let bad = invoke(&h, "add_device", json!({"name": "   "})).unwrap_err();
    assert_eq!(bad["code"], "INVALID_INPUT");
    let device = invoke(&h, "add_device", json!({"name": "Till 2"})).unwrap();
    assert_eq!(device["state"], "Unlinked");
    let id = device["id"].as_str().unwrap().to_owned();

    invoke(&h, "start_pairing", json!({"deviceId": id})).unwrap();
    let code = pairing_until(&h, |p| p["state"]["status"] == "code");
    assert!(code["state"]["svg"].as_str().unwrap().contains("<svg"));
    assert_eq!(code["state"]["number"], 1);
    assert!(
        code["state"].get("payload").is_none(),
        "the payload stays in Rust"
    );
    let saved = invoke(&h, "save_qr_png", json!({})).unwrap();
    let png = std::fs::read(saved.as_str().unwrap()).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    std::fs::remove_file(saved.as_str().unwrap()).unwrap();

    invoke(&h, "simulate_scan", json!({"deviceId": id})).unwrap();
    let linked = pairing_until(&h, |p| p["state"]["status"] == "linked");
    assert!(linked["state"]["device"]["phone"]
        .as_str()
        .unwrap()
        .starts_with('+'));
    overview_until(&h, |o| {
        o["snapshot"]["devices"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == id.as_str() && d["state"] == "Connected")
    });

    let full = invoke(&h, "add_device", json!({"name": "Sixth"})).unwrap_err();
    assert_eq!(full["code"], "PLAN_LIMIT");
    assert_eq!(
        full["message"],
        "Growth allows 5 linked devices; remove one or upgrade"
    );

    invoke(&h, "remove_device", json!({"deviceId": id})).unwrap();
    overview_until(&h, |o| {
        o["snapshot"]["devices"].as_array().unwrap().len() == 4
    });
    invoke(&h, "cancel_pairing", json!({})).unwrap();
    assert_eq!(agent_ask(&h, GetPairing {}), None);
}

#[test]
fn history_views_read_what_the_monitor_recorded_and_refuse_bad_ranges() {
    let h = harness();
    overview_until(&h, |o| o["snapshot"]["health"]["status"] == "ok");
    // The first poll's sightings are written before they are announced.
    let deadline = Instant::now() + Duration::from_secs(10);
    let strips = loop {
        let strips = invoke(&h, "device_strips", json!({"hours": 24, "width": 300})).unwrap();
        if strips.as_array().unwrap().len() == 4 || Instant::now() > deadline {
            break strips;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let strips = strips.as_array().unwrap();
    assert_eq!(strips.len(), 4, "{strips:#?}");
    let disconnected = strips
        .iter()
        .find(|s| {
            s["segments"]
                .as_array()
                .unwrap()
                .last()
                .is_some_and(|seg| seg["kind"] == "Disconnected")
        })
        .expect("the demo's disconnected phone ends its strip red");
    assert!(disconnected["uptime"].as_f64().unwrap() < 1.0);

    let now = chrono::Utc::now().timestamp_millis() as f64;
    let day = 86_400_000.0;
    let id = disconnected["deviceId"].as_str().unwrap();
    let history = invoke(
        &h,
        "device_history",
        json!({"deviceId": id, "from": now - day, "to": now + day, "width": 800}),
    )
    .unwrap();
    assert_eq!(history["deviceId"], id);
    assert!(
        history["to"].as_f64().unwrap() <= now + 60_000.0,
        "clipped to now"
    );
    let outages = history["outages"].as_array().unwrap();
    let current = outages.last().expect("the current outage");
    assert_eq!(current["ended"], "Ongoing", "{history:#}");
    assert_eq!(current["reason"], "phone_offline");
    assert!(outages[..outages.len() - 1]
        .iter()
        .all(|o| o["ended"] != "Ongoing"));

    let ranking = invoke(&h, "workspace_ranking", json!({"days": 7})).unwrap();
    let counts: Vec<u64> = ranking
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["disconnects"].as_u64().unwrap())
        .collect();
    assert_eq!(counts.len(), 4, "{ranking:#}");
    assert!(
        counts.windows(2).all(|w| w[0] >= w[1]),
        "most disconnects first: {counts:?}"
    );
    assert!(ranking
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["deviceId"] == id && r["disconnects"].as_u64().unwrap() >= 1));

    for (args, what) in [
        (
            json!({"deviceId": id, "from": now, "to": now - day, "width": 800}),
            "reversed range",
        ),
        (
            json!({"deviceId": id, "from": now - 900.0 * day, "to": now, "width": 800}),
            "range too long",
        ),
        (
            json!({"deviceId": "../v1/x", "from": now - day, "to": now, "width": 800}),
            "bad id",
        ),
        (
            json!({"deviceId": id, "from": now - day, "to": now, "width": 0}),
            "no width",
        ),
    ] {
        let err = invoke(&h, "device_history", args).unwrap_err();
        assert_eq!(err["code"], "INVALID_INPUT", "{what}: {err}");
    }
    let err = invoke(
        &h,
        "device_history",
        json!({"deviceId": "dev_999", "from": now - day, "to": now, "width": 800}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "NOT_FOUND");
    let err = invoke(&h, "workspace_ranking", json!({"days": 0})).unwrap_err();
    assert_eq!(err["code"], "INVALID_INPUT");
}

/// Tauri's ACL with the app's real configuration (`tauri.conf.json` and the
/// command list in `build.rs`), not the mock context's allow-all.
fn acl_harness() -> Harness {
    harness_with(tauri::generate_context!())
}

/// The commands `ui/src/lib/api.ts` calls: `call('name'`.
fn commands_the_ui_calls() -> std::collections::BTreeSet<String> {
    let api = include_str!("../ui/src/lib/api.ts");
    api.split("call('")
        .skip(1)
        .filter_map(|rest| Some(rest[..rest.find('\'')?].to_owned()))
        .collect()
}

#[test]
fn the_window_is_granted_exactly_the_commands_the_ui_calls() {
    let config: Value = serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
    assert_eq!(
        config["app"]["security"]["capabilities"],
        json!(["main-window"]),
        "one capability, for the main window"
    );
    let capability: Value = serde_json::from_str(include_str!(
        "../src-tauri/window/capabilities/main-window.json"
    ))
    .unwrap();
    assert_eq!(capability["windows"], json!(["main"]));
    let mut granted = std::collections::BTreeSet::new();
    for permission in capability["permissions"].as_array().unwrap() {
        let permission = permission.as_str().expect("plain permission names");
        match permission.strip_prefix("allow-") {
            Some(command) => {
                granted.insert(command.replace('-', "_"));
            }
            None => assert!(
                ["core:event:allow-listen", "core:event:allow-unlisten"].contains(&permission),
                "the window needs no other Tauri or plugin permission: {permission}"
            ),
        }
    }
    let called = commands_the_ui_calls();
    assert!(called.len() >= 20, "api.ts was read: {called:?}");
    assert_eq!(
        granted, called,
        "grants in the window's capability vs calls in api.ts"
    );
}

#[test]
fn the_acl_refuses_what_the_window_is_not_granted() {
    let h = acl_harness();
    // Granted: an app command the UI calls.
    let settings = invoke(&h, "get_settings", json!({})).expect("granted");
    assert_eq!(settings["keyStorage"], "none");
    // Registered but not granted: refused before it runs.
    let refused = invoke(&h, "get_pairing", json!({})).unwrap_err();
    assert!(
        refused.to_string().contains("not allowed"),
        "get_pairing: {refused}"
    );
    // The store plugin is used from Rust only; the window cannot reach it,
    // nor Tauri's own window and app APIs.
    for (cmd, args) in [
        ("plugin:store|load", json!({"path": "settings.json"})),
        ("plugin:store|get", json!({"rid": 0, "key": "settings"})),
        (
            "plugin:window|set_title",
            json!({"label": "main", "value": "x"}),
        ),
        ("plugin:app|version", json!({})),
    ] {
        let refused = invoke(&h, cmd, args).unwrap_err();
        assert!(
            refused.to_string().contains("not allowed"),
            "{cmd}: {refused}"
        );
    }
    // Unknown commands are refused too.
    assert!(invoke(&h, "no_such_command", json!({})).is_err());
}

#[test]
fn hostile_device_ids_and_secrets_are_refused_before_anything_is_sent() {
    let h = harness();
    overview_until(&h, |o| o["snapshot"]["health"]["status"] == "ok");
    let long = "d".repeat(129);
    for bad in [
        "",
        "../v1/workspace",
        "dev 1",
        "dev/1",
        "dev?x=1",
        "dév",
        long.as_str(),
    ] {
        for cmd in [
            "start_pairing",
            "simulate_scan",
            "logout_device",
            "remove_device",
        ] {
            let err = invoke(&h, cmd, json!({"deviceId": bad})).unwrap_err();
            assert_eq!(err["code"], "INVALID_INPUT", "{cmd} {bad:?}: {err}");
        }
        let err = invoke(
            &h,
            "snooze_alerts",
            json!({"deviceId": bad, "duration": "oneHour"}),
        )
        .unwrap_err();
        assert_eq!(err["code"], "INVALID_INPUT", "snooze_alerts {bad:?}: {err}");
    }
    // The demo's four devices are all still there: nothing was removed or logged out.
    let overview = invoke(&h, "get_overview", json!({})).unwrap();
    assert_eq!(overview["snapshot"]["devices"].as_array().unwrap().len(), 4);
    assert_eq!(agent_ask(&h, GetPairing {}), None, "no pairing was started");

    let err = invoke(
        &h,
        "set_api_key",
        json!({"key": "k".repeat(513), "sessionOnly": true}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "INVALID_INPUT");
    assert_eq!(
        err["message"],
        "the API key must be 1 to 512 characters, without spaces"
    );
    let err = invoke(
        &h,
        "test_connection",
        json!({"baseUrl": "https://api.waping.app", "apiKey": "two words"}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "INVALID_INPUT");
    let err = invoke(
        &h,
        "test_connection",
        json!({"baseUrl": "http://example.com", "apiKey": "wk_live_1"}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "INVALID_BASE_URL");
    for secret in ["short", "has a space in it", &"s".repeat(257)] {
        let err = invoke(
            &h,
            "set_webhook_secret",
            json!({"secret": secret, "sessionOnly": true}),
        )
        .unwrap_err();
        assert_eq!(err["code"], "INVALID_INPUT", "{secret:?}");
    }
    let settings = invoke(&h, "get_settings", json!({})).unwrap();
    assert_eq!(settings["keyStorage"], "none", "no key was stored");
    assert_eq!(
        settings["webhookSecretStorage"], "none",
        "no secret was stored"
    );
}

#[test]
fn a_device_asked_for_while_the_window_is_closed_is_handed_to_the_new_page_once() {
    let h = open_app(app_context(), serial(), |app| {
        // A notification is clicked while no window is open.
        waping_desk::window::show_device(app.handle(), &waping_core::DeviceId::new("dev_003"));
    });
    assert_eq!(
        invoke(&h, "take_focus_request", json!({})).unwrap(),
        "dev_003"
    );
    assert_eq!(
        invoke(&h, "take_focus_request", json!({})).unwrap(),
        Value::Null,
        "handed over once"
    );
    // With the window open, the request goes to its listener instead.
    waping_desk::window::show_device(h._app.handle(), &waping_core::DeviceId::new("dev_001"));
    assert_eq!(
        invoke(&h, "take_focus_request", json!({})).unwrap(),
        Value::Null
    );
}

#[test]
fn snoozes_show_in_the_overview_survive_a_reconnect_and_resume_one_by_one() {
    let h = harness();
    overview_until(&h, |o| o["snapshot"]["health"]["status"] == "ok");
    let until = invoke(
        &h,
        "snooze_alerts",
        json!({"deviceId": "dev_003", "duration": "oneHour"}),
    )
    .unwrap();
    invoke(
        &h,
        "snooze_alerts",
        json!({"deviceId": "dev_002", "duration": "fourHours"}),
    )
    .unwrap();
    let overview = invoke(&h, "get_overview", json!({})).unwrap();
    assert_eq!(overview["snoozedDevices"]["dev_003"], until);
    assert!(overview["snoozedDevices"]["dev_002"].is_string());
    assert_eq!(overview["snoozedUntil"], Value::Null);

    // Saving settings restarts the monitor; the snoozes stay.
    invoke(
        &h,
        "save_settings",
        json!({"input": {"pollIntervalSecs": 30}}),
    )
    .unwrap();
    let overview = invoke(&h, "get_overview", json!({})).unwrap();
    assert_eq!(overview["snoozedDevices"]["dev_003"], until);

    invoke(&h, "resume_alerts", json!({"deviceId": "dev_003"})).unwrap();
    let overview = invoke(&h, "get_overview", json!({})).unwrap();
    assert_eq!(overview["snoozedDevices"]["dev_003"], Value::Null);
    assert!(
        overview["snoozedDevices"]["dev_002"].is_string(),
        "{overview}"
    );

    invoke(
        &h,
        "snooze_alerts",
        json!({"deviceId": null, "duration": "oneHour"}),
    )
    .unwrap();
    assert!(invoke(&h, "get_overview", json!({})).unwrap()["snoozedUntil"].is_string());
    invoke(&h, "resume_alerts", json!({"deviceId": null})).unwrap();
    let overview = invoke(&h, "get_overview", json!({})).unwrap();
    assert_eq!(overview["snoozedUntil"], Value::Null);
    assert_eq!(
        overview["snoozedDevices"],
        json!({}),
        "resuming all clears every device"
    );
}

#[test]
fn the_dashboard_opens_only_for_a_pairing_that_goes_through_it() {
    let h = harness();
    let refused = invoke(&h, "open_dashboard", json!({})).unwrap_err();
    assert_eq!(refused["code"], "NO_DASHBOARD", "{refused}");
    let no_code = invoke(&h, "copy_qr_png", json!({})).unwrap_err();
    assert_eq!(no_code["code"], "NO_CODE", "{no_code}");
}

#[test]
fn the_content_security_policy_allows_only_the_bundle() {
    let config: Value = serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
    let csp = config["app"]["security"]["csp"]
        .as_str()
        .expect("a CSP string");
    let directives: std::collections::BTreeMap<&str, Vec<&str>> = csp
        .split(';')
        .filter_map(|d| {
            let mut words = d.split_whitespace();
            Some((words.next()?, words.collect()))
        })
        .collect();
    for (name, want) in [
        ("default-src", vec!["'self'"]),
        ("script-src", vec!["'self'"]),
        ("style-src", vec!["'self'"]),
        ("object-src", vec!["'none'"]),
        ("base-uri", vec!["'none'"]),
        ("frame-ancestors", vec!["'none'"]),
        ("form-action", vec!["'none'"]),
    ] {
        assert_eq!(directives.get(name), Some(&want), "{name} in {csp}");
    }
    // Connections only to Tauri's IPC; nothing remote anywhere.
    assert_eq!(
        directives["connect-src"],
        vec!["ipc:", "http://ipc.localhost"]
    );
    for sources in directives.values() {
        for source in sources {
            assert!(
                !source.contains("unsafe")
                    && (!source.starts_with("http") || *source == "http://ipc.localhost"),
                "{source} in {csp}"
            );
        }
    }
}

#[test]
fn snoozes_outlive_a_restart_of_the_app() {
    let h = harness();
    overview_until(&h, |o| o["snapshot"]["health"]["status"] == "ok");
    let until = invoke(
        &h,
        "snooze_alerts",
        json!({"deviceId": "dev_003", "duration": "untilTomorrow"}),
    )
    .unwrap();
    let h = restart(h);
    let overview = overview_until(&h, |o| o["snapshot"]["health"]["status"] == "ok");
    assert_eq!(overview["snoozedDevices"]["dev_003"], until);
}

/// The app quits and starts again on the same data folder, which no other
/// test touches in between (the serial guard is kept).
fn restart(mut h: Harness) -> Harness {
    let serial = h.serial.take().expect("the serial guard");
    drop(h);
    open_app(app_context(), serial, |_| {})
}
