//! What the agent's and the window's binaries share on the command line: how
//! they parse it, the options of `status` and `doctor`, their exit codes and
//! their log output. Here, so that the window needs nothing of the agent.

use std::process::ExitCode;
use waping_model::status_code;

/// A mistyped command line (sysexits' EX_USAGE), never one of `status`'s codes.
pub const USAGE_ERROR: u8 = 64;
/// WAPing unreachable or the key rejected: also what a `status` that cannot run says.
pub const GATEWAY_FAILED: u8 = status_code::GATEWAY_FAILED;

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

/// Logs to stderr, filtered by `WAPING_DESK_LOG` (default: info).
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("WAPING_DESK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(colour_on_stderr())
        .try_init();
}

/// Colour only for a person at a terminal who has not asked for none
/// (<https://no-color.org>: `NO_COLOR` set and not empty).
pub fn colour_on_stderr() -> bool {
    use std::io::IsTerminal;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color && std::io::stderr().is_terminal()
}
