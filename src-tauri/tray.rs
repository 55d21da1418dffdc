//! The tray icon: the worst device state at a glance, each device in the
//! menu, snoozing, Open and Quit.

use crate::window;
use chrono::{DateTime, Utc};
use tauri::image::Image;
use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItem, SubmenuBuilder};
use tauri::tray::{MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Runtime};
use waping_core::alerts::SnoozeFor;
use waping_core::monitor::{Overall, Snapshot};
use waping_core::SessionState;

pub const TRAY_ID: &str = "main";

/// Every menu entry, mapped to and from its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrayAction {
    Open,
    Quit,
    Snooze(SnoozeFor),
    Resume,
    Device(String),
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
            other => TrayAction::Device(other.strip_prefix("device:")?.to_owned()),
        })
    }
}

fn icon(overall: Overall) -> Image<'static> {
    let bytes: &'static [u8] = match overall {
        Overall::Connected => include_bytes!("../icons/tray/connected.png"),
        Overall::Degraded => include_bytes!("../icons/tray/degraded.png"),
        Overall::Disconnected => include_bytes!("../icons/tray/disconnected.png"),
        Overall::Unreachable => include_bytes!("../icons/tray/unreachable.png"),
    };
    Image::from_bytes(bytes).expect("tray icons are valid PNGs built into the app")
}

fn state_mark(state: SessionState) -> &'static str {
    match state {
        SessionState::Connected => "●",
        SessionState::Degraded => "◐",
        SessionState::Disconnected => "○",
        SessionState::Unlinked | SessionState::Unknown => "◌",
    }
}

fn menu<R: Runtime>(
    app: &AppHandle<R>,
    snapshot: &Snapshot,
    snoozed: Option<DateTime<Utc>>,
) -> tauri::Result<Menu<R>> {
    let offset = *chrono::Local::now().offset();
    let mut builder = MenuBuilder::new(app);
    let status = MenuItem::with_id(app, "status", snapshot.summary(offset), false, None::<&str>)?;
    builder = builder.item(&status).separator();
    for device in &snapshot.devices {
        let label = format!(
            "{} {} — {}",
            state_mark(device.state),
            device.name,
            device.state
        );
        let item = MenuItem::with_id(
            app,
            TrayAction::Device(device.id.to_string()).id(),
            label,
            true,
            None::<&str>,
        )?;
        builder = builder.item(&item);
    }
    if !snapshot.devices.is_empty() {
        builder = builder.separator();
    }
    let snooze_label = match snoozed.filter(|u| *u > Utc::now()) {
        Some(until) => format!(
            "Alerts snoozed until {}",
            until.with_timezone(&offset).format("%a %H:%M")
        ),
        None => "Snooze alerts".to_owned(),
    };
    let mut snooze = SubmenuBuilder::new(app, snooze_label)
        .text(TrayAction::Snooze(SnoozeFor::OneHour).id(), "For 1 hour")
        .text(TrayAction::Snooze(SnoozeFor::FourHours).id(), "For 4 hours")
        .text(
            TrayAction::Snooze(SnoozeFor::UntilTomorrow).id(),
            "Until tomorrow",
        );
    if snoozed.is_some() {
        snooze = snooze
            .separator()
            .text(TrayAction::Resume.id(), "Resume alerts");
    }
    builder
        .item(&snooze.build()?)
        .separator()
        .text(TrayAction::Open.id(), "Open")
        .text(TrayAction::Quit.id(), "Quit")
        .build()
}

/// Creates the tray icon (grey until WAPing answers).
pub fn create<R: Runtime>(
    app: &AppHandle<R>,
    on_action: impl Fn(&AppHandle<R>, TrayAction) + Send + Sync + 'static,
) -> tauri::Result<TrayIcon<R>> {
    let snapshot = Snapshot::starting();
    TrayIconBuilder::with_id(TRAY_ID)
        .icon(icon(Overall::Unreachable))
        .tooltip("WAPing Desk")
        .menu(&menu(app, &snapshot, None)?)
        .show_menu_on_left_click(false)
        .on_menu_event(move |app, event: MenuEvent| {
            if let Some(action) = TrayAction::parse(event.id().as_ref()) {
                on_action(app, action);
            }
        })
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                window::show(tray.app_handle());
            }
        })
        .build(app)
}

/// Brings the tray up to date with a snapshot.
pub fn update<R: Runtime>(app: &AppHandle<R>, snapshot: &Snapshot, snoozed: Option<DateTime<Utc>>) {
    let Some(tray) = app.tray_by_id(TRAY_ID) else {
        return;
    };
    let offset = *chrono::Local::now().offset();
    let _ = tray.set_icon(Some(icon(snapshot.overall())));
    let _ = tray.set_tooltip(Some(format!("WAPing Desk — {}", snapshot.summary(offset))));
    match menu(app, snapshot, snoozed) {
        Ok(menu) => {
            let _ = tray.set_menu(Some(menu));
        }
        Err(e) => tracing::warn!("tray menu: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let image = icon(overall);
            assert_eq!((image.width(), image.height()), (64, 64));
        }
    }
}
