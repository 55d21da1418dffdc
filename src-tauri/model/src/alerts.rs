//! Alert policy: what to tell the user, when, and how often. Every change is
//! recorded elsewhere; this decides which few deserve a notification.
//!
//! It reads each moment from the clock whole: the local offset, for quiet
//! hours and the times in messages, is the one where the computer is then;
//! what has lasted is measured on the clock's steady reading, so that a clock
//! set back or forward neither holds an alert back nor sends one early.

mod snoozes;

pub use snoozes::{SnoozeEnd, SnoozeFor, SnoozeInstants, Snoozes};

use crate::domain::reason::text as reason_text;
use crate::domain::words::human_duration;
use crate::domain::{DeviceId, Moment, SessionState, Transition};
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
    /// No notifications between these local times (may wrap midnight), in
    /// the time zone the computer is in at each moment.
    pub quiet_hours: Option<(NaiveTime, NaiveTime)>,
}

impl Default for AlertConfig {
    fn default() -> Self {
        Self {
            degraded_after: Duration::minutes(2),
            reminder_every: Some(Duration::minutes(30)),
            quiet_hours: None,
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

/// A time as the clock told it (for the words of messages) and the clock's
/// steady reading then (for what has lasted since).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Stamp {
    at: DateTime<Utc>,
    steady: Duration,
}

impl Stamp {
    /// `at`, seen at `now`.
    fn of(at: DateTime<Utc>, now: &Moment) -> Self {
        Self {
            at,
            steady: now.steady_at(at),
        }
    }

    fn now(now: &Moment) -> Self {
        Self {
            at: now.at,
            steady: now.steady,
        }
    }

    /// How long from this stamp to `now`, never negative.
    fn lasted(&self, now: &Moment) -> Duration {
        (now.steady - self.steady).max(Duration::zero())
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
    Nothing { since: Option<Stamp> },
    /// A bad spell that began at `since`, last told at `last` (reminders
    /// follow from there).
    Spell { since: Stamp, last: Stamp },
    /// Connected again since `since` after a told spell, while alerts were
    /// silenced: the recovery is told once they are not, so the drop is
    /// never the last word.
    RecoveryOwed { since: Stamp, up: Alert },
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

    pub fn snooze(&mut self, device: Option<DeviceId>, until: impl Into<SnoozeEnd>) {
        self.snoozes.set(device, until);
    }

    pub fn set_snoozes(&mut self, snoozes: Snoozes) {
        self.snoozes = snoozes;
    }

    pub fn snoozes(&self) -> &Snoozes {
        &self.snoozes
    }

    fn silenced(&self, device: &DeviceId, now: &Moment) -> bool {
        self.snoozes.silences(device, now.at, now.offset)
            || !self.gateway_ok
            || self.in_quiet_hours(now)
    }

    /// Quiet hours are read in the local time of the moment: a laptop that
    /// flew to another time zone, or went through a DST change, keeps them
    /// by its new clock.
    fn in_quiet_hours(&self, now: &Moment) -> bool {
        let Some((start, end)) = self.config.quiet_hours else {
            return false;
        };
        let local = now.at.with_timezone(&now.offset).time();
        if start <= end {
            local >= start && local < end
        } else {
            local >= start || local < end
        }
    }

    /// Folds in a recorded transition; returns what to notify now.
    pub fn on_transition(&mut self, t: &Transition, now: Moment) -> Vec<Alert> {
        let silenced = self.silenced(&t.device_id, &now);
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
            (first_or_expected(t, &now), None)
        } else {
            match t.to {
                SessionState::Disconnected => dropped(t, &told, silenced, &now),
                SessionState::Degraded => (degraded(t, &told, &now), None),
                SessionState::Connected => reconnected(t, &told, silenced, &now),
                SessionState::Unlinked | SessionState::Unknown => {
                    (still_down(t, &told, &now), None)
                }
            }
        };
        entry.told = next;
        match alert {
            Some(Pending::Down(since)) => vec![self.down_alert(t, since, &now)],
            Some(Pending::Up(up)) => vec![up],
            None => Vec::new(),
        }
    }

    /// What the first look after a sleep told, as one alert instead of a
    /// burst: each drop with the time WAPing gives it ("Sales disconnected
    /// at 02:14 — still down"), each phone back. `None` when there is
    /// nothing to tell (a drop that came back while asleep is history only:
    /// a poll never sees it). It opens on the first phone it names.
    pub fn while_asleep(&self, told: &[(Transition, Alert)], now: Moment) -> Option<Alert> {
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
                    local_time(t.at, now.offset)
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
            at: now.at,
        })
    }

    /// Time-driven alerts: a recovery owed once alerts are no longer
    /// silenced, Degraded or an untold drop that has lasted, and reminders.
    pub fn tick(&mut self, now: Moment) -> Vec<Alert> {
        let mut alerts = self.owed_recoveries(&now);
        let due: Vec<(DeviceId, AlertKind, Stamp)> = self
            .devices
            .iter()
            .filter_map(|(id, d)| Some((id, due(d, &self.config, &now)?)))
            .map(|(id, (kind, since))| (id.clone(), kind, since))
            .collect();
        for (id, kind, since) in due {
            if self.silenced(&id, &now) {
                continue;
            }
            let Some(d) = self.devices.get_mut(&id) else {
                continue;
            };
            d.told = Told::Spell {
                since,
                last: Stamp::now(&now),
            };
            let (name, reason, state) = (d.name.clone(), d.reason.clone(), d.state);
            alerts.push(self.lasting_alert(kind, id, name, state, reason.as_deref(), since, &now));
        }
        alerts
    }

    /// Recoveries owed to the user, for devices no longer silenced.
    fn owed_recoveries(&mut self, now: &Moment) -> Vec<Alert> {
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
                    up.at = now.at;
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
        since: Stamp,
        now: &Moment,
    ) -> Alert {
        let at = local_time(since.at, now.offset);
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
                at: now.at,
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
                human_duration(since.lasted(now)),
                advice(state, reason)
            ),
            device_name: name,
            at: now.at,
        }
    }

    fn down_alert(&self, t: &Transition, since: Stamp, now: &Moment) -> Alert {
        Alert {
            kind: AlertKind::Down,
            device_id: t.device_id.clone(),
            device_name: t.device_name.clone(),
            summary: format!("{} disconnected", t.device_name),
            body: format!(
                "Since {} — {}",
                local_time(since.at, now.offset),
                advice(Some(SessionState::Disconnected), t.reason.as_deref())
            ),
            at: now.at,
        }
    }
}

/// A time of day in messages, where the computer is now.
fn local_time(t: DateTime<Utc>, offset: FixedOffset) -> String {
    t.with_timezone(&offset).format("%H:%M").to_string()
}

/// An alert a rule asks for, made by the policy (which knows the words).
enum Pending {
    /// Down, for a spell that began at the given time.
    Down(Stamp),
    Up(Alert),
}

/// A first sighting (a state already shown on the card) and the normal
/// reconnect after a scan are history only. A bad first sighting counts as
/// told, so reminders follow and a lasting Degraded is not announced again
/// (a restart of the monitor, on saving settings, must not tell again); an
/// expected drop that lasts is announced by `tick`.
fn first_or_expected(t: &Transition, now: &Moment) -> Told {
    let bad = matches!(t.to, SessionState::Disconnected | SessionState::Degraded);
    if t.from.is_none() && bad {
        Told::Spell {
            since: Stamp::of(t.at, now),
            last: Stamp::now(now),
        }
    } else {
        Told::Nothing {
            since: Some(Stamp::of(t.at, now)),
        }
    }
}

/// A drop is told at once unless silenced; a drop from a told Degraded keeps
/// the start of the bad spell; down and told, then Unlinked or a status
/// WAPing Desk does not know, then Disconnected again is the same spell,
/// told once.
fn dropped(t: &Transition, told: &Told, silenced: bool, now: &Moment) -> (Told, Option<Pending>) {
    if let Told::Spell { .. } = told {
        if matches!(t.from, Some(SessionState::Unlinked | SessionState::Unknown)) {
            return (told.clone(), None);
        }
    }
    let since = match told {
        Told::Spell { since, .. } if t.from == Some(SessionState::Degraded) => *since,
        _ => Stamp::of(t.at, now),
    };
    if silenced {
        (Told::Nothing { since: Some(since) }, None)
    } else {
        (
            Told::Spell {
                since,
                last: Stamp::now(now),
            },
            Some(Pending::Down(since)),
        )
    }
}

/// Degraded is told by `tick` once it has lasted; after a drop it is the
/// same bad spell.
fn degraded(t: &Transition, told: &Told, now: &Moment) -> Told {
    if t.from == Some(SessionState::Disconnected) {
        told.clone()
    } else {
        Told::Nothing {
            since: Some(Stamp::of(t.at, now)),
        }
    }
}

/// Connected again: the end of a told spell is told with how long it
/// lasted, at once or, while silenced, once alerts are not.
fn reconnected(
    t: &Transition,
    told: &Told,
    silenced: bool,
    now: &Moment,
) -> (Told, Option<Pending>) {
    let back = Stamp::of(t.at, now);
    let Told::Spell { since, .. } = told else {
        return (Told::Nothing { since: Some(back) }, None);
    };
    let up = Alert {
        kind: AlertKind::Up,
        device_id: t.device_id.clone(),
        device_name: t.device_name.clone(),
        summary: format!("{} is connected again", t.device_name),
        body: format!(
            "{} is connected again after {}.",
            t.device_name,
            human_duration((back.steady - since.steady).max(Duration::zero()))
        ),
        at: now.at,
    };
    if silenced {
        (Told::RecoveryOwed { since: back, up }, None)
    } else {
        (Told::Nothing { since: Some(back) }, Some(Pending::Up(up)))
    }
}

/// Unlinked (the session torn down, waiting for a re-scan) or an unknown
/// status in the middle of a told spell is still down: reminders go on and
/// the return to Connected is told. Otherwise nothing to tell.
fn still_down(t: &Transition, told: &Told, now: &Moment) -> Told {
    match told {
        Told::Spell { .. } => told.clone(),
        _ => Told::Nothing {
            since: Some(Stamp::of(t.at, now)),
        },
    }
}

/// What `tick` owes one device now, and since when its spell began. What
/// has lasted is measured on the steady clock: a clock set forward is no
/// time passing.
fn due(d: &DeviceAlerts, config: &AlertConfig, now: &Moment) -> Option<(AlertKind, Stamp)> {
    let lasted = |since: &Stamp| since.lasted(now) >= config.degraded_after;
    match (&d.told, d.state?) {
        (Told::Nothing { since: Some(since) }, SessionState::Degraded) if lasted(since) => {
            Some((AlertKind::Degraded, *since))
        }
        // A drop not announced when it happened (silenced, or taken for the
        // reconnect after a scan) is announced once it has lasted.
        (Told::Nothing { since: Some(since) }, SessionState::Disconnected) if lasted(since) => {
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
            (last.lasted(now) >= every).then_some((AlertKind::Reminder, *since))
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

#[cfg(test)]
mod clock_tests;
