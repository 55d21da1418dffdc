//! What the history views show: a device's timeline over a range, the cards'
//! strips, the workspace ranking and the export formats. Core's `history`
//! reads them from its store.

use crate::domain::{words, DeviceId, OutageEnd, SegmentKind, SessionState};
use crate::i18n::Catalog;
use crate::timeline::{Outage, Segment, Stats};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One device over a range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DeviceHistory {
    pub device_id: DeviceId,
    pub name: String,
    #[ts(type = "number")]
    pub from: i64,
    /// The end of the range, never later than now.
    #[ts(type = "number")]
    pub to: i64,
    pub segments: Vec<Segment>,
    pub outages: Vec<Outage>,
    pub stats: Stats,
    /// The kinds its timeline's legend explains, in order, with their words.
    pub legend: Vec<KindLabel>,
    /// The ways an outage may end, with their words, for the outage filter.
    pub endings: Vec<EndingLabel>,
}

impl DeviceHistory {
    /// Its words in `c`'s language: history is read without a language, and
    /// words are made for the one shown when it is shown.
    pub fn reword(mut self, c: &Catalog) -> Self {
        self.segments.iter_mut().for_each(|s| s.reword(c));
        self.outages.iter_mut().for_each(|o| o.reword(c));
        self.stats.reword(c);
        self.legend = KindLabel::legend(c);
        self.endings = EndingLabel::all(c);
        self
    }
}

/// A kind of stretch and its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct KindLabel {
    pub kind: SegmentKind,
    pub label: String,
}

impl KindLabel {
    /// Every kind a legend explains.
    pub fn legend(c: &Catalog) -> Vec<Self> {
        SegmentKind::LEGEND
            .into_iter()
            .map(|kind| Self {
                kind,
                label: words::segment_label(c, kind),
            })
            .collect()
    }
}

/// A way an outage may end and its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EndingLabel {
    pub ended: OutageEnd,
    pub label: String,
}

impl EndingLabel {
    /// Every way an outage may end.
    pub fn all(c: &Catalog) -> Vec<Self> {
        OutageEnd::ALL
            .into_iter()
            .map(|ended| Self {
                ended,
                label: words::outage_end_label(c, ended),
            })
            .collect()
    }
}

/// A device's uptime over the last `days`, ending now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PeriodUptime {
    pub days: u32,
    pub uptime: Option<f64>,
}

/// The periods a device's view gives its uptime for: 24 hours, 7 and 30 days.
pub const UPTIME_PERIOD_DAYS: [u32; 3] = [1, 7, 30];

/// A card's status strip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Strip {
    pub device_id: DeviceId,
    #[ts(type = "number")]
    pub from: i64,
    #[ts(type = "number")]
    pub to: i64,
    pub segments: Vec<Segment>,
    pub uptime: Option<f64>,
}

impl Strip {
    /// Its words in `c`'s language.
    pub fn reword(mut self, c: &Catalog) -> Self {
        self.segments.iter_mut().for_each(|s| s.reword(c));
        self
    }
}

/// A row of the workspace ranking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RankedDevice {
    pub device_id: DeviceId,
    pub name: String,
    pub state: SessionState,
    /// The state in words (history keeps no raw status to name).
    pub state_label: String,
    pub disconnects: u32,
    #[ts(type = "number | null")]
    pub last_disconnect: Option<i64>,
}

impl RankedDevice {
    /// Its words in `c`'s language.
    pub fn reword(mut self, c: &Catalog) -> Self {
        self.state_label = words::state_label(c, self.state, "");
        self
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "ExportFormat")]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}
