//! Automation hooks: when a phone goes down or comes back, POST to the user's
//! URL and/or run their command, so their own automations pause and resume
//! sending. Every run is logged; a failure is reported, never fatal.

use crate::domain::{Clock, DeviceId, SessionState, SharedClock};
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

mod queue;
use queue::Queue;

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

/// Hook events run at once, across all phones; more wait their turn.
pub const MAX_CONCURRENT_RUNS: usize = 4;

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
        // Room for a burst of skipped runs told at once.
        let (runs, _) = broadcast::channel(4 * LOG_SIZE);
        let http = reqwest::Client::builder()
            .timeout(settings.timeout())
            // The event goes to the address the user set, not to wherever
            // that address sends it on.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        let dispatch = Arc::new(Dispatch {
            queue: Queue::new(MAX_CONCURRENT_RUNS),
            settings,
            http,
            log: log.clone(),
            runs: runs.clone(),
            store: store.map(|store| Arc::new(Mutex::new(store))),
            clock: monitor.clock(),
        });
        let task = tokio::spawn(async move {
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
                dispatch.push(HookPayload {
                    event,
                    device_id: t.device_id.to_string(),
                    device_name: t.device_name.clone(),
                    state: t.to,
                    reason: t.reason.clone(),
                    at: t.at,
                });
            }
        });
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

/// What runs an event's hooks and keeps what came of them.
struct Dispatch {
    queue: Queue,
    settings: HookSettings,
    http: reqwest::Client,
    log: Arc<Mutex<VecDeque<HookRun>>>,
    runs: broadcast::Sender<HookRun>,
    store: Option<Arc<Mutex<History>>>,
    clock: SharedClock,
}

impl Dispatch {
    /// Queues `payload`, logs the event it replaced as skipped, and starts
    /// what may run now.
    fn push(self: &Arc<Self>, payload: HookPayload) {
        let newer = payload.event;
        if let Some(replaced) = self.queue.push(payload) {
            let skipped = skipped_runs(&self.settings, &replaced, newer, &*self.clock);
            let this = self.clone();
            tokio::spawn(async move {
                for run in skipped {
                    this.keep(run).await;
                }
            });
        }
        self.start();
    }

    /// Starts each event that may run now; each one that ends starts more.
    fn start(self: &Arc<Self>) {
        while let Some(payload) = self.queue.next() {
            let this = self.clone();
            tokio::spawn(async move {
                let runs = run_hooks(&this.settings, &this.http, &payload, &*this.clock).await;
                this.queue.done(&payload.device_id);
                this.start();
                for run in runs {
                    if !run.ok {
                        tracing::warn!(target = run.target, "hook failed: {}", run.detail);
                    }
                    this.keep(run).await;
                }
            });
        }
    }

    /// Adds `run` to the log, in memory and in the store, and tells it.
    async fn keep(&self, run: HookRun) {
        if let Some(store) = &self.store {
            keep(store.clone(), run.clone()).await;
        }
        let mut log = self.log.lock().unwrap_or_else(|e| e.into_inner());
        if log.len() >= LOG_SIZE {
            log.pop_front();
        }
        log.push_back(run.clone());
        drop(log);
        let _ = self.runs.send(run);
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

/// The targets that would have run for `replaced`, each logged as skipped
/// for the `newer` event that took its place.
fn skipped_runs(
    settings: &HookSettings,
    replaced: &HookPayload,
    newer: HookEvent,
    clock: &dyn Clock,
) -> Vec<HookRun> {
    targets(settings)
        .into_iter()
        .map(|(target, _)| HookRun {
            superseded_by: Some(newer),
            ..record(
                replaced,
                target,
                true,
                format!("skipped: {} came while it waited", newer.as_str()),
                Instant::now(),
                clock,
            )
        })
        .collect()
}

/// The hooks set: ("url", the URL) and ("command", the command), when set.
fn targets(settings: &HookSettings) -> Vec<(&'static str, &str)> {
    fn set(value: &Option<String>) -> Option<&str> {
        value.as_deref().map(str::trim).filter(|v| !v.is_empty())
    }
    [
        ("url", set(&settings.url)),
        ("command", set(&settings.command)),
    ]
    .into_iter()
    .filter_map(|(target, value)| Some((target, value?)))
    .collect()
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
    let targets = targets(settings);
    let set = |name: &str| targets.iter().find(|(t, _)| *t == name).map(|(_, v)| *v);
    if let Some(url) = set("url") {
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
    if let Some(command) = set("command") {
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
        superseded_by: None,
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
        .env("WAPING_DEVICE_ID", env_value(&payload.device_id))
        .env("WAPING_DEVICE_NAME", env_value(&payload.device_name))
        .env("WAPING_STATE", payload.state.label())
        .env(
            "WAPING_REASON",
            env_value(payload.reason.as_deref().unwrap_or("")),
        )
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

/// Longest value, in bytes, of an environment variable a hook command gets;
/// the whole event is on its stdin.
pub const MAX_ENV_BYTES: usize = 1024;

/// `raw` as an environment variable's value: WAPing's text could otherwise
/// keep the command from starting (a NUL byte, or an environment beyond the
/// system's limit) or reach a terminal it prints to (escape sequences), so
/// control and bidirectional-override characters are dropped and the rest is
/// cut to [`MAX_ENV_BYTES`] on a character boundary.
pub fn env_value(raw: &str) -> String {
    let mut out = String::new();
    for c in raw
        .chars()
        .filter(|&c| !c.is_control() && !crate::text::is_bidi_control(c))
    {
        if out.len() + c.len_utf8() > MAX_ENV_BYTES {
            break;
        }
        out.push(c);
    }
    out
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
