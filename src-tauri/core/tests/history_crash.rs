//! A process killed (SIGKILL) in the middle of a burst of writes loses nothing
//! it had announced, and leaves a database that passes `integrity_check`.
//!
//! The writer is a binary of its own (`tests/helpers/history_crash_writer.rs`):
//! it records transitions as fast as it can and prints each one's id only
//! once `record` has returned.

#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use waping_core::history::History;

/// The writer's lines are `committed <id>`.
fn committed(line: &str) -> Option<i64> {
    line.trim().strip_prefix("committed ")?.parse().ok()
}

#[test]
fn sigkill_during_a_burst_loses_nothing_announced() {
    let dir = std::env::temp_dir().join(format!("waping-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("history.sqlite3");

    let mut child = Command::new(env!("CARGO_BIN_EXE_history-crash-writer"))
        .arg(&db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut announced = Vec::new();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while announced.len() < 2_000 {
        let line = lines.next().expect("the writer keeps writing").unwrap();
        if let Some(id) = committed(&line) {
            announced.push(id);
        }
    }
    // SIGKILL: no destructor, no checkpoint, no chance to tidy up.
    child.kill().unwrap();
    child.wait().unwrap();
    // Whatever it printed after our last read is announced too.
    for line in lines.map_while(Result::ok) {
        if let Some(id) = committed(&line) {
            announced.push(id);
        }
    }

    let (history, recovered) = History::open(&db).unwrap();
    assert!(recovered.is_none(), "the database opens as it is");
    assert!(history.checked_at_open(), "checked after the kill");
    assert_eq!(history.integrity_check().unwrap(), "ok");
    let stored = history.transition_count().unwrap();
    let last = *announced.last().unwrap();
    assert!(stored >= last, "announced up to id {last}, stored {stored}");
    // Ids are dense from 1: every announced id is present.
    assert_eq!(announced.first(), Some(&1));
    assert!(announced.windows(2).all(|w| w[1] == w[0] + 1));
    let _ = std::fs::remove_dir_all(&dir);
}
