//! The idle run's figures: wakeups by thread, CPU time, bytes written and
//! memory, from the samples the driver took, against their targets.

use crate::proc::{Thread, Totals};
use std::collections::BTreeMap;
use std::fmt;

/// Under this many wakeups a second, all threads together.
pub const WAKEUPS_TARGET: f64 = 0.5;
/// Under this many bytes written to disk a minute.
pub const WRITTEN_TARGET: f64 = 4096.0;
/// PSS not above this many KiB (10.5 MiB).
pub const PSS_TARGET_KIB: u64 = 10_752;

/// One thread over the run: its counts when first and last seen.
#[derive(Debug, Clone)]
pub struct Seen {
    /// `None` for a thread born during the run (it started from nothing).
    pub first: Option<Thread>,
    pub last: Thread,
    /// Gone at some sample: the switches of its last moments are not counted.
    pub ended: bool,
}

impl Seen {
    pub fn switches(&self) -> u64 {
        self.last.switches() - self.first.as_ref().map_or(0, Thread::switches)
    }
}

/// Every thread met, by thread id.
#[derive(Debug, Default)]
pub struct Threads(pub BTreeMap<u32, Seen>);

impl Threads {
    pub fn start(now: BTreeMap<u32, Thread>) -> Self {
        Self(
            now.into_iter()
                .map(|(tid, t)| {
                    let seen = Seen {
                        first: Some(t.clone()),
                        last: t,
                        ended: false,
                    };
                    (tid, seen)
                })
                .collect(),
        )
    }

    /// Takes in one more look at the threads.
    pub fn sample(&mut self, now: BTreeMap<u32, Thread>) {
        for (tid, seen) in &mut self.0 {
            if !now.contains_key(tid) {
                seen.ended = true;
            }
        }
        for (tid, t) in now {
            self.0
                .entry(tid)
                .and_modify(|seen| seen.last = t.clone())
                .or_insert(Seen {
                    first: None,
                    last: t,
                    ended: false,
                });
        }
    }
}

/// Sizes of the history's files (database, `-wal`, `-shm`), in bytes.
#[derive(Debug, Clone, Copy, Default)]
pub struct HistoryFiles {
    pub db: u64,
    pub wal: u64,
    pub shm: u64,
}

impl HistoryFiles {
    pub fn total(&self) -> u64 {
        self.db + self.wal + self.shm
    }
}

pub struct Report {
    pub devices: u32,
    pub secs: f64,
    pub threads: Threads,
    pub before: Totals,
    pub after: Totals,
    pub ticks_per_sec: u64,
    pub history_before: HistoryFiles,
    pub history_after: HistoryFiles,
}

impl Report {
    pub fn wakeups(&self) -> u64 {
        self.threads.0.values().map(Seen::switches).sum()
    }

    pub fn wakeups_per_sec(&self) -> f64 {
        self.wakeups() as f64 / self.secs
    }

    pub fn written_per_min(&self) -> f64 {
        (self.after.write_bytes - self.before.write_bytes) as f64 * 60.0 / self.secs
    }

    /// Every target met.
    pub fn met(&self) -> bool {
        self.wakeups_per_sec() < WAKEUPS_TARGET
            && self.written_per_min() < WRITTEN_TARGET
            && self.after.pss_kib <= PSS_TARGET_KIB
    }
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "missed"
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.secs;
        writeln!(
            f,
            "idle agent, {} phones on the simulator, nothing changing, {secs:.0} s",
            self.devices
        )?;
        let wakeups = self.wakeups_per_sec();
        writeln!(
            f,
            "wakeups (context switches, all threads): {} = {wakeups:.3}/s (target < {WAKEUPS_TARGET}/s: {})",
            self.wakeups(),
            verdict(wakeups < WAKEUPS_TARGET)
        )?;
        let mut by_count: Vec<_> = self.threads.0.iter().collect();
        by_count.sort_by_key(|(tid, seen)| (std::cmp::Reverse(seen.switches()), **tid));
        for (tid, seen) in by_count {
            let note = match (seen.first.is_none(), seen.ended) {
                (true, true) => " (born and ended during the run)",
                (true, false) => " (born during the run)",
                (false, true) => " (ended during the run)",
                (false, false) => "",
            };
            let moved = seen.switches();
            let voluntary = seen.last.voluntary - seen.first.as_ref().map_or(0, |t| t.voluntary);
            writeln!(
                f,
                "  {:<16} {tid:>8}: {moved:>6} = {:.3}/s ({voluntary} voluntary){note}",
                seen.last.name,
                moved as f64 / secs
            )?;
        }
        let cpu = (self.after.cpu_ticks - self.before.cpu_ticks) as f64 / self.ticks_per_sec as f64;
        writeln!(
            f,
            "CPU time (utime + stime): {:.0} ms = {:.4} % of one core",
            cpu * 1000.0,
            cpu * 100.0 / secs
        )?;
        let written = self.after.write_bytes - self.before.write_bytes;
        let per_min = self.written_per_min();
        writeln!(
            f,
            "written to disk (write_bytes): {written} bytes = {per_min:.0} bytes/min (target < {WRITTEN_TARGET:.0}: {})",
            verdict(per_min < WRITTEN_TARGET)
        )?;
        writeln!(
            f,
            "passed to write calls (wchar): {} bytes",
            self.after.wchar - self.before.wchar
        )?;
        let (b, a) = (self.history_before, self.history_after);
        writeln!(
            f,
            "history files: database {} → {}, -wal {} → {}, -shm {} → {} bytes (growth {} bytes)",
            b.db,
            a.db,
            b.wal,
            a.wal,
            b.shm,
            a.shm,
            a.total() as i64 - b.total() as i64
        )?;
        writeln!(
            f,
            "PSS: {:.2} MiB at the start, {:.2} MiB at the end (target ≤ {:.1} MiB: {})",
            self.before.pss_kib as f64 / 1024.0,
            self.after.pss_kib as f64 / 1024.0,
            PSS_TARGET_KIB as f64 / 1024.0,
            verdict(self.after.pss_kib <= PSS_TARGET_KIB)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thread(name: &str, voluntary: u64, involuntary: u64) -> Thread {
        Thread {
            name: name.into(),
            voluntary,
            involuntary,
        }
    }

    #[test]
    fn counts_born_and_ended_threads() {
        let mut threads = Threads::start(BTreeMap::from([
            (1, thread("agent", 10, 1)),
            (2, thread("tokio-rt-worker", 100, 0)),
        ]));
        threads.sample(BTreeMap::from([
            (1, thread("agent", 10, 1)),
            (2, thread("tokio-rt-worker", 130, 2)),
            (3, thread("tokio-rt-worker", 4, 0)),
        ]));
        threads.sample(BTreeMap::from([(1, thread("agent", 12, 1))]));
        let seen = &threads.0;
        assert_eq!(seen[&1].switches(), 2);
        assert_eq!(seen[&2].switches(), 32);
        assert!(seen[&2].ended);
        assert_eq!(seen[&3].switches(), 4);
        assert!(seen[&3].first.is_none() && seen[&3].ended);
    }
}
