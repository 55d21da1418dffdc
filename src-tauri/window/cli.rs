//! The window's command line: the window itself, `--background` for the
//! login item, and `status` and `doctor`, which the agent binary answers.

use clap::{Parser, Subcommand};
use std::process::ExitCode;
use waping_link::cli::{WorkspaceArgs, GATEWAY_FAILED};
use waping_model::DeviceId;

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
    #[arg(long, hide = true, value_name = "ID", value_parser = device_id)]
    pub device: Option<DeviceId>,
}

/// The `--device` of a second launch's command line, handed to the first.
pub fn device_arg(args: &[String]) -> Option<DeviceId> {
    Cli::try_parse_from(args).ok()?.device
}

fn device_id(raw: &str) -> Result<DeviceId, String> {
    DeviceId::parse(raw).ok_or_else(|| format!("not a device id: {raw:?}"))
}

#[derive(Subcommand)]
pub enum Command {
    /// Print every device with its state, reason and last seen.
    ///
    /// Exit code: 0 all connected, 1 any degraded, unlinked or unknown,
    /// 2 any disconnected, 3 WAPing unreachable or the key rejected
    /// (64 for a mistyped command line).
    Status(WorkspaceArgs),
    /// Diagnose the connection to WAPing, for support: for each endpoint the
    /// app uses, its URL, HTTP status and time, whether the answer's shape was
    /// recognised, which fields were read under which name, which were
    /// missing, which unknown fields came and how pages were announced. No
    /// key, phone number, device name or query value is printed.
    ///
    /// Exit code: as `status` (0 all connected, 1 any degraded, unlinked or
    /// unknown, 2 any disconnected), and 3 when WAPing failed, the device
    /// list was partial, or an answer was not recognised (64 for a mistyped
    /// command line).
    Doctor(WorkspaceArgs),
    /// Check for a newer version and restart to it, as "Restart to update"
    /// in the window and the tray does.
    ///
    /// Exit code: 0 up to date, or installed (the app restarts into it);
    /// 1 when it could not be checked or installed (the reason on stderr).
    #[command(name = waping_link::updates::COMMAND)]
    Update {
        /// What the agent runs: `check`, or `install --version V`.
        #[command(subcommand)]
        action: Option<crate::update::Action>,
    },
}

/// Runs `status`, `doctor` or `update` in the agent binary, or an update
/// action here (the agent runs those).
pub fn forward(command: &Command) -> ExitCode {
    let args: Vec<String> = match command {
        Command::Status(args) => std::iter::once("status".to_owned())
            .chain(args.to_args())
            .collect(),
        Command::Doctor(args) => std::iter::once("doctor".to_owned())
            .chain(args.to_args())
            .collect(),
        Command::Update {
            action: Some(action),
        } => return crate::update::run(action.clone()),
        Command::Update { action: None } => vec![waping_link::updates::COMMAND.to_owned()],
    };
    run_agent_binary(&args)
}

/// Runs the agent binary with `args`, in this process's place where the
/// system allows, so that its output and exit code are this command's.
fn run_agent_binary(args: &[String]) -> ExitCode {
    let Some(agent) = waping_link::client::agent_binary() else {
        eprintln!("waping-desk: cannot find the agent binary");
        return ExitCode::from(GATEWAY_FAILED);
    };
    let mut process = std::process::Command::new(&agent);
    process.args(args);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let e = process.exec();
        eprintln!("waping-desk: cannot run {}: {e}", agent.display());
        ExitCode::from(GATEWAY_FAILED)
    }
    #[cfg(not(unix))]
    match process.status() {
        Ok(done) => ExitCode::from(
            done.code()
                .and_then(|c| u8::try_from(c).ok())
                .unwrap_or(GATEWAY_FAILED),
        ),
        Err(e) => {
            eprintln!("waping-desk: cannot run {}: {e}", agent.display());
            ExitCode::from(GATEWAY_FAILED)
        }
    }
}
