//! The local history: every transition and every gateway-health change, in
//! SQLite. Transitions, not polls, so it stays small and fast.

mod backup;
mod clean_exit;
pub mod export;
mod hook_log;
mod queries;
mod schema;
pub use waping_model::timeline;

pub use backup::backup_path;
pub use queries::{
    DeviceHistory, Live, LiveSpan, PeriodUptime, RankedDevice, Strip, UPTIME_PERIOD_DAYS,
};
pub use waping_model::history_change::{HistoryChange, HistoryChanges};

use crate::domain::{DeviceId, SessionState};
use crate::domain::{GatewayHealth, Known, Source, Transition};
use crate::ErrorCode;
use chrono::{DateTime, Duration, TimeZone, Utc};
use rusqlite::{params, Connection, ErrorCode as SqliteCode, OptionalExtension};
use std::path::{Path, PathBuf};
use waping_model::AppError;

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("the history database is locked by another program: {0}")]
    Locked(String),
    #[error("the history database cannot be used: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("the history database could not be upgraded: {0}")]
    Migration(String),
    /// Written by a newer version of the app: refused before anything in it
    /// changes, so that version can still read it.
    #[error("the history database{} has schema {found}, newer than this version reads ({known}); it was left as it was", written_by.as_deref().map(|v| format!(", written by version {v},")).unwrap_or_default())]
    TooNew {
        found: usize,
        known: usize,
        written_by: Option<String>,
    },
    #[error("the history database could not be moved aside: {0}")]
    Io(#[from] std::io::Error),
}

impl HistoryError {
    pub fn code(&self) -> ErrorCode {
        match self {
            HistoryError::Locked(_) => ErrorCode::HistoryLocked,
            HistoryError::Sqlite(_) | HistoryError::Io(_) | HistoryError::Migration(_) => {
                ErrorCode::HistoryError
            }
            HistoryError::TooNew { .. } => ErrorCode::HistoryMigration,
        }
    }
}

impl From<HistoryError> for AppError {
    fn from(e: HistoryError) -> Self {
        Self::new(e.code(), e.to_string())
    }
}

/// What happened to a database that could not be opened.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    pub moved_to: PathBuf,
    pub cause: String,
}

pub struct History {
    /// Declared before `marker`: fields drop in order, so the connection
    /// closes (checkpointing the WAL) before the marker goes.
    conn: Connection,
    /// The writer's sign that the database is open; readers have none.
    marker: Option<clean_exit::OpenMarker>,
    checked_at_open: bool,
}

/// A gateway-health change as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthEvent {
    pub at: DateTime<Utc>,
    pub ok: bool,
    pub code: Option<String>,
    pub message: Option<String>,
}

fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

fn from_ms(v: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(v).single().unwrap_or_default()
}

fn state_from(raw: &str) -> SessionState {
    SessionState::ALL
        .into_iter()
        .find(|s| s.label() == raw)
        .unwrap_or(SessionState::Unknown)
}

impl History {
    /// Opens (creating if needed) the database at `path` as its writer. A
    /// file that is not a readable SQLite database is moved aside and a fresh
    /// one created; the caller tells the user where the old one went. Every
    /// page is read (`quick_check`) only if a writer ended without closing
    /// the database since it was last checked (see `clean_exit`).
    pub fn open(path: &Path) -> Result<(Self, Option<Recovered>), HistoryError> {
        if let Some(dir) = path.parent() {
            private::create_dir(dir)?;
        }
        private::prepare_db(path)?;
        let (marker, left) = match clean_exit::claim(path) {
            Ok((marker, left)) => (Some(marker), Some(left)),
            Err(e) => {
                tracing::warn!("history: cannot mark the database open ({e}); it is checked each time it opens");
                (None, None)
            }
        };
        // With no marker there is no telling how the last run ended.
        let check = left.as_ref().is_none_or(|left| !left.is_empty());
        if left.as_ref().is_some_and(|left| !left.is_empty()) {
            tracing::info!("history: the database was not closed last time; checking it");
        }
        let (mut history, recovered) = match Self::open_checked(path, check) {
            Ok(history) => (history, None),
            Err(HistoryError::Sqlite(e)) if is_corrupt(&e) => {
                let moved_to = move_aside(path)?;
                private::prepare_db(path)?;
                tracing::error!(
                    ?moved_to,
                    "history database unreadable ({e}); starting a new one"
                );
                let mut history = Self::open_checked(path, false)?;
                history.checked_at_open = check;
                let recovered = Recovered {
                    moved_to,
                    cause: e.to_string(),
                };
                (history, Some(recovered))
            }
            Err(e) => return Err(e),
        };
        if let Some(left) = left {
            left.remove();
        }
        history.marker = marker;
        Ok((history, recovered))
    }

    /// Whether opening read every page (`PRAGMA quick_check`): after a writer
    /// ended without closing the database, or when that could not be told.
    /// Readers and the second writer never check.
    pub fn checked_at_open(&self) -> bool {
        self.checked_at_open
    }

    /// A second connection for the views to read from while the monitor
    /// writes (WAL lets readers and the writer go on together). It neither
    /// creates nor migrates: the monitor's connection has done both.
    pub fn open_reader(path: &Path) -> Result<Self, HistoryError> {
        let history = Self::open_existing(path)?;
        history.conn.pragma_update(None, "query_only", "ON")?;
        Ok(history)
    }

    /// A second writer beside the monitor's, for the hooks' run log; like a
    /// reader, it expects the database the monitor has opened.
    pub fn open_beside(path: &Path) -> Result<Self, HistoryError> {
        Self::open_existing(path)
    }

    fn open_existing(path: &Path) -> Result<Self, HistoryError> {
        use rusqlite::OpenFlags;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(Self::unmarked(conn))
    }

    /// A connection that leaves no marker and was not checked.
    fn unmarked(conn: Connection) -> Self {
        Self {
            conn,
            marker: None,
            checked_at_open: false,
        }
    }

    pub fn open_in_memory() -> Result<Self, HistoryError> {
        let mut conn = Connection::open_in_memory()?;
        schema::migrate(&mut conn)?;
        Ok(Self::unmarked(conn))
    }

    fn open_checked(path: &Path, check: bool) -> Result<Self, HistoryError> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let locked = |e: rusqlite::Error| match e.sqlite_error_code() {
            Some(SqliteCode::DatabaseBusy | SqliteCode::DatabaseLocked) => {
                HistoryError::Locked(e.to_string())
            }
            _ => HistoryError::Sqlite(e),
        };
        // A newer version's file is refused before anything in it changes.
        let found = schema::version(&conn).map_err(locked)?;
        if found > schema::LATEST {
            return Err(HistoryError::TooNew {
                found,
                known: schema::LATEST,
                written_by: schema::last_writer(&conn),
            });
        }
        // WAL with NORMAL sync: a committed row survives the process being
        // killed, at a fraction of FULL's cost.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(locked)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(locked)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(locked)?;
        if check {
            let verdict: String = conn
                .query_row("PRAGMA quick_check", [], |r| r.get(0))
                .map_err(locked)?;
            if verdict != "ok" {
                return Err(HistoryError::Sqlite(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                    Some(verdict),
                )));
            }
        }
        if found > 0 && found < schema::LATEST {
            backup::copy_before_upgrade(&conn, path, found)?;
        }
        schema::migrate(&mut conn).map_err(|e| match e {
            HistoryError::Sqlite(e) => locked(e),
            other => other,
        })?;
        schema::record_writer(&conn, ms(Utc::now())).map_err(locked)?;
        let mut history = Self::unmarked(conn);
        history.checked_at_open = check;
        Ok(history)
    }

    /// Writes one transition (and the device's latest state) in one transaction.
    pub fn record(&mut self, t: &Transition) -> Result<i64, HistoryError> {
        let tx = self.conn.transaction()?;
        let id = insert(&tx, t)?;
        tx.commit()?;
        Ok(id)
    }

    /// Records that WAPing became reachable or stopped being so.
    pub fn record_health(
        &mut self,
        at: DateTime<Utc>,
        health: &GatewayHealth,
    ) -> Result<(), HistoryError> {
        let (ok, code, message) = match health {
            GatewayHealth::Ok => (true, None, None),
            GatewayHealth::Failing { code, message, .. } => {
                (false, Some(code.to_string()), Some(message.as_str()))
            }
            GatewayHealth::Starting => return Ok(()),
        };
        self.conn.execute(
            "INSERT INTO gateway_events (at_ms, ok, code, message) VALUES (?1, ?2, ?3, ?4)",
            params![ms(at), ok, code, message],
        )?;
        Ok(())
    }

    /// Marks a device as gone from the workspace (its history stays).
    pub fn mark_removed(&mut self, device_id: &DeviceId) -> Result<(), HistoryError> {
        self.conn.execute(
            "UPDATE devices SET removed = 1 WHERE device_id = ?1",
            params![device_id.as_str()],
        )?;
        Ok(())
    }

    /// The last confirmed state of every device still in the workspace.
    pub fn last_known(&self) -> Result<Vec<(DeviceId, Known)>, HistoryError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT device_id, name, state, since_ms, reason FROM devices WHERE removed = 0 ORDER BY device_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                DeviceId::new(r.get::<_, String>(0)?),
                Known {
                    name: r.get(1)?,
                    state: state_from(&r.get::<_, String>(2)?),
                    since: from_ms(r.get(3)?),
                    reason: r.get(4)?,
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One device's transitions with `from <= at < to`, oldest first, plus
    /// the last one before `from` (the state the range opens in).
    pub fn transitions(
        &self,
        device_id: &DeviceId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Transition>, HistoryError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT * FROM (
                SELECT device_id, device_name, from_state, to_state, at_ms, reason, source, expected
                FROM transitions WHERE device_id = ?1 AND at_ms < ?2 ORDER BY at_ms DESC, id DESC LIMIT 1)
             UNION ALL
             SELECT * FROM (
                SELECT device_id, device_name, from_state, to_state, at_ms, reason, source, expected
                FROM transitions WHERE device_id = ?1 AND at_ms >= ?2 AND at_ms < ?3 ORDER BY at_ms, id)",
        )?;
        let rows = stmt.query_map(params![device_id.as_str(), ms(from), ms(to)], |r| {
            Ok(Transition {
                device_id: DeviceId::new(r.get::<_, String>(0)?),
                device_name: r.get(1)?,
                from: r.get::<_, Option<String>>(2)?.as_deref().map(state_from),
                to: state_from(&r.get::<_, String>(3)?),
                at: from_ms(r.get(4)?),
                reason: r.get(5)?,
                source: Source::parse(&r.get::<_, String>(6)?).unwrap_or(Source::Poll),
                expected: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn health_events(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<HealthEvent>, HistoryError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at_ms, ok, code, message FROM gateway_events WHERE at_ms >= ?1 AND at_ms < ?2 ORDER BY at_ms, id",
        )?;
        let rows = stmt.query_map(params![ms(from), ms(to)], |r| {
            Ok(HealthEvent {
                at: from_ms(r.get(0)?),
                ok: r.get(1)?,
                code: r.get(2)?,
                message: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Deletes what is older than `keep`; returns the rows removed.
    pub fn prune(&mut self, now: DateTime<Utc>, keep: Duration) -> Result<usize, HistoryError> {
        let cutoff = ms(now - keep);
        let tx = self.conn.transaction()?;
        // Keep each device's latest transition, whatever its age: it is the
        // state the next range opens in.
        let n = tx.execute(
            "DELETE FROM transitions WHERE at_ms < ?1 AND id NOT IN (SELECT last_transition FROM devices)",
            params![cutoff],
        )?;
        let mut m = 0;
        for table in [
            "DELETE FROM gateway_events WHERE at_ms < ?1",
            "DELETE FROM scans WHERE at_ms < ?1",
            "DELETE FROM watch_spans WHERE until_ms < ?1",
        ] {
            m += tx.execute(table, params![cutoff])?;
        }
        tx.commit()?;
        Ok(n + m)
    }

    pub fn transition_count(&self) -> Result<i64, HistoryError> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM transitions", [], |r| r.get(0))?)
    }

    pub fn integrity_check(&self) -> Result<String, HistoryError> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// For bulk loads (benchmarks, imports): many transitions in one transaction.
    pub fn record_many(&mut self, transitions: &[Transition]) -> Result<(), HistoryError> {
        let tx = self.conn.transaction()?;
        for t in transitions {
            insert(&tx, t)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The id of the last transition recorded for a device, if any.
    pub fn last_transition_id(&self, device_id: &DeviceId) -> Result<Option<i64>, HistoryError> {
        Ok(self
            .conn
            .query_row(
                "SELECT last_transition FROM devices WHERE device_id = ?1",
                params![device_id.as_str()],
                |r| r.get(0),
            )
            .optional()?)
    }
}

/// Inserts a transition and moves the device's latest state along with it.
fn insert(tx: &rusqlite::Transaction<'_>, t: &Transition) -> Result<i64, HistoryError> {
    tx.prepare_cached(
        "INSERT INTO transitions (device_id, device_name, from_state, to_state, at_ms, reason, source, expected)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        t.device_id.as_str(),
        t.device_name,
        t.from.map(SessionState::label),
        t.to.label(),
        ms(t.at),
        t.reason,
        t.source.as_str(),
        t.expected,
    ])?;
    let id = tx.last_insert_rowid();
    tx.prepare_cached(
        "INSERT INTO devices (device_id, name, state, since_ms, reason, last_transition)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(device_id) DO UPDATE SET name = ?2, state = ?3, since_ms = ?4, reason = ?5,
           last_transition = ?6, removed = 0",
    )?
    .execute(params![
        t.device_id.as_str(),
        t.device_name,
        t.to.label(),
        ms(t.at),
        t.reason,
        id
    ])?;
    Ok(id)
}

fn is_corrupt(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(SqliteCode::NotADatabase | SqliteCode::DatabaseCorrupt)
    )
}

/// Moves the database and its WAL files to `<name>.corrupt-<time>`.
fn move_aside(path: &Path) -> Result<PathBuf, HistoryError> {
    let stamp = Utc::now().format("%Y%m%dT%H%M%S");
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let aside = path.with_file_name(format!("{name}.corrupt-{stamp}"));
    std::fs::rename(path, &aside)?;
    private::close(&aside)?;
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", path.display()));
        if side.exists() {
            let moved = PathBuf::from(format!("{}{suffix}", aside.display()));
            if std::fs::rename(&side, &moved).is_ok() {
                let _ = private::close(&moved);
            }
        }
    }
    Ok(aside)
}

mod private;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod views_tests;
