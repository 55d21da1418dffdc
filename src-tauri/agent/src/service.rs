//! What the running agent holds: the settings, the secrets and the watched
//! workspace, shared by every connection.

use crate::connection::Connection;
use crate::secrets::Secrets;
use crate::settings_file;
use crate::shell::Shell;
use crate::updates::Updates;
use std::sync::{Arc, Mutex};
use waping_core::Settings;
use waping_link::views::Overview;
use waping_link::AppError;

pub struct Service {
    pub shell: Shell,
    /// Read from the file on first use, so nothing depends on start-up order.
    settings: Mutex<Option<Settings>>,
    pub secrets: Arc<Secrets>,
    pub connection: Connection,
    /// Held while a workspace is being connected: start-up and a window's
    /// first `get_overview` share one monitor instead of racing to start two
    /// (each opening history and announcing start-up alerts), and a key given
    /// meanwhile connects after, not before, the connect it would undo.
    connecting: tokio::sync::Mutex<()>,
    /// The last diagnosis's text, which the window copies for support.
    last_diagnosis: Mutex<Option<String>>,
    /// Checks for and installs updates of the app.
    pub updates: Arc<Updates>,
}

impl Service {
    pub fn new(shell: Shell, secrets: Secrets) -> Self {
        Self {
            connection: Connection::new(shell.clock.clone()),
            shell,
            settings: Mutex::new(None),
            secrets: Arc::new(secrets),
            connecting: tokio::sync::Mutex::new(()),
            last_diagnosis: Mutex::new(None),
            updates: Arc::new(Updates::default()),
        }
    }

    /// Keeps a diagnosis's text for the window to copy.
    pub fn keep_diagnosis(&self, text: &str) {
        *self
            .last_diagnosis
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = Some(text.to_owned());
    }

    /// The last diagnosis's text, if one was made since the agent started.
    pub fn last_diagnosis(&self) -> Option<String> {
        self.last_diagnosis
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn settings(&self) -> Settings {
        self.settings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_or_insert_with(|| {
                let settings = settings_file::load(&self.shell.settings_path());
                self.shell.choose_locale(settings.language);
                settings
            })
            .clone()
    }

    pub fn set_settings(&self, settings: Settings) {
        self.shell.choose_locale(settings.language);
        *self.settings.lock().unwrap_or_else(|e| e.into_inner()) = Some(settings);
    }

    /// The watched workspace's overview, connecting first if nothing is
    /// watched yet (once, however many callers ask at the same time).
    pub async fn overview_or_connect(&self) -> Result<Overview, AppError> {
        if let Some(overview) = self.connection.overview().await {
            return Ok(overview);
        }
        let _connecting = self.connecting.lock().await;
        if let Some(overview) = self.connection.overview().await {
            return Ok(overview);
        }
        self.connect().await
    }

    /// Connects again with the settings and key as they are now. One
    /// connect at a time: a key given while the first connect (to the demo,
    /// for want of one) is under way waits for it and then wins, rather
    /// than being replaced by it.
    pub async fn reconnect(&self) -> Result<Overview, AppError> {
        let _connecting = self.connecting.lock().await;
        self.connect().await
    }

    async fn connect(&self) -> Result<Overview, AppError> {
        self.connection
            .connect(&self.shell, &self.settings(), self.secrets.clone())
            .await
    }
}
