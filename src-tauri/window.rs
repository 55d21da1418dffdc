//! The main window lives only while it is open: closing it destroys the
//! WebView (and its memory) while the app stays in the tray.

use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewWindowBuilder};

pub const MAIN: &str = "main";
pub const FOCUS_DEVICE_EVENT: &str = "focus-device";

/// Shows the main window, recreating it from the configuration if it was closed.
pub fn show<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(MAIN) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        return;
    }
    let Some(config) = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN)
        .cloned()
    else {
        tracing::error!("no main window in the configuration");
        return;
    };
    match WebviewWindowBuilder::from_config(app, &config).and_then(|b| b.build()) {
        Ok(window) => {
            let _ = window.set_focus();
        }
        Err(e) => tracing::error!("cannot open the window: {e}"),
    }
}

/// Opens the window on one device (from a notification or the tray).
pub fn show_device<R: Runtime>(app: &AppHandle<R>, device_id: &str) {
    show(app);
    let _ = app.emit_to(MAIN, FOCUS_DEVICE_EVENT, device_id);
}
