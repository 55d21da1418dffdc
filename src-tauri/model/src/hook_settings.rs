//! The hooks the user configured, and the checks made before they are saved;
//! running them is core's `hooks`.

use serde::{Deserialize, Serialize};
use std::time::Duration;
use ts_rs::TS;

/// What the user configured (per workspace).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct HookSettings {
    /// Receives a JSON POST on each event.
    pub url: Option<String>,
    /// Run through the system shell with the event in its environment and on stdin.
    pub command: Option<String>,
    pub timeout_secs: u32,
}

impl Default for HookSettings {
    fn default() -> Self {
        Self {
            url: None,
            command: None,
            timeout_secs: 10,
        }
    }
}

const MAX_URL_LEN: usize = 2048;
const MAX_COMMAND_LEN: usize = 4096;

impl HookSettings {
    pub fn is_empty(&self) -> bool {
        self.url.as_deref().is_none_or(|u| u.trim().is_empty())
            && self.command.as_deref().is_none_or(|c| c.trim().is_empty())
    }

    pub fn timeout(&self) -> Duration {
        Duration::from_secs(u64::from(self.timeout_secs.clamp(1, 300)))
    }

    /// Checks the URL's shape (http or https) before anything is saved.
    pub fn validate(&self) -> Result<(), String> {
        if self.url.as_deref().is_some_and(|u| u.len() > MAX_URL_LEN) {
            return Err(format!("hook URL must be at most {MAX_URL_LEN} characters"));
        }
        if self
            .command
            .as_deref()
            .is_some_and(|c| c.len() > MAX_COMMAND_LEN)
        {
            return Err(format!(
                "hook command must be at most {MAX_COMMAND_LEN} characters"
            ));
        }
        if let Some(url) = self.url.as_deref().filter(|u| !u.trim().is_empty()) {
            let parsed = url::Url::parse(url.trim()).map_err(|e| format!("hook URL: {e}"))?;
            if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
                return Err("hook URL must be an http:// or https:// address".into());
            }
        }
        Ok(())
    }
}
