//! The built-in demo workspace: the simulator on a random loopback port,
//! reached through the same HTTP client as the real service. It lives in the
//! agent, so it takes a key made for this run, answers over HTTP only what
//! the client and the demo's pairing ask, and is driven otherwise in-process.

use crate::domain::{Device, SessionState};
use crate::gateway::{ApiKey, ClientConfig, GatewayClient, GatewayError};
use crate::history::{History, HistoryError};
use crate::monitor::{GatewayHealth, Source, Transition};
use crate::simulator::{self, SimConfig, SimControl, SimHandle};
use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::net::{Ipv4Addr, SocketAddr};

pub struct Demo {
    sim: SimHandle,
}

impl Demo {
    pub async fn start() -> std::io::Result<Self> {
        Self::start_with(SimConfig::demo()).await
    }

    pub async fn start_with(config: SimConfig) -> std::io::Result<Self> {
        let sim = simulator::start(config, SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).await?;
        Ok(Self { sim })
    }

    pub fn client_config(&self) -> ClientConfig {
        ClientConfig::new(self.sim.base_url(), ApiKey::new(self.sim.api_key()))
    }

    /// Drives the demo (scan a QR code, drop a phone, point its pushes at
    /// the webhook receiver) in-process: these controls are not on its port.
    pub fn control(&self) -> SimControl {
        self.sim.control()
    }

    pub fn base_url(&self) -> String {
        self.sim.base_url()
    }

    pub fn addr(&self) -> SocketAddr {
        self.sim.addr()
    }

    /// This run's key: new each time the demo starts.
    pub fn api_key(&self) -> &str {
        self.sim.api_key()
    }

    /// Closes its port; whoever still holds it drives a stopped workspace.
    pub async fn stop(&self) {
        self.sim.shut_down().await;
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BackfillError {
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error(transparent)]
    Gateway(#[from] GatewayError),
}

/// A week of plausible history for the demo's phones, so that their strips
/// and timelines have something to show the first time the demo opens.
/// Written only into an empty database (the demo is asked for its devices
/// only then); returns whether it wrote anything.
pub async fn backfill(history: &mut History, demo: &GatewayClient) -> Result<bool, BackfillError> {
    if history.transition_count()? > 0 {
        return Ok(false);
    }
    let devices = demo.list_devices().await?.devices;
    write_backstory(history, &devices, Utc::now(), rand::random())?;
    Ok(true)
}

/// The odd reconnect, drops that recover by themselves, a logout ended by a
/// re-scan, an hour when WAPing could not be reached, and nights when the
/// laptop was closed, for every linked phone, up to its current state.
fn write_backstory(
    history: &mut History,
    devices: &[Device],
    now: DateTime<Utc>,
    seed: u64,
) -> Result<(), HistoryError> {
    let mut rng = StdRng::seed_from_u64(seed);
    let start = now - Duration::days(7);
    let mut changes = Vec::new();
    let mut scans = Vec::new();
    for device in devices.iter().filter(|d| d.state != SessionState::Unlinked) {
        // Up to the current state, which the first poll records.
        let end = device.state_since.map_or(now, |s| s.min(now));
        let change = |at, to, reason: Option<&str>| Transition {
            device_id: device.id.clone(),
            device_name: device.name.clone(),
            from: None,
            to,
            at,
            reason: reason.map(str::to_owned),
            source: Source::Poll,
            expected: false,
        };
        changes.push(change(start, SessionState::Connected, None));
        let mut t = start;
        loop {
            t += Duration::minutes(rng.random_range(6 * 60..30 * 60));
            let (state, reason, minutes) = match rng.random_range(0..20) {
                0..=9 => (
                    SessionState::Degraded,
                    "reconnecting",
                    rng.random_range(2..9),
                ),
                10..=16 => (
                    SessionState::Disconnected,
                    "phone_offline",
                    rng.random_range(10..50),
                ),
                _ => (
                    SessionState::Disconnected,
                    "logged_out",
                    rng.random_range(30..90),
                ),
            };
            let back = t + Duration::minutes(minutes);
            if back + Duration::minutes(30) >= end {
                break;
            }
            changes.push(change(t, state, Some(reason)));
            if reason == "logged_out" {
                scans.push((device.id.clone(), back - Duration::minutes(1)));
            }
            changes.push(change(back, SessionState::Connected, None));
            t = back;
        }
    }
    changes.sort_by_key(|c| c.at);
    history.record_many(&changes)?;
    for (id, at) in scans {
        history.record_scan(&id, at)?;
    }
    // The laptop was open from 07:00 to 23:00 each day (UTC, as a demo).
    let mut day = start.date_naive();
    while let Some(open) = day.and_hms_opt(7, 0, 0).map(|t| t.and_utc()) {
        if open >= now {
            break;
        }
        let close = (open + Duration::hours(16)).min(now - Duration::minutes(1));
        if close > open.max(start) {
            let span = history.begin_span(open.max(start))?;
            history.extend_span(span, close)?;
        }
        day = day.succ_opt().unwrap_or(day);
    }
    // Two days ago while the laptop was open, whatever the time now.
    let outage = (now - Duration::days(2))
        .date_naive()
        .and_hms_opt(9, 0, 0)
        .map_or(now - Duration::days(2), |t| t.and_utc())
        + Duration::minutes(rng.random_range(0..8 * 60));
    history.record_health(
        outage,
        &GatewayHealth::Failing {
            code: crate::ErrorCode::Unreachable,
            message: "cannot reach WAPing: connection timed out".into(),
            since: outage,
            auth: false,
        },
    )?;
    history.record_health(outage + Duration::minutes(40), &GatewayHealth::Ok)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DeviceId;
    use crate::history::{timeline::OutageEnd, Live};

    fn device(id: &str, state: SessionState, since: DateTime<Utc>) -> Device {
        Device {
            id: DeviceId::new(id),
            name: format!("Phone {id}"),
            phone: None,
            state,
            raw_status: state.label().to_lowercase(),
            reason: None,
            state_since: Some(since),
            last_seen: None,
        }
    }

    #[test]
    fn a_week_of_history_for_linked_phones_up_to_their_current_state() {
        // Whatever the hour the demo first opens, day or night.
        for hour in 0..24 {
            let now = chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 11, 28, hour, 10, 0).unwrap();
            backstory_up_to(now);
        }
    }

    fn backstory_up_to(now: DateTime<Utc>) {
        let mut h = History::open_in_memory().unwrap();
        let devices = [
            device("dev_001", SessionState::Connected, now - Duration::days(1)),
            device(
                "dev_002",
                SessionState::Disconnected,
                now - Duration::minutes(42),
            ),
            device(
                "dev_003",
                SessionState::Unlinked,
                now - Duration::minutes(5),
            ),
        ];
        write_backstory(&mut h, &devices, now, 7).unwrap();
        let known = h.last_known().unwrap();
        let ids: Vec<&str> = known.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(
            ids,
            ["dev_001", "dev_002"],
            "nothing for a phone never linked"
        );
        for (id, k) in &known {
            assert_eq!(k.state, SessionState::Connected, "{id} ends connected");
            let device = devices.iter().find(|d| &d.id == id).unwrap();
            assert!(
                k.since < device.state_since.unwrap(),
                "before its current state"
            );
        }
        let week = h
            .device_history(
                &DeviceId::new("dev_002"),
                now - Duration::days(7),
                now,
                Live::at(now),
                0,
            )
            .unwrap()
            .unwrap();
        assert!(week.stats.disconnects >= 1, "{:?}", week.stats);
        assert!(week.stats.no_data_ms > 0, "nights with the laptop closed");
        assert!(week.stats.unreachable_ms > 0, "WAPing's outage");
        assert!(week.outages.iter().all(|o| o.ended != OutageEnd::Ongoing));
    }

    #[tokio::test]
    async fn the_backstory_goes_only_into_an_empty_database() {
        let demo = Demo::start().await.unwrap();
        let client = GatewayClient::new(demo.client_config()).unwrap();
        let mut h = History::open_in_memory().unwrap();
        assert!(backfill(&mut h, &client).await.unwrap());
        let before = h.transition_count().unwrap();
        assert!(before > 0);
        assert!(!backfill(&mut h, &client).await.unwrap());
        assert_eq!(h.transition_count().unwrap(), before);
    }

    #[tokio::test]
    async fn the_demo_listens_on_loopback_only() {
        let demo = Demo::start().await.unwrap();
        let url = url::Url::parse(&demo.base_url()).unwrap();
        assert_eq!(url.scheme(), "http");
        assert_eq!(url.host_str(), Some("127.0.0.1"), "{url}");
        assert_ne!(url.port(), None);
        // And it answers there, to the key the app is given.
        let client = crate::GatewayClient::new(demo.client_config()).unwrap();
        assert!(!client.list_devices().await.unwrap().devices.is_empty());
    }
}
