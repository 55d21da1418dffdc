//! The tray icon: the worst device state at a glance, each device in the
//! menu, snoozing, Open and Quit. The menu is built here as data; each
//! platform's backend only draws it.

#[cfg(target_os = "linux")]
mod sni;
#[cfg(target_os = "linux")]
pub use sni::{start, Tray};

#[cfg(not(target_os = "linux"))]
mod native;
#[cfg(not(target_os = "linux"))]
pub use native::{run_with_event_loop, Tray};

use chrono::{DateTime, FixedOffset, Utc};
use waping_core::alerts::SnoozeFor;
use waping_core::domain::words;
use waping_core::i18n::{date_time, time_of_day, Catalog, Locale};
use waping_core::monitor::Overall;
use waping_core::text::printable;
use waping_core::SessionState;
use waping_link::updates::{UpdateOffer, UpdateProgress};
use waping_link::views::Overview;

/// Every menu entry, mapped to and from its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrayAction {
    Open,
    Quit,
    Snooze(SnoozeFor),
    Resume,
    Device(String),
    /// Restart to the update on offer.
    InstallUpdate,
}

impl TrayAction {
    pub fn id(&self) -> String {
        match self {
            TrayAction::Open => "open".into(),
            TrayAction::Quit => "quit".into(),
            TrayAction::Snooze(SnoozeFor::OneHour) => "snooze:1h".into(),
            TrayAction::Snooze(SnoozeFor::FourHours) => "snooze:4h".into(),
            TrayAction::Snooze(SnoozeFor::UntilTomorrow) => "snooze:tomorrow".into(),
            TrayAction::Resume => "snooze:off".into(),
            TrayAction::Device(id) => format!("device:{id}"),
            TrayAction::InstallUpdate => "update".into(),
        }
    }

    pub fn parse(id: &str) -> Option<Self> {
        Some(match id {
            "open" => TrayAction::Open,
            "quit" => TrayAction::Quit,
            "snooze:1h" => TrayAction::Snooze(SnoozeFor::OneHour),
            "snooze:4h" => TrayAction::Snooze(SnoozeFor::FourHours),
            "snooze:tomorrow" => TrayAction::Snooze(SnoozeFor::UntilTomorrow),
            "snooze:off" => TrayAction::Resume,
            "update" => TrayAction::InstallUpdate,
            other => TrayAction::Device(other.strip_prefix("device:")?.to_owned()),
        })
    }
}

/// One line of the tray menu.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// Text only: the workspace's summary.
    Label(String),
    Item(TrayAction, String),
    Submenu(String, Vec<Entry>),
    Separator,
}

/// What the tray shows: its icon, tooltip and menu.
#[derive(Debug, Clone, PartialEq)]
pub struct TrayView {
    pub overall: Overall,
    pub tooltip: String,
    pub menu: Vec<Entry>,
}

impl TrayView {
    /// Grey until WAPing answers, in the system's language until the
    /// settings are read.
    pub fn starting() -> Self {
        // Nothing in it is a time: any offset shows it the same.
        let utc = chrono::Offset::fix(&Utc);
        Self::of(
            &waping_core::monitor::Snapshot::starting(),
            None,
            utc,
            crate::shell::system_locale(),
        )
    }

    /// The menu for `overview`, in the language it speaks, its times told
    /// in `offset` (the agent's clock's local offset). A new language comes
    /// with a new overview, which redraws the menu at once.
    pub fn from_overview(overview: &Overview, offset: FixedOffset) -> Self {
        // The agent sends a new overview when a snooze ends: the menu shows
        // the one it carries.
        let mut view = Self::of(
            &overview.to_snapshot(),
            overview.snoozed_until,
            offset,
            overview.locale.locale,
        );
        if let Some(offer) = &overview.update {
            view.offer(offer, Catalog::of(overview.locale.locale));
        }
        view
    }

    /// Puts the update on offer above Open: a line to restart to it, or
    /// where installing it stands.
    fn offer(&mut self, offer: &UpdateOffer, c: &Catalog) {
        let version = [("version", offer.version.as_str().into())];
        let entry = match offer.progress {
            UpdateProgress::Installing => Entry::Label(c.with("tray-update-installing", &version)),
            UpdateProgress::Available | UpdateProgress::Failed { .. } => Entry::Item(
                TrayAction::InstallUpdate,
                c.with("tray-update-available", &version),
            ),
        };
        let open = self
            .menu
            .iter()
            .position(|e| matches!(e, Entry::Item(TrayAction::Open, _)))
            .unwrap_or(self.menu.len());
        self.menu.insert(open, Entry::Separator);
        self.menu.insert(open, entry);
    }

    fn of(
        snapshot: &waping_core::monitor::Snapshot,
        snoozed: Option<DateTime<Utc>>,
        offset: FixedOffset,
        locale: Locale,
    ) -> Self {
        let c = Catalog::of(locale);
        let summary = snapshot.summary(offset, locale);
        let mut menu = vec![Entry::Label(summary.clone()), Entry::Separator];
        for device in &snapshot.devices {
            let label = format!(
                "{} {} — {}",
                state_mark(device.state),
                device.name,
                words::state_label(c, device.state, &printable(&device.raw_status, 40))
            );
            menu.push(Entry::Item(
                TrayAction::Device(device.id.to_string()),
                label,
            ));
        }
        if !snapshot.devices.is_empty() {
            menu.push(Entry::Separator);
        }
        let snooze_label = match snoozed {
            Some(until) => c.with(
                "tray-snoozed-until",
                &[(
                    "until",
                    date_time(locale, until.with_timezone(&offset)).into(),
                )],
            ),
            None => c.text("tray-snooze"),
        };
        let hours = |n: u32| c.with("tray-snooze-hours", &[("hours", n.into())]);
        // The morning's time as the locale writes it: "8:00 AM", "08:00".
        let morning = SnoozeFor::UntilTomorrow
            .end(DateTime::UNIX_EPOCH, offset)
            .instant(offset)
            .with_timezone(&offset);
        let mut snooze = vec![
            Entry::Item(TrayAction::Snooze(SnoozeFor::OneHour), hours(1)),
            Entry::Item(TrayAction::Snooze(SnoozeFor::FourHours), hours(4)),
            Entry::Item(
                TrayAction::Snooze(SnoozeFor::UntilTomorrow),
                c.with(
                    "tray-snooze-tomorrow",
                    &[("time", time_of_day(locale, morning).into())],
                ),
            ),
        ];
        if snoozed.is_some() {
            snooze.push(Entry::Separator);
            snooze.push(Entry::Item(TrayAction::Resume, c.text("tray-resume")));
        }
        menu.extend([
            Entry::Submenu(snooze_label, snooze),
            Entry::Separator,
            Entry::Item(TrayAction::Open, c.text("tray-open")),
            Entry::Item(TrayAction::Quit, c.text("tray-quit")),
        ]);
        Self {
            overall: snapshot.overall(),
            tooltip: c.with("tray-tooltip", &[("summary", summary.into())]),
            menu,
        }
    }
}

fn state_mark(state: SessionState) -> &'static str {
    match state {
        SessionState::Connected => "●",
        SessionState::Degraded => "◐",
        SessionState::Disconnected => "○",
        SessionState::Unlinked | SessionState::Unknown => "◌",
    }
}

/// The icon of an overall state, as the PNG built into the agent.
pub fn icon_png(overall: Overall) -> &'static [u8] {
    match overall {
        Overall::Connected => include_bytes!("../../../../icons/tray/connected.png"),
        Overall::Degraded => include_bytes!("../../../../icons/tray/degraded.png"),
        Overall::Disconnected => include_bytes!("../../../../icons/tray/disconnected.png"),
        Overall::Unreachable => include_bytes!("../../../../icons/tray/unreachable.png"),
    }
}

/// The icon as width, height and RGBA pixels.
pub fn icon_rgba(overall: Overall) -> (u32, u32, Vec<u8>) {
    let image = image::load_from_memory_with_format(icon_png(overall), image::ImageFormat::Png)
        .expect("tray icons are valid PNGs built into the agent")
        .into_rgba8();
    (image.width(), image.height(), image.into_raw())
}

#[cfg(test)]
mod tests {
    use super::*;
    use waping_core::monitor::Snapshot;

    #[test]
    fn every_action_round_trips_through_its_id() {
        for action in [
            TrayAction::Open,
            TrayAction::Quit,
            TrayAction::Snooze(SnoozeFor::OneHour),
            TrayAction::Snooze(SnoozeFor::FourHours),
            TrayAction::Snooze(SnoozeFor::UntilTomorrow),
            TrayAction::Resume,
            TrayAction::Device("dev_001".into()),
        ] {
            assert_eq!(TrayAction::parse(&action.id()), Some(action));
        }
        assert_eq!(TrayAction::parse("status"), None);
    }

    #[test]
    fn each_overall_state_has_an_icon() {
        for overall in [
            Overall::Connected,
            Overall::Degraded,
            Overall::Disconnected,
            Overall::Unreachable,
        ] {
            let (w, h, rgba) = icon_rgba(overall);
            assert_eq!((w, h), (64, 64));
            assert_eq!(rgba.len(), 64 * 64 * 4);
        }
    }

    #[test]
    fn the_snooze_end_is_told_in_the_agents_clocks_offset() {
        use waping_core::domain::{Clock, ManualClock};
        let clock = ManualClock::new(
            DateTime::parse_from_rfc3339("2026-11-30T10:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
        );
        clock.set_offset(FixedOffset::east_opt(5 * 3600 + 1800).unwrap());
        let mut snoozes = waping_core::alerts::Snoozes::default();
        snoozes.set(None, clock.now() + chrono::Duration::hours(1));
        let overview = Overview::new(
            waping_core::Mode::Demo,
            Snapshot::starting(),
            &snoozes.instants(clock.local_offset()),
            None,
            None,
            clock.now(),
            waping_core::i18n::Locale::En,
        );
        let view = TrayView::from_overview(&overview, clock.local_offset());
        let labels: Vec<&str> = view
            .menu
            .iter()
            .filter_map(|e| match e {
                Entry::Submenu(label, _) => Some(label.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(labels, ["Alerts snoozed until Nov 30, 4:30\u{202f}PM"]);
    }

    #[test]
    fn the_menu_offers_resume_only_while_snoozed() {
        let now = DateTime::parse_from_rfc3339("2026-11-30T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let offset = FixedOffset::east_opt(0).unwrap();
        let plain = TrayView::of(&Snapshot::starting(), None, offset, Locale::En);
        assert_eq!(plain.overall, Overall::Unreachable);
        let labels = |view: &TrayView| -> Vec<String> {
            fn walk(entries: &[Entry], out: &mut Vec<String>) {
                for e in entries {
                    match e {
                        Entry::Label(l) | Entry::Item(_, l) => out.push(l.clone()),
                        Entry::Submenu(l, sub) => {
                            out.push(l.clone());
                            walk(sub, out);
                        }
                        Entry::Separator => {}
                    }
                }
            }
            let mut out = Vec::new();
            walk(&view.menu, &mut out);
            out
        };
        let plain_labels = labels(&plain);
        assert!(plain_labels.contains(&"Snooze alerts".to_owned()));
        assert!(!plain_labels.contains(&"Resume alerts".to_owned()));
        assert_eq!(plain_labels.last().map(String::as_str), Some("Quit"));
        let snoozed = TrayView::of(
            &Snapshot::starting(),
            Some(now + chrono::Duration::hours(1)),
            offset,
            Locale::En,
        );
        let snoozed_labels = labels(&snoozed);
        assert!(snoozed_labels
            .iter()
            .any(|l| l.starts_with("Alerts snoozed until")));
        assert!(snoozed_labels.contains(&"Resume alerts".to_owned()));
    }

    #[test]
    fn an_update_on_offer_is_a_line_to_restart_to_it_above_open() {
        let offset = FixedOffset::east_opt(0).unwrap();
        let with = |progress: UpdateProgress| {
            let mut view = TrayView::of(&Snapshot::starting(), None, offset, Locale::En);
            let offer = UpdateOffer {
                version: "0.2.0".into(),
                notes: None,
                progress,
            };
            view.offer(&offer, Catalog::of(Locale::En));
            view.menu
        };
        let open_at = |menu: &[Entry]| {
            menu.iter()
                .position(|e| matches!(e, Entry::Item(TrayAction::Open, _)))
                .expect("the menu opens the window")
        };
        let restart = Entry::Item(
            TrayAction::InstallUpdate,
            "Update available: 0.2.0 — Restart to update".into(),
        );

        let available = with(UpdateProgress::Available);
        let open = open_at(&available);
        assert_eq!(available[open - 2], restart);
        assert_eq!(available[open - 1], Entry::Separator);

        // A failed try stays on offer, so the user may try again.
        let failed = with(UpdateProgress::Failed {
            error: waping_link::AppError::new(
                waping_core::ErrorCode::UpdateRefused,
                "not signed by the app's key",
            ),
        });
        assert_eq!(failed[open_at(&failed) - 2], restart);

        // While installing it is a label: nothing to click twice.
        let installing = with(UpdateProgress::Installing);
        assert_eq!(
            installing[open_at(&installing) - 2],
            Entry::Label("Installing 0.2.0…".into())
        );
        assert!(!installing
            .iter()
            .any(|e| matches!(e, Entry::Item(TrayAction::InstallUpdate, _))));

        let plain = TrayView::of(&Snapshot::starting(), None, offset, Locale::En).menu;
        assert!(!plain
            .iter()
            .any(|e| matches!(e, Entry::Item(TrayAction::InstallUpdate, _))));
    }

    #[test]
    fn the_menu_speaks_brazilian_portuguese_with_its_own_clock() {
        use waping_core::domain::GatewayHealth;
        use waping_core::{Device, DeviceId};
        let mut snapshot = Snapshot::starting();
        snapshot.health = GatewayHealth::Ok;
        snapshot.devices = [
            ("dev_1", "Celular da loja", SessionState::Disconnected),
            ("dev_2", "Caixa", SessionState::Connected),
            ("dev_3", "Entrega", SessionState::Connected),
        ]
        .into_iter()
        .map(|(id, name, state)| Device {
            id: DeviceId::new(id),
            name: name.into(),
            phone: None,
            state,
            raw_status: String::new(),
            reason: None,
            state_since: None,
            last_seen: None,
        })
        .collect();
        let offset = FixedOffset::west_opt(3 * 3600).unwrap();
        let view = TrayView::of(&snapshot, None, offset, Locale::PtBr);
        assert_eq!(view.tooltip, "WAPing Desk — 2 conectados, 1 desconectado");
        let Some(Entry::Submenu(snooze, items)) =
            view.menu.iter().find(|e| matches!(e, Entry::Submenu(..)))
        else {
            panic!("no snooze menu: {:?}", view.menu)
        };
        assert_eq!(snooze, "Silenciar alertas");
        let items: Vec<&str> = items
            .iter()
            .filter_map(|e| match e {
                Entry::Item(_, label) => Some(label.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(items, ["Por 1 hora", "Por 4 horas", "Até amanhã às 08:00"]);
        assert!(view.menu.contains(&Entry::Item(
            TrayAction::Device("dev_1".into()),
            "○ Celular da loja — Desconectado".into()
        )));
        assert_eq!(
            view.menu.last(),
            Some(&Entry::Item(TrayAction::Quit, "Sair".into()))
        );
    }
}
