//! `status`: every device with its state, for scripts and terminals. It needs
//! no display: the window's binary (`waping-desk status`) runs it here, in
//! the binary that carries the gateway client, so that the window's does not.
//! `doctor` shares its options and the way it finds the workspace.

use crate::{secrets, settings_file};
use std::io::Write;
use std::process::ExitCode;
use waping_core::demo::Demo;
use waping_core::status::{self, Outcome};
use waping_core::{ApiKey, ClientConfig, GatewayClient, GatewayError};
use waping_link::protocol;

/// A mistyped command line (sysexits' EX_USAGE), never one of `status`'s codes.
pub const USAGE_ERROR: u8 = 64;
/// WAPing unreachable or the key rejected: also what a `status` that cannot run says.
pub const GATEWAY_FAILED: u8 = status::GATEWAY_FAILED;

/// Parses this binary's command line. Help and version are answers; anything
/// else wrong is a usage error, kept apart from `status`'s 0–3.
pub fn parse_command_line<T: clap::Parser>() -> Result<T, ExitCode> {
    T::try_parse().map_err(|e| {
        let _ = e.print();
        if e.use_stderr() {
            ExitCode::from(USAGE_ERROR)
        } else {
            ExitCode::SUCCESS
        }
    })
}

/// The options of `status` and `doctor`: which workspace to ask, and how to
/// print what it answered.
#[derive(Debug, Clone, clap::Args)]
pub struct WorkspaceArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// WAPing base URL (default: the app's setting, else https://api.waping.app).
    #[arg(long)]
    pub base_url: Option<String>,
    /// Ask the built-in demo workspace instead of WAPing.
    #[arg(long, conflicts_with = "base_url")]
    pub demo: bool,
}

impl WorkspaceArgs {
    /// The arguments as a command line, after the subcommand.
    pub fn to_args(&self) -> Vec<String> {
        let mut args = Vec::new();
        if self.json {
            args.push("--json".to_owned());
        }
        if let Some(url) = &self.base_url {
            args.extend(["--base-url".to_owned(), url.clone()]);
        }
        if self.demo {
            args.push("--demo".to_owned());
        }
        args
    }
}

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

/// Runs `report` on the workspace `args` name and prints its outcome: the
/// built-in demo, or WAPing at `--base-url` (else the app's setting) with
/// the key from WAPING_API_KEY, else from the OS keyring. `subcommand` names
/// the command in the one error it has of its own: no runtime to run on.
pub(crate) fn run_report(
    subcommand: &str,
    args: WorkspaceArgs,
    report: impl AsyncFnOnce(&GatewayClient, bool) -> Outcome,
) -> ExitCode {
    let WorkspaceArgs {
        json,
        base_url,
        demo,
    } = args;
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("waping-desk {subcommand}: cannot start: {e}");
            return ExitCode::from(GATEWAY_FAILED);
        }
    };
    let outcome = runtime.block_on(async {
        if demo {
            return match Demo::start().await {
                Ok(demo) => run(demo.client_config(), json, report).await,
                Err(e) => {
                    let cause = format!("demo workspace: {e}");
                    status::failure(&GatewayError::Unreachable { cause }, json)
                }
            };
        }
        let base_url = base_url.unwrap_or_else(|| {
            protocol::data_dir()
                .map(|dir| settings_file::load(&settings_file::path(&dir)))
                .unwrap_or_default()
                .base_url
        });
        run(ClientConfig::new(base_url, api_key()), json, report).await
    });
    // A closed pipe (`| head`) is not worth a panic.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    ExitCode::from(outcome.code)
}

async fn run(
    config: ClientConfig,
    json: bool,
    report: impl AsyncFnOnce(&GatewayClient, bool) -> Outcome,
) -> Outcome {
    match GatewayClient::new(config) {
        Ok(client) => report(&client, json).await,
        Err(e) => status::failure(&e, json),
    }
}

/// Every device with its state, reason and last seen; exits as the worst
/// state says, or 3 when WAPing is unreachable or the key rejected.
pub fn run_status(args: WorkspaceArgs) -> ExitCode {
    run_report("status", args, async |client: &GatewayClient, json| {
        status::run(client, json, chrono::Utc::now()).await
    })
}
