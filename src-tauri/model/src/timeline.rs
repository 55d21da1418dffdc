//! Timelines, uptime and outages of one device over a range, computed in one
//! pass over what history holds: the device's changes, the periods the app
//! was watching, and WAPing's reachability.
//!
//! Times are epoch milliseconds: compact on the wire and cheap to compare.
//! The rules, in order, for any instant of the range:
//! 1. the app was not running → **no data** (never assumed connected);
//! 2. WAPing could not be reached → **unreachable** (not the phone's fault);
//! 3. otherwise the device's last confirmed state (no data before its first).
//!
//! Uptime is time Connected or Degraded (messages still go out) over that
//! plus time Disconnected. Unlinked (no phone linked, nothing to measure),
//! Unknown, unreachable and no-data time count neither way. An outage starts when the device drops to Disconnected and
//! ends when it is Connected or Degraded again.

use crate::domain::{words, SessionState};
use crate::i18n::{Catalog, Locale};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use crate::domain::{OutageEnd, SegmentKind};

impl SegmentKind {
    fn of(state: SessionState) -> Self {
        match state {
            SessionState::Connected => SegmentKind::Connected,
            SessionState::Degraded => SegmentKind::Degraded,
            SessionState::Disconnected => SegmentKind::Disconnected,
            SessionState::Unlinked => SegmentKind::Unlinked,
            SessionState::Unknown => SegmentKind::Unknown,
        }
    }

    /// Which kind a coalesced stretch shows: the one a user most needs to see.
    fn severity(self) -> u8 {
        match self {
            SegmentKind::NoData => 0,
            SegmentKind::Offline => 1,
            SegmentKind::Connected => 2,
            SegmentKind::Unknown => 3,
            SegmentKind::Degraded => 4,
            SegmentKind::Unreachable => 5,
            SegmentKind::Unlinked => 6,
            SegmentKind::Disconnected => 7,
        }
    }
}

/// One stretch of a timeline, `start <= t < end`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Segment {
    #[ts(type = "number")]
    pub start: i64,
    #[ts(type = "number")]
    pub end: i64,
    pub kind: SegmentKind,
    /// Its kind in words: "Connected", "No data (app not running)".
    pub kind_label: String,
    pub reason: Option<String>,
    /// More than one when short stretches were drawn together.
    pub changes: u32,
    /// Its length in words: "2 h 5 min".
    pub duration_text: String,
    /// Its reason in words (an unreachable stretch's is the error itself).
    pub reason_text: Option<String>,
}

impl Segment {
    pub fn duration(&self) -> i64 {
        self.end - self.start
    }

    fn new(start: i64, end: i64, kind: SegmentKind, reason: Option<String>) -> Self {
        Self {
            start,
            end,
            kind,
            kind_label: String::new(),
            reason,
            changes: 1,
            duration_text: String::new(),
            reason_text: None,
        }
    }

    /// Puts its length and reason in words, once its ends are final (in
    /// English: whoever shows it words it again in its language).
    fn worded(mut self) -> Self {
        self.reword(Catalog::of(Locale::En));
        self
    }

    /// Its words in `c`'s language.
    pub fn reword(&mut self, c: &Catalog) {
        self.kind_label = words::segment_label(c, self.kind);
        self.duration_text = words::human_millis(c, self.duration());
        self.reason_text = match self.kind {
            SegmentKind::Unreachable => self.reason.clone(),
            _ => self.reason.as_deref().map(|r| words::reason_label(c, r)),
        };
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Outage {
    #[ts(type = "number")]
    pub start: i64,
    /// `None` while it lasts.
    #[ts(type = "number | null")]
    pub end: Option<i64>,
    /// Up to the end, or up to now while it lasts.
    #[ts(type = "number")]
    pub duration: i64,
    pub reason: Option<String>,
    pub ended: OutageEnd,
    /// How it ended, in words: "By itself".
    pub ended_text: String,
    /// Its length in words: "2 h 5 min".
    pub duration_text: String,
    pub reason_text: Option<String>,
}

impl Outage {
    fn new(
        start: i64,
        end: Option<i64>,
        duration: i64,
        reason: Option<String>,
        ended: OutageEnd,
    ) -> Self {
        let mut outage = Self {
            start,
            end,
            duration,
            duration_text: String::new(),
            reason_text: None,
            reason,
            ended_text: String::new(),
            ended,
        };
        outage.reword(Catalog::of(Locale::En));
        outage
    }

    /// Its words in `c`'s language.
    pub fn reword(&mut self, c: &Catalog) {
        self.duration_text = words::human_millis(c, self.duration);
        self.reason_text = self.reason.as_deref().map(|r| words::reason_label(c, r));
        self.ended_text = words::outage_end_label(c, self.ended);
    }
}

/// Figures for one device over a range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Stats {
    /// Up time over measured time, 0..=1; `None` with nothing measured.
    pub uptime: Option<f64>,
    #[ts(type = "number")]
    pub up_ms: i64,
    #[ts(type = "number")]
    pub down_ms: i64,
    #[ts(type = "number")]
    pub unreachable_ms: i64,
    /// This computer had no network.
    #[ts(type = "number")]
    pub offline_ms: i64,
    #[ts(type = "number")]
    pub no_data_ms: i64,
    /// Drops to Disconnected that began inside the range.
    pub disconnects: u32,
    /// Mean and longest time to recover, over outages that ended in the range.
    #[ts(type = "number | null")]
    pub mean_recovery_ms: Option<i64>,
    #[ts(type = "number | null")]
    pub longest_recovery_ms: Option<i64>,
    /// The spans above in words ("2 h 5 min"), where there are any.
    pub words: StatsWords,
}

/// [`Stats`]' spans in words; `None` where there is nothing to tell.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StatsWords {
    pub mean_recovery: Option<String>,
    pub longest_recovery: Option<String>,
    pub unreachable: Option<String>,
    pub offline: Option<String>,
    pub no_data: Option<String>,
}

/// A confirmed state change as the timeline needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub at: i64,
    pub state: SessionState,
    pub reason: Option<String>,
    /// Part of normal life (the reconnect right after a scan): never an outage.
    pub expected: bool,
}

/// A change in WAPing's reachability: `ok` false from `at` until the next `ok`.
#[derive(Debug, Clone, PartialEq)]
pub struct Reachability {
    pub at: i64,
    pub ok: bool,
    pub message: Option<String>,
    /// Not WAPing's fault: the computer itself had no network.
    pub offline: bool,
}

/// Everything one device's range is computed from.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub from: i64,
    /// Already clipped to now.
    pub to: i64,
    /// Oldest first; the first may be before `from` (the state the range opens in).
    pub changes: Vec<Change>,
    /// When the app was watching, `(start, end)`, any order, may overlap.
    pub watched: Vec<(i64, i64)>,
    /// Oldest first; the first may be before `from`.
    pub reachability: Vec<Reachability>,
    /// When the phone was linked by a scan in this app.
    pub scans: Vec<i64>,
    /// The outage the range opens in, if any, as it truly began.
    pub open_outage: Option<OpenOutage>,
}

/// An outage already under way when the range begins.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenOutage {
    pub start: i64,
    pub reason: Option<String>,
    /// It already passed through Unlinked (a new QR code) before the range.
    pub relinked: bool,
}

/// The full-resolution timeline of a range.
pub fn segments(inputs: &Inputs) -> Vec<Segment> {
    let (from, to) = (inputs.from, inputs.to);
    if from >= to {
        return Vec::new();
    }
    let watched = merge_spans(&inputs.watched, from, to);
    let mut points: Vec<i64> = vec![from, to];
    let inside = |t: i64| t > from && t < to;
    points.extend(inputs.changes.iter().map(|c| c.at).filter(|t| inside(*t)));
    points.extend(
        inputs
            .reachability
            .iter()
            .map(|r| r.at)
            .filter(|t| inside(*t)),
    );
    points.extend(
        watched
            .iter()
            .flat_map(|&(s, e)| [s, e])
            .filter(|t| inside(*t)),
    );
    points.sort_unstable();
    points.dedup();

    let (mut ci, mut ri, mut wi) = (0usize, 0usize, 0usize);
    let mut out: Vec<Segment> = Vec::new();
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        while ci < inputs.changes.len() && inputs.changes[ci].at <= a {
            ci += 1;
        }
        while ri < inputs.reachability.len() && inputs.reachability[ri].at <= a {
            ri += 1;
        }
        while wi < watched.len() && watched[wi].1 <= a {
            wi += 1;
        }
        let covered = watched.get(wi).is_some_and(|&(s, _)| s <= a);
        let failing = ri
            .checked_sub(1)
            .map(|i| &inputs.reachability[i])
            .filter(|r| !r.ok);
        let state = ci.checked_sub(1).map(|i| &inputs.changes[i]);
        let (kind, reason) = match (covered, failing, state) {
            (false, _, _) => (SegmentKind::NoData, None),
            // Before a device is first seen there is nothing to shade.
            (true, _, None) => (SegmentKind::NoData, None),
            (true, Some(r), Some(_)) if r.offline => (SegmentKind::Offline, None),
            (true, Some(r), Some(_)) => (SegmentKind::Unreachable, r.message.clone()),
            (true, None, Some(c)) => (SegmentKind::of(c.state), c.reason.clone()),
        };
        match out.last_mut() {
            Some(last) if last.kind == kind && last.reason == reason && last.end == a => {
                last.end = b;
            }
            _ => out.push(Segment::new(a, b, kind, reason)),
        }
    }
    out.into_iter().map(Segment::worded).collect()
}

/// Sorted, merged watching spans clipped to the range.
fn merge_spans(spans: &[(i64, i64)], from: i64, to: i64) -> Vec<(i64, i64)> {
    let mut clipped: Vec<(i64, i64)> = spans
        .iter()
        .map(|&(s, e)| (s.max(from), e.min(to)))
        .filter(|(s, e)| s < e)
        .collect();
    clipped.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::with_capacity(clipped.len());
    for (s, e) in clipped {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// Outages overlapping the range, oldest first.
pub fn outages(inputs: &Inputs) -> Vec<Outage> {
    struct Open {
        start: i64,
        reason: Option<String>,
        relinked: bool,
    }
    let rescanned = |start: i64, end: i64| {
        let first = inputs.scans.partition_point(|&s| s < start);
        inputs.scans.get(first).is_some_and(|&s| s <= end)
    };
    let mut open: Option<Open> = inputs.open_outage.clone().map(|o| Open {
        start: o.start,
        reason: o.reason,
        relinked: o.relinked,
    });
    let mut out = Vec::new();
    for change in &inputs.changes {
        match change.state {
            SessionState::Disconnected if open.is_none() && !change.expected => {
                open = Some(Open {
                    start: change.at,
                    reason: change.reason.clone(),
                    relinked: false,
                });
            }
            // WAPing shows a session waiting for a new QR code as Unlinked.
            SessionState::Unlinked => {
                if let Some(o) = open.as_mut() {
                    o.relinked = true;
                }
            }
            SessionState::Connected | SessionState::Degraded => {
                if let Some(o) = open.take() {
                    if change.at >= inputs.from {
                        let ended = if o.relinked || rescanned(o.start, change.at) {
                            OutageEnd::Rescan
                        } else {
                            OutageEnd::ByItself
                        };
                        out.push(Outage::new(
                            o.start,
                            Some(change.at),
                            change.at - o.start,
                            o.reason,
                            ended,
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        out.push(Outage::new(
            o.start,
            None,
            (inputs.to - o.start).max(0),
            o.reason,
            OutageEnd::Ongoing,
        ));
    }
    out
}

pub fn stats(inputs: &Inputs, segments: &[Segment], outages: &[Outage]) -> Stats {
    let mut s = Stats {
        uptime: None,
        up_ms: 0,
        down_ms: 0,
        unreachable_ms: 0,
        offline_ms: 0,
        no_data_ms: 0,
        disconnects: 0,
        mean_recovery_ms: None,
        longest_recovery_ms: None,
        words: StatsWords::default(),
    };
    for seg in segments {
        let d = seg.duration();
        match seg.kind {
            SegmentKind::Connected | SegmentKind::Degraded => s.up_ms += d,
            SegmentKind::Disconnected => s.down_ms += d,
            SegmentKind::Unreachable => s.unreachable_ms += d,
            SegmentKind::Offline => s.offline_ms += d,
            SegmentKind::NoData => s.no_data_ms += d,
            SegmentKind::Unlinked | SegmentKind::Unknown => {}
        }
    }
    let measured = s.up_ms + s.down_ms;
    if measured > 0 {
        s.uptime = Some(s.up_ms as f64 / measured as f64);
    }
    s.disconnects = outages.iter().filter(|o| o.start >= inputs.from).count() as u32;
    let recovered: Vec<i64> = outages
        .iter()
        .filter(|o| o.end.is_some())
        .map(|o| o.duration)
        .collect();
    if !recovered.is_empty() {
        s.mean_recovery_ms = Some(recovered.iter().sum::<i64>() / recovered.len() as i64);
        s.longest_recovery_ms = recovered.iter().copied().max();
    }
    s.reword(Catalog::of(Locale::En));
    s
}

impl Stats {
    /// Its spans in words in `c`'s language.
    pub fn reword(&mut self, c: &Catalog) {
        let millis = |ms: i64| words::human_millis(c, ms);
        let nonzero = |ms: i64| (ms > 0).then(|| millis(ms));
        self.words = StatsWords {
            mean_recovery: self.mean_recovery_ms.map(millis),
            longest_recovery: self.longest_recovery_ms.map(millis),
            unreachable: nonzero(self.unreachable_ms),
            offline: nonzero(self.offline_ms),
            no_data: nonzero(self.no_data_ms),
        };
    }
}

/// Draws stretches shorter than `min_ms` together, showing the most severe
/// kind among them, so a month of flapping fits the pixels it is drawn on.
/// Figures are always computed from the full-resolution segments.
/// Each comes out with its words.
pub fn coalesce(segments: Vec<Segment>, min_ms: i64) -> Vec<Segment> {
    draw_together(segments, min_ms)
        .into_iter()
        .map(Segment::worded)
        .collect()
}

fn draw_together(segments: Vec<Segment>, min_ms: i64) -> Vec<Segment> {
    if min_ms <= 0 {
        return segments;
    }
    let mut out: Vec<Segment> = Vec::new();
    let mut pending: Option<Segment> = None;
    for seg in segments {
        if seg.duration() >= min_ms {
            if let Some(p) = pending.take() {
                push_merged(&mut out, p);
            }
            push_merged(&mut out, seg);
            continue;
        }
        pending = Some(match pending.take() {
            None => seg,
            Some(mut p) => {
                if seg.kind.severity() > p.kind.severity() {
                    p.kind = seg.kind;
                    p.reason = seg.reason;
                }
                p.end = seg.end;
                p.changes += seg.changes;
                p
            }
        });
        if let Some(p) = pending.as_ref().filter(|p| p.duration() >= min_ms) {
            push_merged(&mut out, p.clone());
            pending = None;
        }
    }
    if let Some(p) = pending {
        push_merged(&mut out, p);
    }
    out
}

fn push_merged(out: &mut Vec<Segment>, seg: Segment) {
    match out.last_mut() {
        Some(last) if last.kind == seg.kind && last.reason == seg.reason => {
            last.end = seg.end;
            last.changes += seg.changes;
        }
        _ => out.push(seg),
    }
}

#[cfg(test)]
#[path = "timeline_tests.rs"]
mod tests;
