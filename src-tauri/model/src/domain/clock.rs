//! Where time comes from. The monitor, the alert policy, pairing and snoozes
//! read "now" (and the local offset, for quiet hours and "until 08:00
//! tomorrow") from an injected clock, so that tests move it instead of
//! waiting, and a moved system clock has one place to be noticed.

use chrono::{DateTime, Duration, FixedOffset, Local, Utc};
use event_listener::{Event, EventListener};
use std::fmt;
use std::sync::{Arc, Mutex};

pub trait Clock: Send + Sync + fmt::Debug {
    fn now(&self) -> DateTime<Utc>;
    /// The local time zone's offset from UTC now.
    fn local_offset(&self) -> FixedOffset;
    /// How long the computer has been awake, from a fixed origin: it stands
    /// still while the computer sleeps and does not move when the wall clock
    /// is set. The wall clock moving much further than this between two looks
    /// is a sleep (or a clock set forward) that nobody watched through.
    fn awake(&self) -> std::time::Duration;
    /// For a clock that moves only when moved: a listener that fires at its
    /// next move, for whoever waits for a time on it. `None` for a clock that
    /// runs by itself, which is waited for in real time. An `event-listener`
    /// works with any executor and does no I/O, so these types stay pure;
    /// the waiting itself (`waping_core::wait::sleep_until`) stays beside the
    /// runtime that sleeps.
    fn next_move(&self) -> Option<EventListener> {
        None
    }
}

pub type SharedClock = Arc<dyn Clock>;

/// The computer's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn local_offset(&self) -> FixedOffset {
        *Local::now().offset()
    }

    /// `Instant` is the monotonic clock that stops while the computer sleeps
    /// on Linux (`CLOCK_MONOTONIC`) and macOS (`CLOCK_UPTIME_RAW`); on Windows
    /// it runs on through a sleep, which the power notifications tell instead.
    fn awake(&self) -> std::time::Duration {
        static ORIGIN: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
        ORIGIN.get_or_init(std::time::Instant::now).elapsed()
    }
}

/// The computer's clock, shared.
pub fn system_clock() -> SharedClock {
    Arc::new(SystemClock)
}

/// A clock that stands still until moved: tests set it, advance it, step it
/// back or change its time zone. Whoever waits for a time on it wakes when a
/// move reaches that time.
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<DateTime<Utc>>,
    awake: Mutex<std::time::Duration>,
    offset: Mutex<FixedOffset>,
    moved: Event,
}

impl ManualClock {
    pub fn new(now: DateTime<Utc>) -> Arc<Self> {
        Arc::new(Self {
            now: Mutex::new(now),
            awake: Mutex::new(std::time::Duration::ZERO),
            offset: Mutex::new(FixedOffset::east_opt(0).unwrap_or_else(|| Utc.fix())),
            moved: Event::new(),
        })
    }

    /// Time passes with the computer awake.
    pub fn advance(&self, by: Duration) {
        *self.now.lock().unwrap_or_else(|e| e.into_inner()) += by;
        *self.awake.lock().unwrap_or_else(|e| e.into_inner()) += by.to_std().unwrap_or_default();
        self.moved.notify(usize::MAX);
    }

    /// The computer sleeps for `by`: the wall clock moves on, awake time does not.
    pub fn sleep(&self, by: Duration) {
        *self.now.lock().unwrap_or_else(|e| e.into_inner()) += by;
        self.moved.notify(usize::MAX);
    }

    /// The wall clock is set (by hand or by NTP): awake time does not move.
    pub fn set(&self, now: DateTime<Utc>) {
        *self.now.lock().unwrap_or_else(|e| e.into_inner()) = now;
        self.moved.notify(usize::MAX);
    }

    pub fn set_offset(&self, offset: FixedOffset) {
        *self.offset.lock().unwrap_or_else(|e| e.into_inner()) = offset;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn local_offset(&self) -> FixedOffset {
        *self.offset.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn awake(&self) -> std::time::Duration {
        *self.awake.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn next_move(&self) -> Option<EventListener> {
        Some(self.moved.listen())
    }
}

use chrono::Offset;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_moved() {
        let start = DateTime::parse_from_rfc3339("2026-11-30T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let clock = ManualClock::new(start);
        assert_eq!(clock.now(), start);
        clock.advance(Duration::minutes(11));
        assert_eq!(clock.now(), start + Duration::minutes(11));
        clock.set(start - Duration::hours(1));
        assert_eq!(clock.now(), start - Duration::hours(1));
        let sao_paulo = FixedOffset::west_opt(3 * 3600).unwrap();
        clock.set_offset(sao_paulo);
        assert_eq!(clock.local_offset(), sao_paulo);
    }
}
