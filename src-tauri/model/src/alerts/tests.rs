use super::*;
use crate::domain::Source;
use SessionState::*;

fn t(mins: i64) -> DateTime<Utc> {
    // 10:00 local at UTC+1.
    DateTime::parse_from_rfc3339("2026-11-25T09:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
        + Duration::minutes(mins)
}

/// Where the tests' computer is, unless it moves: UTC+1.
fn offset() -> FixedOffset {
    FixedOffset::east_opt(3600).unwrap()
}

/// The moment `t(mins)` at UTC+1, with as much steady time run: time passed
/// as the clock says.
fn m(mins: i64) -> Moment {
    Moment {
        at: t(mins),
        offset: offset(),
        steady: Duration::minutes(mins),
    }
}

fn policy() -> AlertPolicy {
    AlertPolicy::new(AlertConfig::default())
}

fn tr(from: Option<SessionState>, to: SessionState, at: i64, reason: Option<&str>) -> Transition {
    Transition {
        device_id: DeviceId::new("dev_1"),
        device_name: "Shop phone".into(),
        from,
        to,
        at: t(at),
        reason: reason.map(str::to_owned),
        source: Source::Poll,
        expected: false,
    }
}

/// Quiet from 22:00 to 07:00 local, no reminders.
pub(super) fn quiet_nights() -> AlertPolicy {
    AlertPolicy::new(AlertConfig {
        quiet_hours: Some((
            NaiveTime::from_hms_opt(22, 0, 0).unwrap(),
            NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
        )),
        reminder_every: None,
        ..AlertConfig::default()
    })
}

pub(super) fn kinds(alerts: &[Alert]) -> Vec<AlertKind> {
    alerts.iter().map(|a| a.kind).collect()
}

#[test]
fn a_drop_and_its_recovery_say_what_happened() {
    let mut p = policy();
    p.on_transition(&tr(None, Connected, -60, None), m(-60));
    let down = p.on_transition(
        &tr(Some(Connected), Disconnected, 42, Some("logged_out")),
        m(42),
    );
    assert_eq!(down.len(), 1);
    assert_eq!(down[0].kind, AlertKind::Down);
    assert_eq!(down[0].summary(Locale::En), "Shop phone disconnected");
    assert_eq!(
        down[0].body(Locale::En),
        "Since 10:42\u{202f}AM — logged out on the phone. Re-scan the QR code to restore sending."
    );
    let up = p.on_transition(&tr(Some(Disconnected), Connected, 56, None), m(56));
    assert_eq!(up.len(), 1);
    assert_eq!(up[0].summary(Locale::En), "Shop phone is connected again");
    assert_eq!(
        up[0].body(Locale::En),
        "Shop phone is connected again after 14 min."
    );
}

#[test]
fn degraded_alerts_only_once_it_has_lasted() {
    let mut p = policy();
    p.on_transition(&tr(None, Connected, -60, None), m(-60));
    assert!(p
        .on_transition(
            &tr(Some(Connected), Degraded, 0, Some("reconnecting")),
            m(0)
        )
        .is_empty());
    assert!(p.tick(m(1)).is_empty());
    let late = p.tick(m(2));
    assert_eq!(kinds(&late), vec![AlertKind::Degraded]);
    assert_eq!(
        late[0].body(Locale::En),
        "Degraded since 10:00\u{202f}AM — reconnecting. Messages may be delayed."
    );
    assert!(p.tick(m(3)).is_empty(), "once");
    let up = p.on_transition(&tr(Some(Degraded), Connected, 5, None), m(5));
    assert_eq!(
        up[0].body(Locale::En),
        "Shop phone is connected again after 5 min."
    );
}

#[test]
fn a_short_wobble_is_silent_both_ways() {
    let mut p = policy();
    p.on_transition(&tr(None, Connected, -60, None), m(-60));
    assert!(p
        .on_transition(&tr(Some(Connected), Degraded, 0, None), m(0))
        .is_empty());
    assert!(p.tick(m(1)).is_empty());
    assert!(p
        .on_transition(&tr(Some(Degraded), Connected, 1, None), m(1))
        .is_empty());
    assert!(p.tick(m(10)).is_empty());
}

#[test]
fn reminders_repeat_until_recovery_and_respect_a_snooze() {
    let mut p = policy();
    p.on_transition(&tr(None, Connected, -60, None), m(-60));
    p.on_transition(
        &tr(Some(Connected), Disconnected, 0, Some("phone_offline")),
        m(0),
    );
    assert!(p.tick(m(29)).is_empty());
    let first = p.tick(m(30));
    assert_eq!(kinds(&first), vec![AlertKind::Reminder]);
    assert_eq!(
        first[0].summary(Locale::En),
        "Shop phone is still disconnected"
    );
    assert!(
        first[0]
            .body(Locale::En)
            .starts_with("Since 10:00\u{202f}AM (30 min) — the phone is offline"),
        "{}",
        first[0].body(Locale::En)
    );
    assert!(p.tick(m(45)).is_empty());
    p.snooze(
        Some(DeviceId::new("dev_1")),
        SnoozeFor::OneHour.end(t(50), offset()),
    );
    assert!(p.tick(m(60)).is_empty());
    assert!(p.tick(m(109)).is_empty());
    assert_eq!(kinds(&p.tick(m(110))), vec![AlertKind::Reminder]);
    assert_eq!(
        kinds(&p.on_transition(&tr(Some(Disconnected), Connected, 120, None), m(120))),
        vec![AlertKind::Up]
    );
    assert!(p.tick(m(200)).is_empty());
}

#[test]
fn snoozing_everything_silences_every_device() {
    let mut p = policy();
    p.snooze(None, SnoozeFor::FourHours.end(t(0), offset()));
    p.on_transition(&tr(None, Connected, -60, None), m(-60));
    assert!(p
        .on_transition(&tr(Some(Connected), Disconnected, 1, None), m(1))
        .is_empty());
    assert!(p.tick(m(100)).is_empty());
    // Once the snooze ends, the drop that is still going on is announced.
    assert_eq!(kinds(&p.tick(m(240))), vec![AlertKind::Down]);
}

#[test]
fn the_next_snooze_to_end_is_the_earliest_of_all_and_each_device() {
    let mut s = Snoozes::default();
    assert_eq!(s.next_end(offset()), None);
    s.set(None, t(240));
    s.set(Some(DeviceId::new("dev_1")), t(60));
    s.set(Some(DeviceId::new("dev_2")), t(120));
    assert_eq!(s.next_end(offset()), Some(t(60)));
    // Past its end a snooze is dropped, and the next one takes over.
    assert_eq!(s.active(t(60), offset()).next_end(offset()), Some(t(120)));
    assert_eq!(s.active(t(240), offset()).next_end(offset()), None);
}

#[test]
fn no_device_alerts_while_waping_is_unreachable() {
    let mut p = policy();
    p.on_transition(&tr(None, Connected, -60, None), m(-60));
    p.on_transition(&tr(Some(Connected), Disconnected, 0, None), m(0));
    p.set_gateway_ok(false);
    assert!(p.tick(m(30)).is_empty(), "no reminder from stale states");
    assert!(p
        .on_transition(&tr(Some(Disconnected), Connected, 31, None), m(31))
        .is_empty());
    p.set_gateway_ok(true);
    // The drop was told before WAPing went quiet: its end is told once it answers.
    let up = p.tick(m(90));
    assert_eq!(kinds(&up), vec![AlertKind::Up]);
    assert_eq!(
        up[0].body(Locale::En),
        "Shop phone is connected again after 31 min."
    );
    assert!(p.tick(m(91)).is_empty(), "told once");
}

#[test]
fn a_recovery_during_quiet_hours_is_told_in_the_morning_unless_it_dropped_again() {
    let mut p = quiet_nights();
    let evening = 11 * 60; // 21:00 local
    p.on_transition(&tr(None, Connected, 0, None), m(0));
    let down = p.on_transition(
        &tr(Some(Connected), Disconnected, evening, None),
        m(evening),
    );
    assert_eq!(
        kinds(&down),
        vec![AlertKind::Down],
        "told before the quiet hours"
    );
    let night = evening + 120; // 23:00
    assert!(p
        .on_transition(&tr(Some(Disconnected), Connected, night, None), m(night))
        .is_empty());
    assert!(p.tick(m(night + 6 * 60)).is_empty(), "05:00 is still quiet");
    let morning = p.tick(m(night + 8 * 60));
    assert_eq!(kinds(&morning), vec![AlertKind::Up]);
    assert_eq!(
        morning[0].body(Locale::En),
        "Shop phone is connected again after 2 h."
    );

    // A recovery not yet told is dropped by a new drop: the phone is down again.
    let mut q = policy();
    q.on_transition(&tr(None, Connected, 0, None), m(0));
    q.on_transition(&tr(Some(Connected), Disconnected, 10, None), m(10));
    q.set_gateway_ok(false);
    q.on_transition(&tr(Some(Disconnected), Connected, 20, None), m(20));
    q.on_transition(&tr(Some(Connected), Disconnected, 25, None), m(25));
    q.set_gateway_ok(true);
    assert!(
        !kinds(&q.tick(m(26))).contains(&AlertKind::Up),
        "no stale 'connected again'"
    );
}

#[test]
fn quiet_hours_wrap_midnight_and_the_drop_is_told_in_the_morning() {
    let mut p = quiet_nights();
    let night = 13 * 60; // 23:00 local
    p.on_transition(&tr(None, Connected, 0, None), m(0));
    assert!(p
        .on_transition(&tr(Some(Connected), Disconnected, night, None), m(night))
        .is_empty());
    assert!(p.tick(m(night + 7 * 60)).is_empty(), "06:00 is still quiet");
    let morning = p.tick(m(night + 8 * 60));
    assert_eq!(kinds(&morning), vec![AlertKind::Down]);
    assert!(
        morning[0]
            .body(Locale::En)
            .starts_with("Since 11:00\u{202f}PM (8 h)"),
        "{}",
        morning[0].body(Locale::En)
    );
}

#[test]
fn expected_and_first_sight_changes_are_history_only() {
    let mut p = policy();
    assert!(p
        .on_transition(&tr(None, Disconnected, 0, None), m(0))
        .is_empty());
    assert!(p.tick(m(5)).is_empty());
    assert_eq!(
        kinds(&p.tick(m(30))),
        vec![AlertKind::Reminder],
        "a device found down is reminded about"
    );
    let mut scan = tr(Some(Disconnected), Connected, 31, None);
    assert_eq!(kinds(&p.on_transition(&scan, m(31))), vec![AlertKind::Up]);
    scan = tr(Some(Connected), Degraded, 32, None);
    scan.expected = true;
    assert!(p.on_transition(&scan, m(32)).is_empty());
    scan = tr(Some(Degraded), Connected, 33, None);
    scan.expected = true;
    assert!(p.on_transition(&scan, m(33)).is_empty());
    assert!(
        p.tick(m(40)).is_empty(),
        "the reconnect after a scan never alerts"
    );
}

#[test]
fn a_degraded_phone_found_at_start_is_not_announced_again() {
    // As after a restart of the monitor (saving settings): the state is
    // seeded from history, long Degraded already.
    let mut p = policy();
    assert!(p
        .on_transition(&tr(None, Degraded, -60, Some("reconnecting")), m(0))
        .is_empty());
    assert!(p.tick(m(3)).is_empty(), "already shown on the card");
    assert_eq!(kinds(&p.tick(m(30))), vec![AlertKind::Reminder]);
}

#[test]
fn unknown_and_unlinked_never_alert() {
    let mut p = policy();
    p.on_transition(&tr(None, Connected, 0, None), m(0));
    assert!(p
        .on_transition(&tr(Some(Connected), Unknown, 1, None), m(1))
        .is_empty());
    assert!(p
        .on_transition(&tr(Some(Unknown), Unlinked, 2, None), m(2))
        .is_empty());
    assert!(p.tick(m(120)).is_empty());
}

#[test]
fn a_drop_that_comes_back_through_unlinked_or_unknown_is_told_once_each_way() {
    let mut p = policy();
    p.on_transition(&tr(None, Connected, 0, None), m(0));
    let down = p.on_transition(
        &tr(Some(Connected), Disconnected, 10, Some("logged_out")),
        m(10),
    );
    assert_eq!(kinds(&down), vec![AlertKind::Down]);
    // WAPing tears the session down, shows a status it has no word for, then Disconnected again.
    assert!(p
        .on_transition(&tr(Some(Disconnected), Unknown, 12, None), m(12))
        .is_empty());
    assert!(p
        .on_transition(&tr(Some(Unknown), Disconnected, 13, None), m(13))
        .is_empty());
    assert!(p
        .on_transition(&tr(Some(Disconnected), Unlinked, 15, None), m(15))
        .is_empty());
    let reminder = p.tick(m(41));
    assert_eq!(kinds(&reminder), vec![AlertKind::Reminder]);
    assert_eq!(
        reminder[0].summary(Locale::En),
        "Shop phone is still disconnected"
    );
    assert!(
        reminder[0]
            .body(Locale::En)
            .contains("Since 10:10\u{202f}AM")
            && reminder[0].body(Locale::En).contains("logged out"),
        "{}",
        reminder[0].body(Locale::En)
    );
    // The re-scan links it again.
    let up = p.on_transition(&tr(Some(Unlinked), Connected, 50, None), m(50));
    assert_eq!(kinds(&up), vec![AlertKind::Up]);
    assert_eq!(
        up[0].body(Locale::En),
        "Shop phone is connected again after 40 min."
    );
    assert!(p.tick(m(200)).is_empty());
}

#[test]
fn snooze_until_tomorrow_means_eight_in_the_morning() {
    let offset = offset();
    let until = SnoozeFor::UntilTomorrow.end(t(0), offset).instant(offset);
    assert_eq!(
        until.with_timezone(&offset).to_rfc3339(),
        "2026-11-26T08:00:00+01:00"
    );
}

#[test]
fn snoozes_resume_one_device_or_everything_and_expire() {
    let (shop, sales) = (DeviceId::new("dev_1"), DeviceId::new("dev_2"));
    let mut s = Snoozes::default();
    s.set(Some(shop.clone()), t(60));
    s.set(Some(sales.clone()), t(240));
    assert!(s.silences(&shop, t(0), offset()) && s.silences(&sales, t(0), offset()));
    assert!(!s.silences(&shop, t(60), offset()), "ends at its time");
    assert_eq!(
        s.active(t(61), offset()).devices.keys().collect::<Vec<_>>(),
        vec![&sales]
    );

    s.resume(Some(&sales));
    assert!(!s.silences(&sales, t(0), offset()));
    assert!(
        s.silences(&shop, t(0), offset()),
        "the other device stays snoozed"
    );

    s.set(None, t(120));
    assert!(
        s.silences(&sales, t(100), offset()),
        "snoozing all covers every device"
    );
    s.resume(None);
    assert_eq!(
        s,
        Snoozes::default(),
        "resuming all clears device snoozes too"
    );

    // The policy follows a set handed to it whole.
    let mut p = policy();
    p.on_transition(&tr(None, Connected, -60, None), m(-60));
    let mut only_shop = Snoozes::default();
    only_shop.set(Some(shop), t(30));
    p.set_snoozes(only_shop.clone());
    assert_eq!(p.snoozes(), &only_shop);
    assert!(p
        .on_transition(&tr(Some(Connected), Disconnected, 1, None), m(1))
        .is_empty());
    p.set_snoozes(Snoozes::default());
    assert_eq!(
        kinds(&p.tick(m(3))),
        vec![AlertKind::Down],
        "told once resumed"
    );
}

#[test]
fn snoozes_saved_as_instants_still_read_and_a_morning_end_stays_a_wall_clock_time() {
    // As the settings file held them before ends at a wall-clock time.
    let saved: Snoozes = serde_json::from_str(
        r#"{"all":"2026-11-25T10:00:00Z","devices":{"dev_1":"2026-11-25T11:00:00Z"}}"#,
    )
    .unwrap();
    assert_eq!(saved.all, Some(SnoozeEnd::At(t(60))));
    assert_eq!(
        saved.devices.get(&DeviceId::new("dev_1")),
        Some(&SnoozeEnd::At(t(120)))
    );
    let mut s = Snoozes::default();
    s.set(None, SnoozeFor::UntilTomorrow.end(t(0), offset()));
    let json = serde_json::to_string(&s).unwrap();
    assert_eq!(
        json,
        r#"{"all":{"local":"2026-11-26T08:00:00"},"devices":{}}"#
    );
    let back: Snoozes = serde_json::from_str(&json).unwrap();
    assert_eq!(
        back, s,
        "read back after a restart, still 08:00 wherever it is"
    );
}

/// The words of an Arabic message without the marks that isolate its
/// placeables.
fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn the_same_drop_is_told_in_the_language_of_the_moment_it_is_shown() {
    let mut p = policy();
    p.on_transition(&tr(None, Connected, -60, None), m(-60));
    let down = p.on_transition(
        &tr(Some(Connected), Disconnected, 42, Some("logged_out")),
        m(42),
    );
    assert_eq!(down[0].summary(Locale::PtBr), "Shop phone desconectado");
    assert_eq!(
        down[0].body(Locale::PtBr),
        "Desde 10:42 — a sessão foi encerrada no celular. \
         Escaneie o código QR de novo para voltar a enviar."
    );
    assert_eq!(plain(down[0].summary(Locale::Ar)), "انقطع اتصال Shop phone");
    let ar = plain(down[0].body(Locale::Ar));
    assert!(
        ar.starts_with("منذ ") && ar.contains("تم تسجيل الخروج من الهاتف"),
        "{ar}"
    );
    let up = p.on_transition(&tr(Some(Disconnected), Connected, 56, None), m(56));
    assert_eq!(
        up[0].body(Locale::De),
        "Shop phone ist wieder verbunden (Ausfall: 14 Min.)."
    );
    assert_eq!(
        plain(up[0].body(Locale::Ar)),
        "عاد اتصال Shop phone بعد 14 دقيقة."
    );
}

#[test]
fn what_happened_while_asleep_is_one_notification_in_the_language() {
    let mut p = policy();
    p.on_transition(&tr(None, Connected, -60, None), m(-60));
    let drop = tr(Some(Connected), Disconnected, 14, Some("logged_out"));
    let told = p.on_transition(&drop, m(300));
    let summary = p
        .while_asleep(&[(drop, told[0].clone())], m(300))
        .expect("a drop to tell");
    assert_eq!(summary.kind, AlertKind::WhileAsleep);
    assert_eq!(
        summary.summary(Locale::PtBr),
        "Enquanto este computador estava em repouso"
    );
    assert_eq!(
        summary.body(Locale::PtBr),
        "Shop phone desconectou às 10:14 — ainda fora do ar"
    );
    assert_eq!(
        summary.body(Locale::En),
        "Shop phone disconnected at 10:14\u{202f}AM — still down"
    );
}
