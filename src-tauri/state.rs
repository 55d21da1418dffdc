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
}

impl AppState {
    pub fn new(secrets: Secrets) -> Self {
        Self {
            settings: Mutex::new(None),
            secrets: Arc::new(secrets),
            connection: Connection::default(),
        }
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

    pub async fn reconnect<R: Runtime>(&self, app: &AppHandle<R>) -> Result<Overview, AppError> {
        self.connection
            .connect(app, &self.settings(app), self.secrets.clone())
            .await
    }
}
