//! What the kernel says of the agent, read from /proc without disturbing it:
//! each thread's context switches and name, the process's CPU time, bytes
//! written to disk and PSS.

use std::collections::BTreeMap;
use std::fs;

/// One thread as last seen.
#[derive(Debug, Clone)]
pub struct Thread {
    pub name: String,
    pub voluntary: u64,
    pub involuntary: u64,
}

impl Thread {
    pub fn switches(&self) -> u64 {
        self.voluntary + self.involuntary
    }
}

/// Every thread of `pid` now, by thread id. A thread that ends between the
/// listing and the read is left out.
pub fn threads(pid: u32) -> Result<BTreeMap<u32, Thread>, String> {
    let dir = format!("/proc/{pid}/task");
    let entries = fs::read_dir(&dir).map_err(|e| format!("{dir}: {e} (the agent is gone?)"))?;
    let mut threads = BTreeMap::new();
    for entry in entries.flatten() {
        let Some(tid) = entry.file_name().to_str().and_then(|s| s.parse().ok()) else {
            continue;
        };
        let Ok(status) = fs::read_to_string(entry.path().join("status")) else {
            continue;
        };
        let name = fs::read_to_string(entry.path().join("comm"))
            .map(|n| n.trim().to_owned())
            .unwrap_or_default();
        threads.insert(
            tid,
            Thread {
                name,
                voluntary: field(&status, "voluntary_ctxt_switches:").unwrap_or(0),
                involuntary: field(&status, "nonvoluntary_ctxt_switches:").unwrap_or(0),
            },
        );
    }
    Ok(threads)
}

/// The figures of the whole process at one moment.
#[derive(Debug, Clone, Copy)]
pub struct Totals {
    /// utime + stime, in clock ticks (all threads, ended ones included).
    pub cpu_ticks: u64,
    /// Bytes this process caused to be sent to the storage layer.
    pub write_bytes: u64,
    /// Bytes passed to write(2) and the like, whether or not they reach a disk.
    pub wchar: u64,
    pub pss_kib: u64,
}

pub fn totals(pid: u32) -> Result<Totals, String> {
    let read = |name: &str| {
        let path = format!("/proc/{pid}/{name}");
        fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))
    };
    let stat = read("stat")?;
    // The name (field 2) may hold spaces: count fields after its ')'.
    let after_name = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // Field 14 (utime) and 15 (stime) of stat, 1-based, are 11 and 12 after ')'.
    let tick = |i: usize| fields.get(i).and_then(|v| v.parse::<u64>().ok());
    let cpu_ticks = tick(11)
        .zip(tick(12))
        .map(|(u, s)| u + s)
        .ok_or("no utime/stime in stat")?;
    let io = read("io")?;
    let rollup = read("smaps_rollup")?;
    Ok(Totals {
        cpu_ticks,
        write_bytes: field(&io, "write_bytes:").ok_or("no write_bytes in io")?,
        wchar: field(&io, "wchar:").ok_or("no wchar in io")?,
        pss_kib: field(&rollup, "Pss:").ok_or("no Pss in smaps_rollup")?,
    })
}

/// Clock ticks per second, for `cpu_ticks`.
pub fn ticks_per_sec() -> u64 {
    // SAFETY: sysconf reads a constant of the system.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    u64::try_from(ticks).ok().filter(|&t| t > 0).unwrap_or(100)
}

/// The number after `name` on its line ("Pss:   1234 kB" gives 1234).
fn field(text: &str, name: &str) -> Option<u64> {
    text.lines()
        .find_map(|l| l.strip_prefix(name))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_a_field_with_its_unit() {
        assert_eq!(
            super::field("Rss: 9 kB\nPss:   1234 kB\n", "Pss:"),
            Some(1234)
        );
        assert_eq!(super::field("Pss: x\n", "Pss:"), None);
    }
}
