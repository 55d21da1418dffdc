//! When the monitor was truly watching. A laptop sleeps, a process can be
//! frozen and a clock can be set: the time between two turns of the loop
//! was watched only if the loop could have turned in it. The watch span is
//! kept in memory and written on a change, every few minutes, before a
//! sleep and at exit, so an idle agent does not write on every poll.

use crate::domain::Clock;
use crate::history::LiveSpan;
use chrono::{DateTime, Duration, Utc};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// A watch span not yet written for this long is written (what a crash
/// loses of "watched" at most). One write dirties about six pages (the row,
/// its index, the WAL index): every 10 minutes keeps an idle agent under
/// 4 KiB written a minute.
pub const WRITE_EVERY: Duration = Duration::minutes(10);

/// A wall clock set back by less than this is jitter, not a step.
const STEP_TOLERANCE: Duration = Duration::seconds(2);

/// One look at the clocks, taken at each turn of the loop.
#[derive(Debug, Clone, Copy)]
pub struct Pace {
    pub wall: DateTime<Utc>,
    /// The clock's steady reading: stands still while the computer sleeps
    /// (on Linux and macOS) and when the clock is set.
    steady: Duration,
    /// This process's own time: stops for nothing, not even a moved test clock.
    real: Instant,
}

impl Pace {
    pub fn now(clock: &dyn Clock) -> Self {
        Self {
            wall: clock.now(),
            steady: clock.steady(),
            real: Instant::now(),
        }
    }
}

/// What happened between two turns of the loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Time went on as the loop saw it.
    Watched,
    /// Nobody watched: the computer slept (the wall clock ran on while the
    /// awake clock stood), the wall clock was set forward, or the process
    /// did not run at all (frozen, or starved) for longer than `gap`.
    Unwatched,
    /// The wall clock was set back.
    SteppedBack,
}

/// Classifies the time from `last` to `now`; the loop turns at least every
/// tick, so `gap` (a few ticks) is far longer than any watched step.
pub fn step(last: &Pace, now: &Pace, gap: Duration) -> Step {
    let wall = now.wall - last.wall;
    if wall < -STEP_TOLERANCE {
        return Step::SteppedBack;
    }
    let awake = awake_between(last, now);
    let ran =
        Duration::from_std(now.real.saturating_duration_since(last.real)).unwrap_or(Duration::MAX);
    if wall - awake > gap || ran > gap {
        Step::Unwatched
    } else {
        Step::Watched
    }
}

/// How long the computer was awake from `then` to `now`.
pub fn awake_between(then: &Pace, now: &Pace) -> Duration {
    (now.steady - then.steady).max(Duration::zero())
}

/// The running span as the history views see it, shared between the loop
/// (which moves it) and the readers.
#[derive(Debug, Clone, Default)]
pub struct SharedSpan(Arc<Mutex<Option<Seen>>>);

#[derive(Debug, Clone, Copy)]
struct Seen {
    id: i64,
    until: DateTime<Utc>,
    real: Instant,
}

impl SharedSpan {
    pub fn set(&self, span: Option<(i64, DateTime<Utc>)>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = span.map(|(id, until)| Seen {
            id,
            until,
            real: Instant::now(),
        });
    }

    /// The span as watched at `now`: up to now while the loop turns, up to
    /// its last turn when it has not turned for `gap` (the process was just
    /// frozen and has not looked yet), none while the computer sleeps.
    pub fn live(&self, now: DateTime<Utc>, gap: Duration) -> Option<LiveSpan> {
        let seen = (*self.0.lock().unwrap_or_else(|e| e.into_inner()))?;
        let stale = Duration::from_std(seen.real.elapsed()).unwrap_or(Duration::MAX) > gap;
        Some(LiveSpan {
            id: seen.id,
            until: if stale {
                seen.until
            } else {
                now.max(seen.until)
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ManualClock;

    fn start() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-01T01:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn time_passing_awake_is_watched_a_sleep_or_a_step_forward_is_not() {
        let clock = ManualClock::new(start());
        let gap = Duration::seconds(45);
        let before = Pace::now(&*clock);
        clock.advance(Duration::minutes(9));
        let after = Pace::now(&*clock);
        assert_eq!(step(&before, &after, gap), Step::Watched);
        clock.sleep(Duration::hours(7));
        let woke = Pace::now(&*clock);
        assert_eq!(step(&after, &woke, gap), Step::Unwatched);
        clock.set(clock.now() + Duration::hours(1));
        let set_forward = Pace::now(&*clock);
        assert_eq!(step(&woke, &set_forward, gap), Step::Unwatched);
        clock.set(clock.now() - Duration::hours(1));
        let set_back = Pace::now(&*clock);
        assert_eq!(step(&set_forward, &set_back, gap), Step::SteppedBack);
        clock.set(clock.now() - Duration::seconds(1));
        assert_eq!(
            step(&set_back, &Pace::now(&*clock), gap),
            Step::Watched,
            "a second back is jitter"
        );
    }

    #[test]
    fn a_process_that_did_not_run_for_the_gap_watched_nothing() {
        let clock = ManualClock::new(start());
        let before = Pace::now(&*clock);
        std::thread::sleep(std::time::Duration::from_millis(30));
        let after = Pace::now(&*clock);
        assert_eq!(
            step(&before, &after, Duration::milliseconds(10)),
            Step::Unwatched
        );
        assert_eq!(step(&before, &after, Duration::seconds(45)), Step::Watched);
    }

    #[test]
    fn readers_see_the_span_to_now_only_while_the_loop_turns() {
        let shared = SharedSpan::default();
        assert_eq!(shared.live(start(), Duration::seconds(45)), None);
        shared.set(Some((7, start())));
        let later = start() + Duration::seconds(20);
        assert_eq!(
            shared.live(later, Duration::seconds(45)),
            Some(LiveSpan {
                id: 7,
                until: later
            })
        );
        std::thread::sleep(std::time::Duration::from_millis(30));
        assert_eq!(
            shared.live(later, Duration::milliseconds(10)),
            Some(LiveSpan {
                id: 7,
                until: start()
            }),
            "a loop that has not turned since is not watching"
        );
    }
}
