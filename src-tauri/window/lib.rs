//! WAPing Desk's window: the Tauri app. The agent (`waping-desk-agent`)
//! watches the workspace and stays in the tray; this process shows it while
//! the window is open, and ends when it is closed.

pub mod cli;
pub mod link;
mod local_commands;
mod placement;
mod update;
pub mod window;

use link::AgentLink;
use std::process::ExitCode;
use tauri::{Manager, Runtime};

pub use waping_link::IDENTIFIER;

/// Plugins and commands added to `builder`, so that tests can pass Tauri's
/// mock builder (with an `AgentLink` to their own agent).
pub fn app_builder<R: Runtime>(builder: tauri::Builder<R>, link: AgentLink) -> tauri::Builder<R> {
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
        // Every command is read into the contract's typed request and
        // answered by its host (link::dispatch); Tauri's ACL has already
        // refused any the window's capability does not grant.
        .invoke_handler(|invoke| {
            link::dispatch(invoke);
            true
        })
        .manage(link)
        .manage(window::FocusRequest::default())
        .on_window_event(|window, event| {
            if let (tauri::WindowEvent::CloseRequested { .. }, Some(webview)) = (
                event,
                window.app_handle().get_webview_window(window.label()),
            ) {
                placement::remember(&webview);
            }
        })
}

/// What only a real desktop session has: one window process, start at login,
/// and the window itself.
fn desktop(
    builder: tauri::Builder<tauri::Wry>,
    device: Option<waping_model::DeviceId>,
) -> tauri::Builder<tauri::Wry> {
    builder
        // First, so that a second launch is stopped before anything starts.
        .plugin(tauri_plugin_single_instance::init(
            |app, args, _cwd| match cli::device_arg(&args) {
                Some(device) => window::show_device(app, &device),
                None => window::show(app),
            },
        ))
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec![BACKGROUND_FLAG]),
        ))
        // One setup: a second `setup` would replace the first.
        .setup(move |app| {
            link::connect_early(app.handle());
            match &device {
                Some(device) => window::show_device(app.handle(), device),
                None => window::show(app.handle()),
            }
            Ok(())
        })
}

/// The app's configuration and assets, compiled in once for the window and
/// for the update command.
fn context() -> tauri::Context<tauri::Wry> {
    tauri::generate_context!()
}

/// Passed by the login item: start the agent in the tray, open no window.
pub const BACKGROUND_FLAG: &str = "--background";

fn run_app(device: Option<waping_model::DeviceId>) -> ExitCode {
    let link = match AgentLink::installed() {
        Ok(link) => link,
        Err(e) => {
            eprintln!("waping-desk: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Before any thread: it sets this process's environment.
    window::tune_webkit();
    link.start_agent();
    let builder = desktop(app_builder(tauri::Builder::default(), link), device);
    match builder.build(context()) {
        // Closing the window ends this process; the agent stays in the tray.
        Ok(app) => {
            app.run(|_, _| {});
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("waping-desk: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Starts the agent if none runs, without a window (the login item).
fn run_background() -> ExitCode {
    let (Some(dir), Some(agent)) = (
        waping_link::protocol::data_dir(),
        waping_link::client::agent_binary(),
    ) else {
        eprintln!("waping-desk: no data folder or agent on this system");
        return ExitCode::FAILURE;
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("waping-desk: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(waping_link::client::connect_or_start(&dir, &agent, false)) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("waping-desk: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Entry point of the `waping-desk` binary: the window, or a subcommand.
pub fn main() -> ExitCode {
    let cli = match waping_link::cli::parse_command_line::<cli::Cli>() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    waping_link::cli::init_logging();
    match cli.command {
        Some(command) => cli::forward(&command),
        None if cli.background => run_background(),
        None => run_app(cli.device),
    }
}
