//! What the running app holds.

use crate::connection::Connection;
use crate::error::AppError;
use crate::ipc::Overview;
use crate::secrets::Secrets;
use std::sync::{Arc, Mutex};
use tauri::{AppHandle, Runtime};
use waping_core::Settings;

pub struct AppState {
    settings: Mutex<Settings>,
    pub secrets: Arc<Secrets>,
    pub connection: Connection,
}

impl AppState {
    pub fn new(settings: Settings, secrets: Secrets) -> Self {
        Self {
            settings: Mutex::new(settings),
            secrets: Arc::new(secrets),
            connection: Connection::default(),
        }
    }

    pub fn settings(&self) -> Settings {
        self.settings.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn set_settings(&self, settings: Settings) {
        *self.settings.lock().unwrap_or_else(|e| e.into_inner()) = settings;
    }

    pub async fn reconnect<R: Runtime>(&self, app: &AppHandle<R>) -> Result<Overview, AppError> {
        self.connection
            .connect(app, &self.settings(), self.secrets.clone())
            .await
    }
}
