//! Domain types shared by the client, the simulator, the shell and the UI.
//!
//! They describe WAPing as the app understands it, independent of the wire
//! format (which lives in `gateway::wire`).

pub mod clock;
mod health;
mod history_kinds;
mod hook_run;
pub mod reason;
mod system;
mod transition;
pub mod words;

pub use clock::{system_clock, Clock, ManualClock, Moment, SharedClock, SystemClock};
pub use health::GatewayHealth;
pub use history_kinds::{OutageEnd, SegmentKind};
pub use hook_run::{HookEvent, HookRun, HOOK_LOG_SIZE};
pub use system::Connectivity;
pub use transition::{Known, Observation, ObservedBy, Source, Transition, UserAction};

use crate::text::printable;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use ts_rs::TS;

/// A WAPing device id such as `dev_123`. Read from JSON only when it is one
/// (`DeviceId::parse`), so that an id from the window or a file is checked
/// before it goes near a URL.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, TS)]
#[serde(transparent)]
#[ts(export)]
pub struct DeviceId(pub String);

impl<'de> Deserialize<'de> for DeviceId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        DeviceId::parse(&raw)
            .ok_or_else(|| serde::de::Error::custom(format!("not a device id: {raw:?}")))
    }
}

impl DeviceId {
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Ids go into URL paths: accept only the characters gateways' ids are
    /// made of (`dev_123`, UUIDs, `5511…@c.us`), never a `/`, `?` or a bare
    /// `.`/`..`, so a hostile or mistyped id can never reach another endpoint.
    pub fn parse(raw: &str) -> Option<Self> {
        let ok = !raw.is_empty()
            && raw.len() <= 128
            && !raw.bytes().all(|b| b == b'.')
            && raw.bytes().all(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'@' | b':')
            });
        ok.then(|| Self(raw.to_owned()))
    }
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The state of one QR-linked session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum SessionState {
    /// No session: a QR code must be scanned to pair.
    Unlinked,
    /// Healthy.
    Connected,
    /// Intermittent: retries, delayed delivery or webhooks.
    Degraded,
    /// Unusable until the phone re-scans a QR code.
    Disconnected,
    /// WAPing reported a status this app does not know. Shown, never alerted.
    Unknown,
}

impl SessionState {
    pub const ALL: [SessionState; 5] = [
        SessionState::Unlinked,
        SessionState::Connected,
        SessionState::Degraded,
        SessionState::Disconnected,
        SessionState::Unknown,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SessionState::Unlinked => "Unlinked",
            SessionState::Connected => "Connected",
            SessionState::Degraded => "Degraded",
            SessionState::Disconnected => "Disconnected",
            SessionState::Unknown => "Unknown",
        }
    }
}

impl fmt::Display for SessionState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// One linked (or to-be-linked) WhatsApp phone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Device {
    pub id: DeviceId,
    pub name: String,
    /// E.164 number once linked.
    pub phone: Option<String>,
    pub state: SessionState,
    /// The status string exactly as WAPing sent it, so an Unknown state can
    /// still be shown to the user.
    pub raw_status: String,
    pub reason: Option<String>,
    pub state_since: Option<DateTime<Utc>>,
    pub last_seen: Option<DateTime<Utc>>,
}

/// An entry of WAPing's device list that could not be read. The others are
/// still shown; this one is named, and the overall state is never better
/// than it could be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct UnreadDevice {
    /// Its 1-based position in the whole list.
    pub position: u32,
    pub id: Option<DeviceId>,
    pub name: Option<String>,
    /// What was wrong with it, e.g. "no status field".
    pub problem: String,
    /// What its status said where one was read, else Unknown.
    pub state: SessionState,
}

impl UnreadDevice {
    /// How to name it to a person: its name, else its id, else its place.
    pub fn label(&self) -> String {
        match (&self.name, &self.id) {
            (Some(name), _) => name.clone(),
            (None, Some(id)) => id.to_string(),
            (None, None) => format!("device #{}", self.position),
        }
    }
}

/// A device list that could not be read whole: a page announced after the
/// first could not be read. Never shown or reported as all connected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PartialList {
    /// Devices read (readable or not) before the list broke off.
    pub read: u32,
    /// Why the rest could not be read.
    pub reason: String,
}

/// "WAPing Desk could only read 20 devices: page 2 …; 1 device could not
/// be read: Shop phone (no status field)", in `c`'s language. One wording
/// for the tray, the command line and the window. The causes are WAPing's
/// data as the reader described it, and stay as they are.
pub fn read_problem(
    c: &crate::i18n::Catalog,
    unread: &[UnreadDevice],
    partial: Option<&PartialList>,
) -> Option<String> {
    const SHOWN: usize = 3;
    let mut parts = Vec::new();
    if let Some(partial) = partial {
        parts.push(c.with(
            "read-partial",
            &[
                ("count", partial.read.into()),
                ("reason", partial.reason.as_str().into()),
            ],
        ));
    }
    if !unread.is_empty() {
        let names: Vec<String> = unread
            .iter()
            .take(SHOWN)
            .map(|u| format!("{} ({})", printable(&u.label(), 60), u.problem))
            .collect();
        let more = unread.len() - names.len();
        let names = names.join(&c.text("read-names-separator"));
        let count = (unread.len() as u64).into();
        parts.push(if more > 0 {
            c.with(
                "read-unreadable-more",
                &[
                    ("count", count),
                    ("names", names.into()),
                    ("more", (more as u64).into()),
                ],
            )
        } else {
            c.with(
                "read-unreadable",
                &[("count", count), ("names", names.into())],
            )
        });
    }
    (!parts.is_empty()).then(|| parts.join(&c.text("read-problems-separator")))
}

/// "2 entries could not be read: entry 3 (…), entry 9 (…) and 1 more":
/// `unread` counted with the noun `(one, many)`, the first `shown` of them
/// named by `name`.
pub fn not_read(
    unread: &[UnreadDevice],
    (one, many): (&str, &str),
    shown: usize,
    name: impl Fn(&UnreadDevice) -> String,
) -> String {
    let named: Vec<String> = unread.iter().take(shown).map(name).collect();
    let more = unread.len() - named.len();
    format!(
        "{} {} could not be read: {}{}",
        unread.len(),
        if unread.len() == 1 { one } else { many },
        named.join(", "),
        if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        }
    )
}

/// Everything one read of the device list found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeviceList {
    pub devices: Vec<Device>,
    pub unread: Vec<UnreadDevice>,
    /// Set when the list broke off before its end.
    pub partial: Option<PartialList>,
}

impl DeviceList {
    /// A whole list of readable devices.
    pub fn complete(devices: Vec<Device>) -> Self {
        Self {
            devices,
            ..Self::default()
        }
    }

    /// Every id WAPing named, readable or not.
    pub fn ids(&self) -> impl Iterator<Item = &DeviceId> {
        self.devices
            .iter()
            .map(|d| &d.id)
            .chain(self.unread.iter().filter_map(|u| u.id.as_ref()))
    }
}

/// The published WAPing plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum PlanTier {
    Free,
    Starter,
    Growth,
    Pro,
    Enterprise,
}

impl PlanTier {
    pub const ALL: [PlanTier; 5] = [
        PlanTier::Free,
        PlanTier::Starter,
        PlanTier::Growth,
        PlanTier::Pro,
        PlanTier::Enterprise,
    ];

    /// Linked devices allowed (pricing page, 2026-04-03).
    pub fn device_limit(self) -> u32 {
        match self {
            PlanTier::Free | PlanTier::Starter => 1,
            PlanTier::Growth => 5,
            PlanTier::Pro => 15,
            PlanTier::Enterprise => 50,
        }
    }

    /// Outbound messages per month.
    pub fn monthly_quota(self) -> u64 {
        match self {
            PlanTier::Free => 500,
            PlanTier::Starter => 3_000,
            PlanTier::Growth => 30_000,
            PlanTier::Pro => 300_000,
            PlanTier::Enterprise => 1_000_000,
        }
    }

    /// The Free plan has no REST API and no webhooks.
    pub fn api_access(self) -> bool {
        self != PlanTier::Free
    }

    pub fn label(self) -> &'static str {
        match self {
            PlanTier::Free => "Free",
            PlanTier::Starter => "Starter",
            PlanTier::Growth => "Growth",
            PlanTier::Pro => "Pro",
            PlanTier::Enterprise => "Enterprise",
        }
    }

    /// Case-insensitive match on the plan's name.
    pub fn from_name(name: &str) -> Option<Self> {
        let name = name.trim();
        Self::ALL
            .into_iter()
            .find(|tier| tier.label().eq_ignore_ascii_case(name))
    }
}

impl fmt::Display for PlanTier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The workspace's plan and its usage this month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Plan {
    /// Plan name as WAPing reports it.
    pub name: String,
    /// The published plan it matches, if any.
    pub tier: Option<PlanTier>,
    pub device_limit: u32,
    #[ts(type = "number")]
    pub monthly_quota: u64,
    #[ts(type = "number")]
    pub messages_sent: u64,
}

impl Plan {
    /// A plan with the published limits of `tier`.
    pub fn published(tier: PlanTier, messages_sent: u64) -> Self {
        Self {
            name: tier.label().to_owned(),
            tier: Some(tier),
            device_limit: tier.device_limit(),
            monthly_quota: tier.monthly_quota(),
            messages_sent,
        }
    }

    /// True when one more device would exceed the limit.
    pub fn devices_full(&self, linked: usize) -> bool {
        linked >= self.device_limit as usize
    }
}

/// Everything the app shows about a workspace at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Workspace {
    pub name: Option<String>,
    pub plan: Plan,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_plan_limits_match_pricing_page() {
        let table = [
            (PlanTier::Free, 1, 500, false),
            (PlanTier::Starter, 1, 3_000, true),
            (PlanTier::Growth, 5, 30_000, true),
            (PlanTier::Pro, 15, 300_000, true),
            (PlanTier::Enterprise, 50, 1_000_000, true),
        ];
        for (tier, devices, quota, api) in table {
            assert_eq!(tier.device_limit(), devices, "{tier}");
            assert_eq!(tier.monthly_quota(), quota, "{tier}");
            assert_eq!(tier.api_access(), api, "{tier}");
            assert_eq!(
                PlanTier::from_name(&tier.label().to_uppercase()),
                Some(tier)
            );
        }
        assert_eq!(PlanTier::from_name("Platinum"), None);
    }

    #[test]
    fn device_ids_reject_path_characters() {
        assert!(DeviceId::parse("dev_123").is_some());
        assert!(DeviceId::parse("dev-AbC9").is_some());
        assert!(DeviceId::parse("5511999999999@c.us").is_some());
        for bad in [
            "",
            ".",
            "..",
            "../v1/workspace",
            "dev 1",
            "dev/1",
            "dev?x=1",
            &"a".repeat(129),
        ] {
            assert!(DeviceId::parse(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn full_plan_is_detected_before_a_request() {
        let growth = Plan::published(PlanTier::Growth, 0);
        assert!(!growth.devices_full(4));
        assert!(growth.devices_full(5));
    }
}
