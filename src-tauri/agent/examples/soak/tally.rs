//! The figures at the end of a soak.
//!
//! Transitions lost: for each phone, the states the simulator went through
//! (connected at the start, then each change this driver made, in order)
//! against the states the agent's history records for it (each transition's
//! new state, oldest first). With webhooks on, every change is pushed, so
//! the history must hold every one of them in order: what the longest common
//! subsequence of the two leaves out of the simulator's is lost. States the
//! history holds beyond it (a poll that saw a state again) are extra, shown
//! but not a failure.
//!
//! Hook runs: the events the agent should have run hooks for are its own
//! recorded transitions put through the hooks' trigger (a drop, then the
//! return after it). Each event runs the URL and the command once, or is
//! logged as skipped when a newer event of the same phone took its place
//! while it waited.

use crate::flaps::{device_id, Change, START_STATE};
use crate::flood::Flood;
use crate::probe::{lines, HookLog, Probe, Sample};
use chrono::{DateTime, Utc};
use std::fmt;
use std::path::Path;
use waping_core::history::History;
use waping_core::hooks::HookTrigger;
use waping_core::{DeviceId, SessionState};

pub struct Inputs<'a> {
    pub secs: u64,
    pub devices: u32,
    pub history: &'a Path,
    pub changes: &'a [Change],
    pub probe: &'a Probe,
    pub command_log: &'a Path,
    pub sink_requests: u64,
    pub flood: Flood,
    pub sim_log: &'a Path,
}

pub struct Report {
    secs: u64,
    devices: u32,
    before: Sample,
    peak_pss: Sample,
    peak_fds: Sample,
    after: Sample,
    changes: usize,
    recorded: usize,
    pub lost: usize,
    extra: usize,
    /// The phones that lost a change, with how many.
    lost_by_device: Vec<(String, usize)>,
    hook_events: u64,
    command_lines: u64,
    sink_requests: u64,
    hook_log: HookLog,
    flood: Flood,
    push_failures: usize,
}

pub fn count(inputs: Inputs<'_>) -> Result<Report, String> {
    let history = History::open_reader(inputs.history).map_err(|e| e.to_string())?;
    let mut report_lost = 0;
    let mut extra = 0;
    let mut recorded = 0;
    let mut lost_by_device = Vec::new();
    let mut trigger = HookTrigger::default();
    let mut hook_events = 0;
    let since_ever = DateTime::<Utc>::UNIX_EPOCH;
    let until_ever = Utc::now() + chrono::Duration::days(1);
    for n in 1..=inputs.devices {
        let id = device_id(n);
        let made: Vec<SessionState> = std::iter::once(START_STATE)
            .chain(
                inputs
                    .changes
                    .iter()
                    .filter(|c| c.device == id)
                    .map(|c| c.state),
            )
            .collect();
        let transitions = history
            .transitions(&DeviceId::new(&id), since_ever, until_ever)
            .map_err(|e| e.to_string())?;
        for t in &transitions {
            hook_events += u64::from(trigger.on_transition(t).is_some());
        }
        let kept: Vec<SessionState> = transitions.iter().map(|t| t.to).collect();
        let common = longest_common(&made, &kept);
        recorded += kept.len();
        extra += kept.len() - common;
        if common < made.len() {
            lost_by_device.push((id, made.len() - common));
            report_lost += made.len() - common;
        }
    }
    let samples = &inputs.probe.samples;
    let first = samples.first().ok_or("no samples")?.clone();
    let last = samples.last().ok_or("no samples")?.clone();
    let peak_pss = samples
        .iter()
        .max_by_key(|s| s.pss_kib)
        .cloned()
        .unwrap_or_else(|| first.clone());
    let peak_fds = samples
        .iter()
        .max_by_key(|s| s.fds)
        .cloned()
        .unwrap_or_else(|| first.clone());
    let push_failures = std::fs::read_to_string(inputs.sim_log)
        .map(|log| {
            log.lines()
                .filter(|l| l.contains("simulator webhook to"))
                .count()
        })
        .unwrap_or(0);
    Ok(Report {
        secs: inputs.secs,
        devices: inputs.devices,
        before: first,
        peak_pss,
        peak_fds,
        after: last,
        changes: inputs.changes.len(),
        recorded,
        lost: report_lost,
        extra,
        lost_by_device,
        hook_events,
        command_lines: lines(inputs.command_log),
        sink_requests: inputs.sink_requests,
        hook_log: inputs.probe.hook_log(),
        flood: inputs.flood,
        push_failures,
    })
}

/// The length of the longest common subsequence of `a` and `b`.
fn longest_common(a: &[SessionState], b: &[SessionState]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let log = &self.hook_log;
        let ran = |target: &str| {
            HookLog::count(&log.ran_ok, target) + HookLog::count(&log.ran_failed, target)
        };
        let skipped = |target: &str| HookLog::count(&log.skipped, target);
        writeln!(f, "Soak: {} s, {} phones flapping", self.secs, self.devices)?;
        writeln!(
            f,
            "Agent PSS: before {} KiB, peak {} KiB (at {} s, {}), after {} KiB",
            self.before.pss_kib,
            self.peak_pss.pss_kib,
            self.peak_pss.at_secs,
            self.peak_pss.phase,
            self.after.pss_kib
        )?;
        writeln!(
            f,
            "Agent open fds: before {}, peak {} (at {} s, {}), after {}",
            self.before.fds,
            self.peak_fds.fds,
            self.peak_fds.at_secs,
            self.peak_fds.phase,
            self.after.fds
        )?;
        writeln!(f, "Flood: {}", self.flood)?;
        writeln!(
            f,
            "Webhook pushes the simulator could not deliver: {}",
            self.push_failures
        )?;
        writeln!(
            f,
            "State changes made by the simulator: {} ({:.2}/s)",
            self.changes,
            self.changes as f64 / self.secs.max(1) as f64
        )?;
        writeln!(f, "Transitions in the agent's history: {} (one first sighting per phone included; {} beyond the simulator's changes)",
            self.recorded, self.extra)?;
        writeln!(
            f,
            "Transitions lost: {}{}",
            self.lost,
            if self.lost_by_device.is_empty() {
                String::new()
            } else {
                format!(
                    " ({})",
                    self.lost_by_device
                        .iter()
                        .map(|(d, n)| format!("{d}: {n}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        )?;
        writeln!(
            f,
            "Hook events due (drops and returns in the history): {}",
            self.hook_events
        )?;
        writeln!(
            f,
            "Hook runs started: command {} (lines written), URL {} (requests the sink got)",
            self.command_lines, self.sink_requests
        )?;
        writeln!(f, "Hook runs recorded by the agent: {} in all (largest run-log id; {} expected, two per event)",
            log.max_id, 2 * self.hook_events)?;
        writeln!(f, "  read from the run log: command {} ran ({} failed), {} skipped; URL {} ran ({} failed), {} skipped; {} dropped from the log before they were read",
            ran("command"), HookLog::count(&log.ran_failed, "command"), skipped("command"),
            ran("url"), HookLog::count(&log.ran_failed, "url"), skipped("url"), log.unsampled)?;
        writeln!(
            f,
            "  started + skipped = events: command {} + {} = {}, URL {} + {} = {} (of {})",
            self.command_lines,
            skipped("command"),
            self.command_lines + skipped("command"),
            self.sink_requests,
            skipped("url"),
            self.sink_requests + skipped("url"),
            self.hook_events
        )?;
        if let Some(e) = &log.read_error {
            writeln!(f, "  (a read of the run log failed: {e})")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::longest_common;
    use waping_core::SessionState::{Connected as Up, Disconnected as Down};

    #[test]
    fn a_drop_and_return_the_history_lacks_are_two_lost() {
        let made = [Up, Down, Up, Down, Up];
        assert_eq!(longest_common(&made, &made), 5);
        assert_eq!(made.len() - longest_common(&made, &[Up, Down, Up]), 2);
        // A state seen again is extra, not a loss.
        assert_eq!(longest_common(&made, &[Up, Down, Down, Up, Down, Up]), 5);
    }
}
