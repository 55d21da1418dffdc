//! The monitor with a real SQLite file, polling the real simulator over loopback.

use std::path::PathBuf;
use std::time::Duration;
use tokio::sync::broadcast;
use waping_core::alerts::{AlertConfig, AlertKind};
use waping_core::history::History;
use waping_core::monitor::{
    GatewayHealth, MachineConfig, Monitor, MonitorConfig, MonitorEvent, Source,
};
use waping_core::simulator::{self, Fault, FaultRule, Scenario, SimConfig, SimControl, SimHandle};
use waping_core::{ApiKey, ClientConfig, GatewayClient, PlanTier, SessionState};

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

fn db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("waping-monitor-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir.join("history.sqlite3")
}

fn config() -> MonitorConfig {
    MonitorConfig {
        poll_interval: Duration::from_millis(40),
        tick_every: Duration::from_millis(20),
        machine: MachineConfig::default(),
        alerts: AlertConfig::default(),
        ..MonitorConfig::default()
    }
}

fn start(sim: &SimHandle, path: &std::path::Path, config: MonitorConfig) -> Monitor {
    let client = GatewayClient::new(ClientConfig::new(
        sim.base_url(),
        ApiKey::new(sim.api_key()),
    ))
    .unwrap();
    let (history, _) = History::open(path).unwrap();
    Monitor::spawn(client, Some(history), None, config)
}

/// Everything the monitor announces within `window`.
async fn collect(
    events: &mut broadcast::Receiver<MonitorEvent>,
    window: Duration,
) -> Vec<MonitorEvent> {
    let mut out = Vec::new();
    let deadline = tokio::time::Instant::now() + window;
    while let Ok(Ok(event)) = tokio::time::timeout_at(deadline, events.recv()).await {
        out.push(event);
    }
    out
}

fn transitions(
    events: &[MonitorEvent],
) -> Vec<(String, Option<SessionState>, SessionState, Source)> {
    events
        .iter()
        .filter_map(|e| match e {
            MonitorEvent::Transition(t) => Some((t.device_id.to_string(), t.from, t.to, t.source)),
            _ => None,
        })
        .collect()
}

fn alerts(events: &[MonitorEvent]) -> Vec<(AlertKind, String, String)> {
    events
        .iter()
        .filter_map(|e| match e {
            MonitorEvent::Alert(a) => Some((a.kind, a.summary.clone(), a.body.clone())),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn scripted_drops_give_one_transition_one_alert_and_one_row_each() {
    let sim = sim(3).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let path = db("drops");
    let monitor = start(&sim, &path, config());
    let mut events = monitor.events();

    let first = collect(&mut events, Duration::from_millis(400)).await;
    assert_eq!(
        transitions(&first).len(),
        3,
        "each device's first sighting: {first:?}"
    );
    assert!(alerts(&first).is_empty(), "first sightings are not alerts");

    control
        .set_status("dev_002", "logged_out", Some("logged_out"))
        .await
        .unwrap();
    let down = collect(&mut events, Duration::from_millis(400)).await;
    assert_eq!(
        transitions(&down),
        vec![(
            "dev_002".into(),
            Some(SessionState::Connected),
            SessionState::Disconnected,
            Source::Poll
        )]
    );
    let down_alerts = alerts(&down);
    assert_eq!(down_alerts.len(), 1, "{down_alerts:?}");
    assert_eq!(down_alerts[0].0, AlertKind::Down);
    assert_eq!(down_alerts[0].1, "Support line disconnected");
    assert!(down_alerts[0]
        .2
        .ends_with("logged out on the phone. Re-scan the QR code to restore sending."));

    control
        .set_status("dev_002", "connected", None)
        .await
        .unwrap();
    let up = collect(&mut events, Duration::from_millis(400)).await;
    assert_eq!(transitions(&up).len(), 1);
    assert_eq!(
        alerts(&up).iter().map(|a| a.0).collect::<Vec<_>>(),
        vec![AlertKind::Up]
    );

    drop(monitor);
    let (history, _) = History::open(&path).unwrap();
    assert_eq!(
        history.transition_count().unwrap(),
        5,
        "3 first sightings + down + up"
    );
    let known = history.last_known().unwrap();
    assert!(known
        .iter()
        .all(|(_, k)| k.state == SessionState::Connected));
}

#[tokio::test]
async fn rate_limits_and_server_errors_raise_no_false_alarm() {
    let sim = sim(2).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let path = db("bursts");
    let monitor = start(&sim, &path, config());
    let mut events = monitor.events();
    collect(&mut events, Duration::from_millis(300)).await;

    for fault in [
        Fault::RateLimit {
            retry_after_secs: 0,
            http_date: false,
        },
        Fault::ServerError { status: 503 },
        Fault::ServerError { status: 500 },
    ] {
        control
            .add_fault(&FaultRule::times(fault, 2))
            .await
            .unwrap();
    }
    // Six failed polls back off 40 ms, 80 ms, … 1.3 s (+20 % jitter) before the next answer.
    let during = collect(&mut events, Duration::from_millis(4000)).await;
    assert!(transitions(&during).is_empty(), "{during:?}");
    assert!(alerts(&during).is_empty(), "{during:?}");
    let health: Vec<_> = during
        .iter()
        .filter_map(|e| match e {
            MonitorEvent::Health(h) => Some(h.clone()),
            _ => None,
        })
        .collect();
    assert!(
        matches!(health.first(), Some(GatewayHealth::Failing { .. })),
        "{health:?}"
    );
    assert_eq!(
        health.last(),
        Some(&GatewayHealth::Ok),
        "recovered: {health:?}"
    );
    assert_eq!(monitor.current().devices.len(), 2);
}

#[tokio::test]
async fn a_device_that_drops_during_an_outage_is_not_alerted_until_waping_answers() {
    let sim = sim(1).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let monitor = start(&sim, &db("outage"), config());
    let mut events = monitor.events();
    collect(&mut events, Duration::from_millis(300)).await;
    control
        .add_fault(&FaultRule::always(Fault::ServerError { status: 502 }))
        .await
        .unwrap();
    collect(&mut events, Duration::from_millis(200)).await;
    assert!(matches!(
        monitor.current().health,
        GatewayHealth::Failing { auth: false, .. }
    ));
    // The phone drops while WAPing answers nothing: states are stale, so no word.
    control
        .set_status("dev_001", "logged_out", Some("logged_out"))
        .await
        .unwrap();
    let outage = collect(&mut events, Duration::from_millis(500)).await;
    assert!(transitions(&outage).is_empty(), "{outage:?}");
    assert!(alerts(&outage).is_empty(), "{outage:?}");
    assert_eq!(
        monitor.current().devices[0].state,
        SessionState::Connected,
        "last known state kept"
    );

    // Once WAPing answers, the drop is seen, recorded and told exactly once.
    control.clear_faults().await.unwrap();
    let after = collect(&mut events, Duration::from_millis(3000)).await;
    assert_eq!(
        transitions(&after),
        vec![(
            "dev_001".into(),
            Some(SessionState::Connected),
            SessionState::Disconnected,
            Source::Poll
        )]
    );
    assert_eq!(
        alerts(&after).iter().map(|a| a.0).collect::<Vec<_>>(),
        vec![AlertKind::Down]
    );
    assert_eq!(monitor.current().health, GatewayHealth::Ok);
}

#[tokio::test]
async fn a_failing_plan_request_does_not_blind_device_monitoring() {
    let sim = sim(2).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let monitor = start(&sim, &db("plan-fails"), config());
    let mut rx = monitor.subscribe();
    rx.wait_for(|s| s.workspace.is_some() && s.devices.len() == 2)
        .await
        .unwrap();
    let mut events = monitor.events();
    control
        .add_fault(&FaultRule::always(Fault::ServerError { status: 503 }).on_path("/v1/workspace"))
        .await
        .unwrap();
    control
        .set_status("dev_001", "logged_out", Some("logged_out"))
        .await
        .unwrap();
    let during = collect(&mut events, Duration::from_millis(800)).await;
    assert!(
        !during
            .iter()
            .any(|e| matches!(e, MonitorEvent::Health(GatewayHealth::Failing { .. }))),
        "{during:?}"
    );
    assert_eq!(
        alerts(&during).iter().map(|a| a.0).collect::<Vec<_>>(),
        vec![AlertKind::Down]
    );
    let now = monitor.current();
    assert_eq!(now.health, GatewayHealth::Ok);
    assert!(now.workspace.is_some(), "the last plan read is kept");
}

#[tokio::test]
async fn last_known_states_show_before_the_first_poll() {
    let sim = sim(2).await;
    let path = db("restart");
    {
        let monitor = start(&sim, &path, config());
        let mut rx = monitor.subscribe();
        rx.wait_for(|s| s.health == GatewayHealth::Ok && s.devices.len() == 2)
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Nothing listens here: the first poll will fail.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = GatewayClient::new(ClientConfig::new(
        format!("http://127.0.0.1:{port}"),
        ApiKey::new("k"),
    ))
    .unwrap();
    let (history, _) = History::open(&path).unwrap();
    let monitor = Monitor::spawn(client, Some(history), None, config());
    let first = monitor.current();
    assert_eq!(first.devices.len(), 2, "from history, before any answer");
    assert!(first
        .devices
        .iter()
        .all(|d| d.state == SessionState::Connected));
    assert_eq!(first.devices[0].name, "Shop phone");
}

#[tokio::test]
async fn a_silent_connected_session_turns_degraded_and_back() {
    let sim = sim(1).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let mut cfg = config();
    cfg.machine.zombie_after = chrono::Duration::milliseconds(300);
    cfg.alerts.degraded_after = chrono::Duration::milliseconds(100);
    let monitor = start(&sim, &db("zombie"), cfg);
    let mut events = monitor.events();
    collect(&mut events, Duration::from_millis(200)).await;
    control.freeze("dev_001", true).await.unwrap();
    let silent = collect(&mut events, Duration::from_millis(800)).await;
    assert_eq!(
        transitions(&silent),
        vec![(
            "dev_001".into(),
            Some(SessionState::Connected),
            SessionState::Degraded,
            Source::Inferred
        )]
    );
    assert_eq!(
        alerts(&silent).iter().map(|a| a.0).collect::<Vec<_>>(),
        vec![AlertKind::Degraded]
    );
    assert_eq!(
        monitor.current().devices[0].reason.as_deref(),
        Some("no activity seen")
    );
    control.freeze("dev_001", false).await.unwrap();
    let alive = collect(&mut events, Duration::from_millis(300)).await;
    assert_eq!(transitions(&alive).len(), 1);
    assert_eq!(monitor.current().devices[0].state, SessionState::Connected);
}

#[tokio::test]
async fn a_run_is_recorded_as_watched_with_its_drop_and_rescan() {
    use waping_core::history::timeline::{OutageEnd, SegmentKind};
    use waping_core::history::Live;
    let started = chrono::Utc::now();
    let sim = sim(1).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let path = db("timeline");
    let monitor = start(&sim, &path, config());
    assert!(monitor.watch_span().is_some());
    let mut events = monitor.events();
    collect(&mut events, Duration::from_millis(300)).await;
    control
        .set_status("dev_001", "logged_out", Some("logged_out"))
        .await
        .unwrap();
    collect(&mut events, Duration::from_millis(300)).await;
    monitor.scan_recorder()(waping_core::DeviceId::new("dev_001"));
    control
        .set_status("dev_001", "connected", None)
        .await
        .unwrap();
    collect(&mut events, Duration::from_millis(300)).await;
    drop(monitor);

    let reader = History::open_reader(&path).unwrap();
    let now = chrono::Utc::now();
    let h = reader
        .device_history(
            &waping_core::DeviceId::new("dev_001"),
            started - chrono::Duration::seconds(1),
            now,
            Live::at(now),
            0,
        )
        .unwrap()
        .expect("the device is in history");
    let kinds: Vec<SegmentKind> = h.segments.iter().map(|s| s.kind).collect();
    let first = kinds
        .iter()
        .position(|k| *k == SegmentKind::Connected)
        .unwrap();
    let last = kinds
        .iter()
        .rposition(|k| *k == SegmentKind::Connected)
        .unwrap();
    assert_eq!(
        &kinds[first..=last],
        [
            SegmentKind::Connected,
            SegmentKind::Disconnected,
            SegmentKind::Connected
        ],
        "watched throughout the run: {kinds:?}"
    );
    assert_eq!(
        kinds.first(),
        Some(&SegmentKind::NoData),
        "before the app ran"
    );
    assert_eq!(h.segments[first + 1].reason.as_deref(), Some("logged_out"));
    assert_eq!(h.outages.len(), 1);
    assert_eq!(h.outages[0].ended, OutageEnd::Rescan);
    assert_eq!(h.stats.disconnects, 1);
}

#[tokio::test]
async fn a_rate_limit_is_waited_out_as_retry_after_asks() {
    let sim = sim(2).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let monitor = start(&sim, &db("retry-after"), config());
    let mut events = monitor.events();
    collect(&mut events, Duration::from_millis(200)).await;
    control
        .add_fault(&FaultRule::times(
            Fault::RateLimit {
                retry_after_secs: 2,
                http_date: false,
            },
            1,
        ))
        .await
        .unwrap();
    let limited = tokio::time::timeout(Duration::from_secs(2), async {
        loop {
            if let Ok(MonitorEvent::Health(GatewayHealth::Failing { code, .. })) =
                events.recv().await
            {
                return code;
            }
        }
    })
    .await
    .expect("the 429 is seen");
    assert_eq!(limited, "RATE_LIMITED");
    let after_429 = sim.request_count();
    // Polls every 40 ms otherwise: none while WAPing asked to wait, even on request.
    tokio::time::sleep(Duration::from_millis(500)).await;
    monitor.refresh();
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(sim.request_count(), after_429, "quiet during Retry-After");
    let resumed = collect(&mut events, Duration::from_millis(1500)).await;
    assert!(
        resumed.contains(&MonitorEvent::Health(GatewayHealth::Ok)),
        "{resumed:?}"
    );
    assert!(alerts(&resumed).is_empty());
    assert!(sim.request_count() > after_429);
}
