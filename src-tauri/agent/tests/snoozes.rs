//! A snooze that ends shows at once in the tray and on the cards, though the
//! monitor has nothing new to report until its next poll an hour later; a
//! snooze until 08:00 moves when the computer changes time zone.

mod common;

use chrono::{DateTime, FixedOffset, NaiveTime, Utc};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use waping_core::alerts::SnoozeFor;
use waping_core::domain::{Clock, ManualClock};
use waping_desk_agent::commands::ask;
use waping_desk_agent::shell::Desktop;
use waping_desk_agent::tray::{Entry, TrayView};
use waping_link::contract::args::SnoozeAlerts;
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

/// The tray's snooze submenu's label for `overview`, its times told in `offset`.
fn snooze_label(overview: &Overview, offset: FixedOffset) -> String {
    TrayView::from_overview(overview, offset)
        .menu
        .into_iter()
        .find_map(|e| match e {
            Entry::Submenu(label, _) if label.contains("nooze") => Some(label),
            _ => None,
        })
        .expect("a snooze submenu")
}

#[tokio::test]
async fn a_snooze_until_eight_tomorrow_moves_with_the_time_zone() {
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    let dir = common::data_dir("snooze-tomorrow-zone", Some(&common::polls_when_asked()));
    // 22:00 today in São Paulo (UTC-3).
    let sao_paulo = FixedOffset::west_opt(3 * 3600).unwrap();
    let lisbon = FixedOffset::east_opt(0).unwrap();
    let today = Utc::now().with_timezone(&sao_paulo).date_naive();
    let at = |hour: u32, offset: FixedOffset, days: u64| {
        (today + chrono::Days::new(days))
            .and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap())
            .and_local_timezone(offset)
            .unwrap()
            .with_timezone(&Utc)
    };
    let clock = ManualClock::new(at(22, sao_paulo, 0));
    clock.set_offset(sao_paulo);
    let tray = Arc::new(Tray::default());
    let agent = waping_desk_agent::start_with_clock(dir, tray.clone(), clock.clone())
        .await
        .unwrap();
    let service = agent.service.clone();
    service.overview_or_connect().await.unwrap();
    let (polled, _, _) = tray
        .until(0, "the first poll", |o| o.snapshot.updated_at.is_some())
        .await;

    // "Until tomorrow", as the page asks for it.
    let ends = ask(
        &service,
        SnoozeAlerts {
            device_id: None,
            duration: SnoozeFor::UntilTomorrow,
        },
    )
    .await
    .unwrap();
    let in_sao_paulo = at(8, sao_paulo, 1);
    assert_eq!(ends, Some(in_sao_paulo), "08:00 tomorrow in São Paulo");
    let (snoozed, _, overview) = tray
        .until(polled, "the snooze", |o| {
            o.snoozed_until == Some(in_sao_paulo)
        })
        .await;
    let label = snooze_label(&overview, sao_paulo);
    assert!(label.ends_with(" 8:00\u{202f}AM"), "{label}");

    // The laptop flies overnight to Lisbon (taken at UTC+0, its winter time).
    clock.advance(chrono::Duration::hours(6));
    clock.set_offset(lisbon);
    let in_lisbon = at(8, lisbon, 1);
    let (moved, _, overview) = tray
        .until(snoozed, "the end moved to 08:00 in Lisbon", |o| {
            o.snoozed_until == Some(in_lisbon)
        })
        .await;
    let label = snooze_label(&overview, lisbon);
    assert!(
        label.ends_with(" 8:00\u{202f}AM"),
        "the tray still says 8:00 AM: {label}"
    );
    // And it ends then, three hours before 08:00 in São Paulo.
    clock.set(in_lisbon + chrono::Duration::seconds(1));
    tray.until(moved, "the snooze ended at 08:00 in Lisbon", |o| {
        o.snoozed_until.is_none()
    })
    .await;
    agent.stop().await;
}
