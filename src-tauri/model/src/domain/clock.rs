//! Where time comes from. The monitor, the alert policy, pairing and snoozes
//! read "now" (and the local offset, for quiet hours and "until 08:00
//! tomorrow") from an injected clock, so that tests move it instead of
//! waiting, and a moved system clock has one place to be noticed.
//!
//! The local offset is read at each moment, never kept: a laptop carried to
//! another time zone, or a DST change, moves quiet hours and "08:00" with it.
//! chrono's `Local` (0.4.45) notices a change while running: on Unix it reads
//! `TZ` again and `lstat`s `/etc/localtime` (which `timedatectl` and macOS
//! replace on a zone change) at most once a second per thread, and builds the
//! zone again when either changed; on Windows it asks the system for the
//! zone's rules at every call. So the system clock reads it as is, cheaply.
//!
//! Besides the time of day, a clock has a steady reading that no setting of
//! the clock moves: what has lasted (a Degraded spell, the time since the
//! last reminder) is measured on it, so that a clock stepped back does not
//! hold alerts back and one stepped forward does not hurry them.

use chrono::{DateTime, Duration, FixedOffset, Local, Utc};
use event_listener::{Event, EventListener};
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

pub trait Clock: Send + Sync + fmt::Debug {
    fn now(&self) -> DateTime<Utc>;
    /// The local time zone's offset from UTC now.
    fn local_offset(&self) -> FixedOffset;
    /// Time run since some start of this clock's own, which only moves
    /// forward and only as time passes: setting the clock does not move it.
    fn steady(&self) -> Duration;
    /// Now, the local offset and the steady reading, together.
    fn moment(&self) -> Moment {
        Moment {
            at: self.now(),
            offset: self.local_offset(),
            steady: self.steady(),
        }
    }
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

/// A moment as a clock reads it: the time, the local offset then, and how
/// far its steady reading had run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub at: DateTime<Utc>,
    pub offset: FixedOffset,
    pub steady: Duration,
}

impl Moment {
    /// The steady reading at `time`, which is taken to be this long ago by
    /// the time of day (a time ahead of now, as after the clock was set
    /// back, is taken to be now): so that what began before it was seen
    /// has lasted from its own time.
    pub fn steady_at(&self, time: DateTime<Utc>) -> Duration {
        self.steady - (self.at - time).max(Duration::zero())
    }
}

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

    /// Monotonic time since the first reading in this process (on Linux it
    /// stands still while the computer sleeps, so a sleep counts as no time
    /// for reminders: the first after waking comes a full interval after
    /// the last).
    fn steady(&self) -> Duration {
        static START: OnceLock<Instant> = OnceLock::new();
        Duration::from_std(START.get_or_init(Instant::now).elapsed()).unwrap_or(Duration::MAX)
    }
}

/// The computer's clock, shared.
pub fn system_clock() -> SharedClock {
    Arc::new(SystemClock)
}

/// A clock that stands still until moved: tests let time pass (`advance`),
/// set it back or forward as NTP or a user would (`set`: no time passes), or
/// change its time zone. Whoever waits on it wakes at each move, to look
/// again at what the move changed.
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<DateTime<Utc>>,
    offset: Mutex<FixedOffset>,
    steady: Mutex<Duration>,
    moved: Event,
}

impl ManualClock {
    pub fn new(now: DateTime<Utc>) -> Arc<Self> {
        Arc::new(Self {
            now: Mutex::new(now),
            offset: Mutex::new(FixedOffset::east_opt(0).unwrap_or_else(|| Utc.fix())),
            steady: Mutex::new(Duration::zero()),
            moved: Event::new(),
        })
    }

    /// Lets `by` pass (a negative `by` is the clock set back: no time passes).
    pub fn advance(&self, by: Duration) {
        *self.now.lock().unwrap_or_else(|e| e.into_inner()) += by;
        *self.steady.lock().unwrap_or_else(|e| e.into_inner()) += by.max(Duration::zero());
        self.moved.notify(usize::MAX);
    }

    /// The computer sleeps for `by`: the wall clock moves on, the steady
    /// reading (which stands still in a sleep, as the monotonic clock does on
    /// Linux and macOS) does not.
    pub fn sleep(&self, by: Duration) {
        *self.now.lock().unwrap_or_else(|e| e.into_inner()) += by;
        self.moved.notify(usize::MAX);
    }

    /// Sets the clock to `now`, back or forward, as NTP or a user does: no
    /// time passes.
    pub fn set(&self, now: DateTime<Utc>) {
        *self.now.lock().unwrap_or_else(|e| e.into_inner()) = now;
        self.moved.notify(usize::MAX);
    }

    /// Moves the computer to another time zone, or through a DST change.
    pub fn set_offset(&self, offset: FixedOffset) {
        *self.offset.lock().unwrap_or_else(|e| e.into_inner()) = offset;
        self.moved.notify(usize::MAX);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn local_offset(&self) -> FixedOffset {
        *self.offset.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn steady(&self) -> Duration {
        *self.steady.lock().unwrap_or_else(|e| e.into_inner())
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
        clock.advance(Duration::minutes(-5));
        assert_eq!(clock.now(), start - Duration::minutes(65));
        assert_eq!(
            clock.steady(),
            Duration::minutes(11),
            "only time that passed is steady time"
        );
        let sao_paulo = FixedOffset::west_opt(3 * 3600).unwrap();
        clock.set_offset(sao_paulo);
        assert_eq!(clock.local_offset(), sao_paulo);
    }
}
