//! What the history views read: a device's timeline over a range, the 24-hour
//! strips of the cards, and the workspace ranking. Each gathers its inputs
//! with indexed range queries and computes the rest in one pass
//! (see `timeline`).

use super::timeline::{self, Change, Inputs, OpenOutage, Reachability};
use super::{state_from, History, HistoryError};
use crate::domain::{DeviceId, SessionState};
use crate::ErrorCode;
use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, OptionalExtension};
pub use waping_model::history_views::{
    DeviceHistory, EndingLabel, KindLabel, PeriodUptime, RankedDevice, Strip, UPTIME_PERIOD_DAYS,
};

/// "Now", and the watch span of the running monitor, which lasts until
/// `until` (now, while it watches) rather than until it was last written.
#[derive(Debug, Clone, Copy)]
pub struct Live {
    pub now: DateTime<Utc>,
    pub span: Option<LiveSpan>,
}

/// The running monitor's watch span, as far as it has watched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LiveSpan {
    pub id: i64,
    pub until: DateTime<Utc>,
}

impl Live {
    pub fn at(now: DateTime<Utc>) -> Self {
        Self { now, span: None }
    }
}

/// What every device of one range shares.
struct Shared {
    from: i64,
    to: i64,
    watched: Vec<(i64, i64)>,
    reachability: Vec<Reachability>,
}

impl History {
    /// Starts a watch span (the app is running and watching); returns its id.
    pub fn begin_span(&mut self, at: DateTime<Utc>) -> Result<i64, HistoryError> {
        let at = at.timestamp_millis();
        self.conn.execute(
            "INSERT INTO watch_spans (started_ms, until_ms) VALUES (?1, ?1)",
            params![at],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// The app watched until `at` (never moved back: a clock set back does
    /// not shorten what was watched).
    pub fn extend_span(&mut self, span: i64, at: DateTime<Utc>) -> Result<(), HistoryError> {
        self.conn.execute(
            "UPDATE watch_spans SET until_ms = MAX(until_ms, ?2) WHERE id = ?1",
            params![span, at.timestamp_millis()],
        )?;
        Ok(())
    }

    /// A phone was linked by scanning a code in this app.
    pub fn record_scan(
        &mut self,
        device_id: &DeviceId,
        at: DateTime<Utc>,
    ) -> Result<(), HistoryError> {
        self.conn.execute(
            "INSERT INTO scans (device_id, at_ms) VALUES (?1, ?2)",
            params![device_id.as_str(), at.timestamp_millis()],
        )?;
        Ok(())
    }

    /// One device over `[from, to)` (clipped to now), with its timeline drawn
    /// at `min_segment_ms` (0 for every change), outages and figures.
    pub fn device_history(
        &self,
        device_id: &DeviceId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        live: Live,
        min_segment_ms: i64,
    ) -> Result<Option<DeviceHistory>, HistoryError> {
        let Some(name) = self
            .conn
            .query_row(
                "SELECT name FROM devices WHERE device_id = ?1",
                params![device_id.as_str()],
                |r| r.get::<_, String>(0),
            )
            .optional()?
        else {
            return Ok(None);
        };
        let shared = self.shared(from, to, live)?;
        let inputs = self.inputs(device_id, &shared)?;
        let segments = timeline::segments(&inputs);
        let outages = timeline::outages(&inputs);
        let stats = timeline::stats(&inputs, &segments, &outages);
        Ok(Some(DeviceHistory {
            device_id: device_id.clone(),
            name,
            from: shared.from,
            to: shared.to,
            segments: timeline::coalesce(segments, min_segment_ms),
            outages,
            stats,
            // Read without a language: the agent words it in its own.
            legend: KindLabel::legend(english()),
            endings: EndingLabel::all(english()),
        }))
    }

    /// One device's uptime over each of [`UPTIME_PERIOD_DAYS`], ending now.
    pub fn uptime_periods(
        &self,
        device_id: &DeviceId,
        live: Live,
    ) -> Result<Option<Vec<PeriodUptime>>, HistoryError> {
        let mut periods = Vec::with_capacity(UPTIME_PERIOD_DAYS.len());
        for days in UPTIME_PERIOD_DAYS {
            let from = live.now - Duration::days(i64::from(days));
            // Only the figures are wanted: the coarsest timeline will do.
            let whole = (live.now - from).num_milliseconds();
            let Some(view) = self.device_history(device_id, from, live.now, live, whole)? else {
                return Ok(None);
            };
            periods.push(PeriodUptime {
                days,
                uptime: view.stats.uptime,
            });
        }
        Ok(Some(periods))
    }

    /// The strip of every device still in the workspace over `[from, now)`.
    pub fn strips(
        &self,
        from: DateTime<Utc>,
        live: Live,
        min_segment_ms: i64,
    ) -> Result<Vec<Strip>, HistoryError> {
        self.strips_of(from, live, min_segment_ms, None)
    }

    /// The strips of `only` those devices (all with `None`), of those still
    /// in the workspace: a device removed has none.
    pub fn strips_of(
        &self,
        from: DateTime<Utc>,
        live: Live,
        min_segment_ms: i64,
        only: Option<&[DeviceId]>,
    ) -> Result<Vec<Strip>, HistoryError> {
        let shared = self.shared(from, live.now, live)?;
        let ids: Vec<DeviceId> = self
            .conn
            .prepare_cached("SELECT device_id FROM devices WHERE removed = 0 ORDER BY device_id")?
            .query_map([], |r| r.get::<_, String>(0))?
            .map(|id| id.map(DeviceId::new))
            .filter(|id| match (id, only) {
                (Ok(id), Some(only)) => only.contains(id),
                _ => true,
            })
            .collect::<Result<_, _>>()?;
        ids.into_iter()
            .map(|device_id| {
                let inputs = self.inputs(&device_id, &shared)?;
                let segments = timeline::segments(&inputs);
                let uptime = timeline::stats(&inputs, &segments, &[]).uptime;
                Ok(Strip {
                    device_id,
                    from: shared.from,
                    to: shared.to,
                    segments: timeline::coalesce(segments, min_segment_ms),
                    uptime,
                })
            })
            .collect()
    }

    /// Devices still in the workspace, most disconnects in `[from, to)` first.
    pub fn ranking(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<RankedDevice>, HistoryError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.device_id, d.name, d.state, COUNT(t.at_ms), MAX(t.at_ms)
             FROM devices d
             LEFT JOIN transitions t ON t.device_id = d.device_id
                AND t.to_state = 'Disconnected' AND t.expected = 0
                AND t.at_ms >= ?1 AND t.at_ms < ?2
             WHERE d.removed = 0
             GROUP BY d.device_id",
        )?;
        let mut rows: Vec<RankedDevice> = stmt
            .query_map(
                params![from.timestamp_millis(), to.timestamp_millis()],
                |r| {
                    let state = state_from(&r.get::<_, String>(2)?);
                    Ok(RankedDevice {
                        device_id: DeviceId::new(r.get::<_, String>(0)?),
                        name: r.get(1)?,
                        state,
                        state_label: state.label().to_owned(),
                        disconnects: r.get(3)?,
                        last_disconnect: r.get(4)?,
                    })
                },
            )?
            .collect::<Result<_, _>>()?;
        rows.sort_by(|a, b| {
            b.disconnects
                .cmp(&a.disconnects)
                .then_with(|| b.last_disconnect.cmp(&a.last_disconnect))
                .then_with(|| a.name.cmp(&b.name))
        });
        Ok(rows)
    }

    fn shared(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        live: Live,
    ) -> Result<Shared, HistoryError> {
        let now = live.now.timestamp_millis();
        let from = from.timestamp_millis();
        let to = to.timestamp_millis().min(now);
        let mut watched: Vec<(i64, i64)> = self
            .conn
            .prepare_cached(
                "SELECT id, started_ms, until_ms FROM watch_spans
                 WHERE (until_ms > ?1 OR id = ?3) AND started_ms < ?2",
            )?
            .query_map(params![from, to, live.span.map(|s| s.id)], |r| {
                let (id, start, until): (i64, i64, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
                let until = match live.span {
                    Some(span) if span.id == id => {
                        until.max(span.until.timestamp_millis().min(now))
                    }
                    _ => until,
                };
                Ok((start, until))
            })?
            .collect::<Result<_, _>>()?;
        watched.retain(|(s, e)| e > s);
        let reachability = self
            .conn
            .prepare_cached(
                "SELECT * FROM (SELECT at_ms, ok, message, code IS ?3 FROM gateway_events
                    WHERE at_ms < ?1 ORDER BY at_ms DESC, id DESC LIMIT 1)
                 UNION ALL
                 SELECT * FROM (SELECT at_ms, ok, message, code IS ?3 FROM gateway_events
                    WHERE at_ms >= ?1 AND at_ms < ?2 ORDER BY at_ms, id)",
            )?
            .query_map(
                params![from, to, ErrorCode::ComputerOffline.as_str()],
                |r| {
                    Ok(Reachability {
                        at: r.get(0)?,
                        ok: r.get(1)?,
                        message: r.get(2)?,
                        offline: r.get(3)?,
                    })
                },
            )?
            .collect::<Result<_, _>>()?;
        Ok(Shared {
            from,
            to,
            watched,
            reachability,
        })
    }

    fn inputs(&self, device_id: &DeviceId, shared: &Shared) -> Result<Inputs, HistoryError> {
        let id = device_id.as_str();
        let changes: Vec<Change> = self
            .conn
            .prepare_cached(
                "SELECT * FROM (SELECT at_ms, to_state, reason, expected FROM transitions
                    WHERE device_id = ?1 AND at_ms < ?2 ORDER BY at_ms DESC, id DESC LIMIT 1)
                 UNION ALL
                 SELECT * FROM (SELECT at_ms, to_state, reason, expected FROM transitions
                    WHERE device_id = ?1 AND at_ms >= ?2 AND at_ms < ?3 ORDER BY at_ms, id)",
            )?
            .query_map(params![id, shared.from, shared.to], |r| {
                Ok(Change {
                    at: r.get(0)?,
                    state: state_from(&r.get::<_, String>(1)?),
                    reason: r.get(2)?,
                    expected: r.get(3)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let opening = changes.first().filter(|c| c.at < shared.from);
        let open_outage = match opening.map(|c| c.state) {
            Some(SessionState::Disconnected | SessionState::Unlinked) => {
                self.open_outage(id, shared.from)?
            }
            _ => None,
        };
        let scans_from = open_outage
            .as_ref()
            .map_or(shared.from, |o| o.start.min(shared.from));
        let scans = self
            .conn
            .prepare_cached(
                "SELECT at_ms FROM scans WHERE device_id = ?1 AND at_ms >= ?2 AND at_ms <= ?3
                 ORDER BY at_ms",
            )?
            .query_map(params![id, scans_from, shared.to], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(Inputs {
            from: shared.from,
            to: shared.to,
            changes,
            watched: shared.watched.clone(),
            reachability: shared.reachability.clone(),
            scans,
            open_outage,
        })
    }

    /// The outage a device is in at `at`, as it began: the first drop to
    /// Disconnected since it was last up.
    fn open_outage(&self, id: &str, at: i64) -> Result<Option<OpenOutage>, HistoryError> {
        let last_up: i64 = self
            .conn
            .prepare_cached(
                "SELECT at_ms FROM transitions WHERE device_id = ?1 AND at_ms < ?2
                   AND to_state IN ('Connected', 'Degraded')
                 ORDER BY at_ms DESC LIMIT 1",
            )?
            .query_row(params![id, at], |r| r.get(0))
            .optional()?
            .unwrap_or(i64::MIN);
        let drop = self
            .conn
            .prepare_cached(
                "SELECT at_ms, reason FROM transitions WHERE device_id = ?1 AND at_ms > ?2
                   AND at_ms < ?3 AND to_state = 'Disconnected' AND expected = 0
                 ORDER BY at_ms LIMIT 1",
            )?
            .query_row(params![id, last_up, at], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?))
            })
            .optional()?;
        let Some((start, reason)) = drop else {
            return Ok(None);
        };
        let relinked: bool = self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM transitions WHERE device_id = ?1 AND at_ms > ?2
                   AND at_ms < ?3 AND to_state = 'Unlinked')",
            )?
            .query_row(params![id, start, at], |r| r.get(0))?;
        Ok(Some(OpenOutage {
            start,
            reason,
            relinked,
        }))
    }
}

/// The words views are read with until shown in the app's language.
fn english() -> &'static crate::i18n::Catalog {
    crate::i18n::Catalog::of(crate::i18n::Locale::En)
}
