//! Hooks against a flapping workspace and hostile server data: the real
//! monitor polling the simulator over loopback, a real SQLite file, and the
//! real hook runner spawning `sh`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;
use tokio::sync::broadcast;
use waping_core::domain::{DeviceId, HookEvent, HookRun, Observation, ObservedBy};
use waping_core::history::History;
use waping_core::hooks::{HookPayload, HookRunner, HookSettings, MAX_CONCURRENT_RUNS};
use waping_core::monitor::{MachineConfig, Monitor, MonitorConfig, MonitorEvent};
use waping_core::simulator::{self, Scenario, SimConfig, SimControl, SimHandle};
use waping_core::{ApiKey, ClientConfig, GatewayClient, PlanTier, SessionState};

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("attack-hooks-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn sim(devices: u32) -> SimHandle {
    let config = SimConfig {
        plan: PlanTier::Pro,
        devices,
        scenario: Scenario::Steady,
        ..SimConfig::default()
    };
    simulator::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap()
}

/// A monitor of `sim` on the history file in `dir` that polls only when
/// asked, once its first poll has seen `devices` devices.
async fn monitor(sim: &SimHandle, dir: &Path, devices: usize) -> Monitor {
    let client = GatewayClient::new(ClientConfig::new(
        sim.base_url(),
        ApiKey::new(sim.api_key()),
    ))
    .unwrap();
    let (history, _) = History::open(&dir.join("history.sqlite3")).unwrap();
    // A phone that drops right after coming back drops for real here.
    let config = MonitorConfig {
        poll_interval: Duration::from_secs(3600),
        machine: MachineConfig {
            pairing_grace: chrono::Duration::zero(),
            ..MachineConfig::default()
        },
        ..MonitorConfig::default()
    };
    let monitor = Monitor::spawn(client, Some(history), None, config);
    let mut events = monitor.events();
    let mut seen = 0;
    tokio::time::timeout(Duration::from_secs(10), async {
        while seen < devices {
            if let Ok(MonitorEvent::Transition(_)) = events.recv().await {
                seen += 1;
            }
        }
    })
    .await
    .expect("the first poll sees every device");
    monitor
}

fn hook_log(dir: &Path) -> Option<History> {
    Some(History::open(&dir.join("history.sqlite3")).unwrap().0)
}

/// The next `count` runs the runner tells of, within `secs`.
async fn runs(rx: &mut broadcast::Receiver<HookRun>, count: usize, secs: u64) -> Vec<HookRun> {
    let mut runs = Vec::new();
    tokio::time::timeout(Duration::from_secs(secs), async {
        while runs.len() < count {
            match rx.recv().await {
                Ok(run) => runs.push(run),
                Err(e) => panic!("runs not told: {e}"),
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("{count} runs told within {secs} s; got {runs:?}"));
    runs
}

#[tokio::test]
async fn a_flapping_workspace_runs_a_bounded_number_of_hooks_and_the_latest_state_wins() {
    const DEVICES: usize = 5;
    const EVENTS: usize = 200;
    let dir = dir("flapping");
    let sim = sim(DEVICES as u32).await;
    let monitor = monitor(&sim, &dir, DEVICES).await;
    // Each run notes its start and end in one file (appends of a line are
    // atomic), then what it ran for in another.
    let command = format!(
        "echo start >> '{0}/live'; sleep 0.3; echo \"$WAPING_DEVICE_ID $WAPING_EVENT\" >> '{0}/ran'; echo end >> '{0}/live'",
        dir.display()
    );
    let settings = HookSettings {
        url: None,
        command: Some(command),
        timeout_secs: 20,
    };
    let runner = HookRunner::spawn(settings, &monitor, hook_log(&dir));
    let mut told = runner.subscribe();

    // Every phone drops and returns, over and over: 200 hook events.
    let start = chrono::Utc::now();
    for n in 0..EVENTS {
        let state = if (n / DEVICES).is_multiple_of(2) {
            SessionState::Disconnected
        } else {
            SessionState::Connected
        };
        monitor.observe(Observation {
            device_id: DeviceId::new(format!("dev_{:03}", n % DEVICES + 1)),
            name: None,
            state,
            reason: None,
            since: None,
            last_seen: None,
            source: ObservedBy::Webhook,
            at: start + chrono::Duration::milliseconds(n as i64),
        });
    }

    let told = runs(&mut told, EVENTS, 60).await;
    let skipped = told.iter().filter(|r| r.superseded_by.is_some()).count();
    let ran_lines = std::fs::read_to_string(dir.join("ran")).unwrap_or_default();
    let ran: Vec<&str> = ran_lines.lines().collect();
    assert_eq!(
        ran.len() + skipped,
        EVENTS,
        "every event either ran or is logged as skipped: {} ran, {skipped} skipped",
        ran.len()
    );
    assert_eq!(told.len() - skipped, ran.len(), "each run is told once");

    // Never more than the limit alive at once.
    let live = std::fs::read_to_string(dir.join("live")).unwrap();
    let (mut now, mut most) = (0i32, 0i32);
    for line in live.lines() {
        now += if line == "start" { 1 } else { -1 };
        most = most.max(now);
    }
    assert!(
        most <= MAX_CONCURRENT_RUNS as i32,
        "at most {MAX_CONCURRENT_RUNS} hook commands at once; saw {most}"
    );

    // Each phone's last state, up, ran last for it.
    let mut last: HashMap<&str, &str> = HashMap::new();
    for line in &ran {
        let (id, event) = line.split_once(' ').unwrap();
        last.insert(id, event);
    }
    for n in 1..=DEVICES {
        let id = format!("dev_{n:03}");
        assert_eq!(
            last.get(id.as_str()).copied(),
            Some("device.up"),
            "{id}'s latest event ran last: {ran:?}"
        );
    }

    // The skipped runs are in the history's hook log, read back from the file.
    let (history, _) = History::open(&dir.join("history.sqlite3")).unwrap();
    let kept = history.hook_runs(waping_core::hooks::LOG_SIZE).unwrap();
    let kept_skipped: Vec<&HookRun> = kept.iter().filter(|r| r.superseded_by.is_some()).collect();
    assert!(
        !kept_skipped.is_empty() && kept.len() <= waping_core::hooks::LOG_SIZE,
        "skipped runs kept in the file, within the log's size: {kept:?}"
    );
    assert!(kept_skipped
        .iter()
        .all(|r| r.ok && r.detail.contains("skipped")));
    drop(runner);
    sim.stop().await;
}

#[tokio::test]
async fn a_device_name_with_a_nul_and_a_200_kb_reason_still_runs_the_command_hook() {
    let dir = dir("hostile-data");
    let sim = sim(1).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    control
        .set_name("dev_001", "Till\0one\u{1b}[31m")
        .await
        .unwrap();
    let monitor = monitor(&sim, &dir, 1).await;
    let command = format!(
        "printf '%s|%s|%s\\n' \"$WAPING_EVENT\" \"$WAPING_DEVICE_NAME\" \"$WAPING_REASON\" > '{0}/env'; cat > '{0}/stdin'",
        dir.display()
    );
    let settings = HookSettings {
        url: None,
        command: Some(command),
        timeout_secs: 10,
    };
    let runner = HookRunner::spawn(settings, &monitor, hook_log(&dir));
    let mut told = runner.subscribe();

    let reason = "r".repeat(200 * 1024);
    control
        .set_status("dev_001", "disconnected", Some(&reason))
        .await
        .unwrap();
    monitor.refresh();

    let run = runs(&mut told, 1, 20).await.remove(0);
    assert_eq!(
        (run.ok, run.detail.as_str(), run.event),
        (true, "exit 0", HookEvent::DeviceDown),
        "the command ran: {run:?}"
    );
    let env = std::fs::read_to_string(dir.join("env")).unwrap();
    let line = env.lines().next().unwrap();
    let mut fields = line.split('|');
    assert_eq!(fields.next(), Some("device.down"));
    assert_eq!(fields.next(), Some("Tillone[31m"), "NUL and ESC dropped");
    let env_reason = fields.next().unwrap();
    assert!(
        !env_reason.is_empty() && env_reason.len() <= 1024 && env_reason.starts_with("rrr"),
        "the reason, cut: {} bytes",
        env_reason.len()
    );
    let stdin = std::fs::read_to_string(dir.join("stdin")).unwrap();
    let payload: HookPayload = serde_json::from_str(&stdin).unwrap();
    assert_eq!(
        (payload.event, payload.device_id.as_str(), payload.state),
        (HookEvent::DeviceDown, "dev_001", SessionState::Disconnected)
    );
    assert!(payload
        .reason
        .as_deref()
        .is_some_and(|r| r.starts_with("rrr")));
    drop(runner);
    sim.stop().await;
}
