//! Opening the history reads every page (`quick_check`) only after a writer
//! ended without closing it: killed, or gone without dropping its
//! `History`. A clean close is followed by an open that reads no table page.
//!
//! The writers that end badly are processes of their own
//! (`tests/helpers/history_crash_writer.rs`): a killed process's locks go
//! with it, as a crashed agent's do.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use waping_core::history::History;
use waping_core::monitor::{Source, Transition};
use waping_core::{DeviceId, SessionState};

fn temp_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("waping-clean-exit-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("history.sqlite3")
}

/// The writer, started on `db`; returns once it has committed `rows`.
fn writer(db: &Path, rows: i64, extra: &[&str]) -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_history-crash-writer"))
        .arg(db)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut committed = 0;
    while committed < rows {
        let line = lines.next().expect("the writer keeps writing").unwrap();
        if line.starts_with("committed ") {
            committed += 1;
        }
    }
    // The rest of its output goes nowhere; a full pipe would only stall it.
    std::thread::spawn(move || lines.for_each(drop));
    child
}

fn kill(mut child: Child) {
    // SIGKILL: no destructor, no checkpoint, no chance to tidy up.
    child.kill().unwrap();
    child.wait().unwrap();
}

fn transition(i: i64) -> Transition {
    Transition {
        device_id: DeviceId::new(format!("dev_{:03}", i % 50)),
        device_name: format!("Phone {}", i % 50),
        from: Some(SessionState::Connected),
        to: SessionState::Disconnected,
        at: chrono::Utc::now(),
        reason: Some("phone_offline".into()),
        source: Source::Poll,
        expected: false,
    }
}

/// Overwrites a page in the middle of the file, a table or index page that
/// only a full read (`quick_check`) or a query touching it would meet. The
/// WAL is folded into the file first, so no newer copy of the page hides it.
fn damage_a_middle_page(db: &Path) {
    {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .unwrap();
    }
    let pages = std::fs::metadata(db).unwrap().len() / 4096;
    assert!(pages > 8, "a file of {pages} pages");
    let mut file = std::fs::OpenOptions::new().write(true).open(db).unwrap();
    file.seek(SeekFrom::Start(pages / 2 * 4096)).unwrap();
    file.write_all(&[0xA5; 4096]).unwrap();
}

fn markers(db: &Path) -> Vec<String> {
    let name = db.file_name().unwrap().to_str().unwrap().to_owned();
    std::fs::read_dir(db.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!("{name}.open-")))
        .collect()
}

#[test]
fn a_clean_close_then_open_does_not_check() {
    let db = temp_db("clean");
    {
        let (mut history, _) = History::open(&db).unwrap();
        for i in 0..2_000 {
            history.record(&transition(i)).unwrap();
        }
        // The views' readers and the hooks' writer close around it.
        let reader = History::open_reader(&db).unwrap();
        let beside = History::open_beside(&db).unwrap();
        drop(reader);
        drop(beside);
    }
    assert_eq!(
        markers(&db),
        Vec::<String>::new(),
        "a clean close leaves no marker"
    );
    let (history, recovered) = History::open(&db).unwrap();
    assert!(!history.checked_at_open(), "no check after a clean close");
    assert!(recovered.is_none());
    drop(history);

    // Not a flag that only says so: a damaged page no query reads goes
    // unnoticed, because the open reads no page of the tables.
    damage_a_middle_page(&db);
    let (history, recovered) = History::open(&db).unwrap();
    assert!(!history.checked_at_open());
    assert!(
        recovered.is_none(),
        "the open read no table page: {recovered:?}"
    );
    drop(history);
    let _ = std::fs::remove_dir_all(db.parent().unwrap());
}

#[test]
fn a_killed_writer_makes_the_next_open_check_and_move_a_damaged_file_aside() {
    let db = temp_db("killed");
    kill(writer(&db, 2_000, &[]));
    assert_eq!(markers(&db).len(), 1, "the killed writer's marker stays");
    damage_a_middle_page(&db);

    let (history, recovered) = History::open(&db).unwrap();
    assert!(history.checked_at_open(), "checked after the kill");
    let recovered = recovered.expect("the damaged file is found and moved aside");
    assert!(recovered.moved_to.exists(), "{recovered:?}");
    assert_eq!(history.transition_count().unwrap(), 0, "a fresh database");
    assert_eq!(markers(&db).len(), 1, "only the open writer's marker");
    drop(history);

    let (history, _) = History::open(&db).unwrap();
    assert!(!history.checked_at_open(), "the kill was dealt with once");
    drop(history);
    let _ = std::fs::remove_dir_all(db.parent().unwrap());
}

#[test]
fn a_writer_gone_without_closing_makes_the_next_open_check() {
    let db = temp_db("left");
    let mut child = writer(&db, 100, &["--leave-after", "100"]);
    assert!(child.wait().unwrap().success());

    let (history, recovered) = History::open(&db).unwrap();
    assert!(
        history.checked_at_open(),
        "checked after a writer that never closed"
    );
    assert!(recovered.is_none(), "an intact file stays");
    assert_eq!(history.transition_count().unwrap(), 100);
    drop(history);
    let (history, _) = History::open(&db).unwrap();
    assert!(!history.checked_at_open());
    drop(history);
    let _ = std::fs::remove_dir_all(db.parent().unwrap());
}

#[test]
fn a_writer_killed_while_another_closes_cleanly_is_still_checked_for() {
    let db = temp_db("two");
    let (first, _) = History::open(&db).unwrap();
    let second = writer(&db, 200, &[]);
    // The first closes cleanly while the second still writes: it must not
    // take the second's marker with it.
    drop(first);
    assert_eq!(markers(&db).len(), 1, "the second writer's marker stays");
    kill(second);

    let (history, _) = History::open(&db).unwrap();
    assert!(
        history.checked_at_open(),
        "the killed writer is not forgotten"
    );
    drop(history);
    let _ = std::fs::remove_dir_all(db.parent().unwrap());
}
