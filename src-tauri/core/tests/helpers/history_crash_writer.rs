//! The writer that `tests/history_crash.rs` and `tests/history_clean_exit.rs`
//! end without letting it close the history: it records transitions into
//! the database named by its argument as fast as it can, and prints each
//! one's id (`committed <id>`) only once `record` has returned. It never
//! stops by itself, unless told to leave after some: then it exits without
//! closing the database (`std::mem::forget`), as a process ended by
//! `std::process::exit` would. Not part of the app.
//!
//! `history-crash-writer <db> [--leave-after <n>]`

use std::io::Write;
use waping_core::history::History;
use waping_core::monitor::{Source, Transition};
use waping_core::{DeviceId, SessionState};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (db, leave_after) = match args.as_slice() {
        [db] => (db, None),
        [db, flag, n] if flag == "--leave-after" => match n.parse::<u64>() {
            Ok(n) => (db, Some(n)),
            Err(_) => usage(),
        },
        _ => usage(),
    };
    let (mut history, _) = History::open(std::path::Path::new(db)).unwrap();
    let mut out = std::io::stdout().lock();
    let states = [
        SessionState::Connected,
        SessionState::Degraded,
        SessionState::Disconnected,
    ];
    for i in 0u64.. {
        if leave_after == Some(i) {
            std::mem::forget(history);
            return;
        }
        let t = Transition {
            device_id: DeviceId::new(format!("dev_{:03}", i % 50)),
            device_name: format!("Phone {}", i % 50),
            from: Some(states[(i % 3) as usize]),
            to: states[((i + 1) % 3) as usize],
            at: chrono::Utc::now(),
            reason: Some("phone_offline".into()),
            source: Source::Poll,
            expected: false,
        };
        let id = history.record(&t).unwrap();
        writeln!(out, "committed {id}").unwrap();
        out.flush().unwrap();
    }
}

fn usage() -> ! {
    eprintln!("usage: history-crash-writer <db> [--leave-after <n>]");
    std::process::exit(2);
}
