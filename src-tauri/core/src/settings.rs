//! User settings and the rule that picks the workspace to show.

use crate::gateway::{parse_base_url, wire, ApiKey};
use serde::{Deserialize, Serialize};
use std::time::Duration;
use ts_rs::TS;

pub const MIN_POLL_SECS: u32 = 5;
pub const MAX_POLL_SECS: u32 = 3600;
pub const DEFAULT_POLL_SECS: u32 = 15;

/// Which workspace the app shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Mode {
    /// The built-in simulator.
    Demo,
    /// The user's WAPing workspace.
    Live,
}

/// What the user sets (the API key is not here: it lives in the OS keyring).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, rename = "SettingsInput")]
pub struct Settings {
    pub base_url: String,
    pub poll_interval_secs: u32,
    /// Show the demo even when a key is configured.
    pub demo: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            base_url: wire::DEFAULT_BASE_URL.to_owned(),
            poll_interval_secs: DEFAULT_POLL_SECS,
            demo: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error("poll interval must be between {MIN_POLL_SECS} and {MAX_POLL_SECS} seconds")]
    PollInterval,
    #[error("{0}")]
    BaseUrl(String),
}

impl Settings {
    /// Checks the values and returns them tidied (trimmed URL, no trailing slash).
    pub fn validated(mut self) -> Result<Self, SettingsError> {
        if !(MIN_POLL_SECS..=MAX_POLL_SECS).contains(&self.poll_interval_secs) {
            return Err(SettingsError::PollInterval);
        }
        let url =
            parse_base_url(&self.base_url).map_err(|e| SettingsError::BaseUrl(e.to_string()))?;
        self.base_url = url.as_str().trim_end_matches('/').to_owned();
        Ok(self)
    }

    pub fn poll_interval(&self) -> Duration {
        Duration::from_secs(u64::from(
            self.poll_interval_secs.clamp(MIN_POLL_SECS, MAX_POLL_SECS),
        ))
    }

    /// With no key there is nothing live to show, so the demo opens.
    pub fn mode(&self, key: Option<&ApiKey>) -> Mode {
        if self.demo || key.is_none() {
            Mode::Demo
        } else {
            Mode::Live
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_opens_without_a_key_or_when_asked() {
        let key = ApiKey::new("wk_live_123");
        let settings = Settings::default();
        assert_eq!(settings.mode(None), Mode::Demo);
        assert_eq!(settings.mode(key.as_ref()), Mode::Live);
        let demo = Settings {
            demo: true,
            ..Settings::default()
        };
        assert_eq!(demo.mode(key.as_ref()), Mode::Demo);
    }

    #[test]
    fn validation_tidies_and_rejects() {
        let ok = Settings {
            base_url: " https://api.waping.app/ ".into(),
            ..Settings::default()
        }
        .validated()
        .unwrap();
        assert_eq!(ok.base_url, "https://api.waping.app");
        for secs in [0, 4, 3601] {
            let bad = Settings {
                poll_interval_secs: secs,
                ..Settings::default()
            };
            assert_eq!(bad.validated(), Err(SettingsError::PollInterval));
        }
        let http = Settings {
            base_url: "http://example.com".into(),
            ..Settings::default()
        };
        assert!(matches!(http.validated(), Err(SettingsError::BaseUrl(m)) if m.contains("https")));
    }

    #[test]
    fn missing_fields_take_defaults() {
        let s: Settings = serde_json::from_str(r#"{"demo":true}"#).unwrap();
        assert_eq!(
            s,
            Settings {
                demo: true,
                ..Settings::default()
            }
        );
    }
}
