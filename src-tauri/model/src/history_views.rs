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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::timeline::StatsWords;

    const HOUR: i64 = 3_600_000;

    fn history() -> DeviceHistory {
        let en = Catalog::of(Locale::En);
        DeviceHistory {
            device_id: DeviceId::new("dev_1"),
            name: "Shop".into(),
            from: 0,
            to: 3 * 24 * HOUR,
            segments: vec![Segment {
                start: 0,
                end: 2 * HOUR + 300_000,
                kind: SegmentKind::Disconnected,
                kind_label: "Disconnected".into(),
                reason: Some("logged_out".into()),
                changes: 1,
                duration_text: "2 h 5 min".into(),
                reason_text: Some("Logged out on the phone".into()),
            }],
            outages: vec![Outage {
                start: 0,
                end: None,
                duration: 2 * 24 * HOUR,
                reason: Some("policy".into()),
                ended: OutageEnd::Ongoing,
                ended_text: "Still down".into(),
                duration_text: "2 d".into(),
                reason_text: Some("Cut by WhatsApp policy".into()),
            }],
            stats: Stats {
                uptime: None,
                up_ms: 0,
                down_ms: 0,
                unreachable_ms: HOUR,
                offline_ms: 0,
                no_data_ms: 0,
                disconnects: 1,
                mean_recovery_ms: Some(14 * 60_000),
                longest_recovery_ms: None,
                words: StatsWords::default(),
            },
            legend: KindLabel::legend(en),
            endings: EndingLabel::all(en),
        }
    }

    #[test]
    fn a_history_read_in_english_is_shown_in_the_language_spoken() {
        let pt = history().reword(Catalog::of(Locale::PtBr));
        assert_eq!(pt.segments[0].kind_label, "Desconectado");
        assert_eq!(pt.segments[0].duration_text, "2 h 5 min");
        assert_eq!(
            pt.segments[0].reason_text.as_deref(),
            Some("A sessão foi encerrada no celular")
        );
        assert_eq!(pt.outages[0].ended_text, "Ainda fora");
        assert_eq!(pt.outages[0].duration_text, "2 dias");
        assert_eq!(pt.stats.words.mean_recovery.as_deref(), Some("14 min"));
        assert_eq!(pt.stats.words.unreachable.as_deref(), Some("1 h"));
        assert_eq!(pt.stats.words.offline, None);
        assert!(pt
            .legend
            .iter()
            .any(|k| k.kind == SegmentKind::Unreachable && k.label == "WAPing fora do ar"));
        assert_eq!(pt.endings[1].label, "Voltou sozinho");

        let de = history().reword(Catalog::of(Locale::De));
        assert_eq!(de.outages[0].duration_text, "2 Tage");
        assert_eq!(de.segments[0].duration_text, "2 Std. 5 Min.");
        let ranked = RankedDevice {
            device_id: DeviceId::new("dev_1"),
            name: "Shop".into(),
            state: SessionState::Degraded,
            state_label: "Degraded".into(),
            disconnects: 0,
            last_disconnect: None,
        };
        assert_eq!(
            ranked.reword(Catalog::of(Locale::De)).state_label,
            "Instabil"
        );
    }
}
