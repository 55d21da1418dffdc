//! Automation hooks: when a phone goes down or comes back, POST to the user's
//! URL and/or run their command, so their own automations pause and resume
//! sending. Every run is logged; a failure is reported, never fatal.

use crate::domain::{Clock, DeviceId, SessionState};
pub use crate::domain::{HookEvent, HookRun, HOOK_LOG_SIZE as LOG_SIZE};
use crate::history::History;
use crate::monitor::{Monitor, MonitorEvent, Transition};
use chrono::{DateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{HashSet, VecDeque};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::io::AsyncWriteExt;
use tokio::sync::broadcast;
use tokio::task::JoinHandle;
pub use waping_model::hook_settings::HookSettings;

/// Which transitions run hooks. "Down" is a real drop to Disconnected; "up"
/// is the first return to Connected after it, whichever way the phone came
/// back (reconnecting through Degraded, or a re-scan through Unlinked), so
/// automations paused on a drop are always resumed. A phone already down
/// when monitoring starts runs no "down", but its recovery still runs "up".
#[derive(Debug, Default)]
pub struct HookTrigger {
    down: HashSet<DeviceId>,
}

impl HookTrigger {
    pub fn on_transition(&mut self, t: &Transition) -> Option<HookEvent> {
        match t.to {
            // The reconnect right after a scan is no drop.
            SessionState::Disconnected if t.expected => None,
            SessionState::Disconnected => {
                let new_drop = self.down.insert(t.device_id.clone());
                (new_drop && t.from.is_some()).then_some(HookEvent::DeviceDown)
            }
            SessionState::Connected => self
                .down
                .remove(&t.device_id)
                .then_some(HookEvent::DeviceUp),
            _ => None,
        }
    }
}

/// The body POSTed and written to the command's stdin.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct HookPayload {
    pub event: HookEvent,
    pub device_id: String,
    pub device_name: String,
    pub state: SessionState,
    pub reason: Option<String>,
    pub at: DateTime<Utc>,
}

/// Runs hooks for the monitor's transitions until dropped.
pub struct HookRunner {
    log: Arc<Mutex<VecDeque<HookRun>>>,
    runs: broadcast::Sender<HookRun>,
    task: JoinHandle<()>,
}

impl HookRunner {
    /// Runs `settings`' hooks on `monitor`'s transitions; each run is added
    /// to `store`'s run log too, when given, and the log starts from its tail.
    pub fn spawn(settings: HookSettings, monitor: &Monitor, store: Option<History>) -> Self {
        let mut events = monitor.events();
        let clock = monitor.clock();
        // A phone that was down when the app last stopped has its recovery
        // run "up" too: the automations it paused are waiting for it.
        let mut trigger = HookTrigger::default();
        for t in monitor.known_at_start() {
            trigger.on_transition(t);
        }
        let earlier = store.as_ref().map_or_else(Vec::new, |store| {
            store.hook_runs(LOG_SIZE).unwrap_or_else(|e| {
                tracing::warn!("earlier hook runs not read: {e}");
                Vec::new()
            })
        });
        let log = Arc::new(Mutex::new(VecDeque::from(earlier)));
        let store = store.map(|store| Arc::new(Mutex::new(store)));
        let (runs, _) = broadcast::channel(64);
        let http = reqwest::Client::builder()
            .timeout(settings.timeout())
            // The event goes to the address the user set, not to wherever
            // that address sends it on.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        let task = {
            let log = log.clone();
            let runs = runs.clone();
            let store = store.clone();
            tokio::spawn(async move {
                loop {
                    let t = match events.recv().await {
                        Ok(MonitorEvent::Transition(t)) => t,
                        Ok(_) => continue,
                        Err(broadcast::error::RecvError::Lagged(_)) => continue,
                        Err(broadcast::error::RecvError::Closed) => return,
                    };
                    let Some(event) = trigger.on_transition(&t) else {
                        continue;
                    };
                    let payload = HookPayload {
                        event,
                        device_id: t.device_id.to_string(),
                        device_name: t.device_name.clone(),
                        state: t.to,
                        reason: t.reason.clone(),
                        at: t.at,
                    };
                    // Each event's hooks run on their own, so a slow one never delays the next.
                    let (settings, http, log, runs, store, clock) = (
                        settings.clone(),
                        http.clone(),
                        log.clone(),
                        runs.clone(),
                        store.clone(),
                        clock.clone(),
                    );
                    tokio::spawn(async move {
                        for run in run_hooks(&settings, &http, &payload, &*clock).await {
                            if !run.ok {
                                tracing::warn!(target = run.target, "hook failed: {}", run.detail);
                            }
                            if let Some(store) = &store {
                                keep(store.clone(), run.clone()).await;
                            }
                            let mut log = log.lock().unwrap_or_else(|e| e.into_inner());
                            if log.len() >= LOG_SIZE {
                                log.pop_front();
                            }
                            log.push_back(run.clone());
                            drop(log);
                            let _ = runs.send(run);
                        }
                    });
                }
            })
        };
        Self { log, runs, task }
    }

    /// The most recent runs, newest last.
    pub fn log(&self) -> Vec<HookRun> {
        self.log
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .cloned()
            .collect()
    }

    pub fn subscribe(&self) -> broadcast::Receiver<HookRun> {
        self.runs.subscribe()
    }
}

/// Writes `run` to the run log off the async threads (SQLite blocks). A run
/// that cannot be written is still shown for as long as the app runs.
async fn keep(store: Arc<Mutex<History>>, run: HookRun) {
    let written = tokio::task::spawn_blocking(move || {
        store
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .record_hook_run(&run)
    })
    .await;
    match written {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::warn!("hook run not saved: {e}"),
        Err(e) => tracing::warn!("hook run not saved: {e}"),
    }
}

impl Drop for HookRunner {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Runs the configured URL and command for one event; each run is dated
/// by `clock` when it ends.
pub async fn run_hooks(
    settings: &HookSettings,
    http: &reqwest::Client,
    payload: &HookPayload,
    clock: &dyn Clock,
) -> Vec<HookRun> {
    let mut runs = Vec::new();
    if let Some(url) = settings
        .url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
    {
        let started = Instant::now();
        let result = http.post(url).json(payload).send().await;
        let (ok, detail) = match result {
            Ok(r) if r.status().is_success() => (true, format!("HTTP {}", r.status().as_u16())),
            Ok(r) => (false, format!("HTTP {}", r.status().as_u16())),
            Err(e) if e.is_timeout() => (
                false,
                format!("no answer within {} s", settings.timeout().as_secs()),
            ),
            Err(e) => (false, root_cause(&e)),
        };
        runs.push(record(payload, "url", ok, detail, started, clock));
    }
    if let Some(command) = settings
        .command
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let started = Instant::now();
        let (ok, detail) =
            match tokio::time::timeout(settings.timeout(), run_command(command, payload)).await {
                Ok(Ok(status)) if status.success() => (true, "exit 0".to_owned()),
                Ok(Ok(status)) => (
                    false,
                    status
                        .code()
                        .map_or_else(|| "killed by a signal".into(), |c| format!("exit {c}")),
                ),
                Ok(Err(e)) => (false, format!("could not run: {e}")),
                Err(_) => (
                    false,
                    format!(
                        "still running after {} s: stopped",
                        settings.timeout().as_secs()
                    ),
                ),
            };
        runs.push(record(payload, "command", ok, detail, started, clock));
    }
    runs
}

fn record(
    payload: &HookPayload,
    target: &str,
    ok: bool,
    detail: String,
    started: Instant,
    clock: &dyn Clock,
) -> HookRun {
    HookRun {
        // To the millisecond, as the run log keeps it.
        at: clock.now().trunc_subsecs(3),
        event: payload.event,
        device_name: payload.device_name.clone(),
        target: target.to_owned(),
        ok,
        detail,
        millis: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
    }
}

fn root_cause(e: &dyn std::error::Error) -> String {
    let mut cause = e;
    while let Some(inner) = cause.source() {
        cause = inner;
    }
    cause.to_string()
}

async fn run_command(
    command: &str,
    payload: &HookPayload,
) -> std::io::Result<std::process::ExitStatus> {
    #[cfg(windows)]
    let mut cmd = {
        let mut c = tokio::process::Command::new("cmd");
        c.args(["/C", command]);
        c
    };
    #[cfg(not(windows))]
    let mut cmd = {
        let mut c = tokio::process::Command::new("sh");
        c.args(["-c", command]);
        c
    };
    cmd.env("WAPING_EVENT", payload.event.as_str())
        .env("WAPING_DEVICE_ID", &payload.device_id)
        .env("WAPING_DEVICE_NAME", &payload.device_name)
        .env("WAPING_STATE", payload.state.label())
        .env("WAPING_REASON", payload.reason.as_deref().unwrap_or(""))
        .env("WAPING_AT", payload.at.to_rfc3339())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        // A timed-out command is dropped, and with it killed.
        .kill_on_drop(true);
    // Its own process group, so that a timeout ends what the shell started too.
    #[cfg(unix)]
    cmd.process_group(0);
    let mut child = cmd.spawn()?;
    #[cfg(unix)]
    let mut group = GroupKill(child.id());
    if let Some(mut stdin) = child.stdin.take() {
        let body = serde_json::to_vec(payload).unwrap_or_default();
        // A command that ignores its input closes the pipe early: not an error.
        let _ = stdin.write_all(&body).await;
    }
    let status = child.wait().await;
    // Finished in time: what it left running in the background is its own business.
    #[cfg(unix)]
    group.0.take();
    status
}

/// Ends a hook command's process group when dropped before the command
/// finished (its time ran out).
#[cfg(unix)]
struct GroupKill(Option<u32>);

#[cfg(unix)]
impl Drop for GroupKill {
    fn drop(&mut self) {
        if let Some(pgid) = self.0.and_then(|pid| libc::pid_t::try_from(pid).ok()) {
            // SAFETY: kill(2) takes plain integers; a group that is already
            // gone makes it fail with ESRCH, which is fine.
            unsafe {
                libc::kill(-pgid, libc::SIGKILL);
            }
        }
    }
}

#[cfg(test)]
mod tests;
