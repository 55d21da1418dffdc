//! The hooks' run log, kept with the history so that "did the pause run last
//! night?" still has an answer after a restart of the app or of its monitor.

use super::{from_ms, ms, History, HistoryError};
use crate::domain::{HookEvent, HookRun, HOOK_LOG_SIZE as LOG_SIZE};
use rusqlite::params;

impl History {
    /// Appends one run, dropping the oldest beyond [`LOG_SIZE`].
    pub fn record_hook_run(&mut self, run: &HookRun) -> Result<(), HistoryError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO hook_runs
                 (at_ms, event, device_name, target, ok, detail, millis, superseded_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                ms(run.at),
                run.event.as_str(),
                run.device_name,
                run.target,
                run.ok,
                run.detail,
                i64::try_from(run.millis).unwrap_or(i64::MAX),
                run.superseded_by.map(HookEvent::as_str),
            ],
        )?;
        tx.execute(
            "DELETE FROM hook_runs WHERE id <= (SELECT MAX(id) FROM hook_runs) - ?1",
            params![LOG_SIZE as i64],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The last `limit` runs, oldest first.
    pub fn hook_runs(&self, limit: usize) -> Result<Vec<HookRun>, HistoryError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at_ms, event, device_name, target, ok, detail, millis, superseded_by FROM (
                 SELECT * FROM hook_runs ORDER BY id DESC LIMIT ?1
             ) ORDER BY id",
        )?;
        let rows = stmt.query_map(params![limit as i64], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, bool>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, Option<String>>(7)?,
            ))
        })?;
        let mut runs = Vec::new();
        for row in rows {
            let (at, event, device_name, target, ok, detail, millis, superseded_by) = row?;
            // A row from a newer version of the app, with an event this one
            // does not know, is left out rather than shown wrong.
            let Some(event) = HookEvent::parse(&event) else {
                continue;
            };
            let superseded_by = match superseded_by.as_deref().map(HookEvent::parse) {
                None => None,
                Some(Some(newer)) => Some(newer),
                Some(None) => continue,
            };
            runs.push(HookRun {
                at: from_ms(at),
                event,
                device_name,
                target,
                ok,
                detail,
                millis: u64::try_from(millis).unwrap_or_default(),
                superseded_by,
            });
        }
        Ok(runs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::tests::temp_db;
    use chrono::{TimeZone, Utc};

    fn run(n: i64, ok: bool) -> HookRun {
        HookRun {
            at: Utc.timestamp_opt(1_790_000_000 + n, 0).unwrap(),
            event: if n % 2 == 0 {
                HookEvent::DeviceDown
            } else {
                HookEvent::DeviceUp
            },
            device_name: format!("Till {n}"),
            target: "url".into(),
            ok,
            detail: if ok {
                "HTTP 204".into()
            } else {
                "timed out".into()
            },
            millis: 12 + n as u64,
            superseded_by: (n % 3 == 0).then_some(HookEvent::DeviceUp),
        }
    }

    #[test]
    fn runs_are_read_back_after_reopening_the_file() {
        let path = temp_db("hook-runs");
        {
            let (mut history, _) = History::open(&path).unwrap();
            history.record_hook_run(&run(1, true)).unwrap();
            history.record_hook_run(&run(2, false)).unwrap();
        }
        let (history, _) = History::open(&path).unwrap();
        assert_eq!(
            history.hook_runs(50).unwrap(),
            vec![run(1, true), run(2, false)]
        );
        assert_eq!(history.hook_runs(1).unwrap(), vec![run(2, false)]);
    }

    #[test]
    fn the_log_keeps_only_the_newest_runs() {
        let mut history = History::open_in_memory().unwrap();
        let total = LOG_SIZE as i64 + 25;
        for n in 0..total {
            history.record_hook_run(&run(n, true)).unwrap();
        }
        let runs = history.hook_runs(usize::MAX >> 1).unwrap();
        assert_eq!(runs.len(), LOG_SIZE);
        assert_eq!(runs.first(), Some(&run(25, true)));
        assert_eq!(runs.last(), Some(&run(total - 1, true)));
    }

    #[test]
    fn a_run_of_an_unknown_event_is_left_out() {
        let mut history = History::open_in_memory().unwrap();
        history.record_hook_run(&run(1, true)).unwrap();
        history
            .conn
            .execute("UPDATE hook_runs SET event = 'device.exploded'", [])
            .unwrap();
        history.record_hook_run(&run(2, true)).unwrap();
        assert_eq!(history.hook_runs(10).unwrap(), vec![run(2, true)]);
    }
}
