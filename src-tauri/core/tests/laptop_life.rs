//! A laptop's life, with the monitor on a real SQLite file polling the real
//! simulator over loopback: sleeps (told by the OS or only seen in the
//! clocks), a network that goes and comes back, a battery, a clock set back.
//! Time is moved on the monitor's clock, never waited out.

mod common;
use common::{db, events_until, sim_on};

use chrono::{DateTime, Utc};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use waping_core::alerts::AlertKind;
use waping_core::domain::{Clock, Connectivity, DeviceId, ManualClock};
use waping_core::history::timeline::SegmentKind;
use waping_core::history::{History, HistoryChange, Live};
use waping_core::i18n::Locale;
use waping_core::monitor::{Monitor, MonitorConfig, MonitorEvent, Snapshot};
use waping_core::simulator::{SimControl, SimHandle};
use waping_core::{ApiKey, ClientConfig, ErrorCode, GatewayClient, SessionState};

const HOUR: Duration = Duration::from_secs(3600);

fn night() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-01T22:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// Polls every `poll` of real time; the loop turns every 20 ms.
fn config(clock: &Arc<ManualClock>, poll: Duration) -> MonitorConfig {
    MonitorConfig {
        poll_interval: poll,
        tick_every: Duration::from_millis(20),
        clock: clock.clone(),
        ..MonitorConfig::default()
    }
}

fn start(sim: &SimHandle, path: &Path, config: MonitorConfig) -> Monitor {
    let client = GatewayClient::new(
        ClientConfig::new(sim.base_url(), ApiKey::new(sim.api_key()))
            .with_clock(config.clock.clone()),
    )
    .unwrap();
    let (history, _) = History::open(path).unwrap();
    Monitor::spawn(client, Some(history), None, config)
}

/// The first snapshot `ready` accepts, within 10 s.
async fn snapshot_where(
    monitor: &Monitor,
    what: &str,
    ready: impl Fn(&Snapshot) -> bool,
) -> Snapshot {
    let mut snapshots = monitor.subscribe();
    let found = tokio::time::timeout(Duration::from_secs(10), snapshots.wait_for(|s| ready(s)))
        .await
        .unwrap_or_else(|_| panic!("{what}: not within 10 s; last: {:?}", monitor.current()))
        .map(|s| s.clone());
    found.expect("the monitor runs")
}

/// Waits (10 s at most) until the simulator has answered `n` more requests.
async fn requests_after(sim: &SimHandle, from: u64, n: u64, what: &str) {
    let reached = tokio::time::timeout(Duration::from_secs(10), async {
        while sim.request_count() < from + n {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await;
    assert!(reached.is_ok(), "{what}: WAPing was not asked");
}

fn kinds_over(
    path: &Path,
    device: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Vec<(SegmentKind, i64, i64)> {
    let reader = History::open_reader(path).unwrap();
    let h = reader
        .device_history(&DeviceId::new(device), from, to, Live::at(to), 0)
        .unwrap()
        .expect("the device is in history");
    h.segments
        .iter()
        .map(|s| {
            (
                s.kind,
                (s.start - from.timestamp_millis()) / 60_000,
                (s.end - from.timestamp_millis()) / 60_000,
            )
        })
        .collect()
}

#[tokio::test]
async fn a_sleep_seen_only_in_the_clocks_ends_the_span_and_the_wake_starts_the_next() {
    let clock = ManualClock::new(night());
    let sim = sim_on(&clock, 1).await;
    let path = db("gap");
    let monitor = start(&sim, &path, config(&clock, HOUR));
    let mut events = monitor.events();
    snapshot_where(&monitor, "first poll", |s| s.updated_at.is_some()).await;
    // Ten minutes watched, then eight hours asleep, then ten minutes more.
    clock.advance(chrono::Duration::minutes(10));
    let asked = sim.request_count();
    monitor.refresh();
    requests_after(&sim, asked, 1, "a refresh").await;
    clock.sleep(chrono::Duration::hours(8));
    let told = events_until(&mut events, "a new watch span", |e| {
        matches!(e, MonitorEvent::Recorded(HistoryChange::Watching { .. }))
    })
    .await;
    let ended = told.iter().find_map(|e| match e {
        MonitorEvent::Recorded(HistoryChange::Unwatched { at }) => Some(*at),
        _ => None,
    });
    assert_eq!(
        ended,
        Some(night() + chrono::Duration::minutes(10)),
        "the span ends where the loop last turned before the sleep: {told:?}"
    );
    clock.advance(chrono::Duration::minutes(10));
    let asked = sim.request_count();
    monitor.refresh();
    requests_after(&sim, asked, 1, "a refresh after the wake").await;
    monitor.close().await;
    drop(monitor);

    let to = clock.now();
    assert_eq!(
        kinds_over(&path, "dev_001", night(), to),
        vec![
            (SegmentKind::Connected, 0, 10),
            (SegmentKind::NoData, 10, 490),
            (SegmentKind::Connected, 490, 500),
        ],
        "the night nobody watched is no data"
    );
}

#[tokio::test]
async fn at_wake_the_monitor_polls_at_once_not_at_the_end_of_its_interval() {
    let clock = ManualClock::new(night());
    let sim = sim_on(&clock, 1).await;
    let monitor = start(&sim, &db("wake-poll"), config(&clock, HOUR));
    let first = snapshot_where(&monitor, "first poll", |s| s.updated_at.is_some()).await;
    // Told by the OS: sleep, then the night passes, then the wake.
    monitor
        .sleeping()
        .await
        .expect("the span is written before the sleep");
    clock.sleep(chrono::Duration::hours(8));
    monitor.woke();
    let fresh = snapshot_where(&monitor, "a poll at wake", |s| {
        s.updated_at > first.updated_at
    })
    .await;
    assert_eq!(
        fresh.updated_at,
        Some(night() + chrono::Duration::hours(8)),
        "read at wake, an hour before the interval would have asked"
    );
}

#[tokio::test]
async fn after_a_sleep_one_summary_names_the_phones_that_dropped_and_are_still_down() {
    // WAPing's clock runs on through the night; the laptop's stands still
    // while it sleeps, and then jumps.
    let clock = ManualClock::new(night());
    let waping = ManualClock::new(night());
    let sim = sim_on(&waping, 3).await;
    let control = SimControl::new(&sim.base_url(), sim.api_key());
    control
        .set_status("dev_003", "disconnected", Some("phone_offline"))
        .await
        .unwrap();
    let monitor = start(
        &sim,
        &db("summary"),
        config(&clock, Duration::from_millis(40)),
    );
    let mut events = monitor.events();
    let before = snapshot_where(&monitor, "three devices, one down", |s| {
        s.devices.len() == 3
            && s.devices
                .iter()
                .any(|d| d.id.as_str() == "dev_003" && d.state == SessionState::Disconnected)
    })
    .await;
    let name = |id: &str| {
        before
            .devices
            .iter()
            .find(|d| d.id.as_str() == id)
            .map(|d| d.name.clone())
            .unwrap()
    };

    monitor.sleeping().await.expect("written before the sleep");
    // While the laptop sleeps: dev_001 drops at 02:14 and stays down,
    // dev_003 (down before the sleep) comes back, dev_002 does nothing.
    waping.advance(chrono::Duration::minutes(4 * 60 + 14));
    control
        .set_status("dev_001", "disconnected", Some("phone_offline"))
        .await
        .unwrap();
    waping.advance(chrono::Duration::hours(1));
    control
        .set_status("dev_003", "connected", None)
        .await
        .unwrap();
    waping.advance(chrono::Duration::hours(3));
    clock.sleep(chrono::Duration::hours(8) + chrono::Duration::minutes(14));
    monitor.woke();

    let told = events_until(
        &mut events,
        "the summary",
        |e| matches!(e, MonitorEvent::Alert(a) if a.kind == AlertKind::WhileAsleep),
    )
    .await;
    let alerts: Vec<_> = told
        .iter()
        .filter_map(|e| match e {
            MonitorEvent::Alert(a) => Some(a.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(alerts.len(), 1, "one summary, not a burst: {alerts:?}");
    let summary = &alerts[0];
    assert_eq!(
        summary.summary(Locale::En),
        "While this computer was asleep"
    );
    assert_eq!(
        summary.device_id.as_str(),
        "dev_001",
        "it opens on the phone still down"
    );
    let body = summary.body(Locale::En);
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "{} disconnected at 2:14\u{202f}AM — still down",
            name("dev_001")
        ),
        "timed by WAPing's own change time: {lines:?}"
    );
    assert!(
        lines[1].starts_with(&format!("{} is connected again", name("dev_003"))),
        "{lines:?}"
    );
    assert_eq!(
        lines.len(),
        2,
        "nothing about dev_002, which did nothing: {lines:?}"
    );

    // The summary is told once: the next polls tell nothing more.
    let asked = sim.request_count();
    requests_after(&sim, asked, 4, "polls after the summary").await;
    let later: Vec<_> = std::iter::from_fn(|| events.try_recv().ok())
        .filter(|e| matches!(e, MonitorEvent::Alert(_)))
        .collect();
    assert!(later.is_empty(), "nothing more told: {later:?}");
}

#[tokio::test]
async fn an_offline_computer_is_not_waping_down_and_its_return_polls_at_once() {
    let clock = ManualClock::new(night());
    let sim = sim_on(&clock, 1).await;
    let path = db("offline");
    let monitor = start(&sim, &path, config(&clock, HOUR));
    let first = snapshot_where(&monitor, "first poll", |s| s.updated_at.is_some()).await;

    clock.advance(chrono::Duration::minutes(5));
    monitor.network(Connectivity::Offline);
    let offline = snapshot_where(&monitor, "offline", |s| s.health.is_computer_offline()).await;
    assert_eq!(
        offline.overall(),
        waping_core::monitor::Overall::Unreachable
    );
    clock.advance(chrono::Duration::minutes(20));
    monitor.network(Connectivity::Online);
    let back = snapshot_where(&monitor, "a poll when the network is back", |s| {
        s.updated_at > first.updated_at
    })
    .await;
    assert!(
        matches!(back.health, waping_core::monitor::GatewayHealth::Ok),
        "{:?}",
        back.health
    );
    assert_eq!(
        back.updated_at,
        Some(night() + chrono::Duration::minutes(25))
    );
    clock.advance(chrono::Duration::minutes(5));
    monitor.close().await;
    drop(monitor);

    let reader = History::open_reader(&path).unwrap();
    let events = reader.health_events(night(), clock.now()).unwrap();
    assert_eq!(
        events
            .iter()
            .map(|e| (e.ok, e.code.clone()))
            .collect::<Vec<_>>(),
        vec![
            (true, None),
            (false, Some(ErrorCode::ComputerOffline.as_str())),
            (true, None)
        ],
        "recorded as this computer's, not WAPing's"
    );
    assert_eq!(
        kinds_over(&path, "dev_001", night(), clock.now()),
        vec![
            (SegmentKind::Connected, 0, 5),
            (SegmentKind::Offline, 5, 25),
            (SegmentKind::Connected, 25, 30),
        ]
    );
}

#[tokio::test]
async fn on_battery_the_setting_polls_less_often_and_the_mains_at_the_usual_pace() {
    let clock = ManualClock::new(night());
    let sim = sim_on(&clock, 1).await;
    let monitor = start(
        &sim,
        &db("battery"),
        MonitorConfig {
            battery_poll_interval: Some(HOUR),
            ..config(&clock, Duration::from_millis(40))
        },
    );
    snapshot_where(&monitor, "first poll", |s| s.updated_at.is_some()).await;
    monitor.on_battery(true);
    snapshot_where(&monitor, "saving on battery", |s| s.battery_saving).await;
    // A poll under way when the battery was told may still finish; after
    // it, a second of 40 ms intervals would be 25 more polls.
    let asked = sim.request_count();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let on_battery = sim.request_count() - asked;
    assert!(
        on_battery <= 2,
        "{on_battery} requests in a second on battery"
    );
    monitor.on_battery(false);
    snapshot_where(&monitor, "on the mains", |s| !s.battery_saving).await;
    let asked = sim.request_count();
    requests_after(&sim, asked, 5, "polls at the usual pace on the mains").await;
}

#[tokio::test]
async fn a_clock_set_back_ends_the_span_and_never_draws_time_backwards() {
    let clock = ManualClock::new(night());
    let sim = sim_on(&clock, 1).await;
    let path = db("set-back");
    let monitor = start(&sim, &path, config(&clock, HOUR));
    let mut events = monitor.events();
    snapshot_where(&monitor, "first poll", |s| s.updated_at.is_some()).await;
    clock.advance(chrono::Duration::minutes(90));
    let asked = sim.request_count();
    monitor.refresh();
    requests_after(&sim, asked, 1, "a refresh").await;
    // NTP (or a hand) sets the clock an hour back.
    clock.set(clock.now() - chrono::Duration::hours(1));
    let told = events_until(&mut events, "a new span at the new time", |e| {
        matches!(e, MonitorEvent::Recorded(HistoryChange::Watching { .. }))
    })
    .await;
    assert!(
        told.iter().any(|e| matches!(
            e,
            MonitorEvent::Recorded(HistoryChange::Unwatched { at }) if *at == night() + chrono::Duration::minutes(90)
        )),
        "{told:?}"
    );
    assert!(
        !told.iter().any(|e| matches!(e, MonitorEvent::Alert(_))),
        "no alert from a moved clock: {told:?}"
    );
    clock.advance(chrono::Duration::minutes(10));
    monitor.close().await;
    drop(monitor);
    // Watched from 22:00 to 23:30 and again from 22:30 to 22:40: the views
    // see one watched stretch, never a negative one.
    let to = night() + chrono::Duration::minutes(120);
    let kinds = kinds_over(&path, "dev_001", night(), to);
    assert_eq!(
        kinds,
        vec![
            (SegmentKind::Connected, 0, 90),
            (SegmentKind::NoData, 90, 120)
        ]
    );
}

#[tokio::test]
async fn an_idle_monitor_writes_what_it_watched_every_few_minutes_not_at_every_poll() {
    let clock = ManualClock::new(night());
    let sim = sim_on(&clock, 1).await;
    let path = db("idle-writes");
    let monitor = start(&sim, &path, config(&clock, Duration::from_millis(40)));
    snapshot_where(&monitor, "first poll", |s| s.updated_at.is_some()).await;
    let written = || {
        let to = clock.now();
        kinds_over(&path, "dev_001", night(), to)
    };
    for minute in 1..=9 {
        clock.advance(chrono::Duration::minutes(1));
        let asked = sim.request_count();
        requests_after(&sim, asked, 2, "polls").await;
        assert_eq!(
            written(),
            vec![(SegmentKind::NoData, 0, minute)],
            "after {minute} min nothing is written yet (a crash would lose it)"
        );
    }
    clock.advance(chrono::Duration::minutes(1));
    let asked = sim.request_count();
    requests_after(&sim, asked, 2, "polls").await;
    assert_eq!(
        written(),
        vec![(SegmentKind::Connected, 0, 10)],
        "ten minutes watched are written"
    );
    // A reader asking the running monitor sees it watching up to now.
    let live = monitor.watch_span().expect("a running span");
    assert_eq!(live.until, clock.now());
}
