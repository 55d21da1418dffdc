//! The monitor's configuration from the user's settings (which are the
//! model's, and know nothing of the monitor's runtime).

use super::{MachineConfig, MonitorConfig};
use crate::alerts::AlertConfig;
use crate::domain::SharedClock;
use crate::settings::Settings;
use std::time::Duration;

/// On battery, WAPing is asked this many times less often…
const BATTERY_SLOWDOWN: u32 = 4;
/// …and never more often than this: a radio woken every few seconds is
/// what drains a laptop, whatever the interval set for the mains.
const BATTERY_MIN_INTERVAL: Duration = Duration::from_secs(60);

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
            battery_poll_interval: self
                .power
                .slower_on_battery
                .then(|| (self.poll_interval() * BATTERY_SLOWDOWN).max(BATTERY_MIN_INTERVAL)),
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
    fn slower_on_battery_is_four_times_the_interval_and_at_least_a_minute() {
        let clock = || crate::domain::ManualClock::new(chrono::Utc::now());
        let mut s = Settings::default();
        assert_eq!(s.monitor_config(clock()).battery_poll_interval, None);
        s.power.slower_on_battery = true;
        s.poll_interval_secs = 30;
        assert_eq!(
            s.monitor_config(clock()).battery_poll_interval,
            Some(Duration::from_secs(120))
        );
        s.poll_interval_secs = 5;
        assert_eq!(
            s.monitor_config(clock()).battery_poll_interval,
            Some(Duration::from_secs(60))
        );
    }

    #[test]
    fn default_settings_are_the_default_monitor() {
        let clock = crate::domain::ManualClock::new(chrono::Utc::now());
        let c = Settings::default().monitor_config(clock);
        let d = MonitorConfig::default();
        assert_eq!(c.poll_interval, d.poll_interval);
        assert_eq!(c.retention, d.retention);
        assert_eq!(c.battery_poll_interval, d.battery_poll_interval);
    }
}
