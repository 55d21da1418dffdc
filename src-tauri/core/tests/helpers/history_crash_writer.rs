//! The writer that `tests/history_crash.rs` kills mid-burst: it records
//! transitions into the history database named by its argument as fast as it
//! can, and prints each one's id (`committed <id>`) only once `record` has
//! returned. It never stops by itself. Not part of the app.
//!
//! `history-crash-writer <db>`

use std::io::Write;
use waping_core::history::History;
use waping_core::monitor::{Source, Transition};
use waping_core::{DeviceId, SessionState};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [db] = args.as_slice() else {
        eprintln!("usage: history-crash-writer <db>");
        std::process::exit(2);
    };
    let (mut history, _) = History::open(std::path::Path::new(db)).unwrap();
    let mut out = std::io::stdout().lock();
    let states = [
        SessionState::Connected,
        SessionState::Degraded,
        SessionState::Disconnected,
    ];
    for i in 0u64.. {
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
