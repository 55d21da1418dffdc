//! What is watched while the soak runs: the agent's memory (PSS) and open
//! files, from /proc, and the hooks' run log in its history database.
//!
//! The run log keeps only the last 100 runs, so it is read every 2 s and
//! every row met is counted once, by its id. Ids only grow: a row is added
//! as the largest id plus one and the log drops its oldest rows only, so the
//! largest id is every run ever recorded, and a gap between the ids of two
//! reads is runs dropped before they were read (counted as unsampled).

use crate::flaps::{Change, START_STATE};
use crate::sink::Sink;
use rusqlite::{Connection, OpenFlags};
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::task::JoinHandle;
use tokio::time::Instant;
use waping_core::history::History;
use waping_core::SessionState;

const HOOK_LOG_EVERY: Duration = Duration::from_secs(2);

#[derive(Debug, Clone)]
pub struct Sample {
    pub at_secs: u64,
    pub phase: &'static str,
    pub pss_kib: u64,
    pub fds: usize,
}

impl fmt::Display for Sample {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:>5} s  {:<8}  PSS {:>7} KiB  fds {:>5}",
            self.at_secs, self.phase, self.pss_kib, self.fds
        )
    }
}

/// The hook runs the agent recorded, as read from its run log.
#[derive(Debug, Clone, Default)]
pub struct HookLog {
    /// The largest id seen: every run recorded since the database was made.
    pub max_id: i64,
    /// Rows read, by target ("url", "command") and outcome.
    pub ran_ok: HashMap<String, u64>,
    pub ran_failed: HashMap<String, u64>,
    pub skipped: HashMap<String, u64>,
    /// Rows dropped from the log before a read met them.
    pub unsampled: i64,
    pub read_error: Option<String>,
}

impl HookLog {
    fn read(&mut self, conn: &Connection) -> rusqlite::Result<()> {
        let mut stmt = conn.prepare_cached(
            "SELECT id, target, ok, superseded_by IS NOT NULL FROM hook_runs WHERE id > ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([self.max_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
                r.get::<_, bool>(3)?,
            ))
        })?;
        for row in rows {
            let (id, target, ok, skipped) = row?;
            self.unsampled += id - self.max_id - 1;
            self.max_id = id;
            let counts = match (skipped, ok) {
                (true, _) => &mut self.skipped,
                (false, true) => &mut self.ran_ok,
                (false, false) => &mut self.ran_failed,
            };
            *counts.entry(target).or_default() += 1;
        }
        Ok(())
    }

    pub fn count(map: &HashMap<String, u64>, target: &str) -> u64 {
        map.get(target).copied().unwrap_or(0)
    }
}

pub struct Probe {
    pid: u32,
    history: PathBuf,
    started: Instant,
    pub samples: Vec<Sample>,
    pub hook_log: Arc<Mutex<HookLog>>,
    reader: JoinHandle<()>,
}

impl Probe {
    /// Watches agent `pid`, whose history database is `history`.
    pub fn new(pid: u32, history: &Path) -> Self {
        let hook_log = Arc::new(Mutex::new(HookLog::default()));
        let reader = tokio::spawn(read_hook_log(history.to_owned(), hook_log.clone()));
        Self {
            pid,
            history: history.to_owned(),
            started: Instant::now(),
            samples: Vec::new(),
            hook_log,
            reader,
        }
    }

    pub fn sample(&mut self, phase: &'static str) -> Result<Sample, String> {
        let rollup = std::fs::read_to_string(format!("/proc/{}/smaps_rollup", self.pid))
            .map_err(|e| format!("the agent (pid {}) is gone: {e}", self.pid))?;
        let pss_kib = rollup
            .lines()
            .find_map(|l| l.strip_prefix("Pss:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .ok_or("no Pss in smaps_rollup")?;
        let fds = std::fs::read_dir(format!("/proc/{}/fd", self.pid))
            .map_err(|e| format!("the agent's open files: {e}"))?
            .count();
        let sample = Sample {
            at_secs: self.started.elapsed().as_secs(),
            phase,
            pss_kib,
            fds,
        };
        self.samples.push(sample.clone());
        Ok(sample)
    }

    pub fn csv(&self) -> String {
        let mut out = String::from("seconds,phase,pss_kib,fds\n");
        for s in &self.samples {
            out.push_str(&format!(
                "{},{},{},{}\n",
                s.at_secs, s.phase, s.pss_kib, s.fds
            ));
        }
        out
    }

    pub fn hook_log(&self) -> HookLog {
        self.hook_log
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Waits (up to `limit`) until the history holds every phone's last
    /// state and the hooks have stopped running: 5 s with no new run
    /// recorded, no line written and no request sent.
    pub async fn settle(
        &self,
        changes: &[Change],
        command_log: &Path,
        sink: &Sink,
        limit: Duration,
    ) {
        let mut last: HashMap<&str, SessionState> = HashMap::new();
        for c in changes {
            last.insert(&c.device, c.state);
        }
        let deadline = Instant::now() + limit;
        let mut quiet_since = Instant::now();
        let mut seen = (0, 0, 0);
        while Instant::now() < deadline {
            tokio::time::sleep(Duration::from_secs(1)).await;
            let now = (self.hook_log().max_id, lines(command_log), sink.requests());
            if now != seen {
                seen = now;
                quiet_since = Instant::now();
            }
            let caught_up = History::open_reader(&self.history)
                .and_then(|h| h.last_known())
                .is_ok_and(|known| {
                    known.iter().all(|(id, k)| {
                        k.state == last.get(id.as_str()).copied().unwrap_or(START_STATE)
                    })
                });
            if caught_up && quiet_since.elapsed() >= Duration::from_secs(5) {
                return;
            }
        }
        println!("the agent had not caught up after {} s", limit.as_secs());
    }
}

impl Drop for Probe {
    fn drop(&mut self) {
        self.reader.abort();
    }
}

/// Lines in `path` (none when it is not there yet).
pub fn lines(path: &Path) -> u64 {
    std::fs::read_to_string(path).map_or(0, |t| t.lines().count() as u64)
}

async fn read_hook_log(path: PathBuf, log: Arc<Mutex<HookLog>>) {
    let mut conn = None;
    loop {
        tokio::time::sleep(HOOK_LOG_EVERY).await;
        let path = path.clone();
        let log = log.clone();
        let taken = conn.take();
        conn = tokio::task::spawn_blocking(move || {
            let conn = match taken {
                Some(conn) => conn,
                None => {
                    Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?
                }
            };
            let _ = conn.busy_timeout(Duration::from_secs(5));
            let mut log = log.lock().unwrap_or_else(|e| e.into_inner());
            if let Err(e) = log.read(&conn) {
                log.read_error.get_or_insert(e.to_string());
            }
            Some(conn)
        })
        .await
        .ok()
        .flatten();
    }
}
