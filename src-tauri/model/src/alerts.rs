//! Alert policy: what to tell the user, when, and how often. Every change is
//! recorded elsewhere; this decides which few deserve a notification.
//!
//! It reads each moment from the clock whole: the local offset, for quiet
//! hours and the times in messages, is the one where the computer is then;
//! what has lasted is measured on the clock's steady reading, so that a clock
//! set back or forward neither holds an alert back nor sends one early.
//!
//! An alert carries what happened as facts ([`News`]), not words: it is put
//! in words when it is shown (`Alert::summary`, `Alert::body`), in the
//! language the app speaks then. The policy lives in the monitor, which a
//! change of language does not restart; words made here would stay in the
//! language the monitor started with until the next restart.

mod snoozes;

pub use snoozes::{SnoozeEnd, SnoozeFor, SnoozeInstants, Snoozes};

use crate::domain::reason::text as reason_text;
use crate::domain::words::human_duration;
use crate::domain::{DeviceId, Moment, SessionState, Transition};
use crate::i18n::{time_of_day, Arg, Catalog, Locale};
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
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    pub kind: AlertKind,
    pub device_id: DeviceId,
    pub device_name: String,
    /// What it tells, put in words when it is shown.
    pub news: News,
    pub at: DateTime<Utc>,
    /// The local offset when it was made: its times of day are told there.
    pub offset: FixedOffset,
}

/// What an alert tells, as facts.
#[derive(Debug, Clone, PartialEq)]
pub enum News {
    /// Dropped at `since`, told as it happened.
    Down {
        since: DateTime<Utc>,
        reason: Option<String>,
    },
    /// A bad spell that began at `since` and has lasted `lasted`: a drop
    /// told late, or a reminder; `state` is the state it is in now.
    Lasting {
        since: DateTime<Utc>,
        lasted: Duration,
        state: Option<SessionState>,
        reason: Option<String>,
    },
    /// Degraded since `since`, for long enough to tell.
    Degraded {
        since: DateTime<Utc>,
        reason: Option<String>,
    },
    /// Connected again after a told spell of `after`.
    Back { after: Duration },
    /// What the first look after a sleep found, one alert per phone with
    /// the time its transition happened.
    WhileAsleep { told: Vec<(DateTime<Utc>, Alert)> },
}

impl Alert {
    /// Its title, in `locale`.
    pub fn summary(&self, locale: Locale) -> String {
        let c = Catalog::of(locale);
        let device = || [("device", Arg::from(self.device_name.as_str()))];
        match (&self.news, self.kind) {
            (News::WhileAsleep { .. }, _) => c.text("notify-asleep"),
            (News::Back { .. }, _) => c.with("notify-back", &device()),
            (News::Degraded { .. }, _) => c.with("notify-unstable", &device()),
            (
                News::Lasting {
                    state: Some(SessionState::Degraded),
                    ..
                },
                AlertKind::Reminder,
            ) => c.with("notify-still-unstable", &device()),
            (News::Lasting { .. }, AlertKind::Reminder) => c.with("notify-still-down", &device()),
            (News::Down { .. } | News::Lasting { .. }, _) => c.with("notify-down", &device()),
        }
    }

    /// Its text, in `locale`.
    pub fn body(&self, locale: Locale) -> String {
        let c = Catalog::of(locale);
        let time = |at: &DateTime<Utc>| time_of_day(locale, at.with_timezone(&self.offset));
        let why = |reason: &Option<String>| match reason {
            Some(r) => reason_text(c, r),
            None => c.text("notify-no-reason"),
        };
        match &self.news {
            News::Down { since, reason } => c.with(
                "notify-down-body",
                &[("time", time(since).into()), ("reason", why(reason).into())],
            ),
            News::Lasting {
                since,
                lasted,
                state,
                reason,
            } => c.with(
                if *state == Some(SessionState::Degraded) {
                    "notify-unstable-lasting-body"
                } else {
                    "notify-down-lasting-body"
                },
                &[
                    ("time", time(since).into()),
                    ("duration", human_duration(c, *lasted).into()),
                    ("reason", why(reason).into()),
                ],
            ),
            News::Degraded {
                since,
                reason: Some(reason),
            } => c.with(
                "notify-unstable-body",
                &[
                    ("time", time(since).into()),
                    ("reason", reason_text(c, reason).into()),
                ],
            ),
            News::Degraded {
                since,
                reason: None,
            } => c.with(
                "notify-unstable-body-no-reason",
                &[("time", time(since).into())],
            ),
            News::Back { after } => c.with(
                "notify-back-body",
                &[
                    ("device", self.device_name.as_str().into()),
                    ("duration", human_duration(c, *after).into()),
                ],
            ),
            News::WhileAsleep { told } => told
                .iter()
                .map(|(at, a)| match &a.news {
                    News::Down { .. } | News::Lasting { .. } if a.kind == AlertKind::Down => c
                        .with(
                            "notify-asleep-down",
                            &[
                                ("device", a.device_name.as_str().into()),
                                ("time", time(at).into()),
                            ],
                        ),
                    News::Back { after } => c.with(
                        "notify-asleep-back",
                        &[
                            ("device", a.device_name.as_str().into()),
                            ("duration", human_duration(c, *after).into()),
                        ],
                    ),
                    _ => a.summary(locale),
                })
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
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
        Some(Alert {
            kind: AlertKind::WhileAsleep,
            device_id: first.0.device_id.clone(),
            device_name: first.0.device_name.clone(),
            news: News::WhileAsleep {
                told: told.iter().map(|(t, a)| (t.at, a.clone())).collect(),
            },
            at: now.at,
            offset: now.offset,
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
        let reason = reason.map(str::to_owned);
        let news = if kind == AlertKind::Degraded {
            News::Degraded {
                since: since.at,
                reason,
            }
        } else {
            News::Lasting {
                since: since.at,
                lasted: since.lasted(now),
                state,
                reason,
            }
        };
        Alert {
            kind,
            device_id,
            device_name: name,
            news,
            at: now.at,
            offset: now.offset,
        }
    }

    fn down_alert(&self, t: &Transition, since: Stamp, now: &Moment) -> Alert {
        Alert {
            kind: AlertKind::Down,
            device_id: t.device_id.clone(),
            device_name: t.device_name.clone(),
            news: News::Down {
                since: since.at,
                reason: t.reason.clone(),
            },
            at: now.at,
            offset: now.offset,
        }
    }
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
        news: News::Back {
            after: (back.steady - since.steady).max(Duration::zero()),
        },
        at: now.at,
        offset: now.offset,
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

#[cfg(test)]
mod tests;

#[cfg(test)]
mod clock_tests;
