//! `doctor`: a diagnosis of the connection to WAPing that a user can send to
//! support. Like `status`, it needs no display and runs in this binary.

use crate::status::{api_key, GATEWAY_FAILED};
use crate::{protocol, settings_file};
use std::io::Write;
use std::process::ExitCode;
use waping_core::demo::Demo;
use waping_core::gateway::doctor::{self, terminal_json};
use waping_core::status::{self, Outcome};
use waping_core::{ClientConfig, GatewayClient, GatewayError};

/// Diagnose the connection to WAPing, for support.
///
/// For each endpoint the app uses: its URL, HTTP status and time, whether the
/// answer's shape was recognised, which fields were read under which name,
/// which were missing, which unknown fields came and how pages were
/// announced. No key, phone number, device name or query value is printed.
///
/// Exit code: as `status` (0 all connected, 1 any degraded, unlinked or
/// unknown, 2 any disconnected), and 3 when WAPing failed, the device list
/// was partial, or an answer was not recognised (64 for a mistyped command
/// line).
#[derive(Debug, Clone, clap::Args)]
pub struct DoctorArgs {
    /// Print the diagnosis as JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// WAPing base URL (default: the app's setting, else https://api.waping.app).
    #[arg(long)]
    pub base_url: Option<String>,
    /// Diagnose the built-in demo workspace instead of WAPing.
    #[arg(long, conflicts_with = "base_url")]
    pub demo: bool,
}

impl DoctorArgs {
    /// The arguments as a command line, after `doctor`.
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

pub fn run_doctor(args: DoctorArgs) -> ExitCode {
    let DoctorArgs {
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
            eprintln!("waping-desk doctor: cannot start: {e}");
            return ExitCode::from(GATEWAY_FAILED);
        }
    };
    let outcome = runtime.block_on(async {
        if demo {
            return match Demo::start().await {
                Ok(demo) => run(demo.client_config(), json).await,
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
        run(ClientConfig::new(base_url, api_key()), json).await
    });
    // A closed pipe (`| head`) is not worth a panic.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    ExitCode::from(outcome.code)
}

async fn run(config: ClientConfig, json: bool) -> Outcome {
    let client = match GatewayClient::new(config) {
        Ok(client) => client,
        Err(e) => return status::failure(&e, json),
    };
    let diagnosis = doctor::diagnose(&client, chrono::Utc::now()).await;
    Outcome {
        stdout: if json {
            format!("{}\n", terminal_json(&diagnosis, true))
        } else {
            diagnosis.to_text()
        },
        stderr: String::new(),
        code: diagnosis.exit_code,
    }
}
