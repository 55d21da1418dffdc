//! A history written by an earlier release opens in this one with every row,
//! after a copy of it is set aside; a history written by a later release is
//! refused without a byte of it changing.
//!
//! `fixtures/history-0.1.0.sqlite3` was written by the 0.1.0 agent itself
//! (`fixtures/make-history.sh`), not by this code.

use rusqlite::types::Value;
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use waping_core::history::{backup_path, History, HistoryError};
use waping_core::ErrorCode;

/// The tables of schema 4, the one 0.1.0 wrote.
const TABLES_OF_0_1_0: [&str; 6] = [
    "transitions",
    "devices",
    "gateway_events",
    "watch_spans",
    "scans",
    "hook_runs",
];

fn fixture(version: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/history-{version}.sqlite3"))
}

/// A private folder holding a copy of the 0.1.0 history.
fn copy_of_0_1_0(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("waping-upgrade-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("history.sqlite3");
    std::fs::copy(fixture("0.1.0"), &db).unwrap();
    db
}

type Rows = Vec<Vec<Value>>;

/// Every row of `table`, every column, in rowid order, as SQLite holds them.
fn rows(db: &Path, table: &str) -> Rows {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))
        .unwrap();
    let columns = stmt.column_count();
    stmt.query_map([], |r| (0..columns).map(|i| r.get::<_, Value>(i)).collect())
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn columns(db: &Path, table: &str) -> Vec<String> {
    let conn = Connection::open(db).unwrap();
    let stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
    stmt.column_names().into_iter().map(str::to_owned).collect()
}

fn schema_version(db: &Path) -> i64 {
    Connection::open(db)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

fn everything(db: &Path) -> Vec<(String, Vec<String>, Rows)> {
    TABLES_OF_0_1_0
        .iter()
        .map(|t| (t.to_string(), columns(db, t), rows(db, t)))
        .collect()
}

#[test]
fn the_0_1_0_fixture_is_what_that_release_wrote() {
    let db = fixture("0.1.0");
    assert_eq!(schema_version(&db), 4);
    // Enough of each kind of row for "every row kept" to mean something.
    assert!(rows(&db, "transitions").len() >= 20);
    assert!(rows(&db, "devices").len() >= 3);
    assert!(!rows(&db, "gateway_events").is_empty());
    assert!(!rows(&db, "watch_spans").is_empty());
    assert!(!rows(&db, "scans").is_empty());
}

#[test]
fn a_history_written_by_0_1_0_opens_migrated_with_every_row() {
    let db = copy_of_0_1_0("every-row");
    let before = everything(&db);

    let (history, recovered) = History::open(&db).expect("the 0.1.0 history opens");
    assert_eq!(recovered, None, "nothing was set aside as unreadable");
    let devices = history.last_known().unwrap();
    drop(history);

    assert!(schema_version(&db) > 4, "the schema was upgraded");
    assert_eq!(
        everything(&db),
        before,
        "every row of every table, every column"
    );
    let expected_devices = rows(&db, "devices")
        .iter()
        .filter(|r| r[6] == Value::Integer(0))
        .count();
    assert_eq!(
        devices.len(),
        expected_devices,
        "the app reads the devices it kept"
    );

    let conn = Connection::open(&db).unwrap();
    let versions: Vec<String> = conn
        .prepare("SELECT version FROM app_versions")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        versions,
        [env!("CARGO_PKG_VERSION")],
        "the file names who wrote it"
    );
}

#[test]
fn the_file_is_copied_aside_before_its_schema_changes() {
    let db = copy_of_0_1_0("backup");
    let before = everything(&db);

    drop(History::open(&db).unwrap());

    let copy = backup_path(&db, 4);
    assert_eq!(
        copy.file_name().unwrap().to_str().unwrap(),
        "history.sqlite3.schema-4.bak"
    );
    assert_eq!(schema_version(&copy), 4, "the copy is the file as it was");
    assert_eq!(everything(&copy), before);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the copy is this user's alone");
    }

    // Opening again upgrades nothing, so copies nothing.
    std::fs::remove_file(&copy).unwrap();
    drop(History::open(&db).unwrap());
    assert!(!copy.exists());
}

#[test]
fn a_history_from_a_newer_version_is_refused_and_left_as_it_was() {
    let db = copy_of_0_1_0("newer");
    drop(History::open(&db).unwrap());
    let ours = schema_version(&db);
    {
        // What a later release would leave: a newer schema, its version named.
        let conn = Connection::open(&db).unwrap();
        conn.execute_batch(&format!(
            "CREATE TABLE later_things (id INTEGER PRIMARY KEY);
             INSERT INTO app_versions VALUES ('9.1.0', 4102444800000);
             PRAGMA user_version = {};",
            ours + 1
        ))
        .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let dir = db.parent().unwrap();
    let bytes = std::fs::read(&db).unwrap();
    let listing = || {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| !n.ends_with(".open")) // the writer's marker, gone when it ends
            .collect();
        names.sort();
        names
    };
    let files = listing();

    let err = match History::open(&db) {
        Ok(_) => panic!("a newer schema was opened"),
        Err(e) => e,
    };
    match &err {
        HistoryError::TooNew {
            found,
            known,
            written_by,
        } => {
            assert_eq!(*found as i64, ours + 1);
            assert_eq!(*known as i64, ours);
            assert_eq!(written_by.as_deref(), Some("9.1.0"));
        }
        other => panic!("expected TooNew, got {other:?}"),
    }
    assert_eq!(err.code(), ErrorCode::HistoryMigration);
    assert!(err.to_string().contains("9.1.0"), "{err}");

    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes,
        "not a byte of it changed"
    );
    assert_eq!(
        listing(),
        files,
        "nothing was set aside, copied or left beside it"
    );
}
