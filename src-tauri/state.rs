//! What the running app holds.

use crate::connection::Connection;
use crate::error::AppError;
use crate::ipc::Overview;
use crate::secrets::Secrets;
use crate::settings_store;
use std::sync::{Arc, Mutex};
use tauri::{AppHandle, Runtime};
use waping_core::Settings;

pub struct AppState {
    /// Read from the store on first use, so nothing depends on start-up order.
    settings: Mutex<Option<Settings>>,
    pub secrets: Arc<Secrets>,
    pub connection: Connection,
    /// Held while the first workspace is being connected, so that start-up and
    /// the window's first `get_overview` share one monitor instead of racing
    /// to start two (each opening history and announcing start-up alerts).
    first_connect: tokio::sync::Mutex<()>,
    /// The device a notification or the tray asked to open while no window
    /// was there to tell: the new page takes it once it listens.
    focus_request: Mutex<Option<String>>,
}

impl AppState {
    pub fn new(secrets: Secrets) -> Self {
        Self {
            settings: Mutex::new(None),
            secrets: Arc::new(secrets),
            connection: Connection::default(),
            first_connect: tokio::sync::Mutex::new(()),
            focus_request: Mutex::new(None),
        }
    }

    pub fn request_focus(&self, device_id: &str) {
        *self.focus_request.lock().unwrap_or_else(|e| e.into_inner()) = Some(device_id.to_owned());
    }

    pub fn take_focus_request(&self) -> Option<String> {
        self.focus_request
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }

    pub fn settings<R: Runtime>(&self, app: &AppHandle<R>) -> Settings {
        self.settings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_or_insert_with(|| settings_store::load(app))
            .clone()
    }

    pub fn set_settings(&self, settings: Settings) {
        *self.settings.lock().unwrap_or_else(|e| e.into_inner()) = Some(settings);
    }

    /// The watched workspace's overview, connecting first if nothing is
    /// watched yet (once, however many callers ask at the same time).
    pub async fn overview_or_connect<R: Runtime>(
        &self,
        app: &AppHandle<R>,
    ) -> Result<Overview, AppError> {
        if let Some(overview) = self.connection.overview().await {
            return Ok(overview);
        }
        let _first = self.first_connect.lock().await;
        if let Some(overview) = self.connection.overview().await {
            return Ok(overview);
        }
        self.reconnect(app).await
    }

    pub async fn reconnect<R: Runtime>(&self, app: &AppHandle<R>) -> Result<Overview, AppError> {
        self.connection
            .connect(app, &self.settings(app), self.secrets.clone())
            .await
    }
}
