//! User settings and the rule that picks the workspace to show.

use crate::alerts::AlertConfig;
use crate::base_url::{parse as parse_base_url, DEFAULT_BASE_URL};
use crate::hook_settings::HookSettings;
use crate::i18n::Locale;
use crate::machine::MachineConfig;
use chrono::NaiveTime;
use serde::{Deserialize, Serialize};
use std::time::Duration;
use ts_rs::TS;

/// How often the app may ask for the device list. WAPing itself is asked at
/// most every 5 s, well inside its rate limits; a WAPing-compatible service on
/// this computer (the simulator) has no limit to respect and may be asked
/// every second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PollLimits {
    pub min_secs: u32,
    pub min_secs_on_this_computer: u32,
    pub max_secs: u32,
}

pub const POLL_LIMITS: PollLimits = PollLimits {
    min_secs: 5,
    min_secs_on_this_computer: 1,
    max_secs: 3600,
};
pub const MIN_POLL_SECS: u32 = POLL_LIMITS.min_secs;
pub const MAX_POLL_SECS: u32 = POLL_LIMITS.max_secs;
/// How often WAPing is asked, unless the user sets otherwise.
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_secs(15);
/// Days of history kept, unless the user sets otherwise.
pub const DEFAULT_RETENTION_DAYS: u32 = 400;

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

/// What the user sets (the API key and webhook secret are not here: they
/// live in the OS keyring).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, rename = "SettingsInput")]
pub struct Settings {
    pub base_url: String,
    pub poll_interval_secs: u32,
    /// Show the demo even when a key is configured.
    pub demo: bool,
    pub alerts: AlertSettings,
    pub detection: DetectionSettings,
    /// Days of history kept.
    pub retention_days: u32,
    pub webhook: WebhookSettings,
    pub hooks: HookSettings,
    pub power: PowerSettings,
    /// The language chosen in Settings; `None` follows the system's.
    pub language: Option<Locale>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct AlertSettings {
    /// Repeat while a phone stays down; 0 for never.
    pub reminder_minutes: u32,
    /// Degraded must last this long before it is worth a notification.
    pub degraded_after_minutes: u32,
    /// "22:00": no notifications from here…
    pub quiet_from: Option<String>,
    /// …until here ("07:00").
    pub quiet_until: Option<String>,
}

impl Default for AlertSettings {
    /// The alert policy's own defaults, in the settings' units.
    fn default() -> Self {
        let policy = AlertConfig::default();
        Self {
            reminder_minutes: policy.reminder_every.map_or(0, minutes),
            degraded_after_minutes: minutes(policy.degraded_after),
            quiet_from: None,
            quiet_until: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct DetectionSettings {
    /// A Connected session not seen for this long is shown Degraded.
    pub no_activity_minutes: u32,
    /// Sightings of Disconnected before it counts.
    pub down_after: u32,
    /// Sightings of Connected before a recovery counts.
    pub up_after: u32,
    /// A change this soon after a phone is linked here is its normal
    /// reconnect: recorded, not alerted.
    pub pairing_grace_secs: u32,
}

impl Default for DetectionSettings {
    /// The state machine's own defaults, in the settings' units.
    fn default() -> Self {
        let machine = MachineConfig::default();
        Self {
            no_activity_minutes: minutes(machine.zombie_after),
            down_after: machine.down_after,
            up_after: machine.up_after,
            pairing_grace_secs: machine.pairing_grace.num_seconds() as u32,
        }
    }
}

fn minutes(d: chrono::Duration) -> u32 {
    u32::try_from(d.num_minutes()).unwrap_or(u32::MAX)
}

fn secs(d: Duration) -> u32 {
    u32::try_from(d.as_secs()).unwrap_or(u32::MAX)
}

/// How the app spares a laptop's battery.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct PowerSettings {
    /// Ask WAPing less often while the computer runs on battery.
    pub slower_on_battery: bool,
}

/// The optional webhook receiver (its secret is in the keyring).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct WebhookSettings {
    pub enabled: bool,
    pub port: u16,
    pub signature_header: String,
}

impl Default for WebhookSettings {
    fn default() -> Self {
        Self {
            enabled: false,
            port: 8788,
            signature_header: "X-WAPing-Signature".to_owned(),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            poll_interval_secs: secs(DEFAULT_POLL_INTERVAL),
            demo: false,
            alerts: AlertSettings::default(),
            detection: DetectionSettings::default(),
            retention_days: DEFAULT_RETENTION_DAYS,
            webhook: WebhookSettings::default(),
            hooks: HookSettings::default(),
            power: PowerSettings::default(),
            language: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error(
        "the poll interval must be between {min} and {MAX_POLL_SECS} seconds{}",
        if *min > POLL_LIMITS.min_secs_on_this_computer {
            format!(
                " ({} for a service on this computer)",
                POLL_LIMITS.min_secs_on_this_computer
            )
        } else {
            String::new()
        }
    )]
    PollInterval { min: u32 },
    #[error("{0}")]
    BaseUrl(String),
    #[error("{0}")]
    Invalid(String),
}

fn parse_clock(raw: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(raw.trim(), "%H:%M").ok()
}

impl Settings {
    /// Checks the values and returns them tidied (trimmed URL, no trailing slash).
    pub fn validated(mut self) -> Result<Self, SettingsError> {
        let invalid = |m: &str| Err(SettingsError::Invalid(m.to_owned()));
        let url =
            parse_base_url(&self.base_url).map_err(|e| SettingsError::BaseUrl(e.to_string()))?;
        self.base_url = url.as_str().trim_end_matches('/').to_owned();
        let min = self.min_poll_secs();
        if !(min..=MAX_POLL_SECS).contains(&self.poll_interval_secs) {
            return Err(SettingsError::PollInterval { min });
        }
        let a = &mut self.alerts;
        if a.reminder_minutes > 24 * 60 {
            return invalid("reminders can repeat at most every 24 h (0 turns them off)");
        }
        if a.degraded_after_minutes > 24 * 60 {
            return invalid("the Degraded delay must be at most 24 h");
        }
        a.quiet_from = a.quiet_from.take().filter(|t| !t.trim().is_empty());
        a.quiet_until = a.quiet_until.take().filter(|t| !t.trim().is_empty());
        match (&a.quiet_from, &a.quiet_until) {
            (None, None) => {}
            (Some(from), Some(until))
                if parse_clock(from).is_some() && parse_clock(until).is_some() => {}
            _ => return invalid("quiet hours need a start and an end, as HH:MM"),
        }
        let d = &self.detection;
        if !(1..=24 * 60).contains(&d.no_activity_minutes) {
            return invalid("the no-activity time must be between 1 minute and 24 h");
        }
        if !(1..=10).contains(&d.down_after) || !(1..=10).contains(&d.up_after) {
            return invalid("confirmations must be between 1 and 10 checks");
        }
        if d.pairing_grace_secs > 600 {
            return invalid("the pairing grace must be at most 10 minutes");
        }
        if !(1..=3650).contains(&self.retention_days) {
            return invalid("history can be kept from 1 day to 10 years");
        }
        if self.webhook.enabled && self.webhook.port < 1024 {
            return invalid("the webhook port must be 1024 or above");
        }
        if self.webhook.signature_header.trim().is_empty()
            || !self
                .webhook
                .signature_header
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return invalid(
                "the signature header must be a header name such as X-WAPing-Signature",
            );
        }
        self.hooks.validate().map_err(SettingsError::Invalid)?;
        if !(1..=300).contains(&self.hooks.timeout_secs) {
            return invalid("hooks may run for 1 to 300 seconds");
        }
        Ok(self)
    }

    pub fn poll_interval(&self) -> Duration {
        Duration::from_secs(u64::from(
            self.poll_interval_secs
                .clamp(self.min_poll_secs(), MAX_POLL_SECS),
        ))
    }

    /// The shortest interval allowed for the service the base URL names.
    pub fn min_poll_secs(&self) -> u32 {
        if crate::base_url::is_on_this_computer(&self.base_url) {
            POLL_LIMITS.min_secs_on_this_computer
        } else {
            POLL_LIMITS.min_secs
        }
    }

    /// With no key there is nothing live to show, so the demo opens.
    pub fn mode(&self, has_key: bool) -> Mode {
        if self.demo || !has_key {
            Mode::Demo
        } else {
            Mode::Live
        }
    }

    /// The quiet hours, when both ends are set and readable.
    pub fn quiet_hours(&self) -> Option<(NaiveTime, NaiveTime)> {
        self.alerts
            .quiet_from
            .as_deref()
            .and_then(parse_clock)
            .zip(self.alerts.quiet_until.as_deref().and_then(parse_clock))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_opens_without_a_key_or_when_asked() {
        let settings = Settings::default();
        assert_eq!(settings.mode(false), Mode::Demo);
        assert_eq!(settings.mode(true), Mode::Live);
        let demo = Settings {
            demo: true,
            ..Settings::default()
        };
        assert_eq!(demo.mode(true), Mode::Demo);
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
            assert_eq!(bad.validated(), Err(SettingsError::PollInterval { min: 5 }));
        }
        // A simulator on this computer may be asked every second, never more often.
        let local = |secs| Settings {
            base_url: "http://127.0.0.1:8787".into(),
            poll_interval_secs: secs,
            ..Settings::default()
        };
        let fast = local(1).validated().unwrap();
        assert_eq!(fast.poll_interval(), Duration::from_secs(1));
        assert_eq!(
            local(0).validated(),
            Err(SettingsError::PollInterval { min: 1 })
        );
        // WAPing itself is never asked more often than every 5 s, even from a
        // settings file that says 1.
        let remote = Settings {
            poll_interval_secs: 1,
            ..Settings::default()
        };
        assert_eq!(remote.poll_interval(), Duration::from_secs(5));
        assert_eq!(
            remote.validated().unwrap_err().to_string(),
            "the poll interval must be between 5 and 3600 seconds (1 for a service on this computer)"
        );
        let http = Settings {
            base_url: "http://example.com".into(),
            ..Settings::default()
        };
        assert!(matches!(http.validated(), Err(SettingsError::BaseUrl(m)) if m.contains("https")));
    }

    #[test]
    fn bad_monitoring_settings_are_named() {
        type Change = Box<dyn Fn(&mut Settings)>;
        let cases: Vec<(Change, &str)> = vec![
            (
                Box::new(|s| s.alerts.quiet_from = Some("22:00".into())),
                "quiet hours",
            ),
            (
                Box::new(|s| {
                    s.alerts.quiet_from = Some("25:00".into());
                    s.alerts.quiet_until = Some("07:00".into());
                }),
                "quiet hours",
            ),
            (Box::new(|s| s.detection.down_after = 0), "confirmations"),
            (Box::new(|s| s.retention_days = 0), "history"),
            (
                Box::new(|s| s.webhook.signature_header = "X Sig".into()),
                "header",
            ),
            (
                Box::new(|s| s.hooks.url = Some("ftp://x".into())),
                "hook URL",
            ),
        ];
        for (change, words) in cases {
            let mut s = Settings::default();
            change(&mut s);
            let err = s.validated().unwrap_err().to_string();
            assert!(err.contains(words), "{err:?} should mention {words:?}");
        }
    }

    #[test]
    fn a_settings_file_from_before_the_power_settings_polls_as_often_on_battery() {
        let s: Settings =
            serde_json::from_str(r#"{"pollIntervalSecs":30,"webhook":{"enabled":false}}"#).unwrap();
        assert_eq!(s.poll_interval_secs, 30);
        assert!(!s.power.slower_on_battery);
        let on: Settings = serde_json::from_str(r#"{"power":{"slowerOnBattery":true}}"#).unwrap();
        assert!(on.power.slower_on_battery);
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
