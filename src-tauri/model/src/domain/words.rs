//! The words every surface shows: a state's label, a reason's, a duration,
//! "… ago", and which state is worst. The tray, notifications, the command
//! line and the window's views all take them from here, so that they read
//! the same everywhere and can be translated in one place.

use super::{reason, OutageEnd, SegmentKind, SessionState};
use chrono::{DateTime, Duration, Utc};
use std::cmp::Ordering;

/// A state as a person reads it; an Unknown one names the status WAPing
/// sent (`raw_status`, already made safe to show by the caller if needed).
pub fn state_label(state: SessionState, raw_status: &str) -> String {
    match state {
        SessionState::Unknown => format!("Unknown ({raw_status})"),
        other => other.label().to_owned(),
    }
}

/// What a stretch of a timeline shows, as its legend and details name it.
pub fn segment_label(kind: SegmentKind) -> String {
    match kind {
        SegmentKind::Connected => "Connected",
        SegmentKind::Degraded => "Degraded",
        SegmentKind::Disconnected => "Disconnected",
        SegmentKind::Unlinked => "Unlinked",
        SegmentKind::Unknown => "Unknown status",
        SegmentKind::Unreachable => "WAPing unreachable",
        SegmentKind::Offline => "This computer offline",
        SegmentKind::NoData => "No data (app not running)",
    }
    .to_owned()
}

/// How an outage ended, as its row and the outage filter say it.
pub fn outage_end_label(ended: OutageEnd) -> String {
    match ended {
        OutageEnd::Rescan => "Re-scan",
        OutageEnd::ByItself => "By itself",
        OutageEnd::Ongoing => "Still down",
    }
    .to_owned()
}

/// A reason as a line of its own on a card: its words, starting with a
/// capital (the words themselves also run on inside sentences).
pub fn reason_label(reason: &str) -> String {
    let text = reason::text(reason);
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

/// "45 s", "14 min", "2 h 5 min", "3 d 4 h"; never negative.
pub fn human_duration(d: Duration) -> String {
    let secs = d.num_seconds().max(0);
    let (days, hours, mins) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    match secs {
        0..=59 => format!("{secs} s"),
        60..=3599 => format!("{mins} min"),
        3600..=86_399 if mins == 0 => format!("{hours} h"),
        3600..=86_399 => format!("{hours} h {mins} min"),
        _ if hours == 0 => format!("{days} d"),
        _ => format!("{days} d {hours} h"),
    }
}

/// A span of milliseconds, as history measures them.
pub fn human_millis(ms: i64) -> String {
    human_duration(Duration::milliseconds(ms))
}

/// "12 s ago", "5 min ago", "3 h ago", "2 d ago": a moment in the past, to
/// the coarsest unit (a moment ahead of `now` reads as 0 s ago).
pub fn ago(now: DateTime<Utc>, then: DateTime<Utc>) -> String {
    let secs = (now - then).num_seconds().max(0);
    match secs {
        0..=59 => format!("{secs} s ago"),
        60..=3599 => format!("{} min ago", secs / 60),
        3600..=86_399 => format!("{} h ago", secs / 3600),
        _ => format!("{} d ago", secs / 86_400),
    }
}

/// [`ago`] for text that stays on screen until the next minute: seconds
/// would be wrong a moment later, so under a minute it is "just now";
/// `None` is "never".
pub fn live_ago(now: DateTime<Utc>, then: Option<DateTime<Utc>>) -> String {
    match then {
        None => "never".to_owned(),
        Some(then) if now - then < Duration::minutes(1) => "just now".to_owned(),
        Some(then) => ago(now, then),
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
            assert_eq!(reason_label(code), label, "{code}");
        }
    }

    #[test]
    fn an_unknown_reason_is_its_code_in_words() {
        assert_eq!(reason_label("quota_exceeded"), "Quota exceeded");
        assert_eq!(reason::text("quota_exceeded"), "quota exceeded");
        assert_eq!(reason_label(""), "");
        assert_eq!(reason_label("élan_vital"), "Élan vital");
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
            assert_eq!(state_label(state, "syncing"), label);
        }
    }

    #[test]
    fn every_segment_kind_and_outage_end_has_its_own_words() {
        let kinds: Vec<String> = SegmentKind::ALL.into_iter().map(segment_label).collect();
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
        let ends: Vec<String> = OutageEnd::ALL.into_iter().map(outage_end_label).collect();
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
            assert_eq!(human_duration(Duration::seconds(secs)), text, "{secs} s");
        }
        assert_eq!(human_millis(59_999), "59 s");
        assert_eq!(human_millis(60_000), "1 min");
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
            assert_eq!(ago(now, then), text, "{secs} s");
            assert_eq!(live_ago(now, Some(then)), live, "{secs} s");
        }
        assert_eq!(live_ago(now, None), "never");
        assert_eq!(live_ago(now, Some(now + Duration::hours(1))), "just now");
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
