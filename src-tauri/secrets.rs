//! The API key: in the OS keyring, or — only when the user chooses it on a
//! machine without one — in memory for this run. Never in a file.

use crate::error::AppError;
use crate::ipc::KeyStorage;
use std::sync::{Arc, Mutex};
use waping_core::ApiKey;

pub const SERVICE: &str = "app.waping.desk";
const API_KEY_ENTRY: &str = "api-key";

pub struct Secrets {
    service: String,
    session: Mutex<Option<ApiKey>>,
    /// What the keyring held when last asked: each look is a D-Bus round trip.
    cached: Mutex<Option<(Option<ApiKey>, KeyStorage)>>,
}

/// The keyring could not be used at all (no secret service, locked, denied).
fn unavailable(e: &keyring::Error) -> AppError {
    AppError::new(
        "KEYRING_UNAVAILABLE",
        format!("No system keyring is available, so the key cannot be stored safely ({e})."),
    )
}

impl Secrets {
    pub fn new(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
            session: Mutex::new(None),
            cached: Mutex::new(None),
        }
    }

    fn entry(&self) -> Result<keyring::Entry, AppError> {
        keyring::Entry::new(&self.service, API_KEY_ENTRY).map_err(|e| unavailable(&e))
    }

    fn session(&self) -> std::sync::MutexGuard<'_, Option<ApiKey>> {
        self.session.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, Option<(Option<ApiKey>, KeyStorage)>> {
        self.cached.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The key in use and where it lives. Blocking (D-Bus): call off the async runtime.
    pub fn load(&self) -> (Option<ApiKey>, KeyStorage) {
        if let Some(key) = self.session().clone() {
            return (Some(key), KeyStorage::Session);
        }
        if let Some(cached) = self.cache().clone() {
            return cached;
        }
        let loaded = match read_keyring(&self.service) {
            Ok(Some(key)) => (Some(key), KeyStorage::Keyring),
            Ok(None) => (None, KeyStorage::None),
            Err(e) => {
                tracing::warn!("keyring not readable: {}", e.message);
                (None, KeyStorage::None)
            }
        };
        *self.cache() = Some(loaded.clone());
        loaded
    }

    /// Stores the key in the keyring, or for this run only when asked.
    pub fn store(&self, key: ApiKey, session_only: bool) -> Result<KeyStorage, AppError> {
        if session_only {
            *self.session() = Some(key);
            return Ok(KeyStorage::Session);
        }
        self.entry()?
            .set_password(key.expose())
            .map_err(|e| unavailable(&e))?;
        *self.session() = None;
        *self.cache() = Some((Some(key), KeyStorage::Keyring));
        Ok(KeyStorage::Keyring)
    }

    pub fn clear(&self) -> Result<(), AppError> {
        *self.session() = None;
        *self.cache() = Some((None, KeyStorage::None));
        match self.entry()?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            // Nothing can be stored where there is no keyring: nothing to delete.
            Err(keyring::Error::PlatformFailure(_) | keyring::Error::NoStorageAccess(_)) => Ok(()),
            Err(e) => Err(unavailable(&e)),
        }
    }
}

/// A keyring that does not answer (a locked one waiting on a prompt nobody
/// sees) must not freeze the app.
const KEYRING_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(8);

/// Runs blocking keyring work off the async runtime, with a time limit.
pub async fn off_thread<T: Send + 'static>(
    secrets: &Arc<Secrets>,
    f: impl FnOnce(&Secrets) -> T + Send + 'static,
) -> Result<T, AppError> {
    let secrets = secrets.clone();
    let task = tauri::async_runtime::spawn_blocking(move || f(&secrets));
    match tokio::time::timeout(KEYRING_TIMEOUT, task).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(AppError::new("INTERNAL", e.to_string())),
        Err(_) => Err(AppError::new(
            "KEYRING_UNAVAILABLE",
            "The system keyring did not answer (it may be locked), so the key cannot be stored safely.",
        )),
    }
}

/// Reads the stored key; also used by the command line.
pub fn read_keyring(service: &str) -> Result<Option<ApiKey>, AppError> {
    let entry = keyring::Entry::new(service, API_KEY_ENTRY).map_err(|e| unavailable(&e))?;
    match entry.get_password() {
        Ok(secret) => Ok(ApiKey::new(secret)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(&e)),
    }
}
