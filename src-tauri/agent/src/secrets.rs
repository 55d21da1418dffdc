//! The API key and the webhook secret: in the OS keyring, or — only when the
//! user chooses it on a machine without one — in memory for this run. Never
//! in a file.

use std::sync::{Arc, Mutex, MutexGuard};
use waping_core::ApiKey;
use waping_core::ErrorCode;
use waping_link::views::KeyStorage;
use waping_link::AppError;

pub const SERVICE: &str = "app.waping.desk";

/// One secret: its keyring entry, a session-only value, and what the keyring
/// held when last asked (each look is a D-Bus round trip).
struct Slot {
    entry: &'static str,
    session: Mutex<Option<String>>,
    cached: Mutex<Option<Option<String>>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The keyring could not be used at all (no secret service, locked, denied).
fn unavailable(e: &keyring::Error) -> AppError {
    AppError::new(
        ErrorCode::KeyringUnavailable,
        format!("No system keyring is available, so the secret cannot be stored safely ({e})."),
    )
}

impl Slot {
    const fn new(entry: &'static str) -> Self {
        Self {
            entry,
            session: Mutex::new(None),
            cached: Mutex::new(None),
        }
    }

    fn load(&self, service: &str) -> (Option<String>, KeyStorage) {
        if let Some(value) = lock(&self.session).clone() {
            return (Some(value), KeyStorage::Session);
        }
        let cached = lock(&self.cached).clone();
        let stored = match cached {
            Some(stored) => stored,
            None => {
                let stored = read(service, self.entry).unwrap_or_else(|e| {
                    tracing::warn!("keyring not readable: {}", e.message);
                    None
                });
                *lock(&self.cached) = Some(stored.clone());
                stored
            }
        };
        let storage = if stored.is_some() {
            KeyStorage::Keyring
        } else {
            KeyStorage::None
        };
        (stored, storage)
    }

    fn store(
        &self,
        service: &str,
        value: String,
        session_only: bool,
    ) -> Result<KeyStorage, AppError> {
        if session_only {
            *lock(&self.session) = Some(value);
            return Ok(KeyStorage::Session);
        }
        keyring::Entry::new(service, self.entry)
            .and_then(|e| e.set_password(&value))
            .map_err(|e| unavailable(&e))?;
        *lock(&self.session) = None;
        *lock(&self.cached) = Some(Some(value));
        Ok(KeyStorage::Keyring)
    }

    fn clear(&self, service: &str) -> Result<(), AppError> {
        *lock(&self.session) = None;
        *lock(&self.cached) = Some(None);
        let entry = keyring::Entry::new(service, self.entry).map_err(|e| unavailable(&e))?;
        match entry.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            // Nothing can be stored where there is no keyring: nothing to delete.
            Err(keyring::Error::PlatformFailure(_) | keyring::Error::NoStorageAccess(_)) => Ok(()),
            Err(e) => Err(unavailable(&e)),
        }
    }
}

pub struct Secrets {
    service: String,
    api_key: Slot,
    webhook_secret: Slot,
}

impl Secrets {
    pub fn new(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
            api_key: Slot::new(API_KEY_ENTRY),
            webhook_secret: Slot::new("webhook-secret"),
        }
    }

    /// The API key in use and where it lives. Blocking (D-Bus): call through [`off_thread`].
    pub fn load(&self) -> (Option<ApiKey>, KeyStorage) {
        let (value, storage) = self.api_key.load(&self.service);
        match value.and_then(ApiKey::new) {
            Some(key) => (Some(key), storage),
            None => (None, KeyStorage::None),
        }
    }

    /// Stores the key in the keyring, or for this run only when asked.
    pub fn store(&self, key: ApiKey, session_only: bool) -> Result<KeyStorage, AppError> {
        self.api_key
            .store(&self.service, key.expose().to_owned(), session_only)
    }

    pub fn clear(&self) -> Result<(), AppError> {
        self.api_key.clear(&self.service)
    }

    pub fn webhook_secret(&self) -> (Option<String>, KeyStorage) {
        self.webhook_secret.load(&self.service)
    }

    pub fn store_webhook_secret(
        &self,
        secret: String,
        session_only: bool,
    ) -> Result<KeyStorage, AppError> {
        self.webhook_secret
            .store(&self.service, secret, session_only)
    }

    pub fn clear_webhook_secret(&self) -> Result<(), AppError> {
        self.webhook_secret.clear(&self.service)
    }
}

const API_KEY_ENTRY: &str = "api-key";

/// A keyring that does not answer (a locked one waiting on a prompt nobody
/// sees) must not freeze the app.
const KEYRING_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(8);

/// Runs blocking keyring work off the async runtime, with a time limit.
pub async fn off_thread<T: Send + 'static>(
    secrets: &Arc<Secrets>,
    f: impl FnOnce(&Secrets) -> T + Send + 'static,
) -> Result<T, AppError> {
    let secrets = secrets.clone();
    let task = tokio::task::spawn_blocking(move || f(&secrets));
    match tokio::time::timeout(KEYRING_TIMEOUT, task).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(AppError::new(ErrorCode::Internal, e.to_string())),
        Err(_) => Err(AppError::new(
            ErrorCode::KeyringUnavailable,
            "The system keyring did not answer (it may be locked), so the secret cannot be stored safely.",
        )),
    }
}

fn read(service: &str, entry: &str) -> Result<Option<String>, AppError> {
    let entry = keyring::Entry::new(service, entry).map_err(|e| unavailable(&e))?;
    match entry.get_password() {
        Ok(secret) => Ok(Some(secret)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(&e)),
    }
}

/// Reads the stored API key; used by the command line.
pub fn read_keyring(service: &str) -> Result<Option<ApiKey>, AppError> {
    Ok(read(service, API_KEY_ENTRY)?.and_then(ApiKey::new))
}
