use super::*;
use crate::domain::DeviceId;
use crate::monitor::Source;
use axum::routing::post;
use axum::Json;
use std::time::Duration;
use tokio::sync::mpsc;

/// The runner's clock: a run is dated by it, not by the computer's.
fn clock() -> std::sync::Arc<crate::domain::ManualClock> {
    crate::domain::ManualClock::new("2026-11-25T10:42:05.123Z".parse().unwrap())
}

fn transition(from: Option<SessionState>, to: SessionState, expected: bool) -> Transition {
    Transition {
        device_id: DeviceId::new("dev_001"),
        device_name: "Shop phone".into(),
        from,
        to,
        at: "2026-11-25T10:42:00Z".parse().unwrap(),
        reason: Some("logged_out".into()),
        source: Source::Poll,
        expected,
    }
}

fn payload(event: HookEvent) -> HookPayload {
    HookPayload {
        event,
        device_id: "dev_001".into(),
        device_name: "Shop phone".into(),
        state: SessionState::Disconnected,
        reason: Some("logged_out".into()),
        at: "2026-11-25T10:42:00Z".parse().unwrap(),
    }
}

/// `payload(DeviceDown)` as a hook receives it: the whole object, so that a
/// field renamed, added or dropped is a change a receiver would see.
fn device_down_json() -> serde_json::Value {
    serde_json::json!({
        "event": "device.down",
        "deviceId": "dev_001",
        "deviceName": "Shop phone",
        "state": "Disconnected",
        "reason": "logged_out",
        "at": "2026-11-25T10:42:00Z",
    })
}

#[test]
fn only_real_drops_and_recoveries_run_hooks() {
    use HookEvent::{DeviceDown as Down, DeviceUp as Up};
    use SessionState::*;
    // Each case: a device's transitions in order, and the hooks each one runs.
    #[allow(clippy::type_complexity)]
    let cases: [(
        &str,
        &[(Option<SessionState>, SessionState, bool, Option<HookEvent>)],
    ); 8] = [
        (
            "drop and reconnect",
            &[
                (Some(Connected), Disconnected, false, Some(Down)),
                (Some(Disconnected), Connected, false, Some(Up)),
            ],
        ),
        (
            "a lasting Degraded that drops",
            &[
                (Some(Connected), Degraded, false, None),
                (Some(Degraded), Disconnected, false, Some(Down)),
                (Some(Disconnected), Degraded, false, None),
                (Some(Degraded), Connected, false, Some(Up)),
            ],
        ),
        (
            "back by a re-scan through Unlinked",
            &[
                (Some(Connected), Disconnected, false, Some(Down)),
                (Some(Disconnected), Unlinked, false, None),
                (Some(Unlinked), Connected, false, Some(Up)),
            ],
        ),
        (
            "an unknown status in the middle of a drop is no second drop",
            &[
                (Some(Connected), Disconnected, false, Some(Down)),
                (Some(Disconnected), Unknown, false, None),
                (Some(Unknown), Disconnected, false, None),
                (Some(Disconnected), Connected, false, Some(Up)),
            ],
        ),
        (
            "the reconnect right after a scan",
            &[
                (Some(Connected), Disconnected, true, None),
                (Some(Disconnected), Connected, false, None),
            ],
        ),
        (
            "already down when monitoring starts",
            &[
                (None, Disconnected, false, None),
                (Some(Disconnected), Connected, false, Some(Up)),
            ],
        ),
        (
            "a new phone linked",
            &[
                (None, Unlinked, false, None),
                (Some(Unlinked), Connected, false, None),
            ],
        ),
        (
            "a wobble that never drops",
            &[
                (Some(Connected), Degraded, false, None),
                (Some(Degraded), Connected, false, None),
            ],
        ),
    ];
    for (name, steps) in cases {
        let mut trigger = HookTrigger::default();
        for (from, to, expected, want) in steps {
            assert_eq!(
                trigger.on_transition(&transition(*from, *to, *expected)),
                *want,
                "{name}: {from:?} -> {to}"
            );
        }
    }
}

async fn receiver(status: u16) -> (String, mpsc::UnboundedReceiver<serde_json::Value>) {
    let (tx, rx) = mpsc::unbounded_channel();
    let app = axum::Router::new().route(
        "/hook",
        post(move |Json(body): Json<serde_json::Value>| {
            let tx = tx.clone();
            async move {
                let _ = tx.send(body);
                axum::http::StatusCode::from_u16(status).unwrap()
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, rx)
}

#[tokio::test]
async fn the_url_receives_the_event_as_json() {
    let (url, mut rx) = receiver(200).await;
    let settings = HookSettings {
        url: Some(url),
        command: None,
        timeout_secs: 5,
    };
    let runs = run_hooks(
        &settings,
        &reqwest::Client::new(),
        &payload(HookEvent::DeviceDown),
        &*clock(),
    )
    .await;
    assert_eq!(runs.len(), 1);
    assert!(runs[0].ok, "{runs:?}");
    assert_eq!(runs[0].detail, "HTTP 200");
    assert_eq!(runs[0].at, clock().now(), "dated by the runner's clock");
    let body = rx.recv().await.unwrap();
    assert_eq!(body, device_down_json());
    let read: HookPayload = serde_json::from_value(body).unwrap();
    assert_eq!(read, payload(HookEvent::DeviceDown));
}

#[tokio::test]
async fn a_failing_or_absent_url_is_logged_not_fatal() {
    let (url, _rx) = receiver(500).await;
    let settings = HookSettings {
        url: Some(url),
        command: None,
        timeout_secs: 5,
    };
    let runs = run_hooks(
        &settings,
        &reqwest::Client::new(),
        &payload(HookEvent::DeviceUp),
        &*clock(),
    )
    .await;
    assert_eq!((runs[0].ok, runs[0].detail.as_str()), (false, "HTTP 500"));

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let settings = HookSettings {
        url: Some(format!("http://127.0.0.1:{port}/x")),
        command: None,
        timeout_secs: 5,
    };
    let runs = run_hooks(
        &settings,
        &reqwest::Client::new(),
        &payload(HookEvent::DeviceUp),
        &*clock(),
    )
    .await;
    assert!(!runs[0].ok);
    assert!(
        runs[0].detail.to_lowercase().contains("refused"),
        "{}",
        runs[0].detail
    );
}

#[cfg(unix)]
#[tokio::test]
async fn the_command_gets_the_event_in_its_environment_and_on_stdin() {
    let out = std::env::temp_dir().join(format!("waping-hook-{}.txt", std::process::id()));
    let command = format!(
        "printf '%s|%s|%s|%s\\n' \"$WAPING_EVENT\" \"$WAPING_DEVICE_NAME\" \"$WAPING_STATE\" \"$WAPING_REASON\" > '{0}'; cat >> '{0}'",
        out.display()
    );
    let settings = HookSettings {
        url: None,
        command: Some(command),
        timeout_secs: 5,
    };
    let runs = run_hooks(
        &settings,
        &reqwest::Client::new(),
        &payload(HookEvent::DeviceDown),
        &*clock(),
    )
    .await;
    assert_eq!(
        (runs[0].ok, runs[0].detail.as_str(), runs[0].target.as_str()),
        (true, "exit 0", "command")
    );
    let written = std::fs::read_to_string(&out).unwrap();
    let mut lines = written.lines();
    assert_eq!(
        lines.next(),
        Some("device.down|Shop phone|Disconnected|logged_out")
    );
    let json: serde_json::Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(json, device_down_json());
    assert_eq!(lines.next(), None, "the event and nothing more on stdin");
    let _ = std::fs::remove_file(out);
}

#[cfg(unix)]
#[tokio::test]
async fn failing_and_hanging_commands_are_reported() {
    let failing = HookSettings {
        url: None,
        command: Some("exit 3".into()),
        timeout_secs: 5,
    };
    let runs = run_hooks(
        &failing,
        &reqwest::Client::new(),
        &payload(HookEvent::DeviceUp),
        &*clock(),
    )
    .await;
    assert_eq!((runs[0].ok, runs[0].detail.as_str()), (false, "exit 3"));

    let hanging = HookSettings {
        url: None,
        command: Some("sleep 30".into()),
        timeout_secs: 1,
    };
    let started = Instant::now();
    let runs = run_hooks(
        &hanging,
        &reqwest::Client::new(),
        &payload(HookEvent::DeviceUp),
        &*clock(),
    )
    .await;
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(
        (runs[0].ok, runs[0].detail.as_str()),
        (false, "still running after 1 s: stopped")
    );

    // What the shell started ends with it.
    let dir = std::env::temp_dir().join(format!("waping-hook-group-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pid_file = dir.join("pid");
    let spawning = HookSettings {
        url: None,
        command: Some(format!("sleep 30 & echo $! > {}; wait", pid_file.display())),
        timeout_secs: 1,
    };
    let runs = run_hooks(
        &spawning,
        &reqwest::Client::new(),
        &payload(HookEvent::DeviceUp),
        &*clock(),
    )
    .await;
    assert!(!runs[0].ok);
    let pid = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .to_owned();
    let deadline = Instant::now() + Duration::from_secs(5);
    // Gone, or a zombie waiting for a parent that is gone too.
    let alive = || {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .is_ok_and(|stat| !stat.contains(") Z "))
    };
    while alive() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(!alive(), "the shell's child {pid} was ended too");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hook_urls_are_checked() {
    let ok = HookSettings {
        url: Some("http://localhost:5678/webhook/pause".into()),
        ..HookSettings::default()
    };
    assert!(ok.validate().is_ok());
    let bad = HookSettings {
        url: Some("file:///etc/passwd".into()),
        ..HookSettings::default()
    };
    assert!(bad.validate().is_err());
    assert!(HookSettings::default().is_empty());
}

#[test]
fn hook_urls_and_commands_are_bounded() {
    let long_url = HookSettings {
        url: Some(format!("https://example.com/{}", "a".repeat(2048))),
        ..HookSettings::default()
    };
    assert!(long_url.validate().unwrap_err().contains("at most 2048"));
    let long_command = HookSettings {
        command: Some("x".repeat(4097)),
        ..HookSettings::default()
    };
    assert!(long_command
        .validate()
        .unwrap_err()
        .contains("at most 4096"));
    let fits = HookSettings {
        command: Some("x".repeat(4096)),
        ..HookSettings::default()
    };
    assert!(fits.validate().is_ok());
}

#[test]
fn environment_values_lose_control_characters_and_are_cut_on_a_character() {
    assert_eq!(env_value("Till\0one\u{1b}[31m\n"), "Tillone[31m");
    assert_eq!(env_value("evil\u{202e}txt"), "eviltxt");
    let long = "é".repeat(MAX_ENV_BYTES);
    let cut = env_value(&long);
    assert_eq!(cut.len(), MAX_ENV_BYTES, "512 two-byte characters");
    assert!(cut.chars().all(|c| c == 'é'));
    assert_eq!(
        env_value("x".repeat(MAX_ENV_BYTES + 1).as_str()).len(),
        MAX_ENV_BYTES
    );
}

#[cfg(unix)]
#[tokio::test]
async fn a_nul_in_the_name_and_a_huge_reason_still_start_the_command() {
    let out = std::env::temp_dir().join(format!("waping-hook-hostile-{}.txt", std::process::id()));
    let command = format!(
        "printf '%s|%s\\n' \"$WAPING_DEVICE_NAME\" \"${{#WAPING_REASON}}\" > '{0}'; cat >> '{0}'",
        out.display()
    );
    let settings = HookSettings {
        url: None,
        command: Some(command),
        timeout_secs: 5,
    };
    let hostile = HookPayload {
        device_name: "Shop\0phone".into(),
        reason: Some("r".repeat(200 * 1024)),
        ..payload(HookEvent::DeviceDown)
    };
    let runs = run_hooks(&settings, &reqwest::Client::new(), &hostile, &*clock()).await;
    assert_eq!((runs[0].ok, runs[0].detail.as_str()), (true, "exit 0"));
    let written = std::fs::read_to_string(&out).unwrap();
    let mut lines = written.lines();
    assert_eq!(lines.next(), Some("Shopphone|1024"));
    let json: HookPayload = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(json, hostile, "the whole event on stdin");
    let _ = std::fs::remove_file(out);
}
