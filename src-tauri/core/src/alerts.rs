//! Alert policy: what to tell the user, when, and how often. Every change is
//! recorded elsewhere; this decides which few deserve a notification.

use crate::domain::reason::text as reason_text;
use crate::domain::Transition;
use crate::domain::{DeviceId, SessionState};
use chrono::{DateTime, Duration, FixedOffset, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq)]
pub struct AlertConfig {
    /// Degraded must last this long before it is worth a notification.
    pub degraded_after: Duration,
    /// Repeat while still down; `None` for never.
    pub reminder_every: Option<Duration>,
    /// No notifications between these local times (may wrap midnight).
    pub quiet_hours: Option<(NaiveTime, NaiveTime)>,
    /// The user's time zone for times in messages and quiet hours.
    pub offset: FixedOffset,
}

impl Default for AlertConfig {
    fn default() -> Self {
        Self {
            degraded_after: Duration::minutes(2),
            reminder_every: Some(Duration::minutes(30)),
            quiet_hours: None,
            offset: *chrono::Local::now().offset(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum AlertKind {
    Down,
    Degraded,
    Up,
    Reminder,
}

/// A notification to show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Alert {
    pub kind: AlertKind,
    pub device_id: DeviceId,
    pub device_name: String,
    pub summary: String,
    pub body: String,
    pub at: DateTime<Utc>,
}

/// How long a snooze lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum SnoozeFor {
    OneHour,
    FourHours,
    /// Until 08:00 tomorrow, local time.
    UntilTomorrow,
}

impl SnoozeFor {
    pub fn until(self, now: DateTime<Utc>, offset: FixedOffset) -> DateTime<Utc> {
        match self {
            SnoozeFor::OneHour => now + Duration::hours(1),
            SnoozeFor::FourHours => now + Duration::hours(4),
            SnoozeFor::UntilTomorrow => {
                let local = now.with_timezone(&offset).date_naive() + Duration::days(1);
                let eight = local.and_time(NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default());
                eight
                    .and_local_timezone(offset)
                    .single()
                    .map_or(now + Duration::hours(12), |t| t.with_timezone(&Utc))
            }
        }
    }
}

/// Who is snoozed until when: everything, or single devices.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Snoozes {
    pub all: Option<DateTime<Utc>>,
    pub devices: HashMap<DeviceId, DateTime<Utc>>,
}

impl Snoozes {
    /// Silences one device, or all with `None`, until `until`.
    pub fn set(&mut self, device: Option<DeviceId>, until: DateTime<Utc>) {
        match device {
            Some(id) => {
                self.devices.insert(id, until);
            }
            None => self.all = Some(until),
        }
    }

    /// Resumes one device's alerts, or everything (every device's too) with `None`.
    pub fn resume(&mut self, device: Option<&DeviceId>) {
        match device {
            Some(id) => {
                self.devices.remove(id);
            }
            None => *self = Self::default(),
        }
    }

    pub fn silences(&self, device: &DeviceId, now: DateTime<Utc>) -> bool {
        self.all.is_some_and(|u| now < u) || self.devices.get(device).is_some_and(|u| now < *u)
    }

    /// When the first of these snoozes ends, if any is set.
    pub fn next_end(&self) -> Option<DateTime<Utc>> {
        self.all
            .into_iter()
            .chain(self.devices.values().copied())
            .min()
    }

    /// The snoozes still running at `now`.
    pub fn active(&self, now: DateTime<Utc>) -> Self {
        Self {
            all: self.all.filter(|u| now < *u),
            devices: self
                .devices
                .iter()
                .filter(|(_, u)| now < **u)
                .map(|(id, u)| (id.clone(), *u))
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Default)]
struct DeviceAlerts {
    name: String,
    state: Option<SessionState>,
    since: Option<DateTime<Utc>>,
    reason: Option<String>,
    /// A Down or Degraded notification went out for the current bad spell.
    notified: bool,
    last_notified: Option<DateTime<Utc>>,
    /// A recovery from a told drop that came while alerts were silenced:
    /// told once they are not, so the drop is never the last word.
    pending_up: Option<Alert>,
}

#[derive(Debug, Default)]
pub struct AlertPolicy {
    config: AlertConfig,
    devices: HashMap<DeviceId, DeviceAlerts>,
    snoozes: Snoozes,
    gateway_ok: bool,
}

impl AlertPolicy {
    pub fn new(config: AlertConfig) -> Self {
        Self {
            config,
            gateway_ok: true,
            ..Self::default()
        }
    }

    pub fn config(&self) -> &AlertConfig {
        &self.config
    }

    pub fn set_config(&mut self, config: AlertConfig) {
        self.config = config;
    }

    /// While WAPing cannot be reached, device states are stale: no alerts.
    pub fn set_gateway_ok(&mut self, ok: bool) {
        self.gateway_ok = ok;
    }

    pub fn snooze(&mut self, device: Option<DeviceId>, until: DateTime<Utc>) {
        self.snoozes.set(device, until);
    }

    pub fn set_snoozes(&mut self, snoozes: Snoozes) {
        self.snoozes = snoozes;
    }

    pub fn snoozes(&self) -> &Snoozes {
        &self.snoozes
    }

    fn silenced(&self, device: &DeviceId, now: DateTime<Utc>) -> bool {
        self.snoozes.silences(device, now) || !self.gateway_ok || self.in_quiet_hours(now)
    }

    fn in_quiet_hours(&self, now: DateTime<Utc>) -> bool {
        let Some((start, end)) = self.config.quiet_hours else {
            return false;
        };
        let local = now.with_timezone(&self.config.offset).time();
        if start <= end {
            local >= start && local < end
        } else {
            local >= start || local < end
        }
    }

    /// Folds in a recorded transition; returns what to notify now.
    pub fn on_transition(&mut self, t: &Transition, now: DateTime<Utc>) -> Vec<Alert> {
        let silenced = self.silenced(&t.device_id, now);
        let entry = self.devices.entry(t.device_id.clone()).or_default();
        let was_notified = entry.notified;
        let bad_since = entry.since;
        entry.name.clone_from(&t.device_name);
        entry.state = Some(t.to);
        // Whatever happens next supersedes a recovery not yet told.
        entry.pending_up = None;
        if t.reason.is_some() || !was_notified {
            entry.reason.clone_from(&t.reason);
        }
        // A first sighting (a state already shown on the card) and the normal
        // reconnect after a scan are history only. A bad first sighting counts
        // as told, so reminders follow and a lasting Degraded is not announced
        // again; an expected drop that lasts is
        // announced by `tick`.
        if t.from.is_none() || t.expected {
            entry.since = Some(t.at);
            // (A restart of the monitor, on saving settings, must not tell again.)
            entry.notified = t.from.is_none()
                && matches!(t.to, SessionState::Disconnected | SessionState::Degraded);
            entry.last_notified = entry.notified.then_some(now);
            return Vec::new();
        }
        match t.to {
            // Down and told, then Unlinked or a status WAPing Desk does not
            // know, then Disconnected again: the same spell, told once.
            SessionState::Disconnected
                if was_notified
                    && matches!(t.from, Some(SessionState::Unlinked | SessionState::Unknown)) =>
            {
                Vec::new()
            }
            SessionState::Disconnected => {
                // A drop from Degraded keeps the start of the bad spell.
                let since = if t.from == Some(SessionState::Degraded) && was_notified {
                    bad_since.unwrap_or(t.at)
                } else {
                    t.at
                };
                entry.since = Some(since);
                entry.notified = !silenced;
                if silenced {
                    return Vec::new();
                }
                entry.last_notified = Some(now);
                vec![self.down_alert(t, since, now)]
            }
            SessionState::Degraded => {
                if t.from != Some(SessionState::Disconnected) {
                    entry.since = Some(t.at);
                    entry.notified = false;
                }
                Vec::new()
            }
            SessionState::Connected if was_notified => {
                let down_for = t.at - bad_since.unwrap_or(t.at);
                entry.since = Some(t.at);
                entry.notified = false;
                let up = Alert {
                    kind: AlertKind::Up,
                    device_id: t.device_id.clone(),
                    device_name: t.device_name.clone(),
                    summary: format!("{} is connected again", t.device_name),
                    body: format!(
                        "{} is connected again after {}.",
                        t.device_name,
                        human_duration(down_for)
                    ),
                    at: now,
                };
                if silenced {
                    entry.pending_up = Some(up);
                    return Vec::new();
                }
                vec![up]
            }
            // Unlinked (the session torn down, waiting for a re-scan) or an
            // unknown status in the middle of a told spell: still down, so
            // reminders go on and the return to Connected is told.
            SessionState::Unlinked | SessionState::Unknown if was_notified => Vec::new(),
            _ => {
                entry.since = Some(t.at);
                entry.notified = false;
                Vec::new()
            }
        }
    }

    /// Time-driven alerts: Degraded that has lasted, and reminders.
    pub fn tick(&mut self, now: DateTime<Utc>) -> Vec<Alert> {
        let due: Vec<(DeviceId, AlertKind)> = self
            .devices
            .iter()
            .filter_map(|(id, d)| {
                let since = d.since?;
                match (d.state?, d.notified) {
                    (SessionState::Degraded, false)
                        if now - since >= self.config.degraded_after =>
                    {
                        Some((id.clone(), AlertKind::Degraded))
                    }
                    (
                        SessionState::Disconnected
                        | SessionState::Degraded
                        | SessionState::Unlinked
                        | SessionState::Unknown,
                        true,
                    ) => {
                        let every = self.config.reminder_every?;
                        let last = d.last_notified.unwrap_or(since);
                        (now - last >= every).then(|| (id.clone(), AlertKind::Reminder))
                    }
                    // A drop not announced when it happened (silenced, or taken for
                    // the reconnect after a scan) is announced once it has lasted.
                    (SessionState::Disconnected, false)
                        if now - since >= self.config.degraded_after =>
                    {
                        Some((id.clone(), AlertKind::Down))
                    }
                    _ => None,
                }
            })
            .collect();
        let mut alerts = Vec::new();
        let waiting: Vec<DeviceId> = self
            .devices
            .iter()
            .filter(|(_, d)| d.pending_up.is_some())
            .map(|(id, _)| id.clone())
            .collect();
        for id in waiting {
            if self.silenced(&id, now) {
                continue;
            }
            if let Some(mut up) = self.devices.get_mut(&id).and_then(|d| d.pending_up.take()) {
                up.at = now;
                alerts.push(up);
            }
        }
        for (id, kind) in due {
            if self.silenced(&id, now) {
                continue;
            }
            let Some(d) = self.devices.get_mut(&id) else {
                continue;
            };
            let since = d.since.unwrap_or(now);
            d.notified = true;
            d.last_notified = Some(now);
            let name = d.name.clone();
            let reason = d.reason.clone();
            let state = d.state;
            let at = self.local_time(since);
            let alert = match kind {
                AlertKind::Degraded => Alert {
                    kind,
                    device_id: id,
                    summary: format!("{name} is unstable"),
                    body: format!(
                        "Degraded since {at}{}. Messages may be delayed.",
                        reason
                            .as_deref()
                            .map(|r| format!(" — {}", reason_text(r)))
                            .unwrap_or_default()
                    ),
                    device_name: name,
                    at: now,
                },
                _ => {
                    let still = if state == Some(SessionState::Degraded) {
                        "unstable"
                    } else {
                        "disconnected"
                    };
                    let summary = if kind == AlertKind::Reminder {
                        format!("{name} is still {still}")
                    } else {
                        format!("{name} disconnected")
                    };
                    Alert {
                        kind,
                        device_id: id,
                        summary,
                        body: format!(
                            "Since {at} ({}) — {}",
                            human_duration(now - since),
                            advice(state, reason.as_deref())
                        ),
                        device_name: name,
                        at: now,
                    }
                }
            };
            alerts.push(alert);
        }
        alerts
    }

    fn down_alert(&self, t: &Transition, since: DateTime<Utc>, now: DateTime<Utc>) -> Alert {
        Alert {
            kind: AlertKind::Down,
            device_id: t.device_id.clone(),
            device_name: t.device_name.clone(),
            summary: format!("{} disconnected", t.device_name),
            body: format!(
                "Since {} — {}",
                self.local_time(since),
                advice(Some(SessionState::Disconnected), t.reason.as_deref())
            ),
            at: now,
        }
    }

    fn local_time(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.config.offset)
            .format("%H:%M")
            .to_string()
    }
}

fn advice(state: Option<SessionState>, reason: Option<&str>) -> String {
    let why = reason.map_or_else(|| "no reason given".to_owned(), reason_text);
    if state == Some(SessionState::Degraded) {
        format!("{why}. Messages may be delayed.")
    } else {
        format!("{why}. Re-scan the QR code to restore sending.")
    }
}

/// "45 s", "14 min", "2 h 5 min", "3 d 4 h".
pub fn human_duration(d: Duration) -> String {
    let secs = d.num_seconds().max(0);
    let (days, hours, mins) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    match secs {
        0..=59 => format!("{secs} s"),
        60..=3599 => format!("{mins} min"),
        3600..=86_399 if mins == 0 => format!("{hours} h"),
        3600..=86_399 => format!("{hours} h {mins} min"),
        _ if hours == 0 => format!("{days} d"),
        _ => format!("{days} d {hours} h"),
    }
}

#[cfg(test)]
mod tests;
