//! The history's readers, kept open between reads: the cards' strips and an
//! open device's view are read again after each write, and opening SQLite
//! (file, WAL index, schema) each time costs more than the read. In WAL mode
//! each read on a kept connection sees every write committed before it began.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};
use waping_core::history::{History, HistoryError};

/// How many idle readers are kept: the strips and a device's view (its
/// timeline and its uptime) read at the same time.
const KEEP: usize = 3;

/// The readers of one history file. One belongs to one watched workspace: a
/// file moved aside and started again comes with a new workspace, and new
/// readers.
pub struct Readers {
    path: PathBuf,
    idle: Mutex<Vec<History>>,
    opened: AtomicUsize,
}

impl Readers {
    pub fn new(path: PathBuf) -> Self {
        Self {
            path,
            idle: Mutex::default(),
            opened: AtomicUsize::new(0),
        }
    }

    /// Runs `read` on an idle reader, or on a new one when none is idle.
    /// It blocks: run it off the async runtime.
    pub fn read<T>(
        &self,
        read: impl FnOnce(&History) -> Result<T, HistoryError>,
    ) -> Result<T, HistoryError> {
        let kept = self.lock().pop();
        let reader = match kept {
            Some(reader) => reader,
            None => {
                let reader = History::open_reader(&self.path)?;
                self.opened.fetch_add(1, Ordering::Relaxed);
                reader
            }
        };
        let result = read(&reader);
        // A reader whose read failed is closed rather than kept: whatever
        // went wrong with it (a damaged page, a busy file) is not carried
        // into the next read, which opens afresh.
        if result.is_ok() {
            let mut idle = self.lock();
            if idle.len() < KEEP {
                idle.push(reader);
            }
        }
        result
    }

    /// How many readers were opened so far.
    #[cfg(test)]
    fn opened(&self) -> usize {
        self.opened.load(Ordering::Relaxed)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<History>> {
        // The list holds no invariant a panicking reader could break.
        self.idle.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use waping_core::domain::{DeviceId, SessionState, Source, Transition};

    fn temp_db(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("waping-readers-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("history.sqlite3")
    }

    fn drop_of(id: &str, secs: i64) -> Transition {
        Transition {
            device_id: DeviceId::new(id),
            device_name: format!("Phone {id}"),
            from: Some(SessionState::Connected),
            to: SessionState::Disconnected,
            at: Utc.timestamp_opt(1_790_000_000 + secs, 0).unwrap(),
            reason: Some("phone_offline".into()),
            source: Source::Poll,
            expected: false,
        }
    }

    #[test]
    fn a_kept_reader_is_reused_and_sees_each_write_committed_since() {
        let path = temp_db("reuse");
        let (mut writer, _) = History::open(&path).unwrap();
        let readers = Readers::new(path.clone());
        writer.record(&drop_of("dev_1", 0)).unwrap();
        let count = |h: &History| h.transition_count();
        assert_eq!(readers.read(count).unwrap(), 1);
        writer.record(&drop_of("dev_1", 60)).unwrap();
        writer.record(&drop_of("dev_2", 90)).unwrap();
        assert_eq!(
            readers.read(count).unwrap(),
            3,
            "the kept reader sees new rows"
        );
        assert_eq!(readers.opened(), 1, "one reader served both reads");
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }

    #[test]
    fn a_reader_whose_read_failed_is_not_kept() {
        let path = temp_db("failed");
        let (_writer, _) = History::open(&path).unwrap();
        let readers = Readers::new(path.clone());
        let failed = readers
            .read(|_| -> Result<(), _> { Err(HistoryError::Migration("a damaged page".into())) });
        assert!(failed.is_err());
        readers.read(|h| h.transition_count()).unwrap();
        assert_eq!(readers.opened(), 2, "the failed reader was closed");
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }

    #[test]
    fn a_file_that_is_not_history_is_refused_not_read() {
        let path = temp_db("hostile");
        std::fs::write(
            &path,
            b"not a database at all, but long enough to look like one",
        )
        .unwrap();
        let readers = Readers::new(path.clone());
        let err = readers.read(|h| h.transition_count()).unwrap_err();
        assert!(matches!(err, HistoryError::Sqlite(_)), "{err}");
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }
}
