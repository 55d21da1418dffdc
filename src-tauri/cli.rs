//! The headless command line: `waping-desk status [--json] [--base-url URL]`.
//! It needs no display and shares the core with the app.

use clap::{Parser, Subcommand};
use std::io::Write;
use std::process::ExitCode;
use waping_core::demo::Demo;
use waping_core::status::{self, Outcome};
use waping_core::{ApiKey, ClientConfig, GatewayClient, GatewayError};
use waping_desk_agent::{protocol, secrets, settings_file};

#[derive(Parser)]
#[command(
    name = "waping-desk",
    version,
    about = "Watch your WAPing WhatsApp devices from the tray"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Start in the tray without opening the window (used at login).
    #[arg(long, hide = true)]
    pub background: bool,
    /// Open the window on this device (a notification or the tray asks).
    #[arg(long, hide = true, value_name = "ID")]
    pub device: Option<String>,
}

/// The `--device` of a second launch's command line, handed to the first.
pub fn device_arg(args: &[String]) -> Option<String> {
    Cli::try_parse_from(args).ok()?.device
}

#[derive(Subcommand)]
pub enum Command {
    /// Print every device with its state, reason and last seen.
    ///
    /// Exit code: 0 all connected, 1 any degraded, unlinked or unknown,
    /// 2 any disconnected, 3 WAPing unreachable or the key rejected
    /// (64 for a mistyped command line).
    Status {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// WAPing base URL (default: the app's setting, else https://api.waping.app).
        #[arg(long)]
        base_url: Option<String>,
        /// Ask the built-in demo workspace instead of WAPing.
        #[arg(long, conflicts_with = "base_url")]
        demo: bool,
    },
}

/// A mistyped command line (sysexits' EX_USAGE), never one of `status`'s codes.
pub const USAGE_ERROR: u8 = 64;

/// The key from WAPING_API_KEY, else from the OS keyring.
fn api_key() -> Option<ApiKey> {
    if let Some(key) = std::env::var("WAPING_API_KEY").ok().and_then(ApiKey::new) {
        return Some(key);
    }
    match secrets::read_keyring(secrets::SERVICE) {
        Ok(key) => key,
        Err(e) => {
            tracing::debug!("keyring: {}", e.message);
            None
        }
    }
}

pub fn status(json: bool, base_url: Option<String>, demo: bool) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("waping-desk: cannot start: {e}");
            return ExitCode::from(status::GATEWAY_FAILED);
        }
    };
    let outcome = runtime.block_on(async {
        let config = if demo {
            match Demo::start().await {
                Ok(demo) => return run(demo.client_config(), json).await,
                Err(e) => {
                    let cause = format!("demo workspace: {e}");
                    return status::failure(&GatewayError::Unreachable { cause }, json);
                }
            }
        } else {
            let base_url = base_url.unwrap_or_else(|| {
                protocol::data_dir()
                    .map(|dir| settings_file::load(&settings_file::path(&dir)))
                    .unwrap_or_default()
                    .base_url
            });
            ClientConfig::new(base_url, api_key())
        };
        run(config, json).await
    });
    // A closed pipe (`| head`) is not worth a panic.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    ExitCode::from(outcome.code)
}

async fn run(config: ClientConfig, json: bool) -> Outcome {
    match GatewayClient::new(config) {
        Ok(client) => status::run(&client, json, chrono::Utc::now()).await,
        Err(e) => status::failure(&e, json),
    }
}
