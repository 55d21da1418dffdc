//! Alert policy: what to tell the user, when, and how often. Every change is
//! recorded elsewhere; this decides which few deserve a notification.

use crate::domain::reason::text as reason_text;
use crate::domain::words::human_duration;
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
    /// One summary of what changed while the computer slept.
    WhileAsleep,
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

/// What the user has been told of a device's current state.
#[derive(Debug, Clone, PartialEq)]
enum Told {
    /// Nothing about the state it is in since `since` (unknown before its
    /// first transition): a fine state; or a bad one not worth telling yet
    /// (Degraded within its delay) or not told when it began (alerts were
    /// silenced, or it was taken for the reconnect after a scan), which
    /// `tick` tells once it has lasted.
    Nothing { since: Option<DateTime<Utc>> },
    /// A bad spell that began at `since`, last told at `last` (reminders
    /// follow from there).
    Spell {
        since: DateTime<Utc>,
        last: DateTime<Utc>,
    },
    /// Connected again since `since` after a told spell, while alerts were
    /// silenced: the recovery is told once they are not, so the drop is
    /// never the last word.
    RecoveryOwed { since: DateTime<Utc>, up: Alert },
}

impl Default for Told {
    fn default() -> Self {
        Told::Nothing { since: None }
    }
}

#[derive(Debug, Clone, Default)]
struct DeviceAlerts {
    name: String,
    state: Option<SessionState>,
    reason: Option<String>,
    told: Told,
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
        // Whatever happens next supersedes a recovery not yet told.
        if let Told::RecoveryOwed { since, .. } = entry.told {
            entry.told = Told::Nothing { since: Some(since) };
        }
        let told = entry.told.clone();
        let was_told = matches!(told, Told::Spell { .. });
        entry.name.clone_from(&t.device_name);
        entry.state = Some(t.to);
        if t.reason.is_some() || !was_told {
            entry.reason.clone_from(&t.reason);
        }
        let (next, alert) = if t.from.is_none() || t.expected {
            (first_or_expected(t, now), None)
        } else {
            match t.to {
                SessionState::Disconnected => dropped(t, &told, silenced, now),
                SessionState::Degraded => (degraded(t, &told), None),
                SessionState::Connected => reconnected(t, &told, silenced, now),
                SessionState::Unlinked | SessionState::Unknown => (still_down(t, &told), None),
            }
        };
        entry.told = next;
        match alert {
            Some(Pending::Down(since)) => vec![self.down_alert(t, since, now)],
            Some(Pending::Up(up)) => vec![up],
            None => Vec::new(),
        }
    }

    /// The computer woke at `now`: reminders count again from here, so a
    /// night's sleep does not end in a burst of them.
    pub fn woke(&mut self, now: DateTime<Utc>) {
        for d in self.devices.values_mut() {
            if let Told::Spell { last, .. } = &mut d.told {
                *last = (*last).max(now);
            }
        }
    }

    /// What the first look after a sleep told, as one alert instead of a
    /// burst: each drop with the time WAPing gives it ("Sales disconnected
    /// at 02:14 — still down"), each phone back. `None` when there is
    /// nothing to tell (a drop that came back while asleep is history only:
    /// a poll never sees it). It opens on the first phone it names.
    pub fn while_asleep(&self, told: &[(Transition, Alert)], now: DateTime<Utc>) -> Option<Alert> {
        let first = told
            .iter()
            .find(|(_, a)| a.kind == AlertKind::Down)
            .or_else(|| told.first())?;
        let lines: Vec<String> = told
            .iter()
            .map(|(t, a)| match a.kind {
                AlertKind::Down => format!(
                    "{} disconnected at {} — still down",
                    t.device_name,
                    self.local_time(t.at)
                ),
                AlertKind::Up => a.body.trim_end_matches('.').to_owned(),
                _ => a.summary.clone(),
            })
            .collect();
        Some(Alert {
            kind: AlertKind::WhileAsleep,
            device_id: first.0.device_id.clone(),
            device_name: first.0.device_name.clone(),
            summary: "While this computer was asleep".to_owned(),
            body: lines.join("\n"),
            at: now,
        })
    }

    /// Time-driven alerts: a recovery owed once alerts are no longer
    /// silenced, Degraded or an untold drop that has lasted, and reminders.
    pub fn tick(&mut self, now: DateTime<Utc>) -> Vec<Alert> {
        let mut alerts = self.owed_recoveries(now);
        let due: Vec<(DeviceId, AlertKind, DateTime<Utc>)> = self
            .devices
            .iter()
            .filter_map(|(id, d)| Some((id, due(d, &self.config, now)?)))
            .map(|(id, (kind, since))| (id.clone(), kind, since))
            .collect();
        for (id, kind, since) in due {
            if self.silenced(&id, now) {
                continue;
            }
            let Some(d) = self.devices.get_mut(&id) else {
                continue;
            };
            d.told = Told::Spell { since, last: now };
            let (name, reason, state) = (d.name.clone(), d.reason.clone(), d.state);
            alerts.push(self.lasting_alert(kind, id, name, state, reason.as_deref(), since, now));
        }
        alerts
    }

    /// Recoveries owed to the user, for devices no longer silenced.
    fn owed_recoveries(&mut self, now: DateTime<Utc>) -> Vec<Alert> {
        let owed: Vec<DeviceId> = self
            .devices
            .iter()
            .filter(|(_, d)| matches!(d.told, Told::RecoveryOwed { .. }))
            .map(|(id, _)| id.clone())
            .collect();
        let mut alerts = Vec::new();
        for id in owed {
            if self.silenced(&id, now) {
                continue;
            }
            if let Some(d) = self.devices.get_mut(&id) {
                if let Told::RecoveryOwed { since, mut up } = d.told.clone() {
                    d.told = Told::Nothing { since: Some(since) };
                    up.at = now;
                    alerts.push(up);
                }
            }
        }
        alerts
    }

    #[allow(clippy::too_many_arguments)]
    fn lasting_alert(
        &self,
        kind: AlertKind,
        device_id: DeviceId,
        name: String,
        state: Option<SessionState>,
        reason: Option<&str>,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Alert {
        let at = self.local_time(since);
        if kind == AlertKind::Degraded {
            return Alert {
                kind,
                device_id,
                summary: format!("{name} is unstable"),
                body: format!(
                    "Degraded since {at}{}. Messages may be delayed.",
                    reason
                        .map(|r| format!(" — {}", reason_text(r)))
                        .unwrap_or_default()
                ),
                device_name: name,
                at: now,
            };
        }
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
            device_id,
            summary,
            body: format!(
                "Since {at} ({}) — {}",
                human_duration(now - since),
                advice(state, reason)
            ),
            device_name: name,
            at: now,
        }
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

/// An alert a rule asks for, made by the policy (which knows the words).
enum Pending {
    /// Down, for a spell that began at the given time.
    Down(DateTime<Utc>),
    Up(Alert),
}

/// A first sighting (a state already shown on the card) and the normal
/// reconnect after a scan are history only. A bad first sighting counts as
/// told, so reminders follow and a lasting Degraded is not announced again
/// (a restart of the monitor, on saving settings, must not tell again); an
/// expected drop that lasts is announced by `tick`.
fn first_or_expected(t: &Transition, now: DateTime<Utc>) -> Told {
    let bad = matches!(t.to, SessionState::Disconnected | SessionState::Degraded);
    if t.from.is_none() && bad {
        Told::Spell {
            since: t.at,
            last: now,
        }
    } else {
        Told::Nothing { since: Some(t.at) }
    }
}

/// A drop is told at once unless silenced; a drop from a told Degraded keeps
/// the start of the bad spell; down and told, then Unlinked or a status
/// WAPing Desk does not know, then Disconnected again is the same spell,
/// told once.
fn dropped(
    t: &Transition,
    told: &Told,
    silenced: bool,
    now: DateTime<Utc>,
) -> (Told, Option<Pending>) {
    if let Told::Spell { .. } = told {
        if matches!(t.from, Some(SessionState::Unlinked | SessionState::Unknown)) {
            return (told.clone(), None);
        }
    }
    let since = match told {
        Told::Spell { since, .. } if t.from == Some(SessionState::Degraded) => *since,
        _ => t.at,
    };
    if silenced {
        (Told::Nothing { since: Some(since) }, None)
    } else {
        (Told::Spell { since, last: now }, Some(Pending::Down(since)))
    }
}

/// Degraded is told by `tick` once it has lasted; after a drop it is the
/// same bad spell.
fn degraded(t: &Transition, told: &Told) -> Told {
    if t.from == Some(SessionState::Disconnected) {
        told.clone()
    } else {
        Told::Nothing { since: Some(t.at) }
    }
}

/// Connected again: the end of a told spell is told with how long it
/// lasted, at once or, while silenced, once alerts are not.
fn reconnected(
    t: &Transition,
    told: &Told,
    silenced: bool,
    now: DateTime<Utc>,
) -> (Told, Option<Pending>) {
    let Told::Spell { since, .. } = told else {
        return (Told::Nothing { since: Some(t.at) }, None);
    };
    let up = Alert {
        kind: AlertKind::Up,
        device_id: t.device_id.clone(),
        device_name: t.device_name.clone(),
        summary: format!("{} is connected again", t.device_name),
        body: format!(
            "{} is connected again after {}.",
            t.device_name,
            human_duration(t.at - *since)
        ),
        at: now,
    };
    if silenced {
        (Told::RecoveryOwed { since: t.at, up }, None)
    } else {
        (Told::Nothing { since: Some(t.at) }, Some(Pending::Up(up)))
    }
}

/// Unlinked (the session torn down, waiting for a re-scan) or an unknown
/// status in the middle of a told spell is still down: reminders go on and
/// the return to Connected is told. Otherwise nothing to tell.
fn still_down(t: &Transition, told: &Told) -> Told {
    match told {
        Told::Spell { .. } => told.clone(),
        _ => Told::Nothing { since: Some(t.at) },
    }
}

/// What `tick` owes one device now, and since when its spell began.
fn due(
    d: &DeviceAlerts,
    config: &AlertConfig,
    now: DateTime<Utc>,
) -> Option<(AlertKind, DateTime<Utc>)> {
    let lasted = |since: DateTime<Utc>| now - since >= config.degraded_after;
    match (&d.told, d.state?) {
        (Told::Nothing { since: Some(since) }, SessionState::Degraded) if lasted(*since) => {
            Some((AlertKind::Degraded, *since))
        }
        // A drop not announced when it happened (silenced, or taken for the
        // reconnect after a scan) is announced once it has lasted.
        (Told::Nothing { since: Some(since) }, SessionState::Disconnected) if lasted(*since) => {
            Some((AlertKind::Down, *since))
        }
        (
            Told::Spell { since, last },
            SessionState::Disconnected
            | SessionState::Degraded
            | SessionState::Unlinked
            | SessionState::Unknown,
        ) => {
            let every = config.reminder_every?;
            (now - *last >= every).then_some((AlertKind::Reminder, *since))
        }
        _ => None,
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

#[cfg(test)]
mod tests;
