//! WAPing Desk's shell: commands, windows and settings around the core.

pub mod cli;
mod commands;
mod connection;
mod device_commands;
pub mod error;
mod history_commands;
pub mod ipc;
pub mod notifier;
pub mod secrets;
pub mod settings_store;
mod state;
pub mod tray;
pub mod window;

use clap::Parser;
use secrets::Secrets;
use state::AppState;
use std::process::ExitCode;
use tauri::{Manager, Runtime};

/// The app's identifier (tauri.conf.json), also naming its data folder.
pub const IDENTIFIER: &str = "app.waping.desk";

/// Plugins, commands and start-up added to `builder`, so that tests can pass
/// Tauri's mock builder.
pub fn app_builder<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_store::Builder::new().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        // From Rust only: no script injected to open links.
        .plugin(
            tauri_plugin_opener::Builder::new()
                .open_js_links_on_click(false)
                .build(),
        )
        .invoke_handler(tauri::generate_handler![
            commands::get_overview,
            commands::refresh,
            commands::get_settings,
            commands::save_settings,
            commands::set_api_key,
            commands::clear_api_key,
            commands::test_connection,
            commands::snooze_alerts,
            commands::resume_alerts,
            commands::get_autostart,
            commands::set_autostart,
            commands::set_webhook_secret,
            commands::clear_webhook_secret,
            commands::get_hook_runs,
            commands::take_focus_request,
            device_commands::add_device,
            device_commands::start_pairing,
            device_commands::get_pairing,
            device_commands::cancel_pairing,
            device_commands::simulate_scan,
            device_commands::logout_device,
            device_commands::remove_device,
            device_commands::save_qr_png,
            device_commands::copy_qr_png,
            device_commands::open_dashboard,
            history_commands::device_strips,
            history_commands::device_history,
            history_commands::device_uptime,
            history_commands::workspace_ranking,
            history_commands::export_history,
        ])
        .manage(AppState::new(Secrets::new(secrets::SERVICE)))
        .on_window_event(|window, event| {
            // A pairing view closed with its window stops asking WAPing for codes.
            if matches!(event, tauri::WindowEvent::Destroyed) && window.label() == window::MAIN {
                let app = window.app_handle().clone();
                tauri::async_runtime::spawn(async move {
                    app.state::<AppState>().connection.cancel_pairing().await;
                });
            }
        })
        .setup(|app| {
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                let state = handle.state::<AppState>();
                if let Err(e) = state.overview_or_connect(&handle).await {
                    tracing::error!("cannot watch the workspace: {e}");
                }
            });
            Ok(())
        })
}

/// What only a real desktop session has: one instance, start at login, the
/// tray, and a window that can close while the app keeps watching.
fn desktop(builder: tauri::Builder<tauri::Wry>, background: bool) -> tauri::Builder<tauri::Wry> {
    builder
        // First, so that a second launch is stopped before anything starts.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            window::show(app)
        }))
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec![BACKGROUND_FLAG]),
        ))
        .setup(move |app| {
            let handle = app.handle();
            if let Err(e) = tray::create(handle, on_tray_action) {
                // Without a tray, closing the window must quit: see `run`.
                tracing::warn!("no tray icon: {e}");
            }
            if !background {
                window::show(handle);
            }
            Ok(())
        })
}

fn on_tray_action<R: Runtime>(app: &tauri::AppHandle<R>, action: tray::TrayAction) {
    use tray::TrayAction;
    match action {
        TrayAction::Open => window::show(app),
        TrayAction::Quit => app.exit(0),
        TrayAction::Device(id) => window::show_device(app, &id),
        TrayAction::Snooze(duration) => {
            let handle = app.clone();
            tauri::async_runtime::spawn(async move {
                let until = duration.until(chrono::Utc::now(), *chrono::Local::now().offset());
                let state = handle.state::<AppState>();
                state.connection.snooze(&handle, None, until).await;
            });
        }
        TrayAction::Resume => {
            let handle = app.clone();
            tauri::async_runtime::spawn(async move {
                handle
                    .state::<AppState>()
                    .connection
                    .resume(&handle, None)
                    .await;
            });
        }
    }
}

/// Passed by the login item, so that a start at login stays in the tray.
pub const BACKGROUND_FLAG: &str = "--background";

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("WAPING_DESK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn run_app(background: bool) -> ExitCode {
    window::tune_webkit();
    let builder = desktop(app_builder(tauri::Builder::default()), background);
    let app = match builder.build(tauri::generate_context!()) {
        Ok(app) => app,
        Err(e) => {
            eprintln!("waping-desk: {e}");
            return ExitCode::FAILURE;
        }
    };
    app.run(|app, event| {
        // Closing the last window keeps watching from the tray; Quit exits.
        if let tauri::RunEvent::ExitRequested {
            code: None, api, ..
        } = event
        {
            if app.tray_by_id(tray::TRAY_ID).is_some() {
                api.prevent_exit();
            }
        }
    });
    ExitCode::SUCCESS
}

/// Entry point of the `waping-desk` binary: the app, or a subcommand.
pub fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // Help and version are answers; anything else is a usage error,
            // kept apart from `status`'s 0–3.
            return if e.use_stderr() {
                ExitCode::from(cli::USAGE_ERROR)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    init_logging();
    match cli.command {
        Some(cli::Command::Status {
            json,
            base_url,
            demo,
        }) => cli::status(json, base_url, demo),
        None => run_app(cli.background),
    }
}
