//! The simulated workspace: devices, pairing attempts, plan and usage.
//! Pure state with no I/O, so the HTTP layer stays thin.

use crate::domain::{PlanTier, SessionState};
use crate::gateway::wire::{self, status_string, WireDevice, WireQr, WireWorkspace};
use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::BTreeMap;

/// How a pairing attempt hands out codes (WhatsApp's own rhythm by default:
/// six codes, the first ~60 s, the rest ~20 s each).
#[derive(Debug, Clone, Copy)]
pub struct QrTiming {
    pub first: Duration,
    pub next: Duration,
    pub codes: u32,
}

impl Default for QrTiming {
    fn default() -> Self {
        Self {
            first: Duration::seconds(60),
            next: Duration::seconds(20),
            codes: 6,
        }
    }
}

#[derive(Debug, Clone)]
pub struct SimDevice {
    pub id: String,
    pub name: String,
    pub phone: Option<String>,
    /// Raw status string, so tests can inject ones the app does not know.
    pub status: String,
    pub reason: Option<String>,
    pub status_changed_at: DateTime<Utc>,
    pub last_seen_at: Option<DateTime<Utc>>,
    pub pairing: Option<Pairing>,
    /// A "zombie": reported connected, but its last-seen no longer moves.
    pub frozen: bool,
}

impl SimDevice {
    pub fn state(&self) -> SessionState {
        wire::parse_status(&self.status)
    }

    pub fn to_wire(&self) -> WireDevice {
        WireDevice {
            id: self.id.clone(),
            name: self.name.clone(),
            phone: self.phone.clone(),
            status: self.status.clone(),
            status_changed_at: Some(wire::format_time(self.status_changed_at)),
            last_seen_at: self.last_seen_at.map(wire::format_time),
            reason: self.reason.clone(),
        }
    }
}

/// One pairing attempt: its codes are fixed when it starts.
#[derive(Debug, Clone)]
pub struct Pairing {
    pub codes: Vec<(String, DateTime<Utc>)>,
}

impl Pairing {
    fn start(now: DateTime<Utc>, timing: QrTiming, rng: &mut StdRng) -> Self {
        let mut expires = now;
        let codes = (0..timing.codes.max(1))
            .map(|i| {
                expires += if i == 0 { timing.first } else { timing.next };
                (qr_payload(rng), expires)
            })
            .collect();
        Self { codes }
    }

    pub fn current(&self, now: DateTime<Utc>) -> Option<&(String, DateTime<Utc>)> {
        self.codes.iter().find(|(_, expires)| *expires > now)
    }
}

/// Looks like a WhatsApp Web payload: `2@ref,noise-key,identity-key,adv-secret`.
fn qr_payload(rng: &mut StdRng) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut part = |len: usize| -> String {
        (0..len)
            .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
            .collect()
    };
    format!("2@{},{}=,{}=,{}=", part(60), part(43), part(43), part(43))
}

#[derive(Debug, Clone, PartialEq)]
pub enum ModelError {
    NotFound,
    PlanLimit { plan: PlanTier, limit: u32 },
    AlreadyConnected,
    NoActiveCode,
    CodeExpired,
    WrongCode,
    Invalid(String),
    SessionDisconnected,
    QuotaReached,
}

pub struct Model {
    /// Session events waiting to be pushed to a webhook (when one is set).
    pub events: Vec<wire::WebhookEvent>,
    pub emit_events: bool,
    next_event: u64,
    pub plan: PlanTier,
    pub workspace_name: String,
    pub devices: BTreeMap<String, SimDevice>,
    pub messages_sent: u64,
    pub qr_timing: QrTiming,
    next_id: u32,
    rng: StdRng,
}

const NAMES: [&str; 8] = [
    "Shop phone",
    "Support line",
    "Sales",
    "Deliveries",
    "Front desk",
    "Bookings",
    "Returns",
    "Marketing",
];

/// How the simulated workspace starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Scenario {
    /// Every device linked and connected.
    Steady,
    /// A mix that shows every state: connected, degraded, disconnected, unlinked.
    Demo,
}

impl Model {
    pub fn new(
        plan: PlanTier,
        devices: u32,
        scenario: Scenario,
        seed: u64,
        now: DateTime<Utc>,
    ) -> Self {
        let mut model = Self {
            events: Vec::new(),
            emit_events: false,
            next_event: 1,
            plan,
            workspace_name: "Demo workspace".to_owned(),
            devices: BTreeMap::new(),
            messages_sent: 0,
            qr_timing: QrTiming::default(),
            next_id: 1,
            rng: StdRng::seed_from_u64(seed),
        };
        let count = devices.min(plan.device_limit());
        for i in 0..count {
            let name = NAMES[i as usize % NAMES.len()].to_owned();
            let (status, reason, since_min) = match (scenario, i % 4) {
                (Scenario::Demo, 1) => ("degraded", Some("reconnecting"), 3),
                (Scenario::Demo, 2) => ("disconnected", Some("phone_offline"), 42),
                (Scenario::Demo, 3) => ("unlinked", None, 5),
                _ => ("connected", None, 60 * 24 * (i64::from(i) + 1)),
            };
            let id = model.insert(name, now - Duration::minutes(since_min));
            let device = model.devices.get_mut(&id).expect("just inserted");
            device.status = status.to_owned();
            device.reason = reason.map(str::to_owned);
            if status != "unlinked" {
                device.phone = Some(format!("+4915{:08}", 11_000_000 + i * 7_919));
                device.last_seen_at = Some(if status == "connected" {
                    now
                } else {
                    device.status_changed_at
                });
            }
        }
        model.messages_sent = u64::from(count) * 1_234 % plan.monthly_quota();
        model
    }

    fn insert(&mut self, name: String, now: DateTime<Utc>) -> String {
        let id = format!("dev_{:03}", self.next_id);
        self.next_id += 1;
        self.devices.insert(
            id.clone(),
            SimDevice {
                id: id.clone(),
                name,
                phone: None,
                status: status_string(SessionState::Unlinked).to_owned(),
                reason: None,
                status_changed_at: now,
                last_seen_at: None,
                pairing: None,
                frozen: false,
            },
        );
        id
    }

    /// Queues a `session.status` event for a change from `previous`.
    fn emit(&mut self, id: &str, previous: &str, now: DateTime<Utc>) {
        if !self.emit_events {
            return;
        }
        let Some(device) = self.devices.get(id) else {
            return;
        };
        if device.status.eq_ignore_ascii_case(previous) {
            return;
        }
        let data = wire::SessionStatusData {
            device_id: id.to_owned(),
            status: device.status.clone(),
            previous_status: Some(previous.to_owned()),
            reason: device.reason.clone(),
        };
        let event = wire::WebhookEvent {
            id: format!("evt_{:06}", self.next_event),
            kind: wire::SESSION_STATUS_EVENT.to_owned(),
            created_at: Some(now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
            data: serde_json::to_value(data).unwrap_or_default(),
        };
        self.next_event += 1;
        self.events.push(event);
    }

    pub fn workspace(&self) -> WireWorkspace {
        WireWorkspace {
            name: Some(self.workspace_name.clone()),
            plan: self.plan.label().to_lowercase(),
            device_limit: Some(self.plan.device_limit()),
            monthly_quota: Some(self.plan.monthly_quota()),
            messages_sent_this_month: Some(self.messages_sent),
        }
    }

    pub fn device(&self, id: &str) -> Result<&SimDevice, ModelError> {
        self.devices.get(id).ok_or(ModelError::NotFound)
    }

    fn device_mut(&mut self, id: &str) -> Result<&mut SimDevice, ModelError> {
        self.devices.get_mut(id).ok_or(ModelError::NotFound)
    }

    pub fn create(&mut self, name: &str, now: DateTime<Utc>) -> Result<&SimDevice, ModelError> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 64 {
            return Err(ModelError::Invalid(
                "name must be 1 to 64 characters".into(),
            ));
        }
        let limit = self.plan.device_limit();
        if self.devices.len() >= limit as usize {
            return Err(ModelError::PlanLimit {
                plan: self.plan,
                limit,
            });
        }
        let id = self.insert(name.to_owned(), now);
        self.device(&id)
    }

    pub fn remove(&mut self, id: &str) -> Result<(), ModelError> {
        self.devices
            .remove(id)
            .map(|_| ())
            .ok_or(ModelError::NotFound)
    }

    pub fn set_status(
        &mut self,
        id: &str,
        status: &str,
        reason: Option<String>,
        now: DateTime<Utc>,
    ) -> Result<(), ModelError> {
        let device = self.device_mut(id)?;
        let previous = device.status.clone();
        if !device.status.eq_ignore_ascii_case(status) || device.reason != reason {
            device.status_changed_at = now;
        }
        device.status = status.to_owned();
        device.reason = reason;
        if wire::parse_status(status) == SessionState::Connected {
            device.last_seen_at = Some(now);
        }
        self.emit(id, &previous, now);
        Ok(())
    }

    pub fn logout(&mut self, id: &str, now: DateTime<Utc>) -> Result<(), ModelError> {
        let device = self.device_mut(id)?;
        let previous = std::mem::replace(
            &mut device.status,
            status_string(SessionState::Unlinked).to_owned(),
        );
        device.phone = None;
        device.pairing = None;
        device.reason = Some("logged_out".to_owned());
        device.status_changed_at = now;
        self.emit(id, &previous, now);
        Ok(())
    }

    /// The current code of the device's pairing attempt, starting a new
    /// attempt when none is running or the last one has run out.
    pub fn qr(&mut self, id: &str, now: DateTime<Utc>) -> Result<WireQr, ModelError> {
        let timing = self.qr_timing;
        let device = self.devices.get_mut(id).ok_or(ModelError::NotFound)?;
        if matches!(
            device.state(),
            SessionState::Connected | SessionState::Degraded
        ) {
            return Err(ModelError::AlreadyConnected);
        }
        let live = device
            .pairing
            .as_ref()
            .is_some_and(|p| p.current(now).is_some());
        if !live {
            device.pairing = Some(Pairing::start(now, timing, &mut self.rng));
        }
        let (qr, expires) = device
            .pairing
            .as_ref()
            .and_then(|p| p.current(now))
            .expect("a fresh attempt has a live code");
        Ok(WireQr {
            qr: qr.clone(),
            expires_at: wire::format_time(*expires),
        })
    }

    /// The phone scans a code: `payload` of `None` scans whatever is on screen.
    pub fn scan(
        &mut self,
        id: &str,
        payload: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), ModelError> {
        let phone = format!("+4917{:08}", self.rng.random_range(0..100_000_000u32));
        let device = self.device_mut(id)?;
        let pairing = device.pairing.as_ref().ok_or(ModelError::NoActiveCode)?;
        match payload {
            None => {
                pairing.current(now).ok_or(ModelError::CodeExpired)?;
            }
            Some(payload) => {
                let (_, expires) = pairing
                    .codes
                    .iter()
                    .find(|(code, _)| code == payload)
                    .ok_or(ModelError::WrongCode)?;
                if *expires <= now {
                    return Err(ModelError::CodeExpired);
                }
            }
        }
        device.pairing = None;
        device.phone.get_or_insert(phone);
        let previous = std::mem::replace(
            &mut device.status,
            status_string(SessionState::Connected).to_owned(),
        );
        device.reason = None;
        device.status_changed_at = now;
        device.last_seen_at = Some(now);
        self.emit(id, &previous, now);
        Ok(())
    }

    /// Live sessions are active: each look at them finds them seen just now.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        for device in self.devices.values_mut() {
            if device.state() == SessionState::Connected && !device.frozen {
                device.last_seen_at = Some(now);
            }
        }
    }

    pub fn freeze(&mut self, id: &str, frozen: bool) -> Result<(), ModelError> {
        self.device_mut(id)?.frozen = frozen;
        Ok(())
    }

    pub fn send_message(&mut self, device_id: &str) -> Result<u64, ModelError> {
        let state = self.device(device_id)?.state();
        if state != SessionState::Connected && state != SessionState::Degraded {
            return Err(ModelError::SessionDisconnected);
        }
        if self.messages_sent >= self.plan.monthly_quota() {
            return Err(ModelError::QuotaReached);
        }
        self.messages_sent += 1;
        Ok(self.messages_sent)
    }

    /// One step of life for the demo: connected phones are seen and send a
    /// few messages; now and then one wobbles, drops or comes back.
    pub fn churn(&mut self, now: DateTime<Utc>) {
        let ids: Vec<String> = self.devices.keys().cloned().collect();
        for id in ids {
            let roll: f64 = self.rng.random();
            let sent = self.rng.random_range(0..4u64);
            let Some(device) = self.devices.get(&id) else {
                continue;
            };
            let state = device.state();
            let (next, reason): (Option<SessionState>, Option<&str>) = match state {
                SessionState::Connected if roll < 0.03 => {
                    (Some(SessionState::Degraded), Some("reconnecting"))
                }
                SessionState::Connected if roll < 0.04 => {
                    (Some(SessionState::Disconnected), Some("phone_offline"))
                }
                SessionState::Degraded if roll < 0.5 => (Some(SessionState::Connected), None),
                SessionState::Degraded if roll < 0.55 => {
                    (Some(SessionState::Disconnected), Some("logged_out"))
                }
                // A phone that was merely offline comes back by itself; a logout needs a re-scan.
                SessionState::Disconnected
                    if roll < 0.15 && device.reason.as_deref() == Some("phone_offline") =>
                {
                    (Some(SessionState::Connected), None)
                }
                _ => (None, None),
            };
            if state == SessionState::Connected {
                self.messages_sent = (self.messages_sent + sent).min(self.plan.monthly_quota());
            }
            if let Some(next) = next {
                let _ = self.set_status(&id, status_string(next), reason.map(str::to_owned), now);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-25T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn pairing_rotates_six_codes_over_160_seconds() {
        let mut m = Model::new(PlanTier::Growth, 0, Scenario::Steady, 1, t0());
        let id = m.create("New", t0()).unwrap().id.clone();
        let first = m.qr(&id, t0()).unwrap();
        assert_eq!(first.expires_at, "2026-11-25T10:01:00Z");
        assert_eq!(
            m.qr(&id, t0() + Duration::seconds(59)).unwrap().qr,
            first.qr
        );
        let second = m.qr(&id, t0() + Duration::seconds(60)).unwrap();
        assert_ne!(second.qr, first.qr);
        assert_eq!(second.expires_at, "2026-11-25T10:01:20Z");
        let last = m.qr(&id, t0() + Duration::seconds(159)).unwrap();
        assert_eq!(last.expires_at, "2026-11-25T10:02:40Z");
        // The attempt is over: the next request starts a new one.
        let fresh = m.qr(&id, t0() + Duration::seconds(161)).unwrap();
        assert_eq!(fresh.expires_at, "2026-11-25T10:03:41Z");
    }

    #[test]
    fn scanning_an_expired_code_fails_and_a_live_one_links() {
        let mut m = Model::new(PlanTier::Growth, 0, Scenario::Steady, 1, t0());
        let id = m.create("New", t0()).unwrap().id.clone();
        assert_eq!(m.scan(&id, None, t0()), Err(ModelError::NoActiveCode));
        let first = m.qr(&id, t0()).unwrap().qr;
        let later = t0() + Duration::seconds(70);
        assert_eq!(
            m.scan(&id, Some(&first), later),
            Err(ModelError::CodeExpired)
        );
        assert_eq!(
            m.scan(&id, Some("2@nope"), later),
            Err(ModelError::WrongCode)
        );
        let current = m.qr(&id, later).unwrap().qr;
        m.scan(&id, Some(&current), later).unwrap();
        let device = m.device(&id).unwrap();
        assert_eq!(device.state(), SessionState::Connected);
        assert!(device.phone.is_some());
        assert_eq!(m.qr(&id, later).err(), Some(ModelError::AlreadyConnected));
    }

    #[test]
    fn plan_limit_refuses_the_sixth_growth_device() {
        let mut m = Model::new(PlanTier::Growth, 5, Scenario::Steady, 1, t0());
        assert_eq!(
            m.create("Sixth", t0()).err(),
            Some(ModelError::PlanLimit {
                plan: PlanTier::Growth,
                limit: 5
            })
        );
    }

    #[test]
    fn demo_scenario_shows_every_state() {
        let m = Model::new(PlanTier::Growth, 4, Scenario::Demo, 1, t0());
        let states: Vec<_> = m.devices.values().map(SimDevice::state).collect();
        for state in [
            SessionState::Connected,
            SessionState::Degraded,
            SessionState::Disconnected,
            SessionState::Unlinked,
        ] {
            assert!(states.contains(&state), "{state} missing from {states:?}");
        }
    }
}
