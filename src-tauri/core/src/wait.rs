//! Waiting for a time on the injected clock: a moved `ManualClock` wakes its
//! waiters at once, so tests move time instead of waiting for it.

use crate::domain::Clock;
use chrono::{DateTime, Utc};
use std::time::Duration;

/// The longest real sleep between two looks at a running clock: the wall
/// clock can jump (a suspend, a correction), and a time it jumps past must
/// not wait for the sleep computed before the jump.
const RECHECK_EVERY: Duration = Duration::from_secs(30);

/// Returns once `clock` reads `time` or later.
pub async fn sleep_until(clock: &dyn Clock, time: DateTime<Utc>) {
    loop {
        if clock.now() >= time {
            return;
        }
        match clock.next_move() {
            // Listening first and then looking again: a move in between is
            // not missed.
            Some(next_move) => {
                if clock.now() >= time {
                    return;
                }
                next_move.await;
            }
            // A clock that runs by itself: sleep in real time.
            None => {
                let left = (time - clock.now()).to_std().unwrap_or_default();
                tokio::time::sleep(left.min(RECHECK_EVERY)).await;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ManualClock, SystemClock};
    use chrono::Duration as Span;

    fn start() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-30T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[tokio::test]
    async fn a_manual_clock_wakes_its_waiter_when_moved_past_the_time() {
        let clock = ManualClock::new(start());
        let waiter = {
            let clock = clock.clone();
            tokio::spawn(async move { sleep_until(&*clock, start() + Span::hours(4)).await })
        };
        clock.advance(Span::hours(3));
        tokio::task::yield_now().await;
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!waiter.is_finished(), "three hours are not four");
        clock.advance(Span::hours(1));
        tokio::time::timeout(Duration::from_secs(5), waiter)
            .await
            .expect("woken by the move, not by real time")
            .unwrap();
    }

    #[tokio::test]
    async fn a_time_already_reached_does_not_wait() {
        let clock = ManualClock::new(start());
        tokio::time::timeout(
            Duration::from_millis(100),
            sleep_until(&*clock, start() - Span::seconds(1)),
        )
        .await
        .expect("past time");
        tokio::time::timeout(
            Duration::from_millis(100),
            sleep_until(&SystemClock, Utc::now() - Span::seconds(1)),
        )
        .await
        .expect("past time on the system clock");
    }

    #[tokio::test]
    async fn the_system_clock_is_waited_for_in_real_time() {
        let began = std::time::Instant::now();
        sleep_until(&SystemClock, Utc::now() + Span::milliseconds(120)).await;
        assert!(
            began.elapsed() >= Duration::from_millis(100),
            "{:?}",
            began.elapsed()
        );
    }
}
