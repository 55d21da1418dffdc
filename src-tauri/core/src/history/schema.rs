//! Versioned schema (rusqlite_migration keeps the version in `user_version`).

use super::HistoryError;
use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

pub(super) const MIGRATIONS: &[M<'static>] = &[
    M::up(
        "CREATE TABLE transitions (
        id INTEGER PRIMARY KEY,
        device_id TEXT NOT NULL,
        device_name TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        reason TEXT,
        source TEXT NOT NULL,
        expected INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX transitions_by_device_time ON transitions (device_id, at_ms);
    CREATE INDEX transitions_by_time ON transitions (at_ms);
    CREATE TABLE devices (
        device_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        state TEXT NOT NULL,
        since_ms INTEGER NOT NULL,
        reason TEXT,
        last_transition INTEGER NOT NULL,
        removed INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE gateway_events (
        id INTEGER PRIMARY KEY,
        at_ms INTEGER NOT NULL,
        ok INTEGER NOT NULL,
        code TEXT,
        message TEXT
    );
    CREATE INDEX gateway_events_by_time ON gateway_events (at_ms);",
    ),
    // When the app was watching (so gaps read as "no data"), when a phone was
    // linked by a scan here (how an outage ended), and disconnects by device
    // for the workspace ranking.
    M::up(
        "CREATE TABLE watch_spans (
        id INTEGER PRIMARY KEY,
        started_ms INTEGER NOT NULL,
        until_ms INTEGER NOT NULL
    );
    CREATE INDEX watch_spans_by_until ON watch_spans (until_ms);
    CREATE TABLE scans (
        id INTEGER PRIMARY KEY,
        device_id TEXT NOT NULL,
        at_ms INTEGER NOT NULL
    );
    CREATE INDEX scans_by_device_time ON scans (device_id, at_ms);
    CREATE INDEX disconnects_by_device_time ON transitions (device_id, at_ms)
        WHERE to_state = 'Disconnected' AND expected = 0;
    -- Running times were not kept before: count what was recorded as watched.
    INSERT INTO watch_spans (started_ms, until_ms)
        SELECT MIN(at_ms), MAX(at_ms) FROM (
            SELECT at_ms FROM transitions UNION ALL SELECT at_ms FROM gateway_events)
        HAVING COUNT(*) > 0;",
    ),
    // The hooks' run log, which lived only in memory before.
    M::up(
        "CREATE TABLE hook_runs (
        id INTEGER PRIMARY KEY,
        at_ms INTEGER NOT NULL,
        event TEXT NOT NULL,
        device_name TEXT NOT NULL,
        target TEXT NOT NULL,
        ok INTEGER NOT NULL,
        detail TEXT NOT NULL,
        millis INTEGER NOT NULL
    );",
    ),
    // A run skipped for a newer event of the same phone names that event.
    M::up("ALTER TABLE hook_runs ADD COLUMN superseded_by TEXT;"),
    // Which versions of the app have written here, so that an older one
    // refusing the file can name the version it needs.
    M::up(
        "CREATE TABLE app_versions (
        version TEXT PRIMARY KEY,
        first_opened_ms INTEGER NOT NULL
    );",
    ),
];

/// The schema version this build reads and writes.
pub(super) const LATEST: usize = MIGRATIONS.len();

/// The schema version recorded in the file (0 for a new, empty one).
pub(super) fn version(conn: &Connection) -> rusqlite::Result<usize> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    Ok(usize::try_from(v).unwrap_or(usize::MAX))
}

/// The newest app version that wrote to the file, when the file says.
pub(super) fn last_writer(conn: &Connection) -> Option<String> {
    conn.query_row(
        "SELECT version FROM app_versions ORDER BY first_opened_ms DESC LIMIT 1",
        [],
        |r| r.get(0),
    )
    .ok()
}

/// Notes that this version of the app opened the file as its writer.
pub(super) fn record_writer(conn: &Connection, at_ms: i64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO app_versions (version, first_opened_ms) VALUES (?1, ?2)",
        rusqlite::params![env!("CARGO_PKG_VERSION"), at_ms],
    )
    .map(drop)
}

pub fn migrate(conn: &mut Connection) -> Result<(), HistoryError> {
    Migrations::from_slice(MIGRATIONS)
        .to_latest(conn)
        .map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => HistoryError::Sqlite(err),
            other => HistoryError::Migration(other.to_string()),
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(
            rusqlite_migration::Migrations::from_slice(super::MIGRATIONS)
                .validate()
                .is_ok()
        );
    }
}
