//! What a stretch of a device's history shows, and how an outage ended: the
//! kinds the timeline computes and `words` puts in words.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a stretch of the timeline shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum SegmentKind {
    Connected,
    Degraded,
    Disconnected,
    Unlinked,
    Unknown,
    /// WAPing could not be reached or refused the key: device state unknown.
    Unreachable,
    /// This computer had no network (as its OS said): nothing could be
    /// asked, and WAPing is not to blame.
    Offline,
    /// The app was not running.
    NoData,
}

impl SegmentKind {
    pub const ALL: [SegmentKind; 8] = [
        SegmentKind::Connected,
        SegmentKind::Degraded,
        SegmentKind::Disconnected,
        SegmentKind::Unlinked,
        SegmentKind::Unknown,
        SegmentKind::Unreachable,
        SegmentKind::Offline,
        SegmentKind::NoData,
    ];

    /// The kinds a timeline's legend explains, in its order (an Unknown
    /// stretch is rare and named where it is shown).
    pub const LEGEND: [SegmentKind; 7] = [
        SegmentKind::Connected,
        SegmentKind::Degraded,
        SegmentKind::Disconnected,
        SegmentKind::Unlinked,
        SegmentKind::Unreachable,
        SegmentKind::Offline,
        SegmentKind::NoData,
    ];

    /// Its code in exports (not words: those are `words::segment_label`).
    pub fn label(self) -> &'static str {
        match self {
            SegmentKind::Connected => "Connected",
            SegmentKind::Degraded => "Degraded",
            SegmentKind::Disconnected => "Disconnected",
            SegmentKind::Unlinked => "Unlinked",
            SegmentKind::Unknown => "Unknown",
            SegmentKind::Unreachable => "Unreachable",
            SegmentKind::Offline => "Offline",
            SegmentKind::NoData => "NoData",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.label() == raw)
    }
}

/// How an outage ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum OutageEnd {
    /// The phone was linked again by scanning a QR code.
    Rescan,
    /// The session came back without a new scan (the phone came back online).
    ByItself,
    /// Still down.
    Ongoing,
}

impl OutageEnd {
    pub const ALL: [OutageEnd; 3] = [OutageEnd::Rescan, OutageEnd::ByItself, OutageEnd::Ongoing];
}
