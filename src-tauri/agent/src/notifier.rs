//! Native desktop notifications (notify-rust: D-Bus on Linux, the system's
//! own elsewhere).

use notify_rust::{Notification, Timeout};
use waping_core::alerts::Alert;
use waping_core::i18n::{Catalog, Locale};

pub const APP_NAME: &str = "WAPing Desk";
/// The icon name the installed app registers (the .deb's hicolor icon).
const ICON: &str = "waping-desk";

/// The body as the desktop reads it. Freedesktop servers read a body as
/// markup, and it carries what WAPing sent (a device's name, a reason): a
/// name like `<a href=…>` must show as written, not become a link or bold.
/// The summary is plain text by the specification and is sent as it is.
fn body(alert: &Alert, locale: Locale) -> String {
    let body = alert.body(locale);
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        escape_markup(&body)
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        body
    }
}

/// Escapes the characters freedesktop body markup gives a meaning.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

fn notification(alert: &Alert, locale: Locale) -> Notification {
    let mut n = Notification::new();
    n.appname(APP_NAME)
        .summary(&alert.summary(locale))
        .body(&body(alert, locale))
        .icon(ICON)
        .timeout(Timeout::Default);
    // Windows shows a toast under the AppUserModelID its Start-menu shortcut
    // carries; the .msi installer registers the app's identifier there.
    #[cfg(target_os = "windows")]
    n.app_id(crate::IDENTIFIER);
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        use notify_rust::Urgency;
        use waping_core::alerts::AlertKind;
        n.hint(notify_rust::Hint::DesktopEntry(ICON.to_owned()))
            .hint(notify_rust::Hint::Category("network".to_owned()))
            .urgency(match alert.kind {
                // A summary after a sleep names phones still down.
                AlertKind::Down | AlertKind::WhileAsleep => Urgency::Critical,
                AlertKind::Up => Urgency::Low,
                AlertKind::Degraded | AlertKind::Reminder => Urgency::Normal,
            })
            .action("default", &Catalog::of(locale).text("tray-open"));
    }
    n
}

/// The notification last shown about each device. The next one about the
/// same phone takes its place, so "connected again" replaces a "disconnected"
/// that would otherwise stay on screen (drops are critical: they never expire).
#[cfg(all(unix, not(target_os = "macos")))]
fn last_shown() -> &'static std::sync::Mutex<std::collections::HashMap<String, u32>> {
    static LAST: std::sync::OnceLock<std::sync::Mutex<std::collections::HashMap<String, u32>>> =
        std::sync::OnceLock::new();
    LAST.get_or_init(Default::default)
}

/// Shows the alert in `locale`; `on_open` runs if the user clicks it.
/// Waiting for the click blocks, so it happens on a thread of its own.
pub fn show(
    alert: &Alert,
    locale: Locale,
    on_open: impl FnOnce() + Send + 'static,
) -> Result<(), String> {
    // macOS attributes notifications to the bundle id they are sent under;
    // without this they would appear to come from another app.
    #[cfg(target_os = "macos")]
    {
        static APP: std::sync::Once = std::sync::Once::new();
        APP.call_once(|| {
            let _ = notify_rust::set_application(crate::IDENTIFIER);
        });
    }
    #[cfg(all(unix, not(target_os = "macos")))]
    let shown = {
        let mut n = notification(alert, locale);
        let device = alert.device_id.to_string();
        let mut last = last_shown().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(id) = last.get(&device) {
            n.id(*id);
        }
        let shown = n.show().map_err(|e| e.to_string())?;
        last.insert(device, shown.id());
        shown
    };
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    let shown = notification(alert, locale)
        .show()
        .map_err(|e| e.to_string())?;
    #[cfg(all(unix, not(target_os = "macos")))]
    std::thread::spawn(move || {
        shown.wait_for_action(|action| {
            if action == "default" {
                on_open();
            }
        })
    });
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        let _ = (shown, on_open);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::escape_markup;

    #[test]
    fn markup_characters_are_escaped_and_the_rest_kept() {
        assert_eq!(
            escape_markup("<b>Shop</b> & \"co\" 's — ok"),
            "&lt;b&gt;Shop&lt;/b&gt; &amp; &quot;co&quot; &apos;s — ok"
        );
    }
}
