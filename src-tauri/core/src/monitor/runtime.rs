//! The monitor task: polls WAPing for the whole workspace, folds observations
//! through the state machine, writes every transition to history *before*
//! announcing it, and asks the alert policy what to tell.
//!
//! One `GET /v1/devices` per interval (never one request per device); the
//! workspace's plan and usage change slowly and are read every few polls.

use super::machine::{Machine, MachineConfig, Observation, Transition, UserAction};
use super::snapshot::{GatewayHealth, Snapshot};
use super::watching::{self, Pace, SharedSpan, Step};
use crate::alerts::{Alert, AlertConfig, AlertPolicy, Snoozes};
use crate::domain::{
    system_clock, Connectivity, Device, DeviceId, DeviceList, SharedClock, Workspace,
};
use crate::gateway::{GatewayClient, GatewayError};
use crate::history::{History, HistoryChange, HistoryError, LiveSpan};
use crate::settings;
use crate::ErrorCode;
use chrono::{DateTime, Utc};
use std::collections::HashSet;
use std::time::Duration;
use tokio::sync::{broadcast, mpsc, oneshot, watch};
use tokio::task::JoinHandle;
use waping_model::AppError;

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
    /// A turn of the loop this long after the last one (in wall-clock time
    /// beyond the awake clock, or in the process's own time) means nobody
    /// watched in between: a few ticks, since the loop turns every tick.
    pub sleep_gap: Duration,
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
            sleep_gap: Duration::from_secs(45),
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
    /// Stop, with what was watched written.
    Stop(oneshot::Sender<()>),
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
    span: SharedSpan,
    /// When this run's first watch span began, if history could write one.
    watching_since: Option<DateTime<Utc>>,
    sleep_gap: chrono::Duration,
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
        notice: Option<AppError>,
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
                        alerts.on_transition(&seed, config.clock.moment());
                        known_at_start.push(seed);
                        machine.seed(id, k);
                    }
                }
                Err(e) => {
                    snapshot.history_problem =
                        Some(AppError::new(ErrorCode::HistoryError, e.to_string()))
                }
            }
        }
        // From now on the timeline shows this run as watched, not "no data".
        let pace = Pace::now(&*config.clock);
        let span = history.as_mut().and_then(|h| {
            h.begin_span(pace.wall)
                .map_err(|e| tracing::error!("history: cannot start a watch span: {e}"))
                .ok()
                .map(|id| OpenSpan::new(id, pace.wall))
        });
        let shared = SharedSpan::default();
        shared.set(span.as_ref().map(|s| (s.id, s.seen_until)));
        let watching_since = span.as_ref().map(|_| pace.wall);
        let sleep_gap =
            chrono::Duration::from_std(config.sleep_gap).unwrap_or(chrono::Duration::MAX);
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
            shared: shared.clone(),
            pace,
            sleep_gap,
            asleep_since: None,
            waking: None,
            connectivity: Connectivity::Online,
            on_battery: false,
            write_failed: false,
        };
        let task = tokio::spawn(runner.run(command_rx, observation_rx));
        Self {
            clock,
            snapshots: rx,
            events,
            commands,
            observations,
            span: shared,
            watching_since,
            sleep_gap,
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

    /// The watch span running now, as far as it has watched: the views
    /// draw it up to now, not up to when it was last written.
    pub fn watch_span(&self) -> Option<LiveSpan> {
        self.span.live(self.clock.now(), self.sleep_gap)
    }

    /// The start of this run's watch span, as a change to history: written
    /// before anyone could subscribe to the events, so told by whoever
    /// forwards them, first.
    pub fn watching(&self) -> Option<HistoryChange> {
        self.watching_since.map(HistoryChange::watching)
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

    /// Stops watching, once what was watched up to now is written.
    pub async fn close(&self) {
        let (done, written) = oneshot::channel();
        if self.commands.send(Command::Stop(done)).is_ok() {
            let _ = written.await;
        }
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
    /// The watch span open now; none while the computer sleeps.
    span: Option<OpenSpan>,
    /// The open span as the history views see it.
    shared: SharedSpan,
    /// The clocks at the last turn of the loop.
    pace: Pace,
    sleep_gap: chrono::Duration,
    /// The OS said the computer is going to sleep, at these clocks.
    asleep_since: Option<Pace>,
    /// Woke from a sleep and not yet seen WAPing's answer since.
    waking: Option<Waking>,
    connectivity: Connectivity,
    on_battery: bool,
    /// The card's history problem is a write that failed, which the next
    /// write that goes through takes back (a notice from opening stays).
    write_failed: bool,
}

/// A watch span as the loop holds it: watched up to `seen_until`, written
/// up to `written_until`.
#[derive(Debug, Clone, Copy)]
struct OpenSpan {
    id: i64,
    seen_until: DateTime<Utc>,
    written_until: DateTime<Utc>,
}

impl OpenSpan {
    fn new(id: i64, at: DateTime<Utc>) -> Self {
        Self {
            id,
            seen_until: at,
            written_until: at,
        }
    }
}

/// What the first look after a sleep would have told, kept to be told as one.
#[derive(Debug, Default)]
struct Waking {
    told: Vec<(Transition, Alert)>,
}

/// What woke the loop.
enum Turn {
    Poll,
    Tick,
    Observation(Observation),
    Command(Option<Command>),
}

/// After a wake the network is often not back yet: look again this soon,
/// for this long, before backing off as usual.
const WAKE_RETRY: Duration = Duration::from_secs(2);
const WAKE_RETRIES_FOR: Duration = Duration::from_secs(60);

impl Runner {
    async fn run(
        mut self,
        mut commands: mpsc::UnboundedReceiver<Command>,
        mut observations: mpsc::UnboundedReceiver<Observation>,
    ) {
        use tokio::time::Instant;
        let mut polls: u32 = 0;
        let mut failures: u32 = 0;
        let mut tick = tokio::time::interval(self.config.tick_every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut next_poll = Instant::now();
        // WAPing's Retry-After binds a refresh asked for by hand too.
        let mut not_before = next_poll;
        let mut retry_quickly_until: Option<Instant> = None;
        loop {
            let turn = tokio::select! {
                _ = tokio::time::sleep_until(next_poll) => Turn::Poll,
                _ = tick.tick() => Turn::Tick,
                Some(observation) = observations.recv() => Turn::Observation(observation),
                command = commands.recv() => Turn::Command(command),
            };
            // First, whether anybody watched since the last turn.
            let mut woke = self.look();
            if matches!(turn, Turn::Command(Some(Command::Woke))) {
                if let Some(asleep) = self.asleep_since {
                    self.woke(asleep.wall);
                }
                woke = true;
            }
            if woke {
                // Look at once, whatever was scheduled before the sleep.
                let now = Instant::now();
                next_poll = now;
                not_before = now;
                failures = 0;
                retry_quickly_until = Some(now + WAKE_RETRIES_FOR);
            }
            match turn {
                Turn::Poll if self.asleep_since.is_some() => {
                    next_poll = Instant::now() + self.interval();
                }
                Turn::Poll if self.connectivity == Connectivity::Offline => {
                    // Nothing can answer: the return of the network polls.
                    next_poll = Instant::now() + self.interval();
                }
                Turn::Poll => {
                    let delay = match self.poll(polls.is_multiple_of(WORKSPACE_EVERY)).await {
                        Ok(()) => {
                            failures = 0;
                            retry_quickly_until = None;
                            self.tell_while_asleep();
                            self.interval()
                        }
                        Err(e) => {
                            failures = failures.saturating_add(1);
                            if let Some(wait) = e.retry_after() {
                                not_before = Instant::now() + wait;
                            }
                            match retry_quickly_until {
                                Some(until)
                                    if Instant::now() < until && e.retry_after().is_none() =>
                                {
                                    WAKE_RETRY
                                }
                                _ => backoff(self.interval(), failures, e.retry_after()),
                            }
                        }
                    };
                    polls = polls.wrapping_add(1);
                    next_poll = Instant::now() + delay;
                }
                Turn::Tick => {
                    let now = self.config.clock.now();
                    let due = self.alerts.tick(self.config.clock.moment());
                    self.announce_alerts(due);
                    self.prune_if_due(now);
                }
                Turn::Observation(observation) => {
                    if let Some(t) = self.machine.observe(observation) {
                        self.apply(t);
                        self.confirm_states();
                    }
                }
                Turn::Command(command) => match command {
                    None => return,
                    Some(Command::Refresh) => {
                        next_poll = Instant::now().max(not_before);
                    }
                    Some(Command::Snoozes(snoozes)) => self.alerts.set_snoozes(snoozes),
                    Some(Command::Sleeping(done)) => {
                        self.sleeping();
                        let _ = done.send(());
                    }
                    // Handled above, before anything else was looked at.
                    Some(Command::Woke) => {}
                    Some(Command::Stop(done)) => {
                        self.write_span();
                        let _ = done.send(());
                        return;
                    }
                    Some(Command::Network(connectivity)) => {
                        if self.network(connectivity) {
                            next_poll = Instant::now().max(not_before);
                            failures = 0;
                        }
                    }
                    Some(Command::OnBattery(on_battery)) => {
                        self.on_battery = on_battery;
                        self.draft.battery_saving =
                            on_battery && self.config.battery_poll_interval.is_some();
                        next_poll = next_poll.min(Instant::now() + self.interval());
                    }
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

    /// How often WAPing is asked now.
    fn interval(&self) -> Duration {
        match self.config.battery_poll_interval {
            Some(slower) if self.on_battery => slower,
            _ => self.config.poll_interval,
        }
    }

    /// Looks at the clocks: time watched extends the span; time nobody
    /// watched (a sleep, a frozen process, a clock set forward) ends it where
    /// the loop last turned and starts the next now. Returns whether this was
    /// a wake. A clock set back ends the span too, so no span runs backwards.
    fn look(&mut self) -> bool {
        let now = Pace::now(&*self.config.clock);
        let last = std::mem::replace(&mut self.pace, now);
        if let Some(asleep) = self.asleep_since {
            // Told of a sleep: the span is closed. The wake is told by the
            // OS, or seen here in the clocks; a sleep that never came (the
            // loop ran on awake for the gap) ends the same way.
            if watching::step(&last, &now, self.sleep_gap) == Step::Unwatched
                || watching::awake_between(&asleep, &now) > self.sleep_gap
            {
                self.woke(asleep.wall);
                return true;
            }
            return false;
        }
        match watching::step(&last, &now, self.sleep_gap) {
            Step::Watched => {
                self.keep_watching(now.wall);
                false
            }
            Step::Unwatched => {
                tracing::info!(
                    "nothing watched from {} to {}: the computer slept or the clock moved",
                    last.wall,
                    now.wall
                );
                self.end_span(last.wall);
                self.woke(last.wall);
                true
            }
            Step::SteppedBack => {
                tracing::info!("the clock was set back from {} to {}", last.wall, now.wall);
                self.end_span(last.wall);
                self.begin_span(now.wall);
                false
            }
        }
    }

    /// The computer goes to sleep: what was watched is written now, while
    /// the OS waits for it.
    fn sleeping(&mut self) {
        let now = self.config.clock.now();
        self.keep_watching(now);
        self.end_span(now);
        self.asleep_since = Some(Pace::now(&*self.config.clock));
    }

    /// Awake again after nobody watched since `slept_from`: a new span, and
    /// what the first look finds told as one summary.
    fn woke(&mut self, slept_from: DateTime<Utc>) {
        let now = self.config.clock.now();
        tracing::info!("awake again; not watched since {slept_from}");
        self.asleep_since = None;
        self.machine.resumed(now);
        if self.span.is_none() {
            self.begin_span(now);
        }
        self.waking = Some(Waking::default());
    }

    /// Tells, as one alert, what the first answer after a wake changed.
    fn tell_while_asleep(&mut self) {
        if let Some(waking) = self.waking.take() {
            if let Some(alert) = self
                .alerts
                .while_asleep(&waking.told, self.config.clock.moment())
            {
                self.announce_alerts(vec![alert]);
            }
        }
    }

    /// The OS's word on the network; returns whether to poll at once (it
    /// came back).
    fn network(&mut self, connectivity: Connectivity) -> bool {
        let was = std::mem::replace(&mut self.connectivity, connectivity);
        let now = self.config.clock.now();
        match (
            was == Connectivity::Offline,
            connectivity == Connectivity::Offline,
        ) {
            (false, true) => {
                self.set_health(GatewayHealth::computer_offline(now), now);
                false
            }
            (true, false) => true,
            _ => false,
        }
    }

    fn begin_span(&mut self, at: DateTime<Utc>) {
        let Some(history) = &mut self.history else {
            return;
        };
        let begun = history.begin_span(at);
        match &begun {
            Ok(id) => {
                self.span = Some(OpenSpan::new(*id, at));
                self.shared.set(Some((*id, at)));
                self.recorded(HistoryChange::watching(at));
            }
            Err(e) => tracing::error!("history: cannot start a watch span: {e}"),
        }
        self.written(begun);
    }

    /// Ends the open span at `at`, written.
    fn end_span(&mut self, at: DateTime<Utc>) {
        if let Some(span) = &mut self.span {
            span.seen_until = span.seen_until.max(at);
        }
        self.write_span();
        self.shared.set(None);
        if self.span.take().is_some() {
            self.recorded(HistoryChange::unwatched(at));
        }
    }

    /// Watched until `now`: kept in memory, written every few minutes.
    fn keep_watching(&mut self, now: DateTime<Utc>) {
        let Some(span) = &mut self.span else {
            return;
        };
        span.seen_until = span.seen_until.max(now);
        self.shared.set(Some((span.id, span.seen_until)));
        if span.seen_until - span.written_until >= watching::WRITE_EVERY {
            self.write_span();
        }
    }

    /// Writes the open span as far as it was watched.
    fn write_span(&mut self) {
        let (Some(history), Some(span)) = (&mut self.history, &mut self.span) else {
            return;
        };
        if span.seen_until <= span.written_until {
            return;
        }
        match history.extend_span(span.id, span.seen_until) {
            Ok(()) => span.written_until = span.seen_until,
            Err(e) => tracing::error!("history: cannot write what was watched: {e}"),
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
        let alerts = self.alerts.on_transition(&t, self.config.clock.moment());
        let _ = self.events.send(MonitorEvent::Transition(t.clone()));
        match &mut self.waking {
            // Told once the first look after the sleep is whole.
            Some(waking) => waking
                .told
                .extend(alerts.into_iter().map(|a| (t.clone(), a))),
            None => self.announce_alerts(alerts),
        }
    }

    /// Shows whether history is being saved: a failed write puts the problem
    /// on the card, and the next write that goes through (room on the disk
    /// again, the lock released) takes it back.
    fn written<T>(&mut self, result: Result<T, HistoryError>) {
        match result {
            Err(e) => {
                self.draft.history_problem = Some(AppError::new(
                    ErrorCode::HistoryNotSaved,
                    format!("history is not being saved: {e}"),
                ));
                self.write_failed = true;
            }
            Ok(_) => {
                if self.write_failed {
                    self.draft.history_problem = None;
                    self.write_failed = false;
                }
                // History changed: what was watched up to it goes with it.
                self.write_span();
            }
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

impl Drop for Runner {
    /// At exit (the monitor dropped, the agent quitting), what was watched
    /// is written; only a crash loses the few minutes since the last write.
    fn drop(&mut self) {
        self.write_span();
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
