//! The words every surface shows: a state's label, a reason's, a duration,
//! "… ago", and which state is worst. The tray, notifications, the command
//! line and the window's views all take them from here, in the catalog of
//! the language they speak, so that they read the same everywhere.

use super::{reason, OutageEnd, SegmentKind, SessionState};
use crate::i18n::Catalog;
use chrono::{DateTime, Duration, Utc};
use std::cmp::Ordering;

/// A state as a person reads it; an Unknown one names the status WAPing
/// sent (`raw_status`, already made safe to show by the caller if needed).
pub fn state_label(c: &Catalog, state: SessionState, raw_status: &str) -> String {
    match state {
        SessionState::Unknown => c.with("state-unknown", &[("status", raw_status.into())]),
        SessionState::Unlinked => c.text("state-unlinked"),
        SessionState::Connected => c.text("state-connected"),
        SessionState::Degraded => c.text("state-degraded"),
        SessionState::Disconnected => c.text("state-disconnected"),
    }
}

/// What a stretch of a timeline shows, as its legend and details name it.
pub fn segment_label(c: &Catalog, kind: SegmentKind) -> String {
    c.text(match kind {
        SegmentKind::Connected => "segment-connected",
        SegmentKind::Degraded => "segment-degraded",
        SegmentKind::Disconnected => "segment-disconnected",
        SegmentKind::Unlinked => "segment-unlinked",
        SegmentKind::Unknown => "segment-unknown",
        SegmentKind::Unreachable => "segment-unreachable",
        SegmentKind::Offline => "segment-offline",
        SegmentKind::NoData => "segment-no-data",
    })
}

/// How an outage ended, as its row and the outage filter say it.
pub fn outage_end_label(c: &Catalog, ended: OutageEnd) -> String {
    c.text(match ended {
        OutageEnd::Rescan => "outage-end-rescan",
        OutageEnd::ByItself => "outage-end-by-itself",
        OutageEnd::Ongoing => "outage-end-ongoing",
    })
}

/// A reason as a line of its own on a card: its words, starting with a
/// capital (the words themselves also run on inside sentences).
pub fn reason_label(c: &Catalog, reason: &str) -> String {
    let text = reason::text(c, reason);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

/// How urgent a state is: 0 is the worst, so that sorting by it puts what
/// needs attention first. An Unknown status ranks above Unlinked: it may be
/// a fault, where Unlinked only waits for a scan.
pub fn severity(state: SessionState) -> u8 {
    match state {
        SessionState::Disconnected => 0,
        SessionState::Degraded => 1,
        SessionState::Unknown => 2,
        SessionState::Unlinked => 3,
        SessionState::Connected => 4,
    }
}

/// Worst state first, then by name, then by id (so that the order is the
/// same for every list with the same devices).
pub fn worst_first(a: (SessionState, &str, &str), b: (SessionState, &str, &str)) -> Ordering {
    severity(a.0)
        .cmp(&severity(b.0))
        .then_with(|| a.1.cmp(b.1))
        .then_with(|| a.2.cmp(b.2))
}

/// "45 s", "14 min", "2 h 5 min", "3 d 4 h" (in English); never negative.
/// Numbers go to the catalog as numbers: grouped and pluralised there.
pub fn human_duration(c: &Catalog, d: Duration) -> String {
    let secs = d.num_seconds().max(0);
    let (days, hours, mins) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    match secs {
        0..=59 => c.with("duration-seconds", &[("seconds", secs.into())]),
        60..=3599 => c.with("duration-minutes", &[("minutes", mins.into())]),
        3600..=86_399 if mins == 0 => c.with("duration-hours", &[("hours", hours.into())]),
        3600..=86_399 => c.with(
            "duration-hours-minutes",
            &[("hours", hours.into()), ("minutes", mins.into())],
        ),
        _ if hours == 0 => c.with("duration-days", &[("days", days.into())]),
        _ => c.with(
            "duration-days-hours",
            &[("days", days.into()), ("hours", hours.into())],
        ),
    }
}

/// A span of milliseconds, as history measures them.
pub fn human_millis(c: &Catalog, ms: i64) -> String {
    human_duration(c, Duration::milliseconds(ms))
}

/// "12 s ago", "5 min ago", "3 h ago", "2 d ago": a moment in the past, to
/// the coarsest unit (a moment ahead of `now` reads as 0 s ago).
pub fn ago(c: &Catalog, now: DateTime<Utc>, then: DateTime<Utc>) -> String {
    let secs = (now - then).num_seconds().max(0);
    // One message per unit: "ago" changes the unit's case in some
    // languages ("vor 2 Tagen", "منذ يومين").
    match secs {
        0..=59 => c.with("ago-seconds", &[("seconds", secs.into())]),
        60..=3599 => c.with("ago-minutes", &[("minutes", (secs / 60).into())]),
        3600..=86_399 => c.with("ago-hours", &[("hours", (secs / 3600).into())]),
        _ => c.with("ago-days", &[("days", (secs / 86_400).into())]),
    }
}

/// [`ago`] for text that stays on screen until the next minute: seconds
/// would be wrong a moment later, so under a minute it is "just now";
/// `None` is "never".
pub fn live_ago(c: &Catalog, now: DateTime<Utc>, then: Option<DateTime<Utc>>) -> String {
    match then {
        None => c.text("never"),
        Some(then) if now - then < Duration::minutes(1) => c.text("just-now"),
        Some(then) => ago(c, now, then),
    }
}

/// The next moment after `now` at which text measured from `since` may read
/// differently: the next whole minute since `since` (every unit above
/// seconds turns on a minute), or `since` itself while it is ahead.
pub fn next_minute(since: DateTime<Utc>, now: DateTime<Utc>) -> DateTime<Utc> {
    let elapsed = (now - since).num_seconds();
    if elapsed < 0 {
        return since;
    }
    since + Duration::minutes(elapsed / 60 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn en() -> &'static Catalog {
        Catalog::of(Locale::En)
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn every_known_reason_has_its_words_and_a_capital() {
        for (code, label) in [
            ("logged_out", "Logged out on the phone"),
            (
                "phone_offline",
                "The phone is offline (check its battery, internet and background limits)",
            ),
            (
                "offline",
                "The phone is offline (check its battery, internet and background limits)",
            ),
            (
                "idle",
                "Idle too long (a phone unused for about 14 days logs its linked devices out)",
            ),
            ("policy", "Cut by WhatsApp policy"),
            ("reinstall", "WhatsApp was reinstalled on the phone"),
            ("security", "A security prompt on the phone needs attention"),
            (
                "security_prompt",
                "A security prompt on the phone needs attention",
            ),
            ("reconnecting", "Reconnecting"),
            (reason::NO_ACTIVITY, "No activity seen"),
            (" LOGGED_OUT ", "Logged out on the phone"),
        ] {
            assert_eq!(reason_label(en(), code), label, "{code}");
        }
    }

    #[test]
    fn an_unknown_reason_is_its_code_in_words() {
        assert_eq!(reason_label(en(), "quota_exceeded"), "Quota exceeded");
        assert_eq!(reason::text(en(), "quota_exceeded"), "quota exceeded");
        assert_eq!(reason_label(en(), ""), "");
        assert_eq!(reason_label(en(), "élan_vital"), "Élan vital");
    }

    #[test]
    fn every_state_has_a_label_and_unknown_names_the_status() {
        for (state, label) in [
            (SessionState::Unlinked, "Unlinked"),
            (SessionState::Connected, "Connected"),
            (SessionState::Degraded, "Degraded"),
            (SessionState::Disconnected, "Disconnected"),
            (SessionState::Unknown, "Unknown (syncing)"),
        ] {
            assert_eq!(state_label(en(), state, "syncing"), label);
        }
    }

    #[test]
    fn every_segment_kind_and_outage_end_has_its_own_words() {
        let kinds: Vec<String> = SegmentKind::ALL
            .into_iter()
            .map(|k| segment_label(en(), k))
            .collect();
        assert_eq!(
            kinds,
            [
                "Connected",
                "Degraded",
                "Disconnected",
                "Unlinked",
                "Unknown status",
                "WAPing unreachable",
                "This computer offline",
                "No data (app not running)",
            ]
        );
        let ends: Vec<String> = OutageEnd::ALL
            .into_iter()
            .map(|e| outage_end_label(en(), e))
            .collect();
        assert_eq!(ends, ["Re-scan", "By itself", "Still down"]);
    }

    #[test]
    fn durations_turn_unit_at_their_boundaries() {
        for (secs, text) in [
            (-5, "0 s"),
            (0, "0 s"),
            (5, "5 s"),
            (59, "59 s"),
            (60, "1 min"),
            (840, "14 min"),
            (3599, "59 min"),
            (3600, "1 h"),
            (7200, "2 h"),
            (7500, "2 h 5 min"),
            (86_399, "23 h 59 min"),
            (86_400, "1 d"),
            (86_400 * 3 + 3600 * 4, "3 d 4 h"),
            (86_400 * 3 + 3600 * 4 + 59, "3 d 4 h"),
        ] {
            assert_eq!(
                human_duration(en(), Duration::seconds(secs)),
                text,
                "{secs} s"
            );
        }
        assert_eq!(human_millis(en(), 59_999), "59 s");
        assert_eq!(human_millis(en(), 60_000), "1 min");
    }

    #[test]
    fn ago_reads_the_coarsest_unit_and_live_text_hides_seconds() {
        let now = at("2026-11-30T12:00:00Z");
        for (secs, text, live) in [
            (59, "59 s ago", "just now"),
            (60, "1 min ago", "1 min ago"),
            (3599, "59 min ago", "59 min ago"),
            (3600, "1 h ago", "1 h ago"),
            (86_399, "23 h ago", "23 h ago"),
            (86_400, "1 d ago", "1 d ago"),
        ] {
            let then = now - Duration::seconds(secs);
            assert_eq!(ago(en(), now, then), text, "{secs} s");
            assert_eq!(live_ago(en(), now, Some(then)), live, "{secs} s");
        }
        assert_eq!(live_ago(en(), now, None), "never");
        assert_eq!(
            live_ago(en(), now, Some(now + Duration::hours(1))),
            "just now"
        );
    }

    #[test]
    fn words_read_in_brazilian_portuguese() {
        let pt = Catalog::of(Locale::PtBr);
        let now = at("2026-11-30T12:00:00Z");
        assert_eq!(
            state_label(pt, SessionState::Disconnected, ""),
            "Desconectado"
        );
        assert_eq!(
            state_label(pt, SessionState::Unknown, "syncing"),
            "Desconhecido (syncing)"
        );
        assert_eq!(segment_label(pt, SegmentKind::Degraded), "Instável");
        assert_eq!(outage_end_label(pt, OutageEnd::Ongoing), "Ainda fora");
        assert_eq!(
            reason_label(pt, "logged_out"),
            "A sessão foi encerrada no celular"
        );
        // A code WAPing Desk does not know keeps WAPing's own words.
        assert_eq!(reason_label(pt, "quota_exceeded"), "Quota exceeded");
        assert_eq!(human_duration(pt, Duration::seconds(7500)), "2 h 5 min");
        assert_eq!(human_duration(pt, Duration::days(1)), "1 dia");
        assert_eq!(human_duration(pt, Duration::days(3)), "3 dias");
        assert_eq!(ago(pt, now, now - Duration::minutes(5)), "há 5 min");
        assert_eq!(ago(pt, now, now - Duration::days(2)), "há 2 dias");
        assert_eq!(live_ago(pt, now, Some(now)), "agora mesmo");
        assert_eq!(live_ago(pt, now, None), "nunca");
    }

    #[test]
    fn arabic_counts_with_its_six_plural_forms() {
        let ar = Catalog::of(Locale::Ar);
        let now = at("2026-11-30T12:00:00Z");
        // Arabic isolates placeables with FSI/PDI: compare the words.
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(plain(state_label(ar, SessionState::Connected, "")), "متصل");
        assert_eq!(
            plain(human_duration(ar, Duration::minutes(1))),
            "دقيقة واحدة"
        );
        assert_eq!(plain(human_duration(ar, Duration::minutes(2))), "دقيقتان");
        let three = plain(human_duration(ar, Duration::minutes(3)));
        assert!(three.ends_with("دقائق"), "{three}");
        let eleven = plain(human_duration(ar, Duration::minutes(11)));
        assert!(eleven.ends_with("دقيقة"), "{eleven}");
        assert_eq!(plain(ago(ar, now, now - Duration::days(2))), "منذ يومين");
        assert_eq!(plain(ago(ar, now, now - Duration::hours(1))), "منذ ساعة");
        assert_eq!(plain(reason_label(ar, "policy")), "أوقفته سياسة واتساب");
    }

    #[test]
    fn german_puts_days_ago_in_the_dative() {
        let de = Catalog::of(Locale::De);
        let now = at("2026-11-30T12:00:00Z");
        assert_eq!(ago(de, now, now - Duration::days(1)), "vor 1 Tag");
        assert_eq!(ago(de, now, now - Duration::days(3)), "vor 3 Tagen");
        assert_eq!(human_duration(de, Duration::days(3)), "3 Tage");
        assert_eq!(human_duration(de, Duration::minutes(14)), "14 Min.");
        assert_eq!(
            human_duration(de, Duration::minutes(1234)),
            "20 Std. 34 Min."
        );
        assert_eq!(state_label(de, SessionState::Degraded, ""), "Instabil");
    }

    #[test]
    fn the_next_minute_is_counted_from_the_start() {
        let since = at("2026-11-30T12:00:30Z");
        assert_eq!(
            next_minute(since, at("2026-11-30T12:00:30Z")),
            at("2026-11-30T12:01:30Z")
        );
        assert_eq!(
            next_minute(since, at("2026-11-30T12:05:29Z")),
            at("2026-11-30T12:05:30Z")
        );
        assert_eq!(
            next_minute(since, at("2026-11-30T12:05:30Z")),
            at("2026-11-30T12:06:30Z")
        );
        assert_eq!(next_minute(since, at("2026-11-30T11:00:00Z")), since);
    }

    #[test]
    fn disconnected_is_worst_and_connected_best() {
        let mut states = SessionState::ALL.to_vec();
        states.sort_by_key(|s| severity(*s));
        assert_eq!(
            states,
            [
                SessionState::Disconnected,
                SessionState::Degraded,
                SessionState::Unknown,
                SessionState::Unlinked,
                SessionState::Connected,
            ]
        );
        let a = (SessionState::Connected, "Alpha", "dev_1");
        let b = (SessionState::Disconnected, "Zulu", "dev_2");
        assert_eq!(worst_first(b, a), Ordering::Less);
        let c = (SessionState::Connected, "Alpha", "dev_0");
        assert_eq!(worst_first(c, a), Ordering::Less);
    }
}
