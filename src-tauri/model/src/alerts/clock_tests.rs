//! The policy on a clock that moves as a laptop's does: carried to another
//! time zone, through a DST change, set back and forward by NTP.

use super::*;
use crate::domain::{Clock, ManualClock, Source};
use SessionState::*;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn hours(h: i32) -> FixedOffset {
    FixedOffset::east_opt(h * 3600).unwrap()
}

fn change(
    device: &str,
    from: Option<SessionState>,
    to: SessionState,
    at: DateTime<Utc>,
) -> Transition {
    Transition {
        device_id: DeviceId::new(device),
        device_name: device.replace("dev_", "Phone "),
        from,
        to,
        at,
        reason: None,
        source: Source::Poll,
        expected: false,
    }
}

use super::tests::{kinds, quiet_nights};

/// `device` goes from `from` to `to` now, as the clock reads.
fn goes(
    p: &mut AlertPolicy,
    clock: &ManualClock,
    device: &str,
    from: Option<SessionState>,
    to: SessionState,
) -> Vec<Alert> {
    p.on_transition(&change(device, from, to, clock.now()), clock.moment())
}

#[test]
fn quiet_hours_follow_the_laptop_from_sao_paulo_to_lisbon() {
    // Noon in São Paulo (UTC-3), quiet from 22:00 to 07:00.
    let clock = ManualClock::new(utc("2026-11-25T15:00:00Z"));
    clock.set_offset(hours(-3));
    let mut p = quiet_nights();
    goes(&mut p, &clock, "dev_1", None, Connected);
    // The laptop flies to Lisbon (UTC+0 in November) and lands at 23:00.
    clock.advance(Duration::hours(8));
    clock.set_offset(hours(0));
    clock.advance(Duration::minutes(30));
    // 23:30 in Lisbon is 20:30 in São Paulo.
    let drop = goes(&mut p, &clock, "dev_1", Some(Connected), Disconnected);
    assert!(
        drop.is_empty(),
        "23:30 where the laptop is is quiet: {drop:?}"
    );
    clock.advance(Duration::minutes(15));
    assert!(p.tick(clock.moment()).is_empty(), "23:45 is quiet too");
    clock.advance(Duration::minutes(45));
    assert!(goes(&mut p, &clock, "dev_1", Some(Disconnected), Connected).is_empty());
    // 07:30 in Lisbon is 04:30 in São Paulo: quiet there, not here.
    clock.advance(Duration::hours(7));
    let drop = goes(&mut p, &clock, "dev_1", Some(Connected), Disconnected);
    assert_eq!(
        kinds(&drop),
        [AlertKind::Down],
        "07:30 in Lisbon is morning"
    );
    assert!(
        drop[0]
            .body(Locale::En)
            .starts_with("Since 7:30\u{202f}AM "),
        "{}",
        drop[0].body(Locale::En)
    );
}

#[test]
fn quiet_hours_keep_to_the_local_clock_through_a_dst_change() {
    // Lisbon springs forward at 01:00 UTC on 29 March 2026: +00 becomes +01.
    let clock = ManualClock::new(utc("2026-03-28T20:00:00Z"));
    clock.set_offset(hours(0));
    let mut p = quiet_nights();
    goes(&mut p, &clock, "dev_1", None, Connected);
    clock.advance(Duration::hours(5));
    clock.set_offset(hours(1));
    clock.advance(Duration::minutes(5 * 60 + 30));
    // 06:30 UTC is 07:30 summer time.
    let drop = goes(&mut p, &clock, "dev_1", Some(Connected), Disconnected);
    assert_eq!(
        kinds(&drop),
        [AlertKind::Down],
        "07:30 summer time is past the quiet hours"
    );
    assert!(
        drop[0]
            .body(Locale::En)
            .starts_with("Since 7:30\u{202f}AM "),
        "{}",
        drop[0].body(Locale::En)
    );

    // It falls back at 01:00 UTC on 25 October: +01 becomes +00.
    let clock = ManualClock::new(utc("2026-10-24T20:00:00Z"));
    clock.set_offset(hours(1));
    let mut p = quiet_nights();
    goes(&mut p, &clock, "dev_1", None, Connected);
    clock.advance(Duration::hours(5));
    clock.set_offset(hours(0));
    clock.advance(Duration::minutes(5 * 60 + 30));
    // 06:30 UTC is 06:30 winter time.
    let drop = goes(&mut p, &clock, "dev_1", Some(Connected), Disconnected);
    assert!(drop.is_empty(), "06:30 winter time is quiet: {drop:?}");
    clock.advance(Duration::minutes(30));
    let morning = p.tick(clock.moment());
    assert_eq!(kinds(&morning), [AlertKind::Down], "told at 07:00");
    assert!(
        morning[0]
            .body(Locale::En)
            .starts_with("Since 6:30\u{202f}AM (30 min)"),
        "{}",
        morning[0].body(Locale::En)
    );
}

#[test]
fn until_eight_tomorrow_is_eight_where_the_laptop_is_when_it_ends() {
    // 22:00 on 30 November in São Paulo.
    let clock = ManualClock::new(utc("2026-12-01T01:00:00Z"));
    clock.set_offset(hours(-3));
    let set = clock.moment();
    let tomorrow = SnoozeFor::UntilTomorrow.end(set.at, set.offset);
    let an_hour = SnoozeFor::OneHour.end(set.at, set.offset);
    assert_eq!(
        tomorrow.instant(set.offset),
        utc("2026-12-01T11:00:00Z"),
        "08:00 in São Paulo"
    );
    let mut p = AlertPolicy::new(AlertConfig::default());
    p.snooze(None, tomorrow);
    goes(&mut p, &clock, "dev_1", None, Connected);
    // The laptop flies to Lisbon overnight.
    clock.advance(Duration::hours(6));
    clock.set_offset(hours(0));
    assert_eq!(
        p.snoozes().next_end(clock.local_offset()),
        Some(utc("2026-12-01T08:00:00Z")),
        "08:00 in Lisbon"
    );
    assert_eq!(
        an_hour.instant(hours(0)),
        set.at + Duration::hours(1),
        "a snooze for an hour stays an hour"
    );
    clock.advance(Duration::minutes(30));
    let drop = goes(&mut p, &clock, "dev_1", Some(Connected), Disconnected);
    assert!(drop.is_empty(), "still snoozed at 07:30: {drop:?}");
    // 08:15 in Lisbon, 05:15 in São Paulo.
    clock.advance(Duration::minutes(45));
    assert_eq!(
        kinds(&p.tick(clock.moment())),
        [AlertKind::Down],
        "the snooze ended at 08:00 where the laptop is"
    );
}

#[test]
fn a_clock_set_back_then_forward_an_hour_neither_holds_back_nor_hurries_an_alert() {
    // 10:00 at UTC+1; Degraded is told after 2 min, reminders every 30.
    let clock = ManualClock::new(utc("2026-11-25T09:00:00Z"));
    clock.set_offset(hours(1));
    let mut p = AlertPolicy::new(AlertConfig::default());
    goes(&mut p, &clock, "dev_1", None, Connected);
    goes(&mut p, &clock, "dev_2", None, Connected);
    let down = goes(&mut p, &clock, "dev_1", Some(Connected), Disconnected);
    assert_eq!(kinds(&down), [AlertKind::Down]);

    // Five minutes on, NTP sets the clock back an hour: it reads 09:05.
    clock.advance(Duration::minutes(5));
    clock.set(clock.now() - Duration::hours(1));
    clock.advance(Duration::minutes(24));
    assert!(
        p.tick(clock.moment()).is_empty(),
        "29 minutes after the drop"
    );
    clock.advance(Duration::minutes(1));
    let reminder = p.tick(clock.moment());
    assert_eq!(
        kinds(&reminder),
        [AlertKind::Reminder],
        "30 minutes after the drop, though the clock reads 09:30"
    );
    assert!(
        reminder[0]
            .body(Locale::En)
            .starts_with("Since 10:00\u{202f}AM (30 min)"),
        "{}",
        reminder[0].body(Locale::En)
    );

    // The other phone turns Degraded at 09:31 by the clock; then NTP sets
    // it forward the hour again, and no time passes.
    clock.advance(Duration::minutes(1));
    assert!(goes(&mut p, &clock, "dev_2", Some(Connected), Degraded).is_empty());
    clock.set(clock.now() + Duration::hours(1));
    assert!(
        p.tick(clock.moment()).is_empty(),
        "neither a reminder nor a lasting Degraded from a clock set forward"
    );
    clock.advance(Duration::minutes(2));
    assert_eq!(
        kinds(&p.tick(clock.moment())),
        [AlertKind::Degraded],
        "Degraded for two minutes"
    );
    clock.advance(Duration::minutes(26));
    assert!(
        p.tick(clock.moment()).is_empty(),
        "29 minutes since the reminder"
    );
    clock.advance(Duration::minutes(1));
    let again = p.tick(clock.moment());
    assert_eq!(kinds(&again), [AlertKind::Reminder]);
    assert!(
        again[0]
            .body(Locale::En)
            .starts_with("Since 10:00\u{202f}AM (1 h)"),
        "{}",
        again[0].body(Locale::En)
    );
    let up = goes(&mut p, &clock, "dev_2", Some(Degraded), Connected);
    assert_eq!(
        up[0].body(Locale::En),
        "Phone 2 is connected again after 29 min.",
        "measured as it passed, not from 09:31 to 11:00 by the clock"
    );
}
