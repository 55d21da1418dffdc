//! What the agent's tests share. Each test binary builds all of it and uses
//! part of it.
#![allow(dead_code)]

pub mod bus;
pub mod notification_server;
pub mod system_services;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use waping_core::settings::MAX_POLL_SECS;
use waping_core::Settings;
use waping_core::{DeviceId, SessionState};
use waping_desk_agent::commands::ask;
use waping_desk_agent::service::Service;
use waping_desk_agent::settings_file;
use waping_desk_agent::shell::Headless;
use waping_link::contract::args::{GetOverview, Refresh};
use waping_link::views::Overview;

/// An agent on a fresh data folder named `name`, with no display. No keyring
/// is reachable: nothing real is touched, and no key is stored.
pub async fn agent(name: &str) -> waping_desk_agent::Agent {
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    agent_with(name, None).await
}

/// An agent on a fresh data folder named `name` that holds `settings` (the
/// defaults without), with no display, on whatever session bus this process
/// has. The demo holds still.
pub async fn agent_with(name: &str, settings: Option<&Settings>) -> waping_desk_agent::Agent {
    waping_desk_agent::start(data_dir(name, settings), Arc::new(Headless))
        .await
        .expect("the agent starts")
}

/// A fresh data folder named `name` holding `settings` (the defaults
/// without), for an agent whose demo holds still.
pub fn data_dir(name: &str, settings: Option<&Settings>) -> PathBuf {
    std::env::set_var("WAPING_DESK_DEMO_CHURN_SECS", "0");
    // The system's language is English, whatever the machine running the
    // tests speaks: a test that wants another chooses it in the settings.
    std::env::set_var("LC_ALL", "C");
    std::env::set_var("LANG", "C");
    // The agent follows sleep, network and battery on the system bus: a
    // test hears only the private one it serves them on, never the
    // machine's (a laptop running the tests on battery or offline).
    if std::env::var_os("DBUS_SYSTEM_BUS_ADDRESS").is_none() {
        std::env::set_var(
            "DBUS_SYSTEM_BUS_ADDRESS",
            "unix:path=/nonexistent/system_bus",
        );
    }
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    if let Some(settings) = settings {
        std::fs::create_dir_all(&dir).unwrap();
        settings_file::save(&settings_file::path(&dir), settings).unwrap();
    }
    dir
}

/// Settings under which the monitor polls once at start and then only when
/// asked (the next poll is an hour away): nothing a test did not ask for
/// changes what is shown.
pub fn polls_when_asked() -> Settings {
    Settings {
        poll_interval_secs: MAX_POLL_SECS,
        ..Settings::default()
    }
}

/// Polls now, as the window's refresh does, and waits (20 s at most) until
/// the overview passes `test`.
pub async fn poll_until(
    service: &Service,
    what: &str,
    test: impl Fn(&Overview) -> bool,
) -> Overview {
    ask(service, Refresh {}).await.expect("a poll is asked for");
    overview_until(service, what, Duration::from_secs(20), test).await
}

/// Waits (`within` at most), without asking for a poll, until the overview
/// passes `test`.
pub async fn overview_until(
    service: &Service,
    what: &str,
    within: Duration,
    test: impl Fn(&Overview) -> bool,
) -> Overview {
    let deadline = Instant::now() + within;
    loop {
        let overview = ask(service, GetOverview {}).await.expect("an overview");
        if test(&overview) {
            return overview;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}; the devices are {:#?}",
            overview.devices
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The state `overview` shows for device `id`.
pub fn state(overview: &Overview, id: &DeviceId) -> Option<SessionState> {
    let view = overview.devices.iter().find(|d| &d.device.id == id)?;
    Some(view.device.state)
}

/// The name of device `id` in the overview.
pub fn name(overview: &Overview, id: &DeviceId) -> String {
    let view = overview.devices.iter().find(|d| &d.device.id == id);
    view.expect("the demo has the device").device.name.clone()
}

/// The notifications that speak of the phone called `name`.
pub fn about<'a>(
    calls: &'a [notification_server::Call],
    name: &str,
) -> Vec<&'a notification_server::Call> {
    calls
        .iter()
        .filter(|c| c.summary.contains(name) || c.body.contains(name))
        .collect()
}

/// The agent's running demo (started if it was not).
pub async fn demo(agent: &waping_desk_agent::Agent) -> Arc<waping_core::demo::Demo> {
    agent
        .service
        .connection
        .demo()
        .await
        .expect("the demo runs")
}

/// A workspace of `devices` phones that takes `key`, on a loopback port of
/// its own.
pub async fn workspace(devices: u32, key: &str) -> waping_core::simulator::SimHandle {
    let config = waping_core::simulator::SimConfig {
        devices,
        api_key: key.into(),
        ..waping_core::simulator::SimConfig::default()
    };
    waping_core::simulator::start(config, "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap()
}

/// Gives the agent `key` for this session only, as the window's Settings do
/// when no keyring is available.
pub async fn set_session_key(service: &Service, key: &str) {
    ask(
        service,
        waping_link::contract::args::SetApiKey {
            key: key.into(),
            session_only: true,
        },
    )
    .await
    .expect("the key is kept for this session");
}
