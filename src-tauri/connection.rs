//! The workspace being watched: the demo or the user's, chosen by the core's
//! rule from the settings and the key. Snapshots go to the UI as events.

use crate::error::AppError;
use crate::ipc::{Overview, OVERVIEW_EVENT};
use crate::secrets::Secrets;
use std::sync::Arc;
use tauri::async_runtime::JoinHandle;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tokio::sync::{Mutex, OnceCell};
use waping_core::demo::Demo;
use waping_core::history::History;
use waping_core::monitor::{Monitor, MonitorConfig};
use waping_core::{ClientConfig, GatewayClient, Mode, Settings};

struct Active {
    mode: Mode,
    monitor: Monitor,
    forward: JoinHandle<()>,
}

impl Drop for Active {
    fn drop(&mut self) {
        self.forward.abort();
    }
}

#[derive(Default)]
pub struct Connection {
    demo: OnceCell<Demo>,
    active: Mutex<Option<Active>>,
}

impl Connection {
    /// The demo simulator, started on first use and kept for the app's life.
    pub async fn demo(&self) -> Result<&Demo, AppError> {
        self.demo.get_or_try_init(Demo::start).await.map_err(|e| {
            AppError::new(
                "DEMO_UNAVAILABLE",
                format!("the demo workspace could not start: {e}"),
            )
        })
    }

    /// (Re)starts watching the workspace the settings and key select.
    pub async fn connect<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        settings: &Settings,
        secrets: Arc<Secrets>,
    ) -> Result<Overview, AppError> {
        let (key, _) = tauri::async_runtime::spawn_blocking(move || secrets.load())
            .await
            .map_err(|e| AppError::new("INTERNAL", e.to_string()))?;
        let mode = settings.mode(key.as_ref());
        let config = match mode {
            Mode::Demo => self.demo().await?.client_config(),
            Mode::Live => ClientConfig::new(settings.base_url.clone(), key),
        };
        let client = GatewayClient::new(config)?;
        let (history, notice) = open_history(app, mode);
        let monitor_config = MonitorConfig {
            poll_interval: settings.poll_interval(),
            ..MonitorConfig::default()
        };
        // Stop the previous monitor first: it holds the same database.
        self.active.lock().await.take();
        let monitor = Monitor::spawn(client, history, notice, monitor_config);
        let mut snapshots = monitor.subscribe();
        let emitter = app.clone();
        let forward = tauri::async_runtime::spawn(async move {
            while snapshots.changed().await.is_ok() {
                let snapshot = snapshots.borrow_and_update().clone();
                if let Err(e) = emitter.emit(OVERVIEW_EVENT, Overview { mode, snapshot }) {
                    tracing::warn!("overview event not delivered: {e}");
                }
            }
        });
        let overview = Overview {
            mode,
            snapshot: monitor.current(),
        };
        *self.active.lock().await = Some(Active {
            mode,
            monitor,
            forward,
        });
        Ok(overview)
    }

    pub async fn overview(&self) -> Option<Overview> {
        self.active.lock().await.as_ref().map(|a| Overview {
            mode: a.mode,
            snapshot: a.monitor.current(),
        })
    }

    pub async fn refresh(&self) {
        if let Some(active) = self.active.lock().await.as_ref() {
            active.monitor.refresh();
        }
    }
}

/// The demo keeps its own history, apart from the user's workspace.
fn history_file(mode: Mode) -> &'static str {
    match mode {
        Mode::Demo => "demo-history.sqlite3",
        Mode::Live => "history.sqlite3",
    }
}

/// Opens the history database; on failure the app still monitors and says why.
fn open_history<R: Runtime>(app: &AppHandle<R>, mode: Mode) -> (Option<History>, Option<String>) {
    let path = match app.path().app_data_dir() {
        Ok(dir) => dir.join(history_file(mode)),
        Err(e) => {
            return (
                None,
                Some(format!("history is not being saved: no data folder ({e})")),
            )
        }
    };
    match History::open(&path) {
        Ok((history, None)) => (Some(history), None),
        Ok((history, Some(recovered))) => (
            Some(history),
            Some(format!(
                "The history database could not be read ({}); it was moved to {} and a new one started.",
                recovered.cause,
                recovered.moved_to.display()
            )),
        ),
        Err(e) => (None, Some(format!("history is not being saved: {e}"))),
    }
}
