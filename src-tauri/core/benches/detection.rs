//! Detection figures with 50 devices: how long from a phone dropping on the
//! (simulated) WAPing side to the alert that becomes the notification, by
//! polling and by webhook; and what the monitor costs while nothing happens.
//!
//! `cargo bench -p waping-core --bench detection`
//! (`WAPING_BENCH_IDLE_SECS` sets the idle measurement, 60 s by default.)

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tokio::sync::broadcast;
use waping_core::alerts::AlertKind;
use waping_core::history::History;
use waping_core::monitor::{Monitor, MonitorConfig, MonitorEvent};
use waping_core::simulator::{self, Scenario, SimConfig, SimControl, SimHandle, SimWebhook};
use waping_core::webhook::{self, WebhookConfig};
use waping_core::{ApiKey, ClientConfig, GatewayClient, PlanTier};

const DEVICES: u32 = 50;
const DROPS: usize = 20;

async fn sim() -> SimHandle {
    let config = SimConfig {
        plan: PlanTier::Enterprise,
        devices: DEVICES,
        scenario: Scenario::Steady,
        ..SimConfig::default()
    };
    simulator::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap()
}

fn monitor(base_url: &str, key: &str, poll: Duration) -> Monitor {
    let client = GatewayClient::new(ClientConfig::new(base_url, ApiKey::new(key))).unwrap();
    let config = MonitorConfig {
        poll_interval: poll,
        ..MonitorConfig::default()
    };
    Monitor::spawn(
        client,
        Some(History::open_in_memory().unwrap()),
        None,
        config,
    )
}

async fn wait_alert(events: &mut broadcast::Receiver<MonitorEvent>, device: &str, kind: AlertKind) {
    loop {
        if let Ok(MonitorEvent::Alert(a)) = events.recv().await {
            if a.device_id.as_str() == device && a.kind == kind {
                return;
            }
        }
    }
}

/// Drops and restores devices one after another; returns drop→alert times in ms.
async fn drops(control: &SimControl, events: &mut broadcast::Receiver<MonitorEvent>) -> Vec<f64> {
    let mut times = Vec::new();
    for i in 0..DROPS {
        let device = format!("dev_{:03}", i % DEVICES as usize + 1);
        // Drops happen at any moment of the poll cycle, not just after one.
        tokio::time::sleep(Duration::from_millis(rand::random_range(0..1000))).await;
        let start = Instant::now();
        control
            .set_status(&device, "disconnected", Some("phone_offline"))
            .await
            .unwrap();
        wait_alert(events, &device, AlertKind::Down).await;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        control
            .set_status(&device, "connected", None)
            .await
            .unwrap();
        wait_alert(events, &device, AlertKind::Up).await;
    }
    times.sort_by(f64::total_cmp);
    times
}

fn summary(times: &[f64]) -> String {
    let p = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    format!(
        "min {:.1} ms, median {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        p(0.0),
        p(0.5),
        p(0.95),
        p(1.0)
    )
}

async fn settle(events: &mut broadcast::Receiver<MonitorEvent>) {
    // The first poll sights all 50 devices; let it pass.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(3);
    while tokio::time::timeout_at(deadline, events.recv())
        .await
        .is_ok()
    {}
}

/// CPU time of all this process's threads so far, in nanoseconds
/// (schedstat: finer than the 10 ms ticks of /proc/self/stat).
fn cpu_time() -> Duration {
    let mut total = 0u64;
    for task in std::fs::read_dir("/proc/self/task")
        .into_iter()
        .flatten()
        .flatten()
    {
        let stat = std::fs::read_to_string(task.path().join("schedstat")).unwrap_or_default();
        total += stat
            .split_whitespace()
            .next()
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0);
    }
    Duration::from_nanos(total)
}

fn rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

#[tokio::main]
async fn main() {
    // By polling, once a second: the wait is the phase of the poll plus the work.
    let sim_poll = sim().await;
    let control = SimControl::new(&sim_poll.base_url(), sim_poll.api_key());
    let by_poll = monitor(
        &sim_poll.base_url(),
        sim_poll.api_key(),
        Duration::from_secs(1),
    );
    let mut events = by_poll.events();
    settle(&mut events).await;
    let poll_times = drops(&control, &mut events).await;
    println!(
        "| drop → alert by polling every 1 s, {DEVICES} devices ({DROPS} drops) | {} |",
        summary(&poll_times)
    );
    drop(by_poll);

    // By webhook: polling is hourly here, so only the push can be this fast.
    let sim_push = sim().await;
    let control = SimControl::new(&sim_push.base_url(), sim_push.api_key());
    let by_push = monitor(
        &sim_push.base_url(),
        sim_push.api_key(),
        Duration::from_secs(3600),
    );
    let mut events = by_push.events();
    settle(&mut events).await;
    let receiver = webhook::start(
        WebhookConfig {
            addr: "127.0.0.1:0".parse().unwrap(),
            secret: "bench-secret".into(),
            signature_header: "X-WAPing-Signature".into(),
            clock: waping_core::domain::system_clock(),
        },
        by_push.observation_sender(),
    )
    .await
    .unwrap();
    control
        .set_webhook(&SimWebhook {
            url: receiver.url(),
            secret: "bench-secret".into(),
            header: "X-WAPing-Signature".into(),
        })
        .await
        .unwrap();
    let push_times = drops(&control, &mut events).await;
    println!(
        "| drop → alert by webhook, {DEVICES} devices ({DROPS} drops) | {} |",
        summary(&push_times)
    );
    drop(by_push);
    drop(receiver);

    // Idle: the simulator in its own process, so only the monitor is measured.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_waping-desk-sim"))
        .args([
            "--port",
            &port.to_string(),
            "--plan",
            "enterprise",
            "--devices",
            "50",
            "--scenario",
            "steady",
            "--churn-secs",
            "0",
        ])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let idle_secs: u64 = std::env::var("WAPING_BENCH_IDLE_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    let idle = monitor(
        &format!("http://127.0.0.1:{port}"),
        simulator::DEFAULT_API_KEY,
        Duration::from_secs(15),
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (cpu0, wall0) = (cpu_time(), Instant::now());
    tokio::time::sleep(Duration::from_secs(idle_secs)).await;
    let cpu = cpu_time() - cpu0;
    let share = cpu.as_secs_f64() / wall0.elapsed().as_secs_f64() * 100.0;
    println!(
        "| monitor idle, {DEVICES} devices, polling every 15 s ({idle_secs} s) | {:.1} ms CPU = {share:.4} % of one core; RSS of this process {:.0} MB |",
        cpu.as_secs_f64() * 1000.0,
        rss_mb()
    );
    assert_eq!(idle.current().devices.len(), DEVICES as usize);
    let _ = child.kill();
    let _ = child.wait();
}
