//! Waiting for a time on the injected clock: a moved `ManualClock` wakes its
//! waiters at once, so tests move time instead of waiting for it.

use crate::domain::Clock;
use chrono::{DateTime, FixedOffset, Utc};
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

/// Returns once `clock`'s local offset is no longer `offset`: the computer
/// was carried to another time zone, or went through a DST change. A
/// running clock is looked at every [`RECHECK_EVERY`] (its offset is cached
/// by chrono, which looks at the system's zone at most once a second).
pub async fn offset_change(clock: &dyn Clock, offset: FixedOffset) {
    loop {
        if clock.local_offset() != offset {
            return;
        }
        match clock.next_move() {
            Some(next_move) => {
                if clock.local_offset() != offset {
                    return;
                }
                next_move.await;
            }
            None => tokio::time::sleep(RECHECK_EVERY).await,
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
    async fn a_change_of_time_zone_wakes_whoever_waits_for_one() {
        let clock = ManualClock::new(start());
        let sao_paulo = FixedOffset::west_opt(3 * 3600).unwrap();
        clock.set_offset(sao_paulo);
        let waiter = {
            let clock = clock.clone();
            tokio::spawn(async move { offset_change(&*clock, sao_paulo).await })
        };
        clock.advance(Span::hours(1));
        tokio::task::yield_now().await;
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!waiter.is_finished(), "time passing is no change of zone");
        clock.set_offset(FixedOffset::east_opt(0).unwrap());
        tokio::time::timeout(Duration::from_secs(5), waiter)
            .await
            .expect("woken by the change of zone")
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
