//! The monitor with a real SQLite file, polling the real simulator over loopback.

mod common;
use common::{db, events_until, sim_on};

use std::time::Duration;
use tokio::sync::broadcast;
use waping_core::alerts::{AlertConfig, AlertKind};
use waping_core::domain::{reason, ManualClock};
use waping_core::history::History;
use waping_core::i18n::Locale;
use waping_core::monitor::{
    GatewayHealth, MachineConfig, Monitor, MonitorConfig, MonitorEvent, Overall, Snapshot, Source,
};
use waping_core::simulator::{
    self, Fault, FaultRule, Scenario, SimConfig, SimControl, SimHandle, WireProfile,
};
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

/// The events already announced, without waiting for more.
fn drain(events: &mut broadcast::Receiver<MonitorEvent>) -> Vec<MonitorEvent> {
    let mut out = Vec::new();
    loop {
        match events.try_recv() {
            Ok(event) => out.push(event),
            Err(broadcast::error::TryRecvError::Empty) => return out,
            Err(e) => panic!("events lost: {e}; read so far: {out:?}"),
        }
    }
}

/// Waits until `polls` whole polls that read WAPing after this call have been
/// handled, so that all they had to announce is announced. A poll asks for
/// the device list's `pages` and, one time in four, the plan; the one under
/// way may still ask up to `pages` of them, and a poll is handled before the
/// next one asks anything, so a request beyond those proves the last handled.
async fn polls_after(sim: &SimHandle, polls: u64, pages: u64) {
    requests_after(sim, pages + polls * (pages + 1) + 1).await;
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
            MonitorEvent::Alert(a) => Some((a.kind, a.summary(Locale::En), a.body(Locale::En))),
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

    // The first poll and a whole one after it: each device sighted, once.
    polls_after(&sim, 1, 1).await;
    let first = drain(&mut events);
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
    let mut down = events_until(&mut events, "drop of dev_002", |e| {
        matches!(e, MonitorEvent::Transition(_))
    })
    .await;
    // A poll after the one that saw the drop sees it again: no second word.
    polls_after(&sim, 1, 1).await;
    down.extend(drain(&mut events));
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
    let mut up = events_until(&mut events, "return of dev_002", |e| {
        matches!(e, MonitorEvent::Transition(_))
    })
    .await;
    polls_after(&sim, 1, 1).await;
    up.extend(drain(&mut events));
    assert_eq!(transitions(&up).len(), 1, "{up:?}");
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
    snapshot_until(&monitor, |s| s.devices.len() == 2).await;
    // The first sightings are announced before the cards show.
    let mut events = monitor.events();

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
    // Six failed polls, each followed by one asked for by hand rather than
    // the backoff (40 ms, 80 ms, … 1.3 s) waited out; then one that is answered.
    for _ in 0..6 {
        monitor.refresh();
        requests_after(&sim, 1).await;
    }
    monitor.refresh();
    let mut during = events_until(&mut events, "health back", |e| {
        matches!(e, MonitorEvent::Health(GatewayHealth::Ok))
    })
    .await;
    // Health is back before the answer is read: a poll later, all it read is told.
    polls_after(&sim, 1, 1).await;
    during.extend(drain(&mut events));
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
    snapshot_until(&monitor, |s| s.devices.len() == 1).await;
    let mut events = monitor.events();
    control
        .add_fault(&FaultRule::always(Fault::ServerError { status: 502 }))
        .await
        .unwrap();
    let mut outage = events_until(&mut events, "failing health", |e| {
        matches!(e, MonitorEvent::Health(_))
    })
    .await;
    assert!(
        matches!(
            outage.last(),
            Some(MonitorEvent::Health(GatewayHealth::Failing {
                auth: false,
                ..
            }))
        ),
        "{outage:?}"
    );
    assert!(matches!(
        monitor.current().health,
        GatewayHealth::Failing { auth: false, .. }
    ));
    // The phone drops while WAPing answers nothing: states are stale, so no word.
    control
        .set_status("dev_001", "logged_out", Some("logged_out"))
        .await
        .unwrap();
    // A failing poll asks once: by the second request from here, a poll made
    // after the drop has failed and been handled.
    requests_after(&sim, 2).await;
    assert_eq!(
        monitor.current().devices[0].state,
        SessionState::Connected,
        "last known state kept"
    );

    // Once WAPing answers, the drop is seen, recorded and told exactly once.
    control.clear_faults().await.unwrap();
    // Events come in order: all before health is back came during the outage.
    outage.extend(
        events_until(&mut events, "health back", |e| {
            matches!(e, MonitorEvent::Health(GatewayHealth::Ok))
        })
        .await,
    );
    assert!(transitions(&outage).is_empty(), "{outage:?}");
    assert!(alerts(&outage).is_empty(), "{outage:?}");
    let mut after = events_until(&mut events, "the drop", |e| {
        matches!(e, MonitorEvent::Transition(_))
    })
    .await;
    polls_after(&sim, 1, 1).await;
    after.extend(drain(&mut events));
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
    // One poll in four reads the plan: four whole polls from here include a
    // failed plan request, and the drop.
    polls_after(&sim, 4, 1).await;
    let during = drain(&mut events);
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
        let mut events = monitor.events();
        // A transition is in history when announced.
        for n in 1..=2 {
            next_event(
                &mut events,
                &format!("first sighting {n} of 2"),
                |e| match e {
                    MonitorEvent::Transition(t) if t.from.is_none() => Some(()),
                    _ => None,
                },
            )
            .await;
        }
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

/// The first event `test` picks, within 10 s.
async fn next_event<T>(
    events: &mut broadcast::Receiver<MonitorEvent>,
    what: &str,
    test: impl Fn(&MonitorEvent) -> Option<T>,
) -> T {
    tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            if let Some(found) = test(&events.recv().await.expect("the monitor runs")) {
                return found;
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("no {what} within 10 s"))
}

/// Waits until the simulator has answered `n` more requests.
async fn requests_after(sim: &SimHandle, n: u64) {
    let target = sim.request_count() + n;
    tokio::time::timeout(Duration::from_secs(10), async {
        while sim.request_count() < target {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .expect("the monitor keeps polling");
}

#[tokio::test]
async fn a_silent_connected_session_turns_degraded_and_back() {
    // The clock is moved, not waited out: the default 10 minutes of silence
    // and 2 minutes of Degraded pass in no time.
    let start_at = chrono::Utc::now();
    let clock = ManualClock::new(start_at);
    let sim = sim_on(&clock, 1).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let cfg = MonitorConfig {
        clock: clock.clone(),
        ..config()
    };
    assert_eq!(cfg.machine.zombie_after, chrono::Duration::minutes(10));
    let monitor = start(&sim, &db("zombie"), cfg);
    let mut events = monitor.events();
    snapshot_until(&monitor, |s| {
        s.devices.first().map(|d| d.state) == Some(SessionState::Connected)
    })
    .await;
    control.freeze("dev_001", true).await.unwrap();
    // Seen silent by the monitor before the clock moves, and read again
    // (a whole poll) after.
    polls_after(&sim, 1, 1).await;
    clock.advance(chrono::Duration::minutes(9));
    polls_after(&sim, 1, 1).await;
    assert_eq!(
        monitor.current().devices[0].state,
        SessionState::Connected,
        "nine silent minutes are not ten"
    );
    clock.advance(chrono::Duration::minutes(2));
    // The first sighting is no change of state.
    let degraded = next_event(&mut events, "Degraded transition", |e| match e {
        MonitorEvent::Transition(t) if t.from.is_some() => Some(t.clone()),
        _ => None,
    })
    .await;
    assert_eq!(
        (degraded.from, degraded.to, degraded.source),
        (
            Some(SessionState::Connected),
            SessionState::Degraded,
            Source::Inferred
        )
    );
    assert_eq!(
        monitor.current().devices[0].reason.as_deref(),
        Some(reason::NO_ACTIVITY)
    );
    // Degraded that lasts its two minutes is told, once.
    clock.advance(chrono::Duration::minutes(2));
    let told = next_event(&mut events, "Degraded alert", |e| match e {
        MonitorEvent::Alert(a) => Some(a.kind),
        MonitorEvent::Transition(t) => panic!("no other change: {t:?}"),
        _ => None,
    })
    .await;
    assert_eq!(told, AlertKind::Degraded);
    control.freeze("dev_001", false).await.unwrap();
    clock.advance(chrono::Duration::seconds(30));
    let back = next_event(&mut events, "recovery", |e| match e {
        MonitorEvent::Transition(t) => Some(t.to),
        _ => None,
    })
    .await;
    assert_eq!(back, SessionState::Connected);
}

#[tokio::test]
async fn a_run_is_recorded_as_watched_with_its_drop_and_rescan() {
    use waping_core::domain::Clock;
    use waping_core::history::timeline::{OutageEnd, SegmentKind};
    use waping_core::history::Live;
    // The clock is moved between the steps, so each stretch lasts minutes
    // however fast the machine.
    let started = chrono::Utc::now();
    let clock = ManualClock::new(started);
    let sim = sim_on(&clock, 1).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let path = db("timeline");
    let cfg = MonitorConfig {
        clock: clock.clone(),
        ..config()
    };
    let monitor = start(&sim, &path, cfg);
    assert!(monitor.watch_span().is_some());
    let mut events = monitor.events();
    let to = |e: &MonitorEvent| match e {
        MonitorEvent::Transition(t) => Some(t.to),
        _ => None,
    };
    next_event(&mut events, "first sighting", to).await;
    clock.advance(chrono::Duration::minutes(1));
    control
        .set_status("dev_001", "logged_out", Some("logged_out"))
        .await
        .unwrap();
    let down = next_event(&mut events, "drop", to).await;
    assert_eq!(down, SessionState::Disconnected);
    clock.advance(chrono::Duration::minutes(1));
    monitor.scan_recorder()(waping_core::DeviceId::new("dev_001"));
    clock.advance(chrono::Duration::minutes(1));
    control
        .set_status("dev_001", "connected", None)
        .await
        .unwrap();
    let up = next_event(&mut events, "reconnect", to).await;
    assert_eq!(up, SessionState::Connected);
    clock.advance(chrono::Duration::minutes(1));
    // A whole poll after the move and the next one's request prove the
    // loop turned at the new time and the scan before them recorded; closing
    // writes what was watched up to then, as the agent does when it quits.
    polls_after(&sim, 1, 1).await;
    monitor.close().await;
    drop(monitor);

    let reader = History::open_reader(&path).unwrap();
    let now = clock.now();
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
    snapshot_until(&monitor, |s| s.health == GatewayHealth::Ok).await;
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
    let limited = next_event(&mut events, "429", |e| match e {
        MonitorEvent::Health(GatewayHealth::Failing { code, .. }) => Some(*code),
        _ => None,
    })
    .await;
    let limited_at = tokio::time::Instant::now();
    assert_eq!(limited, waping_core::ErrorCode::RateLimited);
    // Polls every 40 ms otherwise, and a refresh asked for by hand now: the
    // next request still waits out the 2 s WAPing asked for.
    monitor.refresh();
    requests_after(&sim, 1).await;
    let waited = limited_at.elapsed();
    assert!(
        waited >= Duration::from_millis(1900),
        "the next request came {waited:?} after the 429"
    );
    let resumed = next_event(&mut events, "health back", |e| match e {
        MonitorEvent::Health(health) => Some(health.clone()),
        MonitorEvent::Alert(a) => panic!("a rate limit is no alarm: {a:?}"),
        _ => None,
    })
    .await;
    assert_eq!(resumed, GatewayHealth::Ok);
}

/// The snapshot once `done` holds, within 10 s.
async fn snapshot_until(monitor: &Monitor, done: impl Fn(&Snapshot) -> bool) -> Snapshot {
    let mut snapshots = monitor.subscribe();
    let waited = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let current = snapshots.borrow_and_update().clone();
            if done(&current) {
                return current;
            }
            snapshots.changed().await.unwrap();
        }
    })
    .await;
    waited.unwrap_or_else(|_| panic!("timed out; last snapshot: {:?}", monitor.current()))
}

#[tokio::test]
async fn a_list_cut_short_keeps_every_card_removes_nothing_and_is_never_all_connected() {
    let enterprise = SimConfig {
        plan: PlanTier::Enterprise,
        devices: 50,
        scenario: Scenario::Steady,
        wire: WireProfile::named("paged-next").unwrap().with_page_size(20),
        ..SimConfig::default()
    };
    let sim = simulator::start(enterprise, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let path = db("partial");
    let monitor = start(&sim, &path, config());
    let whole = snapshot_until(&monitor, |s| s.devices.len() == 50).await;
    assert_eq!(whole.overall(), Overall::Connected);
    assert_eq!(whole.partial, None);
    // The first sightings are announced before the cards show.
    let mut events = monitor.events();

    control
        .add_fault(&FaultRule::always(Fault::ServerError { status: 500 }).on_page(2))
        .await
        .unwrap();
    let cut = snapshot_until(&monitor, |s| s.partial.is_some()).await;
    let partial = cut.partial.clone().unwrap();
    assert_eq!(partial.read, 20);
    assert!(partial.reason.starts_with("page 2"), "{}", partial.reason);
    assert_eq!(
        cut.devices.len(),
        50,
        "the 30 devices not read keep their cards"
    );
    assert_eq!(cut.overall(), Overall::Degraded, "never all connected");
    assert_eq!(cut.health, GatewayHealth::Ok);
    assert_eq!(
        cut.summary(chrono::FixedOffset::east_opt(0).unwrap(), Locale::En),
        "Could only read 20 of the devices; the others may be stale"
    );
    assert!(
        cut.read_problem(Locale::En)
            .unwrap()
            .starts_with("WAPing Desk could only read 20 devices: page 2 of the list"),
        "{:?}",
        cut.read_problem(Locale::En)
    );
    // The poll that broke off announced all it had to before its cards
    // showed; a whole one later is cut short again.
    polls_after(&sim, 1, 3).await;
    let during = drain(&mut events);
    assert!(transitions(&during).is_empty(), "{during:?}");
    assert!(alerts(&during).is_empty(), "{during:?}");
    let (history, _) = History::open(&path).unwrap();
    assert_eq!(
        history.last_known().unwrap().len(),
        50,
        "no device on an unread page is taken as removed"
    );

    control.clear_faults().await.unwrap();
    let back = snapshot_until(&monitor, |s| s.partial.is_none()).await;
    assert_eq!(back.overall(), Overall::Connected);
    assert_eq!(back.devices.len(), 50);
}

#[tokio::test]
async fn an_unreadable_device_is_named_keeps_its_card_and_the_others_are_read() {
    let sim = sim(3).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    let path = db("unread");
    let monitor = start(&sim, &path, config());
    let first = snapshot_until(&monitor, |s| s.devices.len() == 3).await;
    let id = first.devices[1].id.to_string();
    // The first sightings are announced before the cards show.
    let mut events = monitor.events();

    // An empty status cannot be read; another device drops meanwhile.
    control.set_status(&id, "", None).await.unwrap();
    let other = first.devices[2].id.to_string();
    control
        .set_status(&other, "disconnected", Some("logged_out"))
        .await
        .unwrap();
    let read = snapshot_until(&monitor, |s| {
        !s.unread.is_empty()
            && s.devices
                .iter()
                .any(|d| d.id.as_str() == other && d.state == SessionState::Disconnected)
    })
    .await;
    assert_eq!(read.unread.len(), 1);
    let unread = &read.unread[0];
    assert_eq!(unread.id.as_ref().map(|i| i.as_str()), Some(id.as_str()));
    assert_eq!(unread.problem, "its status (status) is empty or not text");
    assert_eq!(unread.state, SessionState::Unknown);
    let kept = read.devices.iter().find(|d| d.id.as_str() == id).unwrap();
    assert_eq!(kept.state, SessionState::Connected, "last known state kept");
    assert_eq!(read.devices.len(), 3);
    assert_eq!(read.overall(), Overall::Disconnected);
    assert_eq!(
        read.summary(chrono::FixedOffset::east_opt(0).unwrap(), Locale::En),
        "1 connected, 1 disconnected, 1 not readable"
    );
    let problem = read.read_problem(Locale::En).unwrap();
    assert!(
        problem.starts_with("1 device could not be read: "),
        "{problem}"
    );
    // Everything since both changes, and a whole poll more of them.
    polls_after(&sim, 1, 1).await;
    let during = drain(&mut events);
    let moved: Vec<String> = transitions(&during).into_iter().map(|t| t.0).collect();
    assert!(moved.contains(&other), "the drop is read: {moved:?}");
    assert!(
        !moved.contains(&id),
        "no transition for the unread device: {moved:?}"
    );

    // Only the drop of the other is history; the unread one is not removed.
    let (history, _) = History::open(&path).unwrap();
    assert_eq!(history.last_known().unwrap().len(), 3);
}

#[tokio::test]
async fn a_logout_or_removal_made_here_is_one_user_transition_shown_at_once_and_never_a_drop() {
    use waping_core::domain::reason::{LOGGED_OUT_HERE, REMOVED_HERE};
    use waping_core::monitor::UserAction;
    use waping_core::DeviceId;
    let sim = sim(2).await;
    let path = db("user-actions");
    // One poll at start and then only those asked for: a change that shows
    // before one is asked for was shown by the action itself.
    let cfg = MonitorConfig {
        poll_interval: Duration::from_secs(3600),
        ..config()
    };
    let monitor = start(&sim, &path, cfg);
    let mut events = monitor.events();
    let first = snapshot_until(&monitor, |s| s.devices.len() == 2).await;
    assert!(first
        .devices
        .iter()
        .all(|d| d.state == SessionState::Connected));
    let client = GatewayClient::new(ClientConfig::new(
        sim.base_url(),
        ApiKey::new(sim.api_key()),
    ))
    .unwrap();
    let (logged_out, removed) = (DeviceId::new("dev_001"), DeviceId::new("dev_002"));
    drain(&mut events);

    client.logout(&logged_out).await.unwrap();
    let requests = sim.request_count();
    monitor.user_acted(logged_out.clone(), UserAction::LoggedOut);
    let seen = events_until(&mut events, "the logout", |e| {
        matches!(e, MonitorEvent::Transition(_))
    })
    .await;
    let mut seen = [seen, drain(&mut events)].concat();
    let shown = snapshot_until(&monitor, |s| {
        s.devices
            .iter()
            .any(|d| d.id == logged_out && d.state == SessionState::Unlinked)
    })
    .await;
    assert_eq!(shown.devices.len(), 2, "a device logged out keeps its card");

    client.remove_device(&removed).await.unwrap();
    let requests_removed = sim.request_count();
    monitor.user_acted(removed.clone(), UserAction::Removed);
    seen.extend(
        events_until(&mut events, "the removal", |e| {
            matches!(e, MonitorEvent::Transition(_))
        })
        .await,
    );
    seen.extend(drain(&mut events));
    let shown = snapshot_until(&monitor, |s| s.devices.iter().all(|d| d.id != removed)).await;
    assert_eq!(shown.devices.len(), 1, "the removed device's card goes");
    assert_eq!(
        (sim.request_count() - requests, requests_removed - requests),
        (1, 1),
        "shown without a poll: only the removal itself was asked of WAPing"
    );

    // WAPing's next list agrees: nothing more is recorded or told.
    let before = shown.updated_at;
    monitor.refresh();
    let polled = snapshot_until(&monitor, |s| s.updated_at != before).await;
    seen.extend(drain(&mut events));
    assert_eq!(
        transitions(&seen),
        vec![
            (
                "dev_001".to_owned(),
                Some(SessionState::Connected),
                SessionState::Unlinked,
                Source::User
            ),
            (
                "dev_002".to_owned(),
                Some(SessionState::Connected),
                SessionState::Unlinked,
                Source::User
            ),
        ]
    );
    assert_eq!(alerts(&seen), vec![], "the user's own change is not a drop");
    let cards: Vec<_> = polled
        .devices
        .iter()
        .map(|d| (d.id.to_string(), d.state))
        .collect();
    assert_eq!(cards, vec![("dev_001".to_owned(), SessionState::Unlinked)]);
    drop(monitor);

    let reader = History::open_reader(&path).unwrap();
    let far = chrono::Duration::days(1);
    let now = chrono::Utc::now();
    for (id, words) in [(&logged_out, LOGGED_OUT_HERE), (&removed, REMOVED_HERE)] {
        let last = reader
            .transitions(id, now - far, now + far)
            .unwrap()
            .pop()
            .expect("recorded");
        assert_eq!(
            (last.to, last.source, last.reason.as_deref(), last.expected),
            (SessionState::Unlinked, Source::User, Some(words), false),
            "{id}"
        );
    }
    let known: Vec<String> = reader
        .last_known()
        .unwrap()
        .into_iter()
        .map(|(id, _)| id.to_string())
        .collect();
    assert_eq!(known, vec!["dev_001"], "the removed device is marked gone");
}
