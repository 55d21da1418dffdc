//! WAPing Desk's shell: commands, windows and settings around the core.

pub mod cli;
mod commands;
mod connection;
pub mod error;
pub mod ipc;
pub mod secrets;
pub mod settings_store;
mod state;

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
        .invoke_handler(tauri::generate_handler![
            commands::get_overview,
            commands::refresh,
            commands::get_settings,
            commands::save_settings,
            commands::set_api_key,
            commands::clear_api_key,
            commands::test_connection,
        ])
        .manage(AppState::new(Secrets::new(secrets::SERVICE)))
        .setup(|app| {
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                if let Err(e) = handle.state::<AppState>().reconnect(&handle).await {
                    tracing::error!("cannot watch the workspace: {e}");
                }
            });
            Ok(())
        })
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("WAPING_DESK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// Entry point of the `waping-desk` binary: the app, or a subcommand.
pub fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    init_logging();
    match cli.command {
        Some(cli::Command::Status {
            json,
            base_url,
            demo,
        }) => cli::status(json, base_url, demo),
        None => {
            if let Err(e) = app_builder(tauri::Builder::default()).run(tauri::generate_context!()) {
                eprintln!("waping-desk: {e}");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
    }
}
