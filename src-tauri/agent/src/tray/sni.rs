//! The tray on Linux: a StatusNotifierItem on the session bus (ksni), which
//! the desktops that show tray icons read. No GTK in a process that lives in
//! the tray for days.

use super::{icon_rgba, Entry, TrayAction, TrayView};
use ksni::TrayMethods;
use tokio::sync::mpsc;
use waping_core::monitor::Overall;

struct Item {
    view: TrayView,
    actions: mpsc::UnboundedSender<TrayAction>,
}

impl Item {
    fn send(&self, action: TrayAction) {
        // The agent is ending when nobody receives: nothing left to do.
        let _ = self.actions.send(action);
    }
}

/// ARGB32 in network byte order, as the specification asks.
fn pixmap(overall: Overall) -> ksni::Icon {
    let (width, height, rgba) = icon_rgba(overall);
    let data = rgba
        .chunks_exact(4)
        .flat_map(|p| [p[3], p[0], p[1], p[2]])
        .collect();
    ksni::Icon {
        width: width as i32,
        height: height as i32,
        data,
    }
}

/// Underscores are access keys in a tray menu; a device named `shop_1` keeps its.
fn label(text: &str) -> String {
    text.replace('_', "__")
}

fn items(entries: &[Entry]) -> Vec<ksni::MenuItem<Item>> {
    use ksni::menu::{StandardItem, SubMenu};
    entries
        .iter()
        .map(|entry| match entry {
            Entry::Separator => ksni::MenuItem::Separator,
            Entry::Label(text) => StandardItem {
                label: label(text),
                enabled: false,
                ..Default::default()
            }
            .into(),
            Entry::Item(action, text) => {
                let action = action.clone();
                StandardItem {
                    label: label(text),
                    activate: Box::new(move |item: &mut Item| item.send(action.clone())),
                    ..Default::default()
                }
                .into()
            }
            Entry::Submenu(text, entries) => SubMenu {
                label: label(text),
                submenu: items(entries),
                ..Default::default()
            }
            .into(),
        })
        .collect()
}

impl ksni::Tray for Item {
    fn id(&self) -> String {
        "waping-desk".into()
    }

    fn title(&self) -> String {
        "WAPing Desk".into()
    }

    fn category(&self) -> ksni::Category {
        ksni::Category::ApplicationStatus
    }

    fn status(&self) -> ksni::Status {
        ksni::Status::Active
    }

    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        vec![pixmap(self.view.overall)]
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip {
            title: "WAPing Desk".into(),
            description: self.view.tooltip.clone(),
            ..Default::default()
        }
    }

    /// A left click opens the window; the menu is on the right button.
    fn activate(&mut self, _x: i32, _y: i32) {
        self.send(TrayAction::Open);
    }

    fn menu(&self) -> Vec<ksni::MenuItem<Self>> {
        items(&self.view.menu)
    }

    /// The tray host went away (a shell restart): keep the item, so that it
    /// shows again when the host is back.
    fn watcher_offline(&self, reason: ksni::OfflineReason) -> bool {
        tracing::info!("tray host offline: {reason:?}");
        true
    }
}

/// The tray on screen; updates are applied in the order they are made.
pub struct Tray {
    updates: mpsc::UnboundedSender<TrayView>,
}

impl Tray {
    pub fn show(&self, view: TrayView) {
        let _ = self.updates.send(view);
    }
}

/// Puts the tray icon on the session bus, for the desktop's tray host. Fails
/// only without a session bus (no tray then: see the agent's quit rule).
pub async fn start(actions: mpsc::UnboundedSender<TrayAction>) -> Result<Tray, String> {
    let item = Item {
        view: TrayView::starting(),
        actions,
    };
    // A login item may start before the panel does: the item registers
    // whenever a tray host appears, now or later.
    let handle = item
        .assume_sni_available(true)
        .spawn()
        .await
        .map_err(|e| e.to_string())?;
    let (updates, mut views) = mpsc::unbounded_channel::<TrayView>();
    tokio::spawn(async move {
        while let Some(mut view) = views.recv().await {
            // Only the newest of a burst matters.
            while let Ok(newer) = views.try_recv() {
                view = newer;
            }
            let changed = handle
                .update(move |item| {
                    let changed = item.view != view;
                    item.view = view;
                    changed
                })
                .await;
            if changed.is_none() {
                return;
            }
        }
    });
    Ok(Tray { updates })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pixmaps_are_argb() {
        let (_, _, rgba) = icon_rgba(Overall::Connected);
        let icon = pixmap(Overall::Connected);
        assert_eq!((icon.width, icon.height), (64, 64));
        assert_eq!(&icon.data[..4], &[rgba[3], rgba[0], rgba[1], rgba[2]]);
    }

    #[test]
    fn underscores_stay_in_labels() {
        assert_eq!(label("shop_1 — Connected"), "shop__1 — Connected");
    }
}
