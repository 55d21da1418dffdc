//! Snoozes: who is silenced until when. A snooze for a length ends that long
//! after it was set, wherever the user is; "until 08:00 tomorrow" ends at
//! 08:00 where the user is that morning, so its instant is found again from
//! the local offset of each moment it is looked at.

use crate::domain::DeviceId;
use chrono::{DateTime, Duration, FixedOffset, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use ts_rs::TS;

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
    /// When a snooze set at `now`, where the local offset is `offset`, ends.
    pub fn end(self, now: DateTime<Utc>, offset: FixedOffset) -> SnoozeEnd {
        match self {
            SnoozeFor::OneHour => SnoozeEnd::At(now + Duration::hours(1)),
            SnoozeFor::FourHours => SnoozeEnd::At(now + Duration::hours(4)),
            SnoozeFor::UntilTomorrow => {
                let tomorrow = now.with_timezone(&offset).date_naive() + Duration::days(1);
                SnoozeEnd::Local {
                    local: tomorrow.and_time(NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default()),
                }
            }
        }
    }
}

/// When a snooze ends. Saved as an RFC 3339 time for an instant (as saved
/// before wall-clock ends existed), or `{"local": "2026-12-01T08:00:00"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SnoozeEnd {
    /// An instant, the same in every time zone.
    At(DateTime<Utc>),
    /// A wall-clock time, in whatever time zone the computer is in when it
    /// comes.
    Local { local: NaiveDateTime },
}

impl SnoozeEnd {
    /// Its instant where the local offset is `offset`.
    pub fn instant(self, offset: FixedOffset) -> DateTime<Utc> {
        match self {
            SnoozeEnd::At(at) => at,
            // One instant for a fixed offset; only a time at the very end of
            // chrono's range has none, and is taken as UTC.
            SnoozeEnd::Local { local } => local
                .and_local_timezone(offset)
                .earliest()
                .map_or_else(|| local.and_utc(), |t| t.with_timezone(&Utc)),
        }
    }
}

impl From<DateTime<Utc>> for SnoozeEnd {
    fn from(at: DateTime<Utc>) -> Self {
        SnoozeEnd::At(at)
    }
}

/// Who is snoozed until when: everything, or single devices.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Snoozes {
    pub all: Option<SnoozeEnd>,
    pub devices: HashMap<DeviceId, SnoozeEnd>,
}

/// The snoozes as instants, where the local offset is the one they were
/// read in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SnoozeInstants {
    pub all: Option<DateTime<Utc>>,
    pub devices: HashMap<DeviceId, DateTime<Utc>>,
}

impl Snoozes {
    /// Silences one device, or all with `None`, until `until`.
    pub fn set(&mut self, device: Option<DeviceId>, until: impl Into<SnoozeEnd>) {
        let until = until.into();
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

    pub fn silences(&self, device: &DeviceId, now: DateTime<Utc>, offset: FixedOffset) -> bool {
        let running = |end: &SnoozeEnd| now < end.instant(offset);
        self.all.as_ref().is_some_and(running) || self.devices.get(device).is_some_and(running)
    }

    /// When the first of these snoozes ends, where the local offset is
    /// `offset`, if any is set.
    pub fn next_end(&self, offset: FixedOffset) -> Option<DateTime<Utc>> {
        self.all
            .iter()
            .chain(self.devices.values())
            .map(|end| end.instant(offset))
            .min()
    }

    /// The snoozes still running at `now`, where the local offset is `offset`.
    pub fn active(&self, now: DateTime<Utc>, offset: FixedOffset) -> Self {
        let running = |end: &SnoozeEnd| now < end.instant(offset);
        Self {
            all: self.all.filter(running),
            devices: self
                .devices
                .iter()
                .filter(|(_, end)| running(end))
                .map(|(id, end)| (id.clone(), *end))
                .collect(),
        }
    }

    /// Their ends as instants where the local offset is `offset`.
    pub fn instants(&self, offset: FixedOffset) -> SnoozeInstants {
        SnoozeInstants {
            all: self.all.map(|end| end.instant(offset)),
            devices: self
                .devices
                .iter()
                .map(|(id, end)| (id.clone(), end.instant(offset)))
                .collect(),
        }
    }
}
