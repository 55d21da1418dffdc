//! The workspace being monitored: the demo or the user's, chosen by the core's
//! rule from the settings and the key. Snapshots go to the window and the
//! tray, alerts to desktop notifications.

use crate::readers::Readers;
use crate::secrets::Secrets;
use crate::shell::Shell;
use crate::{notifier, settings_file};
use chrono::{DateTime, Utc};
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::{broadcast, watch, Mutex};
use tokio::task::JoinHandle;
use waping_core::alerts::{SnoozeEnd, Snoozes};
use waping_core::demo::Demo;
use waping_core::domain::SharedClock;
use waping_core::history::{History, HistoryChanges, HistoryError, Live};
use waping_core::hooks::{HookRun, HookRunner};
use waping_core::i18n::{Catalog, Locale};
use waping_core::monitor::{Monitor, MonitorEvent, MonitorSettings, Snapshot, UserAction};
use waping_core::pairing::{Pairing, PairingConfig, PairingState};
use waping_core::simulator::{SimConfig, SimWebhook};
use waping_core::webhook::{self, WebhookConfig, WebhookServer};
use waping_core::ErrorCode;
use waping_core::{ClientConfig, DeviceId, GatewayClient, Mode, Settings};
use waping_link::updates::UpdateOffer;
use waping_link::views::{Overview, PairingView};
use waping_link::AppError;
use waping_link::Event;

struct Active {
    mode: Mode,
    client: GatewayClient,
    monitor: Monitor,
    /// Readers of the history the monitor writes, for the views.
    readers: Option<Arc<Readers>>,
    hooks: Option<HookRunner>,
    webhook: WebhookState,
    snoozes: SharedSnoozes,
    clock: SharedClock,
    /// The language the overview's words are in (the shell's).
    locale: watch::Receiver<Locale>,
    /// The update on offer (the shell's).
    update: watch::Receiver<Option<UpdateOffer>>,
    tasks: Vec<JoinHandle<()>>,
}

/// Snoozes outlive a switch of workspace or a restart of the monitor (saving
/// settings), and show on the cards and in the tray; a change wakes whoever
/// waits for the next one to end.
type SharedSnoozes = Arc<watch::Sender<Snoozes>>;

/// The snoozes running now. An end at a wall-clock time ("08:00 tomorrow")
/// is read where the computer is now.
fn active_snoozes(snoozes: &SharedSnoozes, clock: &SharedClock) -> Snoozes {
    let now = clock.moment();
    snoozes.borrow().active(now.at, now.offset)
}

/// The demo's phones take a random step every 10 s, or every
/// `WAPING_DESK_DEMO_CHURN_SECS` seconds (0 keeps them still, as tests that
/// count states need).
fn demo_config() -> SimConfig {
    let mut config = SimConfig::demo();
    if let Some(secs) = std::env::var("WAPING_DESK_DEMO_CHURN_SECS")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
    {
        config.churn_every = (secs > 0).then(|| std::time::Duration::from_secs(secs));
    }
    config
}

/// The webhook receiver, when the user turned it on.
#[derive(Default)]
struct WebhookState {
    server: Option<WebhookServer>,
    problem: Option<WebhookProblem>,
}

/// Why the webhook receiver does not run although it is turned on: kept as
/// facts, put in words in the language of each overview.
#[derive(Debug, Clone)]
enum WebhookProblem {
    NoSecret,
    /// The secret could not be read (the keyring's own message).
    Secret(String),
    PortBusy {
        port: u16,
        error: String,
    },
}

impl WebhookProblem {
    fn words(&self, locale: Locale) -> String {
        let c = Catalog::of(locale);
        match self {
            WebhookProblem::NoSecret => c.text("settings-webhook-no-secret"),
            WebhookProblem::Secret(message) => message.clone(),
            // The port as text: a number would be grouped ("8,787").
            WebhookProblem::PortBusy { port, error } => c.with(
                "settings-webhook-port-busy",
                &[
                    ("port", port.to_string().into()),
                    ("error", error.as_str().into()),
                ],
            ),
        }
    }
}

impl Drop for Active {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

pub struct Connection {
    /// Where "now" comes from, for snoozes, history views and the monitor.
    clock: SharedClock,
    /// The demo simulator while the demo is watched (or asked for).
    demo: Mutex<Option<Arc<Demo>>>,
    active: Mutex<Option<Active>>,
    pairing: Arc<Mutex<Option<ActivePairing>>>,
    snoozes: SharedSnoozes,
    /// The snoozes saved by the last run are read once, at the first connect.
    snoozes_loaded: std::sync::OnceLock<()>,
    /// Told of each monitor as it starts (the computer's last known network
    /// and battery state, which outlive a monitor).
    on_new_monitor: std::sync::OnceLock<NewMonitorHook>,
}

type NewMonitorHook = Box<dyn Fn(&Monitor) + Send + Sync>;

impl Connection {
    pub fn new(clock: SharedClock) -> Self {
        Self {
            clock,
            demo: Mutex::default(),
            active: Mutex::default(),
            pairing: Arc::default(),
            snoozes: SharedSnoozes::default(),
            snoozes_loaded: std::sync::OnceLock::new(),
            on_new_monitor: std::sync::OnceLock::new(),
        }
    }

    /// Has `hook` told of each monitor as it starts (one hook; a second is ignored).
    pub fn on_new_monitor(&self, hook: impl Fn(&Monitor) + Send + Sync + 'static) {
        let _ = self.on_new_monitor.set(Box::new(hook));
    }

    /// Runs `f` on the monitor watching now, if any.
    pub async fn with_monitor<R>(&self, f: impl FnOnce(&Monitor) -> R) -> Option<R> {
        self.active.lock().await.as_ref().map(|a| f(&a.monitor))
    }

    /// The demo simulator, started on first use (with a new key) and kept
    /// until the live workspace is watched.
    pub async fn demo(&self) -> Result<Arc<Demo>, AppError> {
        let mut demo = self.demo.lock().await;
        if let Some(running) = demo.as_ref() {
            return Ok(running.clone());
        }
        let started = Arc::new(Demo::start_with(demo_config()).await.map_err(|e| {
            AppError::new(
                ErrorCode::DemoUnavailable,
                format!("the demo workspace could not start: {e}"),
            )
        })?);
        *demo = Some(started.clone());
        Ok(started)
    }

    /// Closes the demo's port: nothing listens for a workspace not shown.
    async fn stop_demo(&self) {
        let demo = self.demo.lock().await.take();
        if let Some(demo) = demo {
            demo.stop().await;
        }
    }

    /// (Re)starts monitoring the workspace the settings and key select.
    pub async fn connect(
        &self,
        shell: &Shell,
        settings: &Settings,
        secrets: Arc<Secrets>,
    ) -> Result<Overview, AppError> {
        self.snoozes_loaded.get_or_init(|| {
            let now = self.clock.moment();
            let saved =
                settings_file::load_snoozes(&shell.settings_path()).active(now.at, now.offset);
            self.snoozes.send_replace(saved);
        });
        let key = match crate::secrets::off_thread(&secrets, Secrets::load).await {
            Ok((key, _)) => key,
            Err(e) => {
                tracing::warn!("{}", e.message);
                None
            }
        };
        let mode = settings.mode(key.is_some());
        let config = match mode {
            Mode::Demo => self.demo().await?.client_config(),
            Mode::Live => ClientConfig::new(settings.base_url.clone(), key),
        };
        let client = GatewayClient::new(config.with_clock(self.clock.clone()))?;
        let monitor_client = client.clone();
        // Stop the previous monitor first: it holds the same database.
        let mut active = self.active.lock().await;
        active.take();
        if mode == Mode::Live {
            self.stop_demo().await;
        }
        let (mut history, notice, history_path) = open_history(shell, mode);
        if let (Mode::Demo, Some(history)) = (mode, history.as_mut()) {
            backfill_demo(&client, history).await;
        }
        let monitor_config = settings.monitor_config(self.clock.clone());
        let monitor = Monitor::spawn(monitor_client, history, notice, monitor_config);
        if let Some(hook) = self.on_new_monitor.get() {
            hook(&monitor);
        }
        // The user's automations follow their own phones, never the demo's.
        let hooks = (mode == Mode::Live && !settings.hooks.is_empty()).then(|| {
            HookRunner::spawn(
                settings.hooks.clone(),
                &monitor,
                hook_log(history_path.as_deref()),
            )
        });
        let webhook = self.start_webhook(settings, &secrets, &monitor, mode).await;
        monitor.set_snoozes(active_snoozes(&self.snoozes, &self.clock));
        let tasks = vec![
            forward_snapshots(
                shell.clone(),
                &monitor,
                mode,
                self.snoozes.clone(),
                webhook.server.as_ref().map(WebhookServer::url),
                webhook.problem.clone(),
            ),
            forward_alerts(shell.clone(), monitor.events()),
            forward_history(shell.clone(), &monitor),
        ];
        // A pairing belongs to the workspace it started in.
        self.pairing.lock().await.take();
        let active_now = Active {
            mode,
            client,
            monitor,
            readers: history_path.map(|path| Arc::new(Readers::new(path))),
            hooks,
            webhook,
            snoozes: self.snoozes.clone(),
            clock: self.clock.clone(),
            locale: shell.locale_changes(),
            update: shell.update_changes(),
            tasks,
        };
        let overview = active_now.overview();
        shell.show_state(&overview);
        *active = Some(active_now);
        Ok(overview)
    }

    /// Runs a read of the history database off the async runtime, on a
    /// reader of its own (kept for the next read) so the monitor's writes go
    /// on meanwhile.
    pub async fn read_history<T: Send + 'static>(
        &self,
        read: impl FnOnce(&History, Live) -> Result<T, HistoryError> + Send + 'static,
    ) -> Result<T, AppError> {
        let (readers, span) = {
            let active = self.active.lock().await;
            let active = active.as_ref().ok_or_else(|| {
                AppError::new(ErrorCode::NotConnected, "no workspace is being watched yet")
            })?;
            let readers = active.readers.clone().ok_or_else(|| {
                AppError::new(
                    ErrorCode::HistoryUnavailable,
                    "history is not being saved on this computer, so there is nothing to show",
                )
            })?;
            (readers, active.monitor.watch_span())
        };
        let clock = self.clock.clone();
        tokio::task::spawn_blocking(move || {
            readers.read(|reader| {
                read(
                    reader,
                    Live {
                        now: clock.now(),
                        span,
                    },
                )
            })
        })
        .await
        .map_err(|e| {
            AppError::new(
                ErrorCode::HistoryError,
                format!("the history read stopped: {e}"),
            )
        })?
        .map_err(AppError::from)
    }

    /// Stops monitoring: the monitor, its hooks and receiver, and any pairing.
    pub async fn stop(&self) {
        self.pairing.lock().await.take();
        let active = self.active.lock().await.take();
        if let Some(active) = active {
            active.monitor.close().await;
        }
        self.stop_demo().await;
    }

    pub async fn overview(&self) -> Option<Overview> {
        self.active.lock().await.as_ref().map(Active::overview)
    }

    pub async fn hook_runs(&self) -> Vec<HookRun> {
        self.active
            .lock()
            .await
            .as_ref()
            .and_then(|a| a.hooks.as_ref().map(HookRunner::log))
            .unwrap_or_default()
    }

    /// Starts the receiver on loopback when enabled and a secret is set; in the
    /// demo, the simulator is pointed at it (in-process: the demo's port
    /// takes no webhook) so that pushes can be tried.
    async fn start_webhook(
        &self,
        settings: &Settings,
        secrets: &Arc<Secrets>,
        monitor: &Monitor,
        mode: Mode,
    ) -> WebhookState {
        if !settings.webhook.enabled {
            return WebhookState::default();
        }
        let secret = match crate::secrets::off_thread(secrets, Secrets::webhook_secret).await {
            Ok((Some(secret), _)) => secret,
            Ok((None, _)) => {
                return WebhookState {
                    server: None,
                    problem: Some(WebhookProblem::NoSecret),
                }
            }
            Err(e) => {
                return WebhookState {
                    server: None,
                    problem: Some(WebhookProblem::Secret(e.message)),
                }
            }
        };
        let config = WebhookConfig {
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, settings.webhook.port)),
            secret: secret.clone(),
            signature_header: settings.webhook.signature_header.clone(),
            clock: self.clock.clone(),
        };
        match webhook::start(config, monitor.observation_sender()).await {
            Ok(server) => {
                if mode == Mode::Demo {
                    if let Ok(demo) = self.demo().await {
                        let hook = SimWebhook {
                            url: server.url(),
                            secret,
                            header: settings.webhook.signature_header.clone(),
                        };
                        if let Err(e) = demo.control().set_webhook(&hook).await {
                            tracing::warn!("demo webhook not set: {e}");
                        }
                    }
                }
                WebhookState {
                    server: Some(server),
                    problem: None,
                }
            }
            Err(e) => WebhookState {
                server: None,
                problem: Some(WebhookProblem::PortBusy {
                    port: settings.webhook.port,
                    error: e.to_string(),
                }),
            },
        }
    }

    pub async fn refresh(&self) {
        if let Some(active) = self.active.lock().await.as_ref() {
            active.monitor.refresh();
        }
    }

    /// Silences one device, or all with `device` of `None`, until `until`:
    /// an instant, or a wall-clock time wherever the computer is when it comes.
    pub async fn snooze(
        &self,
        shell: &Shell,
        device: Option<DeviceId>,
        until: impl Into<SnoozeEnd>,
    ) {
        let until = until.into();
        self.change_snoozes(shell, |s| s.set(device, until)).await;
    }

    /// Resumes one device's alerts, or all (every device's too) with `None`.
    pub async fn resume(&self, shell: &Shell, device: Option<DeviceId>) {
        self.change_snoozes(shell, |s| s.resume(device.as_ref()))
            .await;
    }

    async fn change_snoozes(&self, shell: &Shell, change: impl FnOnce(&mut Snoozes)) {
        // Changed and written in one turn: the file ends with every change.
        let (now_active, saved) = settings_file::change_snoozes(&shell.settings_path(), || {
            self.snoozes.send_modify(|snoozes| {
                change(snoozes);
                let now = self.clock.moment();
                *snoozes = snoozes.active(now.at, now.offset);
            });
            self.snoozes.borrow().clone()
        });
        if let Err(e) = saved {
            tracing::warn!("snoozes not saved (they hold until the app quits): {e}");
        }
        if let Some(active) = self.active.lock().await.as_ref() {
            active.monitor.set_snoozes(now_active);
            let overview = active.overview();
            shell.show_state(&overview);
            shell.emit(Event::Overview(overview));
        }
    }
}

/// The pairing view's attempt, forwarded to the UI as `pairing` events.
/// Whether a pairing's code is on screen, for whoever must not pull it
/// away (a restart to update).
#[derive(Clone)]
pub struct PairingProbe(Arc<Mutex<Option<ActivePairing>>>);

impl PairingProbe {
    pub async fn on_screen(&self) -> bool {
        self.0.lock().await.as_ref().is_some_and(|p| {
            matches!(
                p.pairing.current(),
                PairingState::Starting | PairingState::Code { .. }
            )
        })
    }
}

struct ActivePairing {
    pairing: Pairing,
    forward: JoinHandle<()>,
}

impl Drop for ActivePairing {
    fn drop(&mut self) {
        self.forward.abort();
    }
}

impl Connection {
    /// The client, mode and latest snapshot of the watched workspace.
    pub async fn workspace(&self) -> Result<(GatewayClient, Mode, Snapshot), AppError> {
        let active = self.active.lock().await;
        let active = active.as_ref().ok_or_else(|| {
            AppError::new(ErrorCode::NotConnected, "no workspace is being watched yet")
        })?;
        Ok((active.client.clone(), active.mode, active.monitor.current()))
    }

    /// Tells the monitor about a change the user made here, and polls.
    pub async fn user_acted(&self, device: DeviceId, action: UserAction) {
        if let Some(active) = self.active.lock().await.as_ref() {
            active.monitor.user_acted(device, action);
            active.monitor.refresh();
        }
    }

    pub async fn start_pairing(
        &self,
        shell: &Shell,
        device: DeviceId,
    ) -> Result<PairingView, AppError> {
        let (client, _, _) = self.workspace().await?;
        let (refresh, scanned) = self
            .active
            .lock()
            .await
            .as_ref()
            .map(|a| (a.monitor.refresher(), a.monitor.scan_recorder()))
            .unzip();
        let pairing = Pairing::start(
            client,
            device.clone(),
            PairingConfig {
                clock: self.clock.clone(),
                ..PairingConfig::default()
            },
        );
        let mut states = pairing.subscribe();
        let emitter = shell.clone();
        let id = device.clone();
        let linked = device.clone();
        let forward = tokio::spawn(async move {
            while states.changed().await.is_ok() {
                let state = states.borrow_and_update().clone();
                if matches!(state, PairingState::Linked { .. }) {
                    // History tells an outage ended by this scan from one
                    // that ended by itself.
                    if let Some(scanned) = &scanned {
                        scanned(linked.clone());
                    }
                    // The card turns green now, not at the next poll.
                    if let Some(refresh) = &refresh {
                        refresh();
                    }
                }
                let view = PairingView {
                    device_id: id.clone(),
                    state,
                };
                emitter.emit(Event::Pairing(view));
            }
        });
        let view = PairingView {
            device_id: device.clone(),
            state: pairing.current(),
        };
        *self.pairing.lock().await = Some(ActivePairing { pairing, forward });
        Ok(view)
    }

    /// The open pairing view's state, and the payload of its code if one shows.
    pub async fn pairing(&self) -> Option<PairingView> {
        self.pairing.lock().await.as_ref().map(|p| PairingView {
            device_id: p.pairing.device_id().clone(),
            state: p.pairing.current(),
        })
    }

    /// Tells, whenever asked, whether a pairing's code is on screen.
    pub fn pairing_probe(&self) -> PairingProbe {
        PairingProbe(self.pairing.clone())
    }

    /// Closing the pairing view stops its attempt at once.
    pub async fn cancel_pairing(&self) {
        self.pairing.lock().await.take();
    }
}

impl Active {
    fn overview(&self) -> Overview {
        let locale = *self.locale.borrow();
        Overview::new(
            self.mode,
            self.monitor.current(),
            &active_snoozes(&self.snoozes, &self.clock).instants(self.clock.local_offset()),
            self.webhook.server.as_ref().map(WebhookServer::url),
            self.webhook.problem.as_ref().map(|p| p.words(locale)),
            self.clock.now(),
            locale,
        )
        .with_update(self.update.borrow().clone())
    }
}

fn forward_snapshots(
    shell: Shell,
    monitor: &Monitor,
    mode: Mode,
    snoozes: SharedSnoozes,
    webhook_url: Option<String>,
    webhook_problem: Option<WebhookProblem>,
) -> JoinHandle<()> {
    let mut snapshots = monitor.subscribe();
    let mut snooze_changes = snoozes.subscribe();
    let mut windows = shell.windows();
    let mut locales = shell.locale_changes();
    let mut updates = shell.update_changes();
    tokio::spawn(async move {
        // The words of the overview last sent, while a window shows them.
        let mut shown: Option<Overview> = None;
        // The local offset the times last shown here were read in (the
        // tray's and the snoozes' ends): a change from it shows them again,
        // even one made while this task was busy.
        let mut shown_offset = shell.clock.local_offset();
        loop {
            // A snooze that ends changes the cards and the tray as much as a
            // new snapshot does, though the monitor has nothing new to say.
            // The end is taken from the snoozes as set, not those active
            // now: one that ended before this task saw it set (the clock
            // moved on in between) is shown ended all the same. An end at
            // "08:00" is read where the computer is now; when it moves to
            // another time zone (or through a DST change) the end moves.
            let offset = shell.clock.local_offset();
            let snooze_ends = snoozes.borrow().next_end(offset);
            // So does a minute passing, for "in this state for 14 min" and
            // "last seen 3 min ago" on an open window's cards.
            let words_change = shown
                .as_ref()
                .filter(|_| shell.has_window())
                .and_then(|o| o.words_change_after(shell.clock.now()));
            let ticked = tokio::select! {
                changed = snapshots.changed() => {
                    if changed.is_err() {
                        return;
                    }
                    false
                }
                // Whoever changed them showed the change: wait for the new next end.
                _ = snooze_changes.changed() => continue,
                // A window that opens starts the minutes counting.
                _ = windows.changed() => continue,
                // A new language: every word shown again in it, at once.
                changed = locales.changed() => {
                    if changed.is_err() {
                        return;
                    }
                    false
                }
                // A newer version found, or its install moving on.
                changed = updates.changed() => {
                    if changed.is_err() {
                        return;
                    }
                    false
                }
                () = until(snooze_ends, &shell.clock) => {
                    // Ended snoozes are dropped, so the next end is a later one.
                    let now = shell.clock.moment();
                    snoozes.send_if_modified(|set| {
                        let active = set.active(now.at, now.offset);
                        let ended = active != *set;
                        *set = active;
                        ended
                    });
                    false
                }
                () = until_or_tick(words_change, &shell.clock) => true,
                // The tray tells times where the computer is, and a snooze
                // until 08:00 now ends at another instant.
                () = waping_core::wait::offset_change(&*shell.clock, shown_offset) => false,
            };
            let snapshot = snapshots.borrow_and_update().clone();
            let offset = shell.clock.local_offset();
            let locale = shell.locale();
            let overview = Overview::new(
                mode,
                snapshot,
                &active_snoozes(&snoozes, &shell.clock).instants(offset),
                webhook_url.clone(),
                webhook_problem.as_ref().map(|p| p.words(locale)),
                shell.clock.now(),
                locale,
            )
            .with_update(updates.borrow_and_update().clone());
            // A tick whose words read as before has nothing to show.
            if ticked
                && shown
                    .as_ref()
                    .is_some_and(|o| o.words().eq(overview.words()))
            {
                continue;
            }
            shown = Some(overview.clone());
            shown_offset = offset;
            shell.show_state(&overview);
            shell.emit(Event::Overview(overview));
        }
    })
}

/// Sleeps until `time`, but looks at the clock again at least every second:
/// the clock can jump (a computer waking from sleep, a test moving it), and
/// one comparison a second while a window is open costs nothing.
async fn until_or_tick(time: Option<DateTime<Utc>>, clock: &SharedClock) {
    let Some(time) = time else {
        return std::future::pending().await;
    };
    let left = (time - clock.now()).to_std().unwrap_or_default();
    tokio::time::sleep(left.min(std::time::Duration::from_secs(1))).await;
}

/// Waits until `clock` reads just past `time` (so that what ends then has
/// ended), or for ever without one.
async fn until(time: Option<DateTime<Utc>>, clock: &SharedClock) {
    match time {
        Some(time) => {
            waping_core::wait::sleep_until(&**clock, time + chrono::Duration::milliseconds(10))
                .await;
        }
        None => std::future::pending().await,
    }
}

fn forward_alerts(shell: Shell, mut events: broadcast::Receiver<MonitorEvent>) -> JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match events.recv().await {
                Ok(MonitorEvent::Alert(alert)) => {
                    let opener = shell.clone();
                    let device = alert.device_id.to_string();
                    // Put in words now, in the language spoken now: one
                    // chosen a moment ago applies to this notification.
                    let shown = notifier::show(&alert, shell.locale(), move || {
                        opener.open_window(Some(device))
                    });
                    if let Err(e) = shown {
                        tracing::warn!("notification not shown: {e}");
                    }
                }
                Ok(_) => {}
                Err(broadcast::error::RecvError::Lagged(n)) => {
                    tracing::warn!("{n} monitor events missed");
                }
                Err(broadcast::error::RecvError::Closed) => return,
            }
        }
    })
}

/// Tells the window what the monitor wrote to history, after it committed:
/// first this run's watch span, then each write in order. What is already
/// announced when one is told goes in the same event, so that a poll that
/// changed several phones is one event.
fn forward_history(shell: Shell, monitor: &Monitor) -> JoinHandle<()> {
    use broadcast::error::{RecvError, TryRecvError};
    let mut events = monitor.events();
    let mut told = HistoryChanges {
        changes: monitor.watching().into_iter().collect(),
        missed: false,
    };
    tokio::spawn(async move {
        let mut closed = false;
        while !closed {
            if told.changes.is_empty() && !told.missed {
                match events.recv().await {
                    Ok(MonitorEvent::Recorded(change)) => told.changes.push(change),
                    Ok(_) => continue,
                    Err(RecvError::Lagged(_)) => told.missed = true,
                    Err(RecvError::Closed) => return,
                }
            }
            loop {
                match events.try_recv() {
                    Ok(MonitorEvent::Recorded(change)) => told.changes.push(change),
                    Ok(_) => {}
                    Err(TryRecvError::Lagged(_)) => told.missed = true,
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Closed) => {
                        closed = true;
                        break;
                    }
                }
            }
            shell.emit(Event::History(std::mem::replace(
                &mut told,
                HistoryChanges {
                    changes: Vec::new(),
                    missed: false,
                },
            )));
        }
    })
}

/// Gives a first-time demo a week of history to show.
async fn backfill_demo(client: &GatewayClient, history: &mut History) {
    if let Err(e) = waping_core::demo::backfill(history, client).await {
        tracing::warn!("demo history not written: {e}");
    }
}

/// The demo keeps its own history, apart from the user's workspace.
fn history_file(mode: Mode) -> &'static str {
    match mode {
        Mode::Demo => "demo-history.sqlite3",
        Mode::Live => "history.sqlite3",
    }
}

/// The hooks' run log, in the history database beside the monitor's writes.
fn hook_log(history_path: Option<&std::path::Path>) -> Option<History> {
    History::open_beside(history_path?)
        .inspect_err(|e| tracing::warn!("hook runs will not be saved: {e}"))
        .ok()
}

/// Opens the history database; on failure the app still monitors and says why.
fn open_history(shell: &Shell, mode: Mode) -> (Option<History>, Option<AppError>, Option<PathBuf>) {
    let path = shell.data_dir.join(history_file(mode));
    match History::open(&path) {
        Ok((history, None)) => (Some(history), None, Some(path)),
        Ok((history, Some(recovered))) => (
            Some(history),
            Some(AppError::new(
                ErrorCode::HistoryRecovered,
                format!(
                    "The history database could not be read ({}); it was moved to {} and a new one started.",
                    recovered.cause,
                    recovered.moved_to.display()
                ),
            )),
            Some(path),
        ),
        // A newer version's history stays untouched for that version to read.
        Err(e @ HistoryError::TooNew { .. }) => (
            None,
            Some(AppError::new(
                e.code(),
                format!("{}: {e}", path.display()),
            )),
            None,
        ),
        Err(e) => (
            None,
            Some(AppError::new(
                ErrorCode::HistoryNotSaved,
                format!("history is not being saved: {e}"),
            )),
            None,
        ),
    }
}
