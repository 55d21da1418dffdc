//! The computer's own signals change what the agent does: logind's sleep and
//! wake, NetworkManager's connectivity and UPower's battery, served on a
//! private system bus, heard by the real agent (its monitor polling the
//! demo's simulator over loopback and writing a real SQLite file).

mod common;

use chrono::{DateTime, Utc};
use common::system_services::{Inhibitor, SystemServices};
use std::sync::Arc;
use std::time::{Duration, Instant};
use waping_core::domain::{Clock, Connectivity, GatewayHealth, ManualClock};
use waping_core::{ErrorCode, Settings};
use waping_desk_agent::commands::ask;
use waping_desk_agent::service::Service;
use waping_desk_agent::shell::Headless;
use waping_link::contract::args::{GetSettings, SaveSettings};
use waping_link::views::Overview;

/// The system bus address is the process's: one test at a time has its
/// bus and services, and its agent.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The overview once it passes `test` (30 s at most), without asking for
/// a poll: what changes must come from the signal alone.
async fn overview_until(
    service: &Service,
    what: &str,
    test: impl Fn(&Overview) -> bool,
) -> Overview {
    common::overview_until(service, what, Duration::from_secs(30), test).await
}

/// The end of the latest watch span, as written in the history file.
fn watched_until(service: &Service) -> DateTime<Utc> {
    let file = service.shell.data_dir.join("demo-history.sqlite3");
    let db = rusqlite::Connection::open(file).expect("the history file");
    let ms: i64 = db
        .query_row("SELECT MAX(until_ms) FROM watch_spans", [], |row| {
            row.get(0)
        })
        .expect("a watch span");
    DateTime::from_timestamp_millis(ms).expect("a time")
}

/// Settings under which nothing polls but what the test causes (the next
/// poll is an hour away), with the battery setting as given.
fn settings(slower_on_battery: bool) -> Settings {
    let mut settings = common::polls_when_asked();
    settings.power.slower_on_battery = slower_on_battery;
    settings
}

/// An agent on `clock` watching the demo, its first poll done.
async fn agent_on(
    name: &str,
    settings: &Settings,
    clock: waping_core::domain::SharedClock,
) -> (waping_desk_agent::Agent, Overview) {
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    let dir = common::data_dir(name, Some(settings));
    let agent = waping_desk_agent::start_with_clock(dir, Arc::new(Headless), clock)
        .await
        .expect("the agent starts");
    agent.service.overview_or_connect().await.expect("the demo");
    let first = overview_until(&agent.service, "the first poll", |o| {
        o.snapshot.updated_at.is_some() && o.snapshot.health == GatewayHealth::Ok
    })
    .await;
    (agent, first)
}

fn a_sleep_delay(i: &Inhibitor) -> bool {
    i.what == "sleep" && i.mode == "delay" && i.who == "WAPing Desk"
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sleep_is_held_back_until_the_watch_span_is_written() {
    let _one = ONE_AT_A_TIME.lock().await;
    let system = SystemServices::start().await;
    let clock = ManualClock::new(Utc::now());
    let (agent, _) = agent_on("sleep-written", &settings(false), clock.clone()).await;
    system
        .until_inhibitors("the agent to hold a sleep delay", |i| {
            i.len() == 1 && a_sleep_delay(&i[0]) && !i[0].released
        })
        .await;

    // Watched for ten more minutes, then the lid closes.
    clock.advance(chrono::Duration::minutes(10));
    let lid_closed = clock.now();
    system.prepare_for_sleep(true).await;
    system
        .until_inhibitors("the delay to be released", |i| i[0].released)
        .await;

    // Read as soon as the sleep may go on: the time before it is already
    // saved as watched, not left as "no data" after the wake.
    // History keeps milliseconds.
    let watched = watched_until(&agent.service);
    assert!(
        watched.timestamp_millis() >= lid_closed.timestamp_millis(),
        "released with the watch span at {watched}, before it reached {lid_closed}"
    );
    assert_eq!(system.inhibitors().len(), 1, "no new delay before the wake");
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn waking_polls_at_once_and_holds_the_next_sleep() {
    let _one = ONE_AT_A_TIME.lock().await;
    let system = SystemServices::start().await;
    let clock = ManualClock::new(Utc::now());
    let (agent, first) = agent_on("wake-polls", &settings(false), clock.clone()).await;
    system
        .until_inhibitors("the agent to hold a sleep delay", |i| i.len() == 1)
        .await;
    system.prepare_for_sleep(true).await;
    system
        .until_inhibitors("the delay to be released", |i| i[0].released)
        .await;

    // An hour asleep; the next poll was an hour away from the first.
    clock.advance(chrono::Duration::hours(1));
    let woke = clock.now();
    system.prepare_for_sleep(false).await;
    let after = overview_until(&agent.service, "a poll at the wake", |o| {
        o.snapshot.updated_at >= Some(woke)
    })
    .await;
    assert!(after.snapshot.updated_at > first.snapshot.updated_at);
    let inhibitors = system
        .until_inhibitors("a new delay for the next sleep", |i| {
            i.len() == 2 && !i[1].released
        })
        .await;
    assert!(a_sleep_delay(&inhibitors[1]), "{inhibitors:#?}");
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_offline_computer_is_told_as_such_and_polls_at_once_when_back() {
    let _one = ONE_AT_A_TIME.lock().await;
    let system = SystemServices::start().await;
    let (agent, _) = agent_on(
        "offline",
        &settings(false),
        waping_core::domain::system_clock(),
    )
    .await;

    // NetworkManager: no network.
    system.set_connectivity(1).await;
    let offline = overview_until(&agent.service, "the computer to be offline", |o| {
        matches!(
            o.snapshot.health,
            GatewayHealth::Failing {
                code: ErrorCode::ComputerOffline,
                ..
            }
        )
    })
    .await;
    assert_eq!(agent.system.state().connectivity, Connectivity::Offline);

    // Full connectivity again: WAPing is asked at once, not in an hour.
    system.set_connectivity(4).await;
    let back = overview_until(&agent.service, "WAPing to be read again", |o| {
        o.snapshot.health == GatewayHealth::Ok
            && o.snapshot.updated_at > offline.snapshot.updated_at
    })
    .await;
    assert!(back.snapshot.updated_at.is_some());
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_network_manager_that_starts_after_the_agent_is_followed() {
    let _one = ONE_AT_A_TIME.lock().await;
    let mut system = SystemServices::start_without_network_manager().await;
    let (agent, _) = agent_on(
        "network-later",
        &settings(false),
        waping_core::domain::system_clock(),
    )
    .await;
    // The agent runs without it: the demo was read, and logind is followed.
    system
        .until_inhibitors("the agent to hold a sleep delay", |i| i.len() == 1)
        .await;

    system.start_network_manager(1).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    while agent.system.state().connectivity != Connectivity::Offline {
        assert!(
            Instant::now() < deadline,
            "NetworkManager's first word was never heard"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_battery_polls_less_often_when_the_setting_is_on() {
    let _one = ONE_AT_A_TIME.lock().await;
    let system = SystemServices::start().await;
    let (agent, first) = agent_on(
        "battery-on",
        &settings(true),
        waping_core::domain::system_clock(),
    )
    .await;
    assert!(!first.snapshot.battery_saving, "on the mains at start");

    system.set_on_battery(true).await;
    overview_until(
        &agent.service,
        "the overview to say it checks less often",
        |o| o.snapshot.battery_saving,
    )
    .await;

    system.set_on_battery(false).await;
    overview_until(&agent.service, "the mains again", |o| {
        !o.snapshot.battery_saving
    })
    .await;
    agent.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_battery_changes_nothing_until_the_setting_is_turned_on() {
    let _one = ONE_AT_A_TIME.lock().await;
    let system = SystemServices::start().await;
    let (agent, first) = agent_on(
        "battery-off",
        &settings(false),
        waping_core::domain::system_clock(),
    )
    .await;

    system.set_on_battery(true).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    while !agent.system.state().on_battery {
        assert!(Instant::now() < deadline, "the agent never heard UPower");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // A poll after the agent heard it still polls at the mains' pace and
    // says nothing of the battery.
    let after = common::poll_until(&agent.service, "a poll on battery", |o| {
        o.snapshot.updated_at > first.snapshot.updated_at
    })
    .await;
    assert!(!after.snapshot.battery_saving);

    // Turned on while on battery: the monitor the new settings start knows
    // it from the start, with no new word from UPower.
    let mut on = ask(&agent.service, GetSettings {}).await.unwrap().settings;
    on.power.slower_on_battery = true;
    ask(&agent.service, SaveSettings { input: on })
        .await
        .expect("the setting is saved");
    overview_until(&agent.service, "the new monitor to check less often", |o| {
        o.snapshot.battery_saving
    })
    .await;
    agent.stop().await;
}
