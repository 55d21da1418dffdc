//! The monitor's configuration from the user's settings (which are the
//! model's, and know nothing of the monitor's runtime).

use super::{MachineConfig, MonitorConfig};
use crate::alerts::AlertConfig;
use crate::domain::SharedClock;
use crate::settings::Settings;

/// Turns settings into what the monitor runs on.
pub trait MonitorSettings {
    /// The monitor's configuration for these settings, on `clock`.
    fn monitor_config(&self, clock: SharedClock) -> MonitorConfig;
}

impl MonitorSettings for Settings {
    fn monitor_config(&self, clock: SharedClock) -> MonitorConfig {
        let minutes = |m: u32| chrono::Duration::minutes(i64::from(m));
        MonitorConfig {
            poll_interval: self.poll_interval(),
            machine: MachineConfig {
                down_after: self.detection.down_after,
                up_after: self.detection.up_after,
                zombie_after: minutes(self.detection.no_activity_minutes),
                pairing_grace: chrono::Duration::seconds(i64::from(
                    self.detection.pairing_grace_secs,
                )),
            },
            alerts: AlertConfig {
                degraded_after: minutes(self.alerts.degraded_after_minutes),
                reminder_every: (self.alerts.reminder_minutes > 0)
                    .then(|| minutes(self.alerts.reminder_minutes)),
                quiet_hours: self.quiet_hours(),
            },
            retention: chrono::Duration::days(i64::from(self.retention_days)),
            clock,
            ..MonitorConfig::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    #[test]
    fn monitoring_settings_become_the_monitor_configuration() {
        let mut s = Settings::default();
        s.alerts.reminder_minutes = 0;
        s.alerts.quiet_from = Some("22:00".into());
        s.alerts.quiet_until = Some("07:30".into());
        s.detection.down_after = 3;
        let s = s.validated().unwrap();
        let c = s.monitor_config(crate::domain::ManualClock::new(chrono::Utc::now()));
        assert_eq!(c.alerts.reminder_every, None);
        assert_eq!(
            c.alerts.quiet_hours,
            Some((
                NaiveTime::from_hms_opt(22, 0, 0).unwrap(),
                NaiveTime::from_hms_opt(7, 30, 0).unwrap()
            ))
        );
        assert_eq!(c.machine.down_after, 3);
        assert_eq!(c.machine.zombie_after, chrono::Duration::minutes(10));
        assert_eq!(c.retention, chrono::Duration::days(400));
    }

    #[test]
    fn default_settings_are_the_default_monitor() {
        let clock = crate::domain::ManualClock::new(chrono::Utc::now());
        let c = Settings::default().monitor_config(clock);
        let d = MonitorConfig::default();
        assert_eq!(c.poll_interval, d.poll_interval);
        assert_eq!(c.retention, d.retention);
    }
}
