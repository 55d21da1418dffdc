//! What the agent shows outside itself: events for a connected window, the
//! tray, and the window process it starts when asked to open one.

use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::{broadcast, watch};
use waping_core::domain::{system_clock, SharedClock};
use waping_core::i18n::Locale;
use waping_core::DeviceId;
use waping_link::protocol::AgentEvent;
use waping_link::updates::UpdateOffer;
use waping_link::views::Overview;
use waping_link::Event;

pub use waping_link::locale::system_locale;

/// The desktop around the agent: its tray, and how a window is started.
pub trait Desktop: Send + Sync {
    /// Brings the tray up to date with the workspace.
    fn show_state(&self, overview: &Overview);
    /// Starts a window process, on `device` if given.
    fn launch_window(&self, device: Option<&str>);
    /// Ends the window processes it started that are still running (at
    /// Quit: one that is still starting would not hear the quit).
    fn end_windows(&self) {}
    /// The window binary, which also checks for and installs updates of
    /// the app; none where there is no installed app (tests).
    fn window_binary(&self) -> Option<PathBuf> {
        None
    }
}

/// No tray and no window to start: the agent run inside tests.
pub struct Headless;

impl Desktop for Headless {
    fn show_state(&self, _overview: &Overview) {}
    fn launch_window(&self, _device: Option<&str>) {}
}

#[derive(Clone)]
pub struct Shell {
    pub data_dir: PathBuf,
    /// Where "now" comes from (tests pass a clock they move).
    pub clock: SharedClock,
    events: broadcast::Sender<AgentEvent>,
    desktop: Arc<dyn Desktop>,
    /// Window processes connected; events reach only them.
    windows: Arc<watch::Sender<WindowCount>>,
    /// The language everything the agent says is in: the one chosen in
    /// Settings, or the system's.
    locale: Arc<watch::Sender<Locale>>,
    /// A newer version of the app and where installing it stands; shown in
    /// the overview and the tray.
    update: Arc<watch::Sender<Option<UpdateOffer>>>,
}

/// Windows connected now, and ever: a window that came and went between two
/// looks at the count still shows in `opened`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WindowCount {
    pub open: usize,
    pub opened: usize,
}

impl Shell {
    pub fn new(data_dir: PathBuf, desktop: Arc<dyn Desktop>) -> Self {
        Self::with_clock(data_dir, desktop, system_clock())
    }

    pub fn with_clock(data_dir: PathBuf, desktop: Arc<dyn Desktop>, clock: SharedClock) -> Self {
        Self {
            data_dir,
            clock,
            events: broadcast::channel(256).0,
            desktop,
            windows: Arc::new(watch::channel(WindowCount::default()).0),
            locale: Arc::new(watch::channel(system_locale()).0),
            update: Arc::new(watch::channel(None).0),
        }
    }

    /// The language the agent speaks now.
    pub fn locale(&self) -> Locale {
        *self.locale.borrow()
    }

    /// Follows the language the agent speaks.
    pub fn locale_changes(&self) -> watch::Receiver<Locale> {
        self.locale.subscribe()
    }

    /// Speaks `chosen`, or the system's language when none is chosen.
    pub fn choose_locale(&self, chosen: Option<Locale>) {
        let locale = chosen.unwrap_or_else(system_locale);
        self.locale.send_if_modified(|current| {
            let changed = *current != locale;
            *current = locale;
            changed
        });
    }

    /// The update on offer, if any.
    pub fn update_offer(&self) -> Option<UpdateOffer> {
        self.update.borrow().clone()
    }

    /// Follows the update on offer.
    pub fn update_changes(&self) -> watch::Receiver<Option<UpdateOffer>> {
        self.update.subscribe()
    }

    /// Offers `offer` (none: nothing newer is out).
    pub fn offer_update(&self, offer: Option<UpdateOffer>) {
        self.update.send_if_modified(|current| {
            let changed = *current != offer;
            *current = offer;
            changed
        });
    }

    /// The window binary, where the app is installed.
    pub fn window_binary(&self) -> Option<PathBuf> {
        self.desktop.window_binary()
    }

    pub fn settings_path(&self) -> PathBuf {
        crate::settings_file::path(&self.data_dir)
    }

    /// Sends an event to every connected window.
    pub fn emit(&self, event: Event) {
        // No window connected is no error: there is nobody to tell.
        let _ = self.events.send(AgentEvent::from(&event));
    }

    pub fn subscribe(&self) -> broadcast::Receiver<AgentEvent> {
        self.events.subscribe()
    }

    pub fn show_state(&self, overview: &Overview) {
        self.desktop.show_state(overview);
    }

    /// Brings the window forward (on `device` if given), starting a window
    /// process when none is connected.
    pub fn open_window(&self, device: Option<String>) {
        if self.has_window() {
            self.emit(Event::ShowWindow(
                device.as_deref().and_then(DeviceId::parse),
            ));
        } else {
            self.desktop.launch_window(device.as_deref());
        }
    }

    pub fn has_window(&self) -> bool {
        self.windows.borrow().open > 0
    }

    /// Follows how many windows are connected.
    pub fn windows(&self) -> watch::Receiver<WindowCount> {
        self.windows.subscribe()
    }

    /// Counts a window process for as long as the guard lives.
    pub fn window_connected(&self) -> WindowGuard {
        self.windows.send_modify(|n| {
            n.open += 1;
            n.opened += 1;
        });
        WindowGuard(self.windows.clone())
    }
}

pub struct WindowGuard(Arc<watch::Sender<WindowCount>>);

impl Drop for WindowGuard {
    fn drop(&mut self) {
        self.0.send_modify(|n| n.open = n.open.saturating_sub(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_window_that_came_and_went_unseen_still_counts_as_opened() {
        let shell = Shell::new(std::env::temp_dir(), Arc::new(Headless));
        let mut windows = shell.windows();
        drop(shell.window_connected());
        // Both changes land before the watcher looks: it sees where they ended.
        windows.changed().await.unwrap();
        let count = *windows.borrow_and_update();
        assert_eq!(count, WindowCount { open: 0, opened: 1 });
        assert!(!shell.has_window());

        // A watcher that starts late sees the same.
        let late = shell.windows();
        assert_eq!(*late.borrow(), WindowCount { open: 0, opened: 1 });
    }
}
