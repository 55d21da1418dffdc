//! The window's commands through Tauri's mock runtime, answered by a real
//! agent over its loopback connection, against real simulators and real
//! files in a temporary data folder. Commands are sent with the contract's
//! argument structs and their replies and errors read as the contract's types,
//! so that a renamed command, field or code fails here.

mod common;

use common::sim;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use std::fmt::Debug;
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY,
};
use tauri::webview::InvokeRequest;
use tauri::{App, Listener, WebviewWindow, WebviewWindowBuilder};
use waping_core::alerts::SnoozeFor;
use waping_core::history::timeline::{OutageEnd, SegmentKind};
use waping_core::hooks::{HookEvent, HookRun, HookSettings};
use waping_core::i18n::Locale;
use waping_core::monitor::GatewayHealth;
use waping_core::pairing::PairingState;
use waping_core::settings::WebhookSettings;
use waping_core::simulator::{Fault, FaultRule, SimControl, SimHandle};
use waping_core::{DeviceId, ErrorCode, Mode, PlanTier, SessionState, Settings};
use waping_desk::link::AgentLink;
use waping_desk::{app_builder, IDENTIFIER};
use waping_desk_agent::shell::Headless;
use waping_desk_agent::{settings_file, Agent};
use waping_link::contract::args::{
    AddDevice, CancelPairing, ClearApiKey, CopyQrPng, DeviceHistory, DeviceStrips, GetHookRuns,
    GetOverview, GetPairing, GetSettings, LogoutDevice, OpenDashboard, Refresh, RemoveDevice,
    ResumeAlerts, SaveQrPng, SaveSettings, SetApiKey, SetWebhookSecret, SimulateScan, SnoozeAlerts,
    StartPairing, SystemLocale, TakeFocusRequest, TestConnection, WorkspaceRanking,
};
use waping_link::protocol;
use waping_link::views::{KeyStorage, Overview, PairingView, SettingsView};
use waping_link::{AppError, Call, EventName};

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
        // A browser that writes down what it was asked to open: the system's
        // opener runs `xdg-open` first.
        let bin = dir.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        let browser = bin.join("xdg-open");
        std::fs::write(
            &browser,
            format!(
                "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n",
                opened_file(&dir).display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(
            &browser,
            <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o755),
        )
        .unwrap();
        let path = std::env::var_os("PATH").unwrap_or_default();
        let mut paths = vec![bin];
        paths.extend(std::env::split_paths(&path));
        std::env::set_var("PATH", std::env::join_paths(paths).unwrap());
        dir
    })
}

/// What the test's browser was asked to open, one address a line.
fn opened_file(home: &std::path::Path) -> std::path::PathBuf {
    home.join("opened-in-browser.txt")
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

/// Sends `cmd` with `args` exactly as given, and returns the answer or the
/// refusal as it came: for what no contract type can say (a command the
/// window does not know, or one its ACL must refuse).
fn invoke_raw(h: &Harness, cmd: &str, args: Value) -> Result<Value, Value> {
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

/// A refusal read as the app's error, `{code, message}`.
fn app_error(error: Value) -> AppError {
    serde_json::from_value(error.clone())
        .unwrap_or_else(|e| panic!("not an app error ({e}): {error}"))
}

/// Sends `C`'s command with `args` as written and reads its reply and its
/// error typed: for arguments the contract's struct cannot express (fields
/// left out).
fn call_json<C: Call>(h: &Harness, args: Value) -> Result<C::Reply, AppError>
where
    C::Reply: DeserializeOwned,
{
    let name = C::COMMAND.name();
    match invoke_raw(h, name, args) {
        Ok(reply) => Ok(serde_json::from_value(reply.clone())
            .unwrap_or_else(|e| panic!("the reply to {name} is not its type ({e}): {reply:#}"))),
        Err(error) => Err(app_error(error)),
    }
}

/// Sends a command as the page does, typed both ways.
fn call<C: Call>(h: &Harness, args: C) -> Result<C::Reply, AppError>
where
    C::Reply: DeserializeOwned,
{
    call_json::<C>(h, serde_json::to_value(args).expect("arguments serialize"))
}

/// What a command is refused with; it must not be answered.
fn refusal<C: Call>(h: &Harness, args: C) -> AppError
where
    C::Reply: DeserializeOwned + Debug,
{
    match call(h, args) {
        Ok(reply) => panic!("{} was answered: {reply:?}", C::COMMAND.name()),
        Err(err) => err,
    }
}

/// Asks with `ask` until its answer passes `done`, for up to `timeout`.
fn until<T: Debug>(
    what: &str,
    timeout: Duration,
    ask: impl Fn() -> T,
    done: impl Fn(&T) -> bool,
) -> T {
    let deadline = Instant::now() + timeout;
    loop {
        let answer = ask();
        if done(&answer) {
            return answer;
        }
        assert!(
            Instant::now() < deadline,
            "gave up waiting; last {what}: {answer:#?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Sends `args` until the reply passes `done`, for up to `timeout`.
fn answer_until<C: Call + Clone>(
    h: &Harness,
    args: C,
    timeout: Duration,
    done: impl Fn(&C::Reply) -> bool,
) -> C::Reply
where
    C::Reply: DeserializeOwned + Debug,
{
    let name = C::COMMAND.name();
    until(
        &format!("answer to {name}"),
        timeout,
        || call(h, args.clone()).expect(name),
        done,
    )
}

/// Asks the harness's agent directly, typed: for what the page may not ask
/// (the pairing on screen).
fn agent_ask<C: Call>(h: &Harness, args: C) -> C::Reply
where
    C::Reply: DeserializeOwned,
{
    let agent = h.agent.as_ref().expect("the agent runs");
    tauri::async_runtime::block_on(waping_desk_agent::commands::ask(&agent.service, args))
        .expect("the agent answers")
}

/// Polls `get_overview` until `done` holds.
fn overview_until(h: &Harness, done: impl Fn(&Overview) -> bool) -> Overview {
    answer_until(h, GetOverview {}, Duration::from_secs(10), done)
}

/// WAPing answers.
fn healthy(overview: &Overview) -> bool {
    overview.snapshot.health == GatewayHealth::Ok
}

/// The user's workspace is watched, and WAPing answers.
fn live_and_healthy(overview: &Overview) -> bool {
    overview.mode == Mode::Live && healthy(overview)
}

/// Settings for the workspace at `base_url`, polled every
/// `poll_interval_secs`, out of the demo; the rest at its defaults.
fn settings(base_url: impl Into<String>, poll_interval_secs: u32) -> Settings {
    Settings {
        base_url: base_url.into(),
        poll_interval_secs,
        demo: false,
        ..Settings::default()
    }
}

/// Saves `input` as the settings page does.
fn save(h: &Harness, input: Settings) -> Result<SettingsView, AppError> {
    call(h, SaveSettings { input })
}

/// Sets the API key for this run only (no keyring here).
fn set_session_key(h: &Harness, key: &str) -> Result<SettingsView, AppError> {
    call(
        h,
        SetApiKey {
            key: key.into(),
            session_only: true,
        },
    )
}

/// Snoozes one device's alerts; returns until when.
fn snooze(h: &Harness, device: &str, duration: SnoozeFor) -> chrono::DateTime<chrono::Utc> {
    call(
        h,
        SnoozeAlerts {
            device_id: Some(DeviceId::new(device)),
            duration,
        },
    )
    .unwrap()
    .expect("a device's snooze has an end")
}

#[test]
fn opens_on_the_demo_workspace_without_a_key() {
    let h = harness();
    let overview = overview_until(&h, healthy);
    assert_eq!(overview.mode, Mode::Demo);
    assert_eq!(overview.devices.len(), 4);
    let states: Vec<SessionState> = overview.devices.iter().map(|d| d.device.state).collect();
    for state in [
        SessionState::Connected,
        SessionState::Degraded,
        SessionState::Disconnected,
        SessionState::Unlinked,
    ] {
        assert!(states.contains(&state), "{state:?} in {states:?}");
    }
    let workspace = overview.snapshot.workspace.expect("the demo's workspace");
    assert_eq!(workspace.plan.name, "Growth");
    let settings = call(&h, GetSettings {}).unwrap();
    assert_eq!(settings.key_storage, KeyStorage::None);
    assert_eq!(settings.api_key_masked, None);
    assert_eq!(settings.settings.base_url, "https://api.waping.app");
    assert_eq!(settings.webhook_secret_storage, KeyStorage::None);
}

#[test]
fn test_connection_reports_devices_or_a_precise_error() {
    let h = harness();
    let growth = sim(PlanTier::Growth, 2);
    let try_key = |base_url: String, api_key: Option<&str>| {
        call(
            &h,
            TestConnection {
                base_url,
                api_key: api_key.map(str::to_owned),
            },
        )
    };
    let ok = try_key(growth.base_url(), Some(growth.api_key())).unwrap();
    assert_eq!(ok.devices.len(), 2);
    assert_eq!(ok.workspace.plan.device_limit, 5);

    let wrong = try_key(growth.base_url(), Some("wk_wrong")).unwrap_err();
    assert_eq!(wrong.code, ErrorCode::Unauthorized);
    assert!(
        wrong.message.starts_with("WAPing rejected the API key"),
        "{wrong:?}"
    );

    let free = sim(PlanTier::Free, 1);
    let refused = try_key(free.base_url(), Some(free.api_key())).unwrap_err();
    assert_eq!(refused.code, ErrorCode::NoApiAccess);
    assert!(
        refused.message.starts_with("your plan has no API access"),
        "{refused:?}"
    );

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let down = try_key(format!("http://127.0.0.1:{port}"), Some("k")).unwrap_err();
    assert_eq!(down.code, ErrorCode::Unreachable);
    assert!(
        down.message.starts_with("cannot reach WAPing") && down.message.contains("refused"),
        "{down:?}"
    );

    let no_key = try_key(growth.base_url(), None).unwrap_err();
    assert_eq!(no_key.code, ErrorCode::NoApiKey);
}

#[test]
fn invalid_settings_are_refused_and_valid_ones_persist() {
    let h = harness();
    let bad = save(&h, settings("https://api.waping.app", 1)).unwrap_err();
    assert_eq!(bad.code, ErrorCode::InvalidInput);
    let http = save(&h, settings("http://example.com", 30)).unwrap_err();
    assert!(http.message.contains("https"), "{http:?}");
    assert!(
        !settings_file().exists(),
        "nothing saved from invalid input"
    );

    // Sent as written: the input leaves fields out.
    let saved = call_json::<SaveSettings>(
        &h,
        json!({"input": {"baseUrl": "https://eu.waping.example/", "pollIntervalSecs": 30, "demo": true}}),
    )
    .unwrap();
    assert_eq!(saved.settings.base_url, "https://eu.waping.example");
    assert_eq!(saved.settings.poll_interval_secs, 30);
    assert_eq!(
        saved.settings.alerts.reminder_minutes, 30,
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
    save(&h, settings(live.base_url(), 5)).unwrap();

    let refused = refusal(
        &h,
        SetApiKey {
            key: live.api_key().into(),
            session_only: false,
        },
    );
    assert_eq!(refused.code, ErrorCode::KeyringUnavailable);
    assert!(
        refused
            .message
            .starts_with("No system keyring is available"),
        "{refused:?}"
    );
    let file = std::fs::read_to_string(settings_file()).unwrap();
    assert!(
        !file.contains(live.api_key()),
        "the key never lands in a file"
    );

    let kept = set_session_key(&h, live.api_key()).unwrap();
    assert_eq!(kept.key_storage, KeyStorage::Session);
    assert_eq!(kept.api_key_masked.as_deref(), Some("••••_key"));
    let overview = overview_until(&h, live_and_healthy);
    assert_eq!(overview.devices.len(), 3);
    let workspace = overview.snapshot.workspace.expect("the workspace");
    assert_eq!(workspace.plan.name, "Pro");

    let cleared = call(&h, ClearApiKey {}).unwrap();
    assert_eq!(cleared.key_storage, KeyStorage::None);
    overview_until(&h, |o| o.mode == Mode::Demo);

    let empty = set_session_key(&h, "   ").unwrap_err();
    assert_eq!(empty.code, ErrorCode::InvalidInput);
}

#[test]
fn a_rejected_key_shows_as_failing_health_not_as_devices_down() {
    let h = harness();
    let live = sim(PlanTier::Growth, 1);
    save(&h, settings(live.base_url(), 5)).unwrap();
    set_session_key(&h, "wk_revoked").unwrap();
    let overview = overview_until(&h, |o| {
        matches!(o.snapshot.health, GatewayHealth::Failing { .. })
    });
    let GatewayHealth::Failing { code, auth, .. } = overview.snapshot.health else {
        unreachable!("waited for failing health")
    };
    assert_eq!(code, ErrorCode::Unauthorized);
    assert!(auth, "the key is at fault, not the network");
    assert!(overview.devices.is_empty(), "{:?}", overview.devices);
}

#[test]
fn a_corrupt_settings_file_is_moved_aside_and_defaults_used() {
    let h = harness();
    let file = settings_file();
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, b"{\"settings\": {\"baseUrl\": ").unwrap();
    let view = call(&h, GetSettings {}).unwrap();
    assert_eq!(view.settings.base_url, "https://api.waping.app");
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
    let bad = save(
        &h,
        Settings {
            hooks: HookSettings {
                url: Some("file:///etc/passwd".into()),
                ..HookSettings::default()
            },
            ..Settings::default()
        },
    )
    .unwrap_err();
    assert!(bad.message.contains("hook URL"), "{bad:?}");
    save(
        &h,
        Settings {
            webhook: WebhookSettings {
                enabled: true,
                port: webhook_port,
                signature_header: "X-WAPing-Signature".into(),
            },
            hooks: HookSettings {
                url: Some(format!("http://127.0.0.1:{hook_port}/pause")),
                timeout_secs: 2,
                ..HookSettings::default()
            },
            ..settings(live.base_url(), 5)
        },
    )
    .unwrap();
    let overview = call(&h, GetOverview {}).unwrap();
    assert_eq!(overview.webhook_url, None);
    assert_eq!(
        overview.webhook_problem.as_deref(),
        Some("Webhooks are on but no webhook secret is set.")
    );

    let set_secret = |secret: &str| {
        call(
            &h,
            SetWebhookSecret {
                secret: secret.into(),
                session_only: true,
            },
        )
    };
    let short = set_secret("short").unwrap_err();
    assert_eq!(short.code, ErrorCode::InvalidInput);
    let view = set_secret("whsec_0123456789").unwrap();
    assert_eq!(view.webhook_secret_storage, KeyStorage::Session);
    let overview = call(&h, GetOverview {}).unwrap();
    assert_eq!(
        overview.webhook_url,
        Some(format!("http://127.0.0.1:{webhook_port}/webhooks/waping"))
    );
    assert_eq!(overview.webhook_problem, None);
    let runs = call(&h, GetHookRuns {}).unwrap();
    assert!(runs.is_empty(), "{runs:#?}");
}

/// Polls `get_hook_runs` until `done` holds.
fn hook_runs_until(h: &Harness, done: impl Fn(&[HookRun]) -> bool) -> Vec<HookRun> {
    answer_until(h, GetHookRuns {}, Duration::from_secs(15), |runs| {
        done(runs)
    })
}

/// The workspace of `live`, watched with `command` as the hook, on a key
/// kept for the session (no keyring here).
fn watch_live_with_hook(h: &Harness, live: &SimHandle, command: &str) {
    save(
        h,
        Settings {
            hooks: HookSettings {
                command: Some(command.into()),
                ..HookSettings::default()
            },
            ..settings(live.base_url(), 5)
        },
    )
    .unwrap();
    set_session_key(h, live.api_key()).unwrap();
    overview_until(h, live_and_healthy);
}

#[test]
fn hook_runs_outlive_saved_settings_and_a_restart_of_the_app() {
    let h = harness();
    let live = sim(PlanTier::Growth, 1);
    watch_live_with_hook(&h, &live, "exit 0");

    overview_until(&h, |o| {
        o.devices
            .first()
            .is_some_and(|d| d.device.state == SessionState::Connected)
    });

    // The phone drops: the hook runs.
    let control = SimControl::new(&live.base_url(), live.api_key());
    let set = |h: &Harness, status, reason| {
        tauri::async_runtime::block_on(control.set_status("dev_001", status, reason)).unwrap();
        call(h, Refresh {}).unwrap();
    };
    set(&h, "logged_out", Some("logged_out"));
    let runs = hook_runs_until(&h, |runs| !runs.is_empty());
    assert_eq!(runs.len(), 1, "{runs:#?}");
    assert_eq!(runs[0].event, HookEvent::DeviceDown);
    assert_eq!(runs[0].target, "command");
    assert!(runs[0].ok, "{runs:#?}");

    // Saving settings starts the monitor and its hooks again: the log stays.
    save(
        &h,
        Settings {
            hooks: HookSettings {
                command: Some("exit 0".into()),
                ..HookSettings::default()
            },
            ..settings(live.base_url(), 6)
        },
    )
    .unwrap();
    overview_until(&h, healthy);
    assert_eq!(call(&h, GetHookRuns {}).unwrap(), runs);

    // So does a restart, once the workspace is watched again.
    let h = restart(h);
    set_session_key(&h, live.api_key()).unwrap();
    overview_until(&h, live_and_healthy);
    assert_eq!(call(&h, GetHookRuns {}).unwrap(), runs);

    // The phone was down when the app stopped: its return still runs "up",
    // for the automations it paused.
    set(&h, "connected", None);
    let runs = hook_runs_until(&h, |runs| runs.len() == 2);
    assert_eq!(runs[1].event, HookEvent::DeviceUp, "{runs:#?}");
}

/// The state of the pairing on screen, if any.
fn pairing_state(pairing: &Option<PairingView>) -> Option<&PairingState> {
    pairing.as_ref().map(|p| &p.state)
}

/// Asks the agent for the pairing on screen until `done` holds.
fn pairing_until(h: &Harness, done: impl Fn(&Option<PairingView>) -> bool) -> Option<PairingView> {
    until(
        "pairing",
        Duration::from_secs(10),
        || agent_ask(h, GetPairing {}),
        done,
    )
}

#[test]
fn a_new_phone_pairs_in_the_demo_and_a_full_plan_is_refused() {
    let h = harness();
    overview_until(&h, |o| healthy(o) && o.snapshot.workspace.is_some());
    let bad = refusal(&h, AddDevice { name: "   ".into() });
    assert_eq!(bad.code, ErrorCode::InvalidInput);
    let device = call(
        &h,
        AddDevice {
            name: "Till 2".into(),
        },
    )
    .unwrap();
    assert_eq!(device.state, SessionState::Unlinked);
    let id = device.id;

    call(
        &h,
        StartPairing {
            device_id: id.clone(),
        },
    )
    .unwrap();
    let code = pairing_until(&h, |p| {
        matches!(pairing_state(p), Some(PairingState::Code { .. }))
    });
    let Some(PairingState::Code {
        payload,
        svg,
        number,
        ..
    }) = pairing_state(&code)
    else {
        unreachable!("waited for a code")
    };
    assert!(svg.contains("<svg"), "{svg}");
    assert_eq!(*number, 1);
    assert!(payload.is_empty(), "the payload stays in Rust");
    let saved = call(&h, SaveQrPng {}).unwrap();
    let png = std::fs::read(&saved).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    std::fs::remove_file(&saved).unwrap();

    call(
        &h,
        SimulateScan {
            device_id: id.clone(),
        },
    )
    .unwrap();
    let linked = pairing_until(&h, |p| {
        matches!(pairing_state(p), Some(PairingState::Linked { .. }))
    });
    let Some(PairingState::Linked { device }) = pairing_state(&linked) else {
        unreachable!("waited for the link")
    };
    assert!(
        device.phone.as_ref().is_some_and(|p| p.starts_with('+')),
        "{device:?}"
    );
    overview_until(&h, |o| {
        o.devices
            .iter()
            .any(|d| d.device.id == id && d.device.state == SessionState::Connected)
    });

    let full = refusal(
        &h,
        AddDevice {
            name: "Sixth".into(),
        },
    );
    assert_eq!(full.code, ErrorCode::PlanLimit);
    assert_eq!(
        full.message,
        "Growth allows 5 linked devices; remove one or upgrade"
    );

    call(&h, RemoveDevice { device_id: id }).unwrap();
    overview_until(&h, |o| o.devices.len() == 4);
    call(&h, CancelPairing {}).unwrap();
    assert_eq!(agent_ask(&h, GetPairing {}), None);
}

#[test]
fn history_views_read_what_the_monitor_recorded_and_refuse_bad_ranges() {
    let h = harness();
    overview_until(&h, healthy);
    // The first poll's sightings are written before they are announced.
    let strips = answer_until(
        &h,
        DeviceStrips {
            hours: 24,
            width: 300,
            device_ids: None,
        },
        Duration::from_secs(10),
        |strips| strips.len() == 4,
    );
    let disconnected = strips
        .iter()
        .find(|s| {
            s.segments
                .last()
                .is_some_and(|seg| seg.kind == SegmentKind::Disconnected)
        })
        .expect("the demo's disconnected phone ends its strip red");
    assert!(
        disconnected.uptime.is_some_and(|uptime| uptime < 1.0),
        "{disconnected:?}"
    );

    let now = chrono::Utc::now().timestamp_millis() as f64;
    let day = 86_400_000.0;
    let id = disconnected.device_id.clone();
    let range = |device_id: &DeviceId, from: f64, to: f64, width: u32| DeviceHistory {
        device_id: device_id.clone(),
        from,
        to,
        width,
    };
    let history = call(&h, range(&id, now - day, now + day, 800)).unwrap();
    assert_eq!(history.device_id, id);
    assert!(history.to as f64 <= now + 60_000.0, "clipped to now");
    let current = history.outages.last().expect("the current outage");
    assert_eq!(current.ended, OutageEnd::Ongoing, "{history:#?}");
    assert_eq!(current.reason.as_deref(), Some("phone_offline"));
    let earlier = &history.outages[..history.outages.len() - 1];
    assert!(earlier.iter().all(|o| o.ended != OutageEnd::Ongoing));

    let ranking = call(&h, WorkspaceRanking { days: 7 }).unwrap();
    let counts: Vec<u32> = ranking.iter().map(|r| r.disconnects).collect();
    assert_eq!(counts.len(), 4, "{ranking:#?}");
    assert!(
        counts.windows(2).all(|w| w[0] >= w[1]),
        "most disconnects first: {counts:?}"
    );
    assert!(ranking
        .iter()
        .any(|r| r.device_id == id && r.disconnects >= 1));

    // An id the window must refuse, sent as the page would send it.
    let bad_id = DeviceId::new("../v1/x");
    for (args, what) in [
        (range(&id, now, now - day, 800), "reversed range"),
        (range(&id, now - 900.0 * day, now, 800), "range too long"),
        (range(&bad_id, now - day, now, 800), "bad id"),
        (range(&id, now - day, now, 0), "no width"),
    ] {
        let err = refusal(&h, args);
        assert_eq!(err.code, ErrorCode::InvalidInput, "{what}: {err:?}");
    }
    let unknown = DeviceId::new("dev_999");
    let err = refusal(&h, range(&unknown, now - day, now, 800));
    assert_eq!(err.code, ErrorCode::NotFound);
    let err = refusal(&h, WorkspaceRanking { days: 0 });
    assert_eq!(err.code, ErrorCode::InvalidInput);
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
    let settings = call(&h, GetSettings {}).expect("granted");
    assert_eq!(settings.key_storage, KeyStorage::None);
    // Registered but not granted: refused by Tauri before it runs, with
    // Tauri's own message rather than an app error.
    let refused = invoke_raw(&h, GetPairing::COMMAND.name(), json!({})).unwrap_err();
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
        let refused = invoke_raw(&h, cmd, args).unwrap_err();
        assert!(
            refused.to_string().contains("not allowed"),
            "{cmd}: {refused}"
        );
    }
    // Unknown commands are refused too.
    let refused = invoke_raw(&h, "no_such_command", json!({})).unwrap_err();
    assert!(
        refused.to_string().contains("not allowed"),
        "no_such_command: {refused}"
    );
}

#[test]
fn hostile_device_ids_and_secrets_are_refused_before_anything_is_sent() {
    let h = harness();
    overview_until(&h, healthy);
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
        // Unchecked, as a hostile page would send it.
        let id = || DeviceId::new(bad);
        for err in [
            refusal(&h, StartPairing { device_id: id() }),
            refusal(&h, SimulateScan { device_id: id() }),
            refusal(&h, LogoutDevice { device_id: id() }),
            refusal(&h, RemoveDevice { device_id: id() }),
            refusal(
                &h,
                SnoozeAlerts {
                    device_id: Some(id()),
                    duration: SnoozeFor::OneHour,
                },
            ),
        ] {
            assert_eq!(err.code, ErrorCode::InvalidInput, "{bad:?}: {err:?}");
        }
    }
    // The demo's four devices are all still there: nothing was removed or logged out.
    let overview = call(&h, GetOverview {}).unwrap();
    assert_eq!(overview.devices.len(), 4);
    assert_eq!(agent_ask(&h, GetPairing {}), None, "no pairing was started");

    let err = set_session_key(&h, &"k".repeat(513)).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert_eq!(
        err.message,
        "the API key must be 1 to 512 characters, without spaces"
    );
    let try_key = |base_url: &str, api_key: &str| {
        refusal(
            &h,
            TestConnection {
                base_url: base_url.into(),
                api_key: Some(api_key.into()),
            },
        )
    };
    let err = try_key("https://api.waping.app", "two words");
    assert_eq!(err.code, ErrorCode::InvalidInput);
    let err = try_key("http://example.com", "wk_live_1");
    assert_eq!(err.code, ErrorCode::InvalidBaseUrl);
    for secret in ["short", "has a space in it", &"s".repeat(257)] {
        let err = refusal(
            &h,
            SetWebhookSecret {
                secret: secret.into(),
                session_only: true,
            },
        );
        assert_eq!(err.code, ErrorCode::InvalidInput, "{secret:?}");
    }
    let settings = call(&h, GetSettings {}).unwrap();
    assert_eq!(settings.key_storage, KeyStorage::None, "no key was stored");
    assert_eq!(
        settings.webhook_secret_storage,
        KeyStorage::None,
        "no secret was stored"
    );
}

#[test]
fn a_device_asked_for_while_the_window_is_closed_is_handed_to_the_new_page_once() {
    let h = open_app(app_context(), serial(), |app| {
        // A notification is clicked while no window is open.
        waping_desk::window::show_device(app.handle(), &DeviceId::new("dev_003"));
    });
    assert_eq!(
        call(&h, TakeFocusRequest {}).unwrap(),
        Some(DeviceId::new("dev_003"))
    );
    assert_eq!(
        call(&h, TakeFocusRequest {}).unwrap(),
        None,
        "handed over once"
    );
    // With the window open, the request goes to its listener instead.
    let (heard, focus) = std::sync::mpsc::channel();
    h.window
        .listen(EventName::FocusDevice.name(), move |event| {
            let _ = heard.send(event.payload().to_owned());
        });
    waping_desk::window::show_device(h._app.handle(), &DeviceId::new("dev_001"));
    let payload = focus
        .recv_timeout(Duration::from_secs(5))
        .expect("the page is told to focus the device");
    let device: DeviceId = serde_json::from_str(&payload).unwrap();
    assert_eq!(device, DeviceId::new("dev_001"));
    assert_eq!(call(&h, TakeFocusRequest {}).unwrap(), None);
}

#[test]
fn the_page_is_told_the_language_of_the_desktop_session() {
    let h = harness();
    // The harness holds the one lock every app takes, so no other test reads
    // the environment meanwhile.
    let before = std::env::var_os("LC_ALL");
    let answer = |tag: &str| {
        std::env::set_var("LC_ALL", tag);
        call(&h, SystemLocale {}).unwrap()
    };
    let brazilian = answer("pt_BR.UTF-8");
    let arabic = answer("ar_EG.UTF-8");
    let unknown = answer("tlh_XX.UTF-8");
    match before {
        Some(value) => std::env::set_var("LC_ALL", value),
        None => std::env::remove_var("LC_ALL"),
    }
    assert_eq!(brazilian, Locale::PtBr);
    assert_eq!(arabic, Locale::Ar);
    assert_eq!(
        unknown,
        Locale::En,
        "a language without a catalog reads English"
    );
}

#[test]
fn snoozes_show_in_the_overview_survive_a_reconnect_and_resume_one_by_one() {
    let h = harness();
    overview_until(&h, healthy);
    let until = snooze(&h, "dev_003", SnoozeFor::OneHour);
    snooze(&h, "dev_002", SnoozeFor::FourHours);
    let overview = call(&h, GetOverview {}).unwrap();
    assert_eq!(overview.snoozed_devices.get("dev_003"), Some(&until));
    assert!(
        overview.snoozed_devices.contains_key("dev_002"),
        "{overview:?}"
    );
    assert_eq!(overview.snoozed_until, None);

    // Saving settings restarts the monitor; the snoozes stay.
    save(
        &h,
        Settings {
            poll_interval_secs: 30,
            ..Settings::default()
        },
    )
    .unwrap();
    let overview = call(&h, GetOverview {}).unwrap();
    assert_eq!(overview.snoozed_devices.get("dev_003"), Some(&until));

    let resume = |device_id: Option<&str>| {
        call(
            &h,
            ResumeAlerts {
                device_id: device_id.map(DeviceId::new),
            },
        )
        .unwrap()
    };
    resume(Some("dev_003"));
    let overview = call(&h, GetOverview {}).unwrap();
    assert_eq!(overview.snoozed_devices.get("dev_003"), None);
    assert!(
        overview.snoozed_devices.contains_key("dev_002"),
        "{overview:?}"
    );

    call(
        &h,
        SnoozeAlerts {
            device_id: None,
            duration: SnoozeFor::OneHour,
        },
    )
    .unwrap();
    assert!(call(&h, GetOverview {}).unwrap().snoozed_until.is_some());
    resume(None);
    let overview = call(&h, GetOverview {}).unwrap();
    assert_eq!(overview.snoozed_until, None);
    assert!(
        overview.snoozed_devices.is_empty(),
        "resuming all clears every device: {:?}",
        overview.snoozed_devices
    );
}

#[test]
fn the_dashboard_opens_only_for_a_pairing_that_goes_through_it() {
    let h = harness();
    let refused = refusal(&h, OpenDashboard {});
    assert_eq!(refused.code, ErrorCode::NoDashboard, "{refused:?}");
    let no_code = refusal(&h, CopyQrPng {});
    assert_eq!(no_code.code, ErrorCode::NoCode, "{no_code:?}");
}

#[test]
fn open_in_browser_opens_the_devices_page_where_waping_pairs_in_its_dashboard() {
    let h = harness();
    overview_until(&h, healthy);
    let device = call(
        &h,
        AddDevice {
            name: "Till 3".into(),
        },
    )
    .unwrap();
    // This WAPing has no QR endpoint: 404 on it for a device that exists.
    let agent = h.agent.as_ref().expect("the agent runs");
    tauri::async_runtime::block_on(async {
        let demo = agent.service.connection.demo().await.unwrap();
        demo.control()
            .add_fault(&FaultRule {
                fault: Fault::Error {
                    status: 404,
                    code: "NOT_FOUND".into(),
                },
                count: None,
                path: Some(format!("/v1/devices/{}/qr", device.id)),
                page: None,
            })
            .await
            .unwrap();
    });
    call(
        &h,
        StartPairing {
            device_id: device.id.clone(),
        },
    )
    .unwrap();
    let view = pairing_until(&h, |p| {
        matches!(pairing_state(p), Some(PairingState::Dashboard { .. }))
    });
    let Some(PairingState::Dashboard { url }) = pairing_state(&view) else {
        unreachable!("waited for the dashboard")
    };
    assert!(
        url.ends_with(&format!("/devices/{}", device.id)),
        "the device's own page: {url}"
    );
    let opened = opened_file(data_home());
    let _ = std::fs::remove_file(&opened);
    call(&h, OpenDashboard {}).unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let asked = loop {
        let asked = std::fs::read_to_string(&opened).unwrap_or_default();
        if !asked.is_empty() {
            break asked;
        }
        assert!(Instant::now() < deadline, "the browser was never asked");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(asked.lines().collect::<Vec<_>>(), vec![url.as_str()]);
    call(&h, CancelPairing {}).unwrap();
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
    overview_until(&h, healthy);
    let until = snooze(&h, "dev_003", SnoozeFor::UntilTomorrow);
    let h = restart(h);
    let overview = overview_until(&h, healthy);
    assert_eq!(overview.snoozed_devices.get("dev_003"), Some(&until));
}

/// The app quits and starts again on the same data folder, which no other
/// test touches in between (the serial guard is kept).
fn restart(mut h: Harness) -> Harness {
    let serial = h.serial.take().expect("the serial guard");
    drop(h);
    open_app(app_context(), serial, |_| {})
}
