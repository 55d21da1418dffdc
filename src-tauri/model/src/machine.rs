//! The session state machine: folds observations (polls, webhooks) into
//! confirmed transitions, one per real change, whichever source saw it first,
//! and turns the user's own actions into the transitions they cause.

use crate::domain::{reason, DeviceId, SessionState};
pub use crate::domain::{Known, Observation, ObservedBy, Source, Transition, UserAction};
use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct MachineConfig {
    /// Consecutive observations of Disconnected before it counts.
    pub down_after: u32,
    /// Consecutive observations of Connected before a recovery from Disconnected counts.
    pub up_after: u32,
    /// A Connected session whose last-seen has not moved for this long is Degraded.
    pub zombie_after: Duration,
    /// Changes this soon after a successful scan are the normal reconnect.
    pub pairing_grace: Duration,
}

impl Default for MachineConfig {
    fn default() -> Self {
        Self {
            down_after: 1,
            up_after: 1,
            zombie_after: Duration::minutes(10),
            pairing_grace: Duration::seconds(90),
        }
    }
}

#[derive(Debug, Clone)]
struct Tracked {
    known: Known,
    pending: Option<Pending>,
    /// The last-seen value and when this app first saw it.
    last_seen: Option<(DateTime<Utc>, DateTime<Utc>)>,
    paired_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone)]
struct Pending {
    state: SessionState,
    count: u32,
    at: DateTime<Utc>,
    reason: Option<String>,
    source: Source,
}

#[derive(Debug, Default)]
pub struct Machine {
    config: MachineConfig,
    devices: HashMap<DeviceId, Tracked>,
}

impl Machine {
    pub fn new(config: MachineConfig) -> Self {
        Self {
            config,
            devices: HashMap::new(),
        }
    }

    /// Seeds the last known states (from history) so that a change while the
    /// app was closed is recognised as one, and an unchanged device is not.
    pub fn seed(&mut self, device_id: DeviceId, known: Known) {
        self.devices.insert(
            device_id,
            Tracked {
                known,
                pending: None,
                last_seen: None,
                paired_at: None,
            },
        );
    }

    pub fn known(&self, device_id: &DeviceId) -> Option<&Known> {
        self.devices.get(device_id).map(|t| &t.known)
    }

    /// Folds one observation in; returns the transition it confirms, if any.
    pub fn observe(&mut self, obs: Observation) -> Option<Transition> {
        let config = self.config.clone();
        let Some(tracked) = self.devices.get_mut(&obs.device_id) else {
            return Some(self.first_sight(obs));
        };
        if let Some(name) = obs.name.as_ref().filter(|n| !n.is_empty()) {
            tracked.known.name.clone_from(name);
        }
        // A push older than the state we already hold is a late duplicate.
        if obs.source == ObservedBy::Webhook && obs.at < tracked.known.since {
            return None;
        }
        let (state, reason, source) = effective_state(&config, tracked, &obs);
        if state == tracked.known.state {
            tracked.pending = None;
            if reason.is_some()
                && reason != tracked.known.reason
                && state != SessionState::Connected
            {
                tracked.known.reason = reason;
            }
            return None;
        }
        let needed = confirmations(&config, tracked.known.state, state);
        let pending = match tracked.pending.take() {
            Some(mut p) if p.state == state => {
                p.count += 1;
                p
            }
            _ => Pending {
                state,
                count: 1,
                at: change_time(&obs, tracked.known.since),
                reason: reason.clone(),
                source,
            },
        };
        if pending.count < needed {
            tracked.pending = Some(pending);
            return None;
        }
        let from = tracked.known.state;
        // A logout on the phone is never the normal reconnect, however soon.
        let logged_out = pending.reason.as_deref() == Some(reason::LOGGED_OUT);
        let expected = !logged_out
            && tracked
                .paired_at
                .is_some_and(|paired| pending.at - paired <= config.pairing_grace);
        if matches!(from, SessionState::Unlinked | SessionState::Disconnected)
            && state == SessionState::Connected
        {
            tracked.paired_at = Some(pending.at);
        }
        tracked.known = Known {
            name: tracked.known.name.clone(),
            state,
            since: pending.at,
            reason: pending.reason.clone(),
        };
        Some(Transition {
            device_id: obs.device_id,
            device_name: tracked.known.name.clone(),
            from: Some(from),
            to: state,
            at: pending.at,
            reason: pending.reason,
            source: pending.source,
            expected,
        })
    }

    /// What the user did here, which WAPing has accepted: certain, so it
    /// needs no confirmation, and deliberate, so never the reconnect after a
    /// scan. The device goes Unlinked (a removed one is forgotten as well);
    /// one already Unlinked, or never seen, makes no transition.
    pub fn user_acted(
        &mut self,
        device_id: &DeviceId,
        action: UserAction,
        at: DateTime<Utc>,
    ) -> Option<Transition> {
        let mut removed;
        let tracked = match action {
            UserAction::LoggedOut => self.devices.get_mut(device_id)?,
            UserAction::Removed => {
                removed = self.devices.remove(device_id)?;
                &mut removed
            }
        };
        tracked.pending = None;
        let reason = Some(action.reason().to_owned());
        let from = tracked.known.state;
        if from == SessionState::Unlinked {
            tracked.known.reason = reason;
            return None;
        }
        let at = at.max(tracked.known.since);
        tracked.known = Known {
            name: tracked.known.name.clone(),
            state: SessionState::Unlinked,
            since: at,
            reason: reason.clone(),
        };
        Some(Transition {
            device_id: device_id.clone(),
            device_name: tracked.known.name.clone(),
            from: Some(from),
            to: SessionState::Unlinked,
            at,
            reason,
            source: Source::User,
            expected: false,
        })
    }

    /// Devices that disappeared from the workspace.
    /// Nobody watched until `now` (the computer slept, or its clock jumped):
    /// a session's silence is counted again from here, since the time
    /// unwatched says nothing about whether its last-seen moved.
    pub fn resumed(&mut self, now: DateTime<Utc>) {
        for tracked in self.devices.values_mut() {
            if let Some((_, first_met)) = tracked.last_seen.as_mut() {
                *first_met = now;
            }
        }
    }

    pub fn forget(&mut self, device_id: &DeviceId) {
        self.devices.remove(device_id);
    }

    pub fn tracked_ids(&self) -> impl Iterator<Item = &DeviceId> {
        self.devices.keys()
    }

    fn first_sight(&mut self, obs: Observation) -> Transition {
        let at = obs.since.filter(|s| *s <= obs.at).unwrap_or(obs.at);
        let name = obs
            .name
            .clone()
            .unwrap_or_else(|| obs.device_id.to_string());
        self.devices.insert(
            obs.device_id.clone(),
            Tracked {
                known: Known {
                    name: name.clone(),
                    state: obs.state,
                    since: at,
                    reason: obs.reason.clone(),
                },
                pending: None,
                last_seen: obs.last_seen.map(|seen| (seen, obs.at)),
                paired_at: None,
            },
        );
        Transition {
            device_id: obs.device_id,
            device_name: name,
            from: None,
            to: obs.state,
            at,
            reason: obs.reason,
            source: obs.source.into(),
            expected: false,
        }
    }
}

/// The state to believe: WAPing's, unless a Connected session has shown no
/// activity for too long (a "zombie").
fn effective_state(
    config: &MachineConfig,
    tracked: &mut Tracked,
    obs: &Observation,
) -> (SessionState, Option<String>, Source) {
    // Staleness is measured on this machine's clock from when the value last
    // moved, so a skewed clock on either side cannot invent a zombie.
    if let Some(seen) = obs.last_seen {
        match tracked.last_seen {
            Some((value, _)) if value >= seen => {}
            _ => tracked.last_seen = Some((seen, obs.at)),
        }
    }
    // A clock set back: the silence is counted from this poll on, rather
    // than from a time the clock now reads as ahead, which would put the
    // inference off by as long as the clock went back.
    if let Some((_, first_met)) = tracked.last_seen.as_mut() {
        if obs.source == ObservedBy::Poll && obs.at < *first_met {
            *first_met = obs.at;
        }
    }
    let reason = if obs.state == SessionState::Connected {
        None
    } else {
        obs.reason.clone()
    };
    if obs.state == SessionState::Connected && obs.source == ObservedBy::Poll {
        if let Some((_, first_met)) = tracked.last_seen {
            if obs.at - first_met >= config.zombie_after {
                return (
                    SessionState::Degraded,
                    Some(reason::NO_ACTIVITY.to_owned()),
                    Source::Inferred,
                );
            }
        }
    }
    (obs.state, reason, obs.source.into())
}

/// Into and out of Disconnected need the configured number of sightings.
fn confirmations(config: &MachineConfig, from: SessionState, to: SessionState) -> u32 {
    match (from, to) {
        (_, SessionState::Disconnected) => config.down_after.max(1),
        (SessionState::Disconnected, SessionState::Connected) => config.up_after.max(1),
        _ => 1,
    }
}

/// WAPing's own time of the change when it is plausible, else the observation's.
fn change_time(obs: &Observation, known_since: DateTime<Utc>) -> DateTime<Utc> {
    match obs.since {
        Some(since) if since <= obs.at && since >= known_since => since,
        _ => obs.at.max(known_since),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SessionState::*;

    fn t(secs: i64) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-25T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
            + Duration::seconds(secs)
    }

    fn obs(state: SessionState, at: i64) -> Observation {
        Observation {
            device_id: DeviceId::new("dev_1"),
            name: Some("Shop phone".into()),
            state,
            reason: None,
            since: None,
            last_seen: Some(t(at)),
            source: ObservedBy::Poll,
            at: t(at),
        }
    }

    fn seeded(config: MachineConfig, state: SessionState) -> Machine {
        let mut m = Machine::new(config);
        m.seed(
            DeviceId::new("dev_1"),
            Known {
                name: "Shop phone".into(),
                state,
                since: t(-3600),
                reason: None,
            },
        );
        m
    }

    #[test]
    fn every_state_pair_gives_exactly_one_transition() {
        for from in SessionState::ALL {
            for to in SessionState::ALL {
                let mut m = seeded(MachineConfig::default(), from);
                let first = m.observe(obs(to, 0));
                let again = m.observe(obs(to, 15));
                if from == to {
                    assert_eq!(first, None, "{from} -> {to}");
                } else {
                    let tr = first.unwrap_or_else(|| panic!("{from} -> {to} gave nothing"));
                    assert_eq!(
                        (tr.from, tr.to, tr.at),
                        (Some(from), to, t(0)),
                        "{from} -> {to}"
                    );
                    assert!(!tr.expected);
                }
                assert_eq!(again, None, "a repeat of {to} is not a change");
                assert_eq!(m.known(&DeviceId::new("dev_1")).unwrap().state, to);
            }
        }
    }

    #[test]
    fn first_sight_is_recorded_without_a_from_state() {
        let mut m = Machine::new(MachineConfig::default());
        let mut first = obs(Disconnected, 0);
        first.since = Some(t(-600));
        first.reason = Some("logged_out".into());
        let tr = m.observe(first).unwrap();
        assert_eq!((tr.from, tr.to, tr.at), (None, Disconnected, t(-600)));
        assert_eq!(tr.reason.as_deref(), Some("logged_out"));
    }

    #[test]
    fn flapping_records_every_change() {
        let mut m = seeded(MachineConfig::default(), Connected);
        let seq = [
            Degraded,
            Connected,
            Degraded,
            Connected,
            Disconnected,
            Connected,
        ];
        let got: Vec<_> = seq
            .iter()
            .enumerate()
            .filter_map(|(i, s)| m.observe(obs(*s, i as i64 * 15)))
            .map(|tr| (tr.from.unwrap(), tr.to))
            .collect();
        assert_eq!(
            got,
            vec![
                (Connected, Degraded),
                (Degraded, Connected),
                (Connected, Degraded),
                (Degraded, Connected),
                (Connected, Disconnected),
                (Disconnected, Connected)
            ]
        );
    }

    #[test]
    fn confirmation_counts_hold_back_single_sightings() {
        let config = MachineConfig {
            down_after: 3,
            up_after: 2,
            ..MachineConfig::default()
        };
        let mut m = seeded(config, Connected);
        assert_eq!(m.observe(obs(Disconnected, 0)), None);
        assert_eq!(m.observe(obs(Disconnected, 15)), None);
        let down = m
            .observe(obs(Disconnected, 30))
            .expect("third sighting confirms");
        assert_eq!(down.at, t(0), "the change dates from the first sighting");
        assert_eq!(m.observe(obs(Connected, 45)), None);
        // A relapse resets the count.
        assert_eq!(m.observe(obs(Disconnected, 60)), None);
        assert_eq!(m.observe(obs(Connected, 75)), None);
        let up = m
            .observe(obs(Connected, 90))
            .expect("second sighting confirms");
        assert_eq!(
            (up.from, up.to, up.at),
            (Some(Disconnected), Connected, t(75))
        );
    }

    #[test]
    fn a_single_blip_under_confirmation_leaves_no_trace() {
        let config = MachineConfig {
            down_after: 2,
            ..MachineConfig::default()
        };
        let mut m = seeded(config, Connected);
        assert_eq!(m.observe(obs(Disconnected, 0)), None);
        assert_eq!(m.observe(obs(Connected, 15)), None);
        assert_eq!(
            m.observe(obs(Disconnected, 30)),
            None,
            "the count started over"
        );
    }

    #[test]
    fn unknown_statuses_are_states_not_disconnects() {
        let mut m = seeded(MachineConfig::default(), Connected);
        let tr = m.observe(obs(Unknown, 0)).unwrap();
        assert_eq!((tr.from, tr.to), (Some(Connected), Unknown));
        let back = m.observe(obs(Connected, 15)).unwrap();
        assert_eq!(back.to, Connected);
    }

    #[test]
    fn recovery_inside_one_poll_is_recorded_from_webhooks_and_not_double_counted() {
        let mut m = seeded(MachineConfig::default(), Connected);
        let mut down = obs(Disconnected, 5);
        down.source = ObservedBy::Webhook;
        down.reason = Some("phone_offline".into());
        down.last_seen = None;
        let mut up = obs(Connected, 10);
        up.source = ObservedBy::Webhook;
        up.last_seen = None;
        let a = m.observe(down.clone()).unwrap();
        let b = m.observe(up).unwrap();
        assert_eq!(
            (a.to, a.source, a.reason.as_deref()),
            (Disconnected, Source::Webhook, Some("phone_offline"))
        );
        assert_eq!((b.to, b.source), (Connected, Source::Webhook));
        // The next poll agrees: nothing new. A retried (older) push is ignored.
        assert_eq!(m.observe(obs(Connected, 15)), None);
        assert_eq!(m.observe(down), None);
    }

    #[test]
    fn a_push_then_the_poll_that_sees_the_same_change_count_once() {
        let mut m = seeded(MachineConfig::default(), Connected);
        let mut push = obs(Disconnected, 3);
        push.source = ObservedBy::Webhook;
        assert!(m.observe(push).is_some());
        assert_eq!(m.observe(obs(Disconnected, 15)), None);
    }

    #[test]
    fn a_connected_session_that_stops_being_seen_turns_degraded() {
        let mut m = seeded(MachineConfig::default(), Connected);
        let mut o = obs(Connected, 0);
        assert_eq!(m.observe(o.clone()), None);
        // Polls keep saying Connected, but last-seen is stuck at t(0).
        for secs in [60, 300, 599] {
            o.at = t(secs);
            assert_eq!(m.observe(o.clone()), None, "at {secs} s");
        }
        o.at = t(600);
        let zombie = m.observe(o.clone()).expect("ten minutes without activity");
        assert_eq!(
            (zombie.to, zombie.reason.as_deref(), zombie.source),
            (Degraded, Some(reason::NO_ACTIVITY), Source::Inferred)
        );
        o.at = t(615);
        assert_eq!(m.observe(o.clone()), None, "still stuck: no repeat");
        o.at = t(630);
        o.last_seen = Some(t(625));
        let alive = m.observe(o).expect("activity again");
        assert_eq!((alive.from, alive.to), (Some(Degraded), Connected));
    }

    #[test]
    fn a_night_nobody_watched_is_not_taken_for_a_silent_session() {
        let mut m = seeded(MachineConfig::default(), Connected);
        let mut o = obs(Connected, 0);
        assert_eq!(m.observe(o.clone()), None);
        // The laptop sleeps eight hours; at wake WAPing still gives the
        // same last-seen (an idle phone), which says nothing about the night.
        m.resumed(t(8 * 3600));
        o.at = t(8 * 3600 + 15);
        assert_eq!(m.observe(o.clone()), None, "no zombie from a sleep");
        o.at = t(8 * 3600 + 600);
        let zombie = m.observe(o).expect("ten watched minutes without activity");
        assert_eq!(zombie.reason.as_deref(), Some(reason::NO_ACTIVITY));
    }

    #[test]
    fn a_clock_set_back_never_dates_a_change_before_the_state_it_leaves() {
        let mut m = seeded(MachineConfig::default(), Connected);
        let id = DeviceId::new("dev_1");
        let down = m.observe(obs(Disconnected, 600)).unwrap();
        assert_eq!(down.at, t(600));
        // NTP sets the clock back an hour; WAPing's own time of the change
        // is no help either when it reads before the state it ends.
        let back = t(600) - Duration::hours(1);
        let mut up = obs(Connected, 0);
        up.at = back + Duration::seconds(15);
        up.since = Some(back);
        let up = m.observe(up).unwrap();
        let mut flaky = obs(Degraded, 0);
        flaky.at = back + Duration::seconds(30);
        let flaky = m.observe(flaky).unwrap();
        let out = m
            .user_acted(&id, UserAction::LoggedOut, back + Duration::seconds(45))
            .unwrap();
        let dates = [down.at, up.at, flaky.at, out.at];
        assert!(
            dates.windows(2).all(|w| w[0] <= w[1]),
            "in the order they happened: {dates:?}"
        );
        assert_eq!(
            out.at,
            t(600),
            "each dated from the state it leaves at the latest"
        );
    }

    #[test]
    fn a_clock_set_back_does_not_put_off_a_silent_session() {
        let mut m = seeded(MachineConfig::default(), Connected);
        let mut o = obs(Connected, 0);
        assert_eq!(m.observe(o.clone()), None);
        o.at = t(300);
        assert_eq!(m.observe(o.clone()), None, "silent for five minutes");
        // The clock goes back an hour; last-seen stays stuck at t(0).
        let back = t(300) - Duration::hours(1);
        for secs in [0, 300, 599] {
            o.at = back + Duration::seconds(secs);
            assert_eq!(
                m.observe(o.clone()),
                None,
                "{secs} s after the clock went back"
            );
        }
        o.at = back + Duration::seconds(600);
        let zombie = m
            .observe(o)
            .expect("ten minutes of silence after the clock went back, not an hour and five");
        assert_eq!((zombie.to, zombie.source), (Degraded, Source::Inferred));
    }

    #[test]
    fn the_reconnect_right_after_a_scan_is_expected() {
        let mut m = seeded(MachineConfig::default(), Unlinked);
        let paired = m.observe(obs(Connected, 0)).unwrap();
        assert!(!paired.expected);
        let blip = m.observe(obs(Degraded, 20)).unwrap();
        let back = m.observe(obs(Connected, 30)).unwrap();
        assert!(blip.expected && back.expected);
        let later = m.observe(obs(Disconnected, 600)).unwrap();
        assert!(!later.expected, "a drop long after pairing is real");
    }

    #[test]
    fn a_logout_on_the_phone_right_after_a_scan_is_real() {
        let mut m = seeded(MachineConfig::default(), Unlinked);
        m.observe(obs(Connected, 0)).unwrap();
        let mut logout = obs(Disconnected, 20);
        logout.reason = Some("logged_out".into());
        let t = m.observe(logout).unwrap();
        assert!(!t.expected, "alerted at once");
        let mut m = seeded(MachineConfig::default(), Unlinked);
        m.observe(obs(Connected, 0)).unwrap();
        assert!(m.observe(obs(Disconnected, 20)).unwrap().expected);
    }

    #[test]
    fn a_logout_here_is_one_certain_transition_by_the_user() {
        let config = MachineConfig {
            down_after: 3,
            ..MachineConfig::default()
        };
        let mut m = seeded(config, Unlinked);
        m.observe(obs(Connected, 0)).unwrap();
        let id = DeviceId::new("dev_1");
        let out = m
            .user_acted(&id, UserAction::LoggedOut, t(20))
            .expect("no confirmation awaited");
        assert_eq!(
            (out.from, out.to, out.at, out.source, out.reason.as_deref()),
            (
                Some(Connected),
                Unlinked,
                t(20),
                Source::User,
                Some(reason::LOGGED_OUT_HERE)
            )
        );
        assert!(!out.expected, "deliberate, however soon after the scan");
        assert_eq!(m.known(&id).map(|k| k.state), Some(Unlinked));
        assert_eq!(m.user_acted(&id, UserAction::LoggedOut, t(30)), None);
        // WAPing then says the same, in its words: no second change.
        assert_eq!(m.observe(obs(Unlinked, 45)), None);
    }

    #[test]
    fn a_removal_here_forgets_the_device() {
        let mut m = seeded(MachineConfig::default(), Disconnected);
        let id = DeviceId::new("dev_1");
        let out = m.user_acted(&id, UserAction::Removed, t(0)).unwrap();
        assert_eq!(
            (out.from, out.to, out.source, out.reason.as_deref()),
            (
                Some(Disconnected),
                Unlinked,
                Source::User,
                Some(reason::REMOVED_HERE)
            )
        );
        assert_eq!(m.known(&id), None);
        assert_eq!(m.tracked_ids().count(), 0);
        assert_eq!(m.user_acted(&id, UserAction::Removed, t(5)), None);
    }
}
