//! How soon the states are fresh after the computer wakes. The real agent
//! (library) watches the demo's simulator over loopback; logind is served on
//! a private system bus, as the agent's tests serve it. Each wake is
//! logind's `PrepareForSleep(true)`, the sleep delay released, then
//! `PrepareForSleep(false)`; the time is from that signal to the first
//! overview whose `updatedAt` is at or after it.
//!
//! Beside it, what a wake cost when nothing told the monitor: the next poll
//! at the end of the interval (15 s by default). A suspend stops the clock
//! the poll timer runs on, so a wake finds that timer anywhere in its
//! interval: measured here as the time from a random moment of the interval
//! to the next fresh overview, with no signal.
//!
//! `cargo bench -p waping-desk-agent --bench wake` (`make bench-wake`);
//! `WAPING_BENCH_WAKES` sets the runs of each (20 by default; the second
//! takes 15 s a run).

// The agent's test helpers: its private system bus and the services on it.
#[path = "../tests/common/mod.rs"]
mod common;

use chrono::{DateTime, Utc};
use common::system_services::SystemServices;
use std::sync::Arc;
use std::time::{Duration, Instant};
use waping_core::domain::GatewayHealth;
use waping_core::settings::{DEFAULT_POLL_INTERVAL, MAX_POLL_SECS};
use waping_core::Settings;
use waping_desk_agent::commands::ask;
use waping_desk_agent::service::Service;
use waping_desk_agent::shell::Headless;
use waping_link::contract::args::GetOverview;

/// When the latest poll's answer was read, as the overview tells it.
async fn updated_at(service: &Service) -> Option<DateTime<Utc>> {
    ask(service, GetOverview {})
        .await
        .expect("an overview")
        .snapshot
        .updated_at
}

/// Waits (60 s at most) until the overview was updated at or after `since`.
async fn fresh_since(service: &Service, since: DateTime<Utc>) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while updated_at(service).await < Some(since) {
        assert!(
            Instant::now() < deadline,
            "no fresh overview within 60 s of {since}"
        );
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// The agent on the demo with `settings`, its first poll answered.
async fn agent(name: &str, settings: &Settings) -> waping_desk_agent::Agent {
    let dir = common::data_dir(name, Some(settings));
    let agent = waping_desk_agent::start(dir, Arc::new(Headless))
        .await
        .expect("the agent starts");
    agent.service.overview_or_connect().await.expect("the demo");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let overview = ask(&agent.service, GetOverview {})
            .await
            .expect("an overview");
        if overview.snapshot.updated_at.is_some() && overview.snapshot.health == GatewayHealth::Ok {
            return agent;
        }
        assert!(Instant::now() < deadline, "the first poll never came");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Sleeps and wakes `runs` times; the times from the wake signal to fresh states, in ms.
async fn wakes(system: &SystemServices, service: &Service, runs: usize) -> Vec<f64> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let held = system
            .until_inhibitors("a sleep delay held", |i| {
                i.last().is_some_and(|last| !last.released)
            })
            .await
            .len();
        system.prepare_for_sleep(true).await;
        system
            .until_inhibitors("the delay released", |i| i[held - 1].released)
            .await;
        // Asleep a moment; the poll the interval had planned is an hour away.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let woke = Utc::now();
        let start = Instant::now();
        system.prepare_for_sleep(false).await;
        fresh_since(service, woke).await;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        // The next sleep is held back again before it comes.
        system
            .until_inhibitors("a new delay", |i| i.len() > held)
            .await;
    }
    times.sort_by(f64::total_cmp);
    times
}

/// With no signal: from a random moment of each interval to the next fresh
/// states, in ms.
async fn waits_for_the_interval(service: &Service, interval: Duration, runs: usize) -> Vec<f64> {
    // From a poll just made: each run ends with one too.
    let last = updated_at(service).await;
    let deadline = Instant::now() + interval * 2;
    while updated_at(service).await == last {
        assert!(Instant::now() < deadline, "the interval's poll never came");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        // The computer wakes anywhere in the interval.
        let offset = rand::random_range(0..interval.as_millis() as u64);
        tokio::time::sleep(Duration::from_millis(offset)).await;
        let woke = Utc::now();
        let start = Instant::now();
        fresh_since(service, woke).await;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    times
}

fn summary(times: &[f64]) -> String {
    let p = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    format!(
        "min {:.1} ms, median {:.1} ms, max {:.1} ms",
        p(0.0),
        p(0.5),
        p(1.0)
    )
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let runs: usize = std::env::var("WAPING_BENCH_WAKES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    // logind, NetworkManager and UPower on a bus of this process's own; no
    // session bus (no keyring, notifications or tray).
    let system = SystemServices::start().await;
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");

    let hourly = Settings {
        poll_interval_secs: MAX_POLL_SECS,
        ..Settings::default()
    };
    let woken = agent("bench-wake", &hourly).await;
    let times = wakes(&system, &woken.service, runs).await;
    println!(
        "| wake signal → fresh states, polling every {} s ({runs} wakes) | {} |",
        MAX_POLL_SECS,
        summary(&times)
    );
    woken.stop().await;

    let settings = Settings::default();
    assert_eq!(
        u64::from(settings.poll_interval_secs),
        DEFAULT_POLL_INTERVAL.as_secs()
    );
    let untold = agent("bench-wake-untold", &settings).await;
    let times = waits_for_the_interval(&untold.service, DEFAULT_POLL_INTERVAL, runs).await;
    println!(
        "| wake untold → fresh states, polling every {} s ({runs} wakes) | {} |",
        DEFAULT_POLL_INTERVAL.as_secs(),
        summary(&times)
    );
    untold.stop().await;
}
