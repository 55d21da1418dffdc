//! `status`: every device with its state, for scripts and terminals. It needs
//! no display: the window's binary (`waping-desk status`) runs it here, in
//! the binary that carries the gateway client, so that the window's does not.
//! `doctor` shares its options and the way it finds the workspace. Both
//! speak the language chosen in Settings, else the system's (LANGUAGE,
//! LC_ALL, LC_MESSAGES, LANG).

use crate::{secrets, settings_file, shell};
use std::io::Write;
use std::process::ExitCode;
use waping_core::demo::Demo;
use waping_core::i18n::Locale;
use waping_core::status::{self, Outcome};
use waping_core::{ApiKey, ClientConfig, GatewayClient, GatewayError, Settings};
pub use waping_link::cli::{parse_command_line, WorkspaceArgs, GATEWAY_FAILED, USAGE_ERROR};
use waping_link::protocol;

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
/// `report` is told the language to write its text in.
pub(crate) fn run_report(
    subcommand: &str,
    args: WorkspaceArgs,
    report: impl AsyncFnOnce(&GatewayClient, bool, Locale) -> Outcome,
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
    let settings = protocol::data_dir()
        .map(|dir| settings_file::load(&settings_file::path(&dir)))
        .unwrap_or_default();
    let locale = language(&settings);
    let outcome = runtime.block_on(async {
        if demo {
            return match Demo::start().await {
                Ok(demo) => run(demo.client_config(), json, locale, report).await,
                Err(e) => {
                    let cause = format!("demo workspace: {e}");
                    status::failure(&GatewayError::Unreachable { cause }, json, locale)
                }
            };
        }
        let base_url = base_url.unwrap_or(settings.base_url);
        run(ClientConfig::new(base_url, api_key()), json, locale, report).await
    });
    // A closed pipe (`| head`) is not worth a panic.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    ExitCode::from(outcome.code)
}

/// The language of the text: the one chosen in Settings, else the system's.
fn language(settings: &Settings) -> Locale {
    settings.language.unwrap_or_else(shell::system_locale)
}

async fn run(
    config: ClientConfig,
    json: bool,
    locale: Locale,
    report: impl AsyncFnOnce(&GatewayClient, bool, Locale) -> Outcome,
) -> Outcome {
    match GatewayClient::new(config) {
        Ok(client) => report(&client, json, locale).await,
        Err(e) => status::failure(&e, json, locale),
    }
}

/// Every device with its state, reason and last seen; exits as the worst
/// state says, or 3 when WAPing is unreachable or the key rejected.
pub fn run_status(args: WorkspaceArgs) -> ExitCode {
    run_report(
        "status",
        args,
        async |client: &GatewayClient, json, locale| {
            status::run(client, json, chrono::Utc::now(), locale).await
        },
    )
}
