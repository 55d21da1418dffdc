//! The main window. Its process lives only while it is open: closing it
//! ends the process with its web view, and the agent stays in the tray.

use std::sync::Mutex;
use std::time::Duration;
use tauri::webview::PageLoadEvent;
use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewWindowBuilder};
use waping_link::Event;
use waping_model::DeviceId;

pub const MAIN: &str = "main";

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
    let min = (
        config.min_width.unwrap_or(0.0),
        config.min_height.unwrap_or(0.0),
    );
    // Shown once its page has loaded. WebKitGTK, asked to draw a web view
    // whose web process is still starting, can block this process's main
    // thread for up to 500 ms waiting for the first frame; that stalled about
    // one start in three before the page even began to load (BENCHMARKS.md).
    let built = WebviewWindowBuilder::from_config(app, &config)
        .map(|builder| {
            crate::placement::restore(app, builder, min)
                .visible(false)
                .on_page_load(|window, payload| {
                    if payload.event() == PageLoadEvent::Finished {
                        reveal(&window);
                    }
                })
        })
        .and_then(|builder| builder.build());
    match built {
        Ok(window) => {
            light_webview(&window);
            // A page that never reports its load is shown all the same.
            tauri::async_runtime::spawn(async move {
                tokio::time::sleep(REVEAL_DEADLINE).await;
                reveal(&window);
            });
        }
        Err(e) => tracing::error!("cannot open the window: {e}"),
    }
}

/// How long a new window waits for its page before it is shown anyway.
const REVEAL_DEADLINE: Duration = Duration::from_secs(3);

/// Shows a window not shown yet: once, whichever of its load and the
/// deadline comes first (a reload later does not take the focus).
fn reveal<R: Runtime>(window: &tauri::WebviewWindow<R>) {
    if !window.is_visible().unwrap_or(true) {
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// The device a notification or the tray asked to open while no window
/// was there to tell: the new page takes it once it listens.
#[derive(Default)]
pub struct FocusRequest(Mutex<Option<DeviceId>>);

impl FocusRequest {
    pub fn set(&self, device_id: &DeviceId) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(device_id.clone());
    }

    pub fn take(&self) -> Option<DeviceId> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}

/// Opens the window on one device (from a notification or the tray). A
/// window made now has no listener yet: its page takes the request instead.
pub fn show_device<R: Runtime>(app: &AppHandle<R>, device_id: &DeviceId) {
    if app.get_webview_window(MAIN).is_some() {
        show(app);
        let event = Event::FocusDevice(device_id.clone());
        let _ = app.emit_to(MAIN, event.name().name(), event.payload());
    } else {
        app.state::<FocusRequest>().set(device_id);
        show(app);
    }
}

/// WebKitGTK's defaults suit a browser. This window is one page of cards, so:
/// no accelerated compositing (its GPU buffers, or llvmpipe's where there is
/// no GPU, were most of the web process's memory: about 235 → 110 MB PSS with
/// 50 devices, measured in BENCHMARKS.md), and no web-page memory caches.
/// GTK gets no OpenGL either: nothing it draws needs it, and probing for it at
/// start loads the GL driver (with libLLVM, about 30 MB) into a process that
/// may live in the tray for days without a window (BENCHMARKS.md).
/// Must run before GTK starts; a value the user set is kept.
pub fn tune_webkit() {
    #[cfg(target_os = "linux")]
    for (name, value) in [
        ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
        ("GDK_GL", "disable"),
    ] {
        if std::env::var_os(name).is_none() {
            std::env::set_var(name, value);
        }
    }
}

#[cfg(target_os = "linux")]
fn light_webview<R: Runtime>(window: &tauri::WebviewWindow<R>) {
    let _ = window.with_webview(|webview| {
        use webkit2gtk::{CacheModel, SettingsExt, WebContextExt, WebViewExt};
        let view = webview.inner();
        if let Some(context) = view.context() {
            context.set_cache_model(CacheModel::DocumentViewer);
        }
        if let Some(settings) = WebViewExt::settings(&view) {
            settings.set_enable_page_cache(false);
        }
    });
}

#[cfg(not(target_os = "linux"))]
fn light_webview<R: Runtime>(_window: &tauri::WebviewWindow<R>) {}
