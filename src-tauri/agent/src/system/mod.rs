//! What the computer says of itself — it is about to sleep, it woke, it has a
//! network or none, it runs on battery — read from the OS and told to the
//! monitor running at that moment.
//!
//! The watcher lives as long as the agent, while monitors come and go (a
//! change of settings or workspace starts a new one): the last network and
//! battery state is kept here and given to each new monitor as it starts.
//! Where the OS does not tell (no system bus, no NetworkManager), the agent
//! goes on without: the monitor's defaults are "online, on the mains".

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(windows)]
mod windows;

use crate::service::Service;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use waping_core::domain::Connectivity;
use waping_core::monitor::Monitor;

/// The longest a sleep is held back for the monitor to write: the OS gives
/// a delay of a few seconds at most, and a monitor busy starting (or a slow
/// disk) must not keep a laptop awake in a bag.
pub const SLEEP_WRITE_LIMIT: Duration = Duration::from_secs(2);

/// One thing the computer said.
#[derive(Debug)]
pub enum SystemEvent {
    /// About to sleep. `written` is answered once the monitor wrote what
    /// must survive the sleep, or [`SLEEP_WRITE_LIMIT`] passed.
    Sleeping {
        written: oneshot::Sender<()>,
    },
    /// Woke from sleep.
    Woke,
    Network(Connectivity),
    OnBattery(bool),
}

/// What the computer said last of its network and its power.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SystemState {
    pub connectivity: Connectivity,
    pub on_battery: bool,
}

impl SystemState {
    /// Tells a monitor that has just started.
    fn give_to(self, monitor: &Monitor) {
        monitor.network(self.connectivity);
        monitor.on_battery(self.on_battery);
    }
}

/// Where a platform's watcher tells what it heard; cheap to clone, usable
/// from any thread.
#[derive(Clone)]
pub(crate) struct Signals(mpsc::UnboundedSender<SystemEvent>);

impl Signals {
    /// Tells of a coming sleep. The receiver completes once the monitor
    /// wrote (within [`SLEEP_WRITE_LIMIT`]), or at once when the agent is
    /// gone: the OS's delay may be released then.
    pub(crate) fn sleeping(&self) -> oneshot::Receiver<()> {
        let (written, done) = oneshot::channel();
        let _ = self.0.send(SystemEvent::Sleeping { written });
        done
    }

    pub(crate) fn woke(&self) {
        let _ = self.0.send(SystemEvent::Woke);
    }

    pub(crate) fn network(&self, connectivity: Connectivity) {
        let _ = self.0.send(SystemEvent::Network(connectivity));
    }

    pub(crate) fn on_battery(&self, on_battery: bool) {
        let _ = self.0.send(SystemEvent::OnBattery(on_battery));
    }
}

/// The running watcher; dropping it stops following the OS.
pub struct SystemWatcher {
    state: Arc<Mutex<SystemState>>,
    tasks: Vec<JoinHandle<()>>,
    /// What a platform registered with the OS, unregistered on drop.
    #[cfg(any(windows, target_os = "macos"))]
    _platform: Option<platform::Registration>,
}

#[cfg(windows)]
use self::windows as platform;
#[cfg(target_os = "macos")]
use macos as platform;

impl SystemWatcher {
    /// What the computer said last of its network and power.
    pub fn state(&self) -> SystemState {
        *self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for SystemWatcher {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

/// Follows the OS's signals for the agent's life, telling each to the
/// monitor the service runs at that moment.
pub fn watch(service: Weak<Service>) -> SystemWatcher {
    let state = Arc::new(Mutex::new(SystemState::default()));
    if let Some(service) = service.upgrade() {
        let state = state.clone();
        service.connection.on_new_monitor(move |monitor| {
            state
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .give_to(monitor);
        });
    }
    let (events, received) = mpsc::unbounded_channel();
    let signals = Signals(events);
    let mut tasks = vec![tokio::spawn(forward(service, received, state.clone()))];
    #[cfg(target_os = "linux")]
    tasks.push(tokio::spawn(linux::watch(signals)));
    #[cfg(any(windows, target_os = "macos"))]
    let registration = platform::watch(signals);
    #[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
    drop(signals);
    SystemWatcher {
        state,
        tasks,
        #[cfg(any(windows, target_os = "macos"))]
        _platform: registration,
    }
}

/// Tells each event to the monitor running when it comes, in order.
async fn forward(
    service: Weak<Service>,
    mut events: mpsc::UnboundedReceiver<SystemEvent>,
    state: Arc<Mutex<SystemState>>,
) {
    while let Some(event) = events.recv().await {
        let Some(service) = service.upgrade() else {
            return;
        };
        let connection = &service.connection;
        // Kept before the monitor is told: a monitor starting meanwhile is
        // given the new state, and a later one too.
        let changed = |change: &dyn Fn(&mut SystemState)| {
            let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
            let before = *state;
            change(&mut state);
            *state != before
        };
        match event {
            SystemEvent::Sleeping { written } => {
                let told = async {
                    if let Some(done) = connection.with_monitor(Monitor::sleeping).await {
                        let _ = done.await;
                    }
                };
                if tokio::time::timeout(SLEEP_WRITE_LIMIT, told).await.is_err() {
                    tracing::warn!(
                        "the monitor did not write before sleep within {SLEEP_WRITE_LIMIT:?}: the sleep goes on"
                    );
                }
                let _ = written.send(());
            }
            SystemEvent::Woke => {
                tracing::info!("the computer woke: looking again at once");
                connection.with_monitor(Monitor::woke).await;
            }
            SystemEvent::Network(connectivity) => {
                // The OS repeats itself (a first value, then the same one
                // from a change stream): only a change is news.
                if changed(&|s| s.connectivity = connectivity) {
                    tracing::info!("the computer's network: {connectivity:?}");
                    connection.with_monitor(|m| m.network(connectivity)).await;
                }
            }
            SystemEvent::OnBattery(on_battery) => {
                if changed(&|s| s.on_battery = on_battery) {
                    tracing::info!("on battery: {on_battery}");
                    connection.with_monitor(|m| m.on_battery(on_battery)).await;
                }
            }
        }
    }
}

/// NetworkManager's `Connectivity`: 0 unknown, 1 none, 2 portal, 3 limited,
/// 4 full. Unknown (and any value it may add later) counts as online: then
/// WAPing's own answers decide, as without NetworkManager.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
pub(crate) fn connectivity_of_network_manager(value: u32) -> Connectivity {
    match value {
        1 => Connectivity::Offline,
        2 | 3 => Connectivity::Limited,
        _ => Connectivity::Online,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_manager_states_read_as_connectivity() {
        let read: Vec<_> = (0..=5).map(connectivity_of_network_manager).collect();
        assert_eq!(
            read,
            [
                Connectivity::Online,
                Connectivity::Offline,
                Connectivity::Limited,
                Connectivity::Limited,
                Connectivity::Online,
                Connectivity::Online,
            ]
        );
    }
}
