//! What the UI, the tray and the command line are shown at one moment.

pub use crate::domain::GatewayHealth;
use crate::domain::{read_problem, Device, PartialList, SessionState, UnreadDevice, Workspace};
use crate::i18n::{time_of_day, Catalog, Locale};
use crate::{AppError, ErrorCode};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Snapshot {
    pub devices: Vec<Device>,
    /// Entries of WAPing's list that could not be read (the cards of those
    /// already known keep their last known state).
    pub unread: Vec<UnreadDevice>,
    /// Set when the list broke off before its end: devices not read keep
    /// their last known state, and nothing is called all connected.
    pub partial: Option<PartialList>,
    pub workspace: Option<Workspace>,
    pub health: GatewayHealth,
    /// When WAPing last answered.
    pub updated_at: Option<DateTime<Utc>>,
    /// Set when history could not be opened or written, or was recovered:
    /// its code says it in the user's language, its message in detail.
    pub history_problem: Option<AppError>,
    /// Polling slower because the computer runs on battery (a setting).
    pub battery_saving: bool,
}

/// What a snapshot keeps of a failed poll (the gateway's error is one).
pub trait PollFailure: std::fmt::Display {
    fn code(&self) -> ErrorCode;
    /// The key was refused: the user must act, waiting will not help.
    fn is_auth(&self) -> bool;
}

/// The one state the tray shows: the worst of all devices, or grey when
/// WAPing cannot be asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Overall {
    Connected,
    Degraded,
    Disconnected,
    Unreachable,
}

impl Snapshot {
    pub fn overall(&self) -> Overall {
        if !matches!(self.health, GatewayHealth::Ok) {
            return Overall::Unreachable;
        }
        // An unread device is no better than its status, or Unknown; a
        // partial list no better than Unknown: neither is "all connected".
        let states = self
            .devices
            .iter()
            .map(|d| d.state)
            .chain(self.unread.iter().map(|u| u.state))
            .chain(self.partial.iter().map(|_| SessionState::Unknown));
        let mut overall = Overall::Connected;
        for state in states {
            match state {
                SessionState::Disconnected => return Overall::Disconnected,
                SessionState::Connected => {}
                _ => overall = Overall::Degraded,
            }
        }
        overall
    }

    /// One line for the tray's tooltip and the command line, in `locale`,
    /// its times told in `offset`.
    pub fn summary(&self, offset: chrono::FixedOffset, locale: Locale) -> String {
        let c = Catalog::of(locale);
        let time = |at: &DateTime<Utc>| time_of_day(locale, at.with_timezone(&offset));
        match &self.health {
            GatewayHealth::Starting => c.text("tray-connecting"),
            GatewayHealth::Failing {
                since,
                auth: true,
                message,
                ..
            } => c.with(
                "tray-failing",
                &[
                    ("message", message.as_str().into()),
                    ("time", time(since).into()),
                ],
            ),
            GatewayHealth::Failing { since, .. } => {
                c.with("tray-unreachable", &[("time", time(since).into())])
            }
            // Short enough for a tray menu: the window says why.
            GatewayHealth::Ok if self.partial.is_some() => c.with(
                "tray-partial",
                &[("count", self.partial.as_ref().map_or(0, |p| p.read).into())],
            ),
            GatewayHealth::Ok if self.devices.is_empty() && self.unread.is_empty() => {
                c.text("tray-no-devices")
            }
            GatewayHealth::Ok => {
                // A device that could not be read is counted as such, not
                // by the last state its card keeps.
                let unread = self.unread.len();
                let read = |d: &&Device| !self.unread.iter().any(|u| u.id.as_ref() == Some(&d.id));
                let count = |s: SessionState| {
                    self.devices
                        .iter()
                        .filter(read)
                        .filter(|d| d.state == s)
                        .count()
                };
                let counted = |id: &str, n: usize| {
                    (n > 0).then(|| c.with(id, &[("count", (n as u64).into())]))
                };
                SessionState::ALL
                    .into_iter()
                    .filter_map(|s| counted(count_message(s), count(s)))
                    .chain(counted("tray-count-unreadable", unread))
                    .collect::<Vec<_>>()
                    .join(&c.text("tray-count-separator"))
            }
        }
    }

    /// What could not be read of the last list, in one sentence in
    /// `locale`, if anything.
    pub fn read_problem(&self, locale: Locale) -> Option<String> {
        read_problem(Catalog::of(locale), &self.unread, self.partial.as_ref())
    }

    pub fn starting() -> Self {
        Self {
            devices: Vec::new(),
            unread: Vec::new(),
            partial: None,
            workspace: None,
            health: GatewayHealth::Starting,
            updated_at: None,
            history_problem: None,
            battery_saving: false,
        }
    }

    /// Folds in a failed poll: keeps what was known, records since when it failed.
    pub fn failed(&mut self, error: &impl PollFailure, now: DateTime<Utc>) {
        let since = match &self.health {
            GatewayHealth::Failing { code, since, .. } if *code == error.code() => *since,
            _ => now,
        };
        self.health = GatewayHealth::Failing {
            code: error.code(),
            message: error.to_string(),
            since,
            auth: error.is_auth(),
        };
    }
}

/// The message counting devices in `state`: "2 connected".
fn count_message(state: SessionState) -> &'static str {
    match state {
        SessionState::Unlinked => "tray-count-unlinked",
        SessionState::Connected => "tray-count-connected",
        SessionState::Degraded => "tray-count-degraded",
        SessionState::Disconnected => "tray-count-disconnected",
        SessionState::Unknown => "tray-count-unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DeviceId;

    /// WAPing did not answer.
    struct Unreachable;

    impl std::fmt::Display for Unreachable {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("cannot reach WAPing")
        }
    }

    impl PollFailure for Unreachable {
        fn code(&self) -> ErrorCode {
            ErrorCode::Unreachable
        }
        fn is_auth(&self) -> bool {
            false
        }
    }

    fn with_states(states: &[SessionState]) -> Snapshot {
        let mut s = Snapshot::starting();
        s.health = GatewayHealth::Ok;
        s.devices = states
            .iter()
            .enumerate()
            .map(|(i, state)| Device {
                id: DeviceId::new(format!("dev_{i}")),
                name: format!("Phone {i}"),
                phone: None,
                state: *state,
                raw_status: String::new(),
                reason: None,
                state_since: None,
                last_seen: None,
            })
            .collect();
        s
    }

    #[test]
    fn overall_is_the_worst_state_or_grey_when_waping_is_unreachable() {
        use SessionState::*;
        let offset = chrono::FixedOffset::east_opt(0).unwrap();
        assert_eq!(with_states(&[]).overall(), Overall::Connected);
        assert_eq!(
            with_states(&[Connected, Connected]).overall(),
            Overall::Connected
        );
        assert_eq!(
            with_states(&[Connected, Unlinked]).overall(),
            Overall::Degraded
        );
        assert_eq!(
            with_states(&[Degraded, Disconnected, Unknown]).overall(),
            Overall::Disconnected
        );
        let s = with_states(&[Connected, Connected, Disconnected]);
        assert_eq!(s.summary(offset, Locale::En), "2 connected, 1 disconnected");
        assert_eq!(
            s.summary(offset, Locale::PtBr),
            "2 conectados, 1 desconectado"
        );
        assert_eq!(s.summary(offset, Locale::Fr), "2 connectés, 1 déconnecté");
        let ar = s
            .summary(offset, Locale::Ar)
            .replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(ar, "متصل: 2، غير متصل: 1");
        let mut down = with_states(&[Disconnected]);
        down.failed(&Unreachable, "2026-11-25T10:42:00Z".parse().unwrap());
        assert_eq!(down.overall(), Overall::Unreachable);
        assert_eq!(
            down.summary(offset, Locale::En),
            "cannot reach WAPing since 10:42\u{202f}AM — device states may be stale"
        );
        assert_eq!(
            down.summary(offset, Locale::De),
            "WAPing seit 10:42 nicht erreichbar — der Gerätestatus ist evtl. veraltet"
        );
    }

    #[test]
    fn failure_keeps_its_start_time_while_the_cause_persists() {
        let mut s = Snapshot::starting();
        let t0 = Utc::now();
        s.failed(&Unreachable, t0);
        s.failed(&Unreachable, t0 + chrono::Duration::minutes(3));
        let GatewayHealth::Failing { since, auth, .. } = s.health else {
            panic!("failing expected")
        };
        assert_eq!(since, t0);
        assert!(!auth);
    }

    #[test]
    fn what_could_not_be_read_is_one_sentence_in_the_language() {
        let unread = |n: u32| UnreadDevice {
            position: n,
            id: None,
            name: Some(format!("Phone {n}")),
            problem: "no status field".into(),
            state: SessionState::Unknown,
        };
        let mut s = Snapshot::starting();
        s.unread = vec![unread(2)];
        assert_eq!(
            s.read_problem(Locale::En).as_deref(),
            Some("1 device could not be read: Phone 2 (no status field)")
        );
        assert_eq!(
            s.read_problem(Locale::PtBr).as_deref(),
            Some("1 aparelho não pôde ser lido: Phone 2 (no status field)")
        );
        s.unread = (1..=5).map(unread).collect();
        s.partial = Some(PartialList {
            read: 20,
            reason: "page 2 of the list could not be read".into(),
        });
        let de = s.read_problem(Locale::De).unwrap();
        assert!(
            de.starts_with("WAPing Desk konnte nur 20 Geräte lesen: page 2")
                && de.ends_with("Phone 3 (no status field) und 2 weitere"),
            "{de}"
        );
        assert_eq!(Snapshot::starting().read_problem(Locale::Ar), None);
    }
}
