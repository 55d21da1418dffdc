//! The monitor task: polls WAPing for the whole workspace, folds observations
//! through the state machine, writes every transition to history *before*
//! announcing it, and asks the alert policy what to tell.
//!
//! One `GET /v1/devices` per interval (never one request per device); the
//! workspace's plan and usage change slowly and are read every few polls.

use super::machine::{Machine, MachineConfig, Observation, Transition, UserAction};
use super::snapshot::{GatewayHealth, Snapshot};
use crate::alerts::{Alert, AlertConfig, AlertPolicy, Snoozes};
use crate::domain::{
    system_clock, Connectivity, Device, DeviceId, DeviceList, SharedClock, Workspace,
};
use crate::gateway::{GatewayClient, GatewayError};
use crate::history::{History, HistoryChange, HistoryError};
use crate::settings;
use chrono::{DateTime, Utc};
use std::collections::HashSet;
use std::time::Duration;
use tokio::sync::{broadcast, mpsc, oneshot, watch};
use tokio::task::JoinHandle;

#[derive(Debug, Clone)]
pub struct MonitorConfig {
    pub poll_interval: Duration,
    pub machine: MachineConfig,
    pub alerts: AlertConfig,
    /// How long history is kept.
    pub retention: chrono::Duration,
    /// How often time-driven alerts (reminders, lasting Degraded) are checked.
    pub tick_every: Duration,
    /// Where "now" comes from.
    pub clock: SharedClock,
    /// The interval while the computer runs on battery; `None` polls as
    /// often on battery as on the mains.
    pub battery_poll_interval: Option<Duration>,
}

impl Default for MonitorConfig {
    fn default() -> Self {
        Self {
            poll_interval: settings::DEFAULT_POLL_INTERVAL,
            machine: MachineConfig::default(),
            alerts: AlertConfig::default(),
            retention: chrono::Duration::days(i64::from(settings::DEFAULT_RETENTION_DAYS)),
            tick_every: Duration::from_secs(15),
            clock: system_clock(),
            battery_poll_interval: None,
        }
    }
}

/// What the monitor announces, in the order it happened.
#[derive(Debug, Clone, PartialEq)]
pub enum MonitorEvent {
    /// Already in history when announced.
    Transition(Transition),
    Alert(Alert),
    Health(GatewayHealth),
    /// A write to history that changes a timeline, told once it committed
    /// and in the order written.
    Recorded(HistoryChange),
}

#[derive(Debug)]
enum Command {
    Refresh,
    Snoozes(Snoozes),
    Scanned(DeviceId, DateTime<Utc>),
    /// The computer is about to sleep: write what must survive, then say so.
    Sleeping(oneshot::Sender<()>),
    /// The computer woke: look again at once.
    Woke,
    Network(Connectivity),
    OnBattery(bool),
    /// The user's own change, made at `at`.
    UserAction {
        device: DeviceId,
        action: UserAction,
        at: DateTime<Utc>,
    },
}

/// A running monitor; dropping it stops it.
pub struct Monitor {
    snapshots: watch::Receiver<Snapshot>,
    events: broadcast::Sender<MonitorEvent>,
    commands: mpsc::UnboundedSender<Command>,
    observations: mpsc::UnboundedSender<Observation>,
    span: Option<i64>,
    /// When this run's watch span began.
    watching_since: DateTime<Utc>,
    clock: SharedClock,
    /// The states history gave at start, as the transitions that led to them.
    known_at_start: Vec<Transition>,
    task: JoinHandle<()>,
}

const WORKSPACE_EVERY: u32 = 4;
const MAX_BACKOFF: Duration = Duration::from_secs(300);
const PRUNE_EVERY: chrono::Duration = chrono::Duration::hours(24);

impl Monitor {
    /// Starts watching. `history` is `None` when no database could be opened;
    /// `notice` tells the user about a database that was recovered or failed.
    pub fn spawn(
        client: GatewayClient,
        mut history: Option<History>,
        notice: Option<String>,
        config: MonitorConfig,
    ) -> Self {
        let mut machine = Machine::new(config.machine.clone());
        let mut alerts = AlertPolicy::new(config.alerts.clone());
        let mut snapshot = Snapshot::starting();
        snapshot.history_problem = notice;
        let mut known_at_start = Vec::new();
        // Last known states first, so the UI has something true to show
        // before WAPing answers.
        if let Some(history) = &history {
            match history.last_known() {
                Ok(known) => {
                    for (id, k) in known {
                        snapshot.devices.push(Device {
                            id: id.clone(),
                            name: k.name.clone(),
                            phone: None,
                            state: k.state,
                            raw_status: k.state.label().to_lowercase(),
                            reason: k.reason.clone(),
                            state_since: Some(k.since),
                            last_seen: None,
                        });
                        let seed = seed_transition(&id, &k);
                        alerts.on_transition(&seed, config.clock.now());
                        known_at_start.push(seed);
                        machine.seed(id, k);
                    }
                }
                Err(e) => snapshot.history_problem = Some(e.to_string()),
            }
        }
        // From now on the timeline shows this run as watched, not "no data".
        let watching_since = config.clock.now();
        let span = history.as_mut().and_then(|h| {
            h.begin_span(watching_since)
                .map_err(|e| tracing::error!("history: cannot start a watch span: {e}"))
                .ok()
        });
        let clock = config.clock.clone();
        let (tx, rx) = watch::channel(snapshot.clone());
        let (events, _) = broadcast::channel(1024);
        let (commands, command_rx) = mpsc::unbounded_channel();
        let (observations, observation_rx) = mpsc::unbounded_channel();
        let runner = Runner {
            client,
            history,
            machine,
            alerts,
            draft: snapshot,
            snapshots: tx,
            events: events.clone(),
            config,
            last_prune: None,
            span,
            write_failed: false,
        };
        let task = tokio::spawn(runner.run(command_rx, observation_rx));
        Self {
            clock,
            snapshots: rx,
            events,
            commands,
            observations,
            span,
            watching_since,
            known_at_start,
            task,
        }
    }

    /// What history said of each device when this monitor started: a phone
    /// already down then gets no transition to Disconnected from it, yet
    /// whoever acts on its return (hooks) must know it is down.
    pub fn known_at_start(&self) -> &[Transition] {
        &self.known_at_start
    }

    /// Where this monitor's "now" comes from, for those who act on its events.
    pub fn clock(&self) -> SharedClock {
        self.clock.clone()
    }

    /// The history watch span of this run, which the views extend up to now.
    pub fn watch_span(&self) -> Option<i64> {
        self.span
    }

    /// The start of this run's watch span, as a change to history: written
    /// before anyone could subscribe to the events, so told by whoever
    /// forwards them, first.
    pub fn watching(&self) -> Option<HistoryChange> {
        self.span
            .map(|_| HistoryChange::watching(self.watching_since))
    }

    /// A handle that records a phone linked by a scan in this app.
    pub fn scan_recorder(&self) -> impl Fn(DeviceId) + Send + Sync + 'static {
        let (commands, clock) = (self.commands.clone(), self.clock.clone());
        move |device| {
            let _ = commands.send(Command::Scanned(device, clock.now()));
        }
    }

    pub fn subscribe(&self) -> watch::Receiver<Snapshot> {
        self.snapshots.clone()
    }

    pub fn events(&self) -> broadcast::Receiver<MonitorEvent> {
        self.events.subscribe()
    }

    pub fn current(&self) -> Snapshot {
        self.snapshots.borrow().clone()
    }

    /// The user logged `device` out or removed it here, and WAPing accepted.
    pub fn user_acted(&self, device: DeviceId, action: UserAction) {
        let at = self.clock.now();
        let _ = self
            .commands
            .send(Command::UserAction { device, action, at });
    }

    /// The computer is about to sleep. The returned receiver completes once
    /// what must survive the sleep is written (or the monitor is gone), so a
    /// sleep delay can be released then.
    pub fn sleeping(&self) -> oneshot::Receiver<()> {
        let (done, written) = oneshot::channel();
        let _ = self.commands.send(Command::Sleeping(done));
        written
    }

    /// The computer woke from sleep.
    pub fn woke(&self) {
        let _ = self.commands.send(Command::Woke);
    }

    /// Whether the computer has a network, as the OS says.
    pub fn network(&self, connectivity: Connectivity) {
        let _ = self.commands.send(Command::Network(connectivity));
    }

    /// Whether the computer runs on battery, as the OS says.
    pub fn on_battery(&self, on_battery: bool) {
        let _ = self.commands.send(Command::OnBattery(on_battery));
    }

    /// Polls now instead of waiting for the interval.
    pub fn refresh(&self) {
        let _ = self.commands.send(Command::Refresh);
    }

    /// A handle that asks for a poll now, usable after the monitor is borrowed away.
    pub fn refresher(&self) -> impl Fn() + Send + Sync + 'static {
        let commands = self.commands.clone();
        move || {
            let _ = commands.send(Command::Refresh);
        }
    }

    /// An observation pushed by a webhook.
    pub fn observe(&self, observation: Observation) {
        let _ = self.observations.send(observation);
    }

    /// Where pushed observations (the webhook receiver's) go.
    pub fn observation_sender(&self) -> mpsc::UnboundedSender<Observation> {
        self.observations.clone()
    }

    /// Which alerts are snoozed from now on (the whole set, replacing the last).
    pub fn set_snoozes(&self, snoozes: Snoozes) {
        let _ = self.commands.send(Command::Snoozes(snoozes));
    }
}

impl Drop for Monitor {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Seeds the alert policy with a state from history, as a first sighting.
fn seed_transition(id: &DeviceId, k: &super::Known) -> Transition {
    Transition {
        device_id: id.clone(),
        device_name: k.name.clone(),
        from: None,
        to: k.state,
        at: k.since,
        reason: k.reason.clone(),
        source: super::Source::Poll,
        expected: false,
    }
}

struct Runner {
    client: GatewayClient,
    history: Option<History>,
    machine: Machine,
    alerts: AlertPolicy,
    /// The next snapshot, built up during one step of the loop and published
    /// whole at its end: nobody ever sees a list whose states are not yet
    /// the confirmed ones.
    draft: Snapshot,
    snapshots: watch::Sender<Snapshot>,
    events: broadcast::Sender<MonitorEvent>,
    config: MonitorConfig,
    last_prune: Option<DateTime<Utc>>,
    span: Option<i64>,
    /// The card's history problem is a write that failed, which the next
    /// write that goes through takes back (a notice from opening stays).
    write_failed: bool,
}

impl Runner {
    async fn run(
        mut self,
        mut commands: mpsc::UnboundedReceiver<Command>,
        mut observations: mpsc::UnboundedReceiver<Observation>,
    ) {
        let mut polls: u32 = 0;
        let mut failures: u32 = 0;
        let mut tick = tokio::time::interval(self.config.tick_every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut next_poll = tokio::time::Instant::now();
        // WAPing's Retry-After binds a refresh asked for by hand too.
        let mut not_before = next_poll;
        loop {
            tokio::select! {
                _ = tokio::time::sleep_until(next_poll) => {
                    let delay = match self.poll(polls.is_multiple_of(WORKSPACE_EVERY)).await {
                        Ok(()) => {
                            failures = 0;
                            self.config.poll_interval
                        }
                        Err(e) => {
                            failures = failures.saturating_add(1);
                            if let Some(wait) = e.retry_after() {
                                not_before = tokio::time::Instant::now() + wait;
                            }
                            backoff(self.config.poll_interval, failures, e.retry_after())
                        }
                    };
                    polls = polls.wrapping_add(1);
                    next_poll = tokio::time::Instant::now() + delay;
                }
                _ = tick.tick() => {
                    let now = self.config.clock.now();
                    let due = self.alerts.tick(now);
                    self.announce_alerts(due);
                    self.prune_if_due(now);
                    self.heartbeat(now);
                }
                Some(observation) = observations.recv() => {
                    if let Some(t) = self.machine.observe(observation) {
                        self.apply(t);
                        self.confirm_states();
                    }
                }
                command = commands.recv() => match command {
                    None => return,
                    Some(Command::Refresh) => {
                        next_poll = tokio::time::Instant::now().max(not_before);
                    }
                    Some(Command::Snoozes(snoozes)) => self.alerts.set_snoozes(snoozes),
                    Some(Command::Sleeping(done)) => {
                        self.heartbeat(self.config.clock.now());
                        let _ = done.send(());
                    }
                    Some(Command::Woke) => {
                        next_poll = tokio::time::Instant::now().max(not_before);
                    }
                    Some(Command::Network(_)) | Some(Command::OnBattery(_)) => {}
                    Some(Command::UserAction { device, action, at }) => {
                        self.user_acted(&device, action, at);
                    }
                    Some(Command::Scanned(device, at)) => {
                        if let Some(history) = &mut self.history {
                            let written = history.record_scan(&device, at);
                            if let Err(e) = &written {
                                tracing::error!("history: cannot record a scan: {e}");
                            }
                            self.written(written);
                        }
                    }
                },
            }
            self.publish();
            if self.snapshots.is_closed() {
                return;
            }
        }
    }

    async fn poll(&mut self, with_workspace: bool) -> Result<(), GatewayError> {
        let need_workspace = with_workspace || self.draft.workspace.is_none();
        let result = fetch(&self.client, need_workspace).await;
        let now = self.config.clock.now();
        match result {
            Ok((list, workspace)) => {
                self.set_health(GatewayHealth::Ok, now);
                let DeviceList {
                    devices,
                    unread,
                    partial,
                } = list;
                let named: HashSet<DeviceId> = devices
                    .iter()
                    .map(|d| d.id.clone())
                    .chain(unread.iter().filter_map(|u| u.id.clone()))
                    .collect();
                for device in &devices {
                    if let Some(t) = self.machine.observe(Observation::from_poll(device, now)) {
                        self.apply(t);
                    }
                }
                // Only a whole list says a device is gone: one on a page that
                // could not be read is still there.
                if partial.is_none() {
                    let gone: Vec<DeviceId> = self
                        .machine
                        .tracked_ids()
                        .filter(|id| !named.contains(*id))
                        .cloned()
                        .collect();
                    for id in gone {
                        self.machine.forget(&id);
                        if let Some(history) = &mut self.history {
                            let written = history.mark_removed(&id);
                            match &written {
                                Ok(()) => self.recorded(HistoryChange::removed(id, now)),
                                Err(e) => tracing::error!("history: {e}"),
                            }
                            self.written(written);
                        }
                    }
                }
                let read: HashSet<&DeviceId> = devices.iter().map(|d| &d.id).collect();
                let machine = &self.machine;
                let s = &mut self.draft;
                // Devices known but not read this time keep their card, in
                // their last known state.
                let kept: Vec<Device> = s
                    .devices
                    .iter()
                    .filter(|d| !read.contains(&d.id) && machine.known(&d.id).is_some())
                    .cloned()
                    .collect();
                s.devices = devices;
                s.devices.extend(kept);
                s.unread = unread;
                s.partial = partial;
                if workspace.is_some() {
                    s.workspace = workspace;
                }
                s.updated_at = Some(now);
                self.confirm_states();
                Ok(())
            }
            Err(error) => {
                let mut failing = self.draft.clone();
                failing.failed(&error, now);
                // Logged when it changes: the same failure every few
                // seconds for hours says nothing new.
                if failing.health != self.draft.health {
                    tracing::warn!("WAPing could not be read: {error}");
                }
                self.set_health(failing.health, now);
                Err(error)
            }
        }
    }

    /// Records what the user's action changed and shows it at once: the card
    /// of a device logged out turns Unlinked, one removed goes.
    fn user_acted(&mut self, device: &DeviceId, action: UserAction, at: DateTime<Utc>) {
        if let Some(t) = self.machine.user_acted(device, action, at) {
            self.apply(t);
        }
        match action {
            UserAction::LoggedOut => self.confirm_states(),
            UserAction::Removed => {
                self.draft.devices.retain(|d| &d.id != device);
                if let Some(history) = &mut self.history {
                    let written = history.mark_removed(device);
                    if let Err(e) = &written {
                        tracing::error!("history: {e}");
                    }
                    self.written(written);
                }
            }
        }
    }

    /// Records a transition, then announces it and any alert it causes.
    fn apply(&mut self, t: Transition) {
        if let Some(history) = &mut self.history {
            let written = history.record(&t);
            match &written {
                Ok(_) => self.recorded(HistoryChange::transition(&t)),
                Err(e) => {
                    tracing::error!("history: cannot record {} -> {}: {e}", t.device_id, t.to)
                }
            }
            self.written(written);
        }
        let alerts = self.alerts.on_transition(&t, self.config.clock.now());
        let _ = self.events.send(MonitorEvent::Transition(t));
        self.announce_alerts(alerts);
    }

    /// Shows whether history is being saved: a failed write puts the problem
    /// on the card, and the next write that goes through (room on the disk
    /// again, the lock released) takes it back.
    fn written<T>(&mut self, result: Result<T, HistoryError>) {
        match result {
            Err(e) => {
                self.draft.history_problem = Some(format!("history is not being saved: {e}"));
                self.write_failed = true;
            }
            Ok(_) if self.write_failed => {
                self.draft.history_problem = None;
                self.write_failed = false;
            }
            Ok(_) => {}
        }
    }

    fn recorded(&self, change: HistoryChange) {
        let _ = self.events.send(MonitorEvent::Recorded(change));
    }

    fn announce_alerts(&self, alerts: Vec<Alert>) {
        for alert in alerts {
            let _ = self.events.send(MonitorEvent::Alert(alert));
        }
    }

    /// Cards show the confirmed state (which may be an inferred one, such as a
    /// silent session shown Degraded), not the raw sighting.
    fn confirm_states(&mut self) {
        for device in &mut self.draft.devices {
            if let Some(known) = self.machine.known(&device.id) {
                device.state = known.state;
                device.reason.clone_from(&known.reason);
                device.state_since = Some(known.since);
            }
        }
    }

    /// Publishes the step's snapshot, if it differs from the last one.
    fn publish(&self) {
        self.snapshots.send_if_modified(|s| {
            let changed = *s != self.draft;
            if changed {
                s.clone_from(&self.draft);
            }
            changed
        });
    }

    fn set_health(&mut self, health: GatewayHealth, now: DateTime<Utc>) {
        let previous = self.draft.health.clone();
        let same_kind = match (&previous, &health) {
            (GatewayHealth::Failing { code: a, .. }, GatewayHealth::Failing { code: b, .. }) => {
                a == b
            }
            (a, b) => a == b,
        };
        if same_kind {
            // Keep the newest message but not a new record.
            self.draft.health = health;
            return;
        }
        if let Some(history) = &mut self.history {
            let written = history.record_health(now, &health);
            match &written {
                // Starting is no change of reachability, and is not written.
                Ok(()) if health != GatewayHealth::Starting => {
                    self.recorded(HistoryChange::reachability(
                        now,
                        health == GatewayHealth::Ok,
                    ));
                }
                Ok(()) => {}
                Err(e) => tracing::error!("history: {e}"),
            }
            self.written(written);
        }
        self.alerts.set_gateway_ok(health == GatewayHealth::Ok);
        self.draft.health = health.clone();
        let _ = self.events.send(MonitorEvent::Health(health));
    }

    /// Extends this run's watch span, so a crash loses at most one interval.
    fn heartbeat(&mut self, now: DateTime<Utc>) {
        if let (Some(history), Some(span)) = (&mut self.history, self.span) {
            let written = history.extend_span(span, now);
            if let Err(e) = &written {
                tracing::error!("history: {e}");
            }
            self.written(written);
        }
    }

    fn prune_if_due(&mut self, now: DateTime<Utc>) {
        if self.last_prune.is_some_and(|last| now - last < PRUNE_EVERY) {
            return;
        }
        self.last_prune = Some(now);
        if let Some(history) = &mut self.history {
            match history.prune(now, self.config.retention) {
                Ok(0) => {}
                Ok(n) => tracing::info!("history: pruned {n} rows older than the retention"),
                Err(e) => tracing::error!("history: prune failed: {e}"),
            }
        }
    }
}

/// The devices, and the plan when asked for. The plan is secondary: when only
/// its request fails, the devices still count (the card shows the last plan
/// read), so a hiccup on `/v1/workspace` never greys out device monitoring.
async fn fetch(
    client: &GatewayClient,
    with_workspace: bool,
) -> Result<(DeviceList, Option<Workspace>), GatewayError> {
    let devices = client.list_devices().await?;
    let workspace = if with_workspace {
        match client.workspace().await {
            Ok(workspace) => Some(workspace),
            Err(e) => {
                tracing::warn!("the plan could not be read this time: {e}");
                None
            }
        }
    } else {
        None
    };
    Ok((devices, workspace))
}

/// Exponential backoff with jitter after repeated failures, never sooner
/// than WAPing's own Retry-After.
pub fn backoff(interval: Duration, failures: u32, retry_after: Option<Duration>) -> Duration {
    let exp = interval.saturating_mul(1 << failures.saturating_sub(1).min(5));
    let capped = exp.min(MAX_BACKOFF.max(interval));
    let jitter = capped.mul_f64(rand::random::<f64>() * 0.2);
    let delay = capped + jitter;
    retry_after.map_or(delay, |ra| delay.max(ra))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_caps_and_honours_retry_after() {
        let i = Duration::from_secs(15);
        let first = backoff(i, 1, None);
        assert!(first >= i && first <= i.mul_f64(1.2), "{first:?}");
        let third = backoff(i, 3, None);
        assert!(third >= i * 4 && third <= (i * 4).mul_f64(1.2), "{third:?}");
        let many = backoff(i, 30, None);
        assert!(
            many >= MAX_BACKOFF && many <= MAX_BACKOFF.mul_f64(1.2),
            "{many:?}"
        );
        let ra = Duration::from_secs(900);
        assert_eq!(backoff(i, 1, Some(ra)), ra);
    }
}
