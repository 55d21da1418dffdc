//! A snooze that ends shows at once in the tray and on the cards, though the
//! monitor has nothing new to report until its next poll an hour later.

mod common;

use chrono::{DateTime, Utc};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use waping_core::domain::{Clock, ManualClock};
use waping_desk_agent::shell::Desktop;
use waping_link::views::Overview;

/// What the tray was told to show, and when.
#[derive(Default)]
struct Tray {
    shown: Mutex<Vec<(DateTime<Utc>, Overview)>>,
}

impl Desktop for Tray {
    fn show_state(&self, overview: &Overview) {
        let mut shown = self.shown.lock().unwrap();
        shown.push((Utc::now(), overview.clone()));
    }
    fn launch_window(&self, _device: Option<&str>) {}
}

impl Tray {
    /// The first overview shown after the first `skip` that passes `test`.
    async fn until(
        &self,
        skip: usize,
        what: &str,
        test: impl Fn(&Overview) -> bool,
    ) -> (usize, DateTime<Utc>, Overview) {
        for _ in 0..500 {
            {
                let shown = self.shown.lock().unwrap();
                if let Some((i, (at, o))) = shown
                    .iter()
                    .enumerate()
                    .skip(skip)
                    .find(|(_, (_, o))| test(o))
                {
                    return (i, *at, o.clone());
                }
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("the tray was never shown {what}");
    }
}

#[tokio::test]
async fn the_tray_shows_a_snooze_ending_when_it_ends() {
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    // One poll at start, the next an hour later: nothing else would show again.
    let dir = common::data_dir("snooze-ends", Some(&common::polls_when_asked()));

    let tray = Arc::new(Tray::default());
    let agent = waping_desk_agent::start(dir, tray.clone()).await.unwrap();
    let service = agent.service.clone();
    service.overview_or_connect().await.unwrap();
    let (polled, _, _) = tray
        .until(0, "the first poll", |o| o.snapshot.updated_at.is_some())
        .await;

    let ends = Utc::now() + chrono::Duration::milliseconds(800);
    service.connection.snooze(&service.shell, None, ends).await;
    let (snoozed, _, _) = tray
        .until(polled, "the snooze", |o| o.snoozed_until == Some(ends))
        .await;
    let (_, shown_at, overview) = tray
        .until(snoozed, "the snooze ended", |o| o.snoozed_until.is_none())
        .await;
    assert!(shown_at >= ends, "shown ended before it ended");
    assert!(
        shown_at - ends < chrono::Duration::seconds(3),
        "shown {} ms after it ended",
        (shown_at - ends).num_milliseconds()
    );
    assert!(overview.snapshot.updated_at.is_some());
    agent.stop().await;
}

#[tokio::test]
async fn a_snooze_ends_when_the_agents_clock_is_moved_past_its_end() {
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    // One poll at start, the next an hour later.
    let dir = common::data_dir("snooze-ends-moved", Some(&common::polls_when_asked()));

    let clock = ManualClock::new(Utc::now());
    let tray = Arc::new(Tray::default());
    let agent = waping_desk_agent::start_with_clock(dir, tray.clone(), clock.clone())
        .await
        .unwrap();
    let service = agent.service.clone();
    service.overview_or_connect().await.unwrap();
    let (polled, _, _) = tray
        .until(0, "the first poll", |o| o.snapshot.updated_at.is_some())
        .await;

    let ends = clock.now() + chrono::Duration::hours(1);
    service.connection.snooze(&service.shell, None, ends).await;
    let (snoozed, _, _) = tray
        .until(polled, "the snooze", |o| o.snoozed_until == Some(ends))
        .await;
    // Time for the agent to settle into waiting for the end (nothing shows
    // that it has); then an hour passes on its clock and none in real time.
    tokio::time::sleep(Duration::from_millis(300)).await;
    clock.advance(chrono::Duration::hours(1) + chrono::Duration::seconds(1));
    let moved = std::time::Instant::now();
    let (_, _, overview) = tray
        .until(snoozed, "the snooze ended", |o| o.snoozed_until.is_none())
        .await;
    assert!(
        moved.elapsed() < Duration::from_secs(3),
        "shown {:?} after the clock passed the end",
        moved.elapsed()
    );
    assert!(overview.snapshot.updated_at.is_some());
    agent.stop().await;
}
