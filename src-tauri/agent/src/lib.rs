//! WAPing Desk's agent: the process that stays in the tray. It watches the
//! workspace, keeps history, shows the tray icon and notifications and runs
//! the hooks; the window is a process of its own (the Tauri app) that talks
//! to it over a local connection and ends when it is closed, taking its web
//! view's memory with it.

pub mod commands;
mod connection;
pub mod doctor;
pub mod notifier;
mod readers;
mod refusals;
pub mod secrets;
pub mod server;
pub mod service;
pub mod settings_file;
pub mod shell;
pub mod status;
pub mod system;
pub mod tray;
pub mod update_cli;
pub mod updates;

use secrets::Secrets;
use service::Service;
use shell::{Desktop, Shell};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use tokio::sync::mpsc;
use tray::{TrayAction, TrayView};
use waping_link::{protocol, views, Event};

pub use waping_link::cli::{colour_on_stderr, init_logging};
pub use waping_link::{AGENT_BINARY, IDENTIFIER, WINDOW_BINARY};

/// The service and its local server, running in this process.
pub struct Agent {
    pub service: Arc<Service>,
    pub server: server::Server,
    /// The computer's sleep, network and battery, as the OS tells them.
    pub system: system::SystemWatcher,
    /// The update checks at start and daily, where there is an installed app.
    update_checks: Option<tokio::task::AbortHandle>,
}

impl Agent {
    /// Stops monitoring and closes every connection.
    pub async fn stop(self) {
        if let Some(checks) = &self.update_checks {
            checks.abort();
        }
        drop(self.server);
        drop(self.system);
        self.service.connection.stop().await;
    }
}

/// Starts the agent's service on `data_dir`, listening on its channel.
pub async fn start(data_dir: PathBuf, desktop: Arc<dyn Desktop>) -> std::io::Result<Agent> {
    start_with_clock(data_dir, desktop, waping_core::domain::system_clock()).await
}

/// As [`start`], on `clock` (tests pass one they move).
pub async fn start_with_clock(
    data_dir: PathBuf,
    desktop: Arc<dyn Desktop>,
    clock: waping_core::domain::SharedClock,
) -> std::io::Result<Agent> {
    // Whatever the agent writes next lands in a folder only this user reads.
    if let Err(e) = waping_link::protocol::private_dir(&data_dir) {
        tracing::error!("the data folder {data_dir:?} cannot be made private: {e}");
    }
    let shell = Shell::with_clock(data_dir, desktop, clock);
    let service = Arc::new(Service::new(shell, Secrets::new(secrets::SERVICE)));
    // Before anything can connect, so the first monitor hears it too.
    let system = system::watch(Arc::downgrade(&service));
    let server = server::start(service.clone()).await?;
    let update_checks = service
        .shell
        .window_binary()
        .map(|_| tokio::spawn(updates::check_daily(service.clone())).abort_handle());
    Ok(Agent {
        service,
        server,
        system,
        update_checks,
    })
}

/// The tray and the window process, as the running agent has them.
struct AgentDesktop {
    tray: Option<tray::Tray>,
    window: PathBuf,
    /// Window processes started here: their pid, and whether they ended.
    launched: std::sync::Mutex<Vec<(u32, Arc<std::sync::atomic::AtomicBool>)>>,
    /// The agent's clock, whose local offset the tray's times are told in.
    clock: waping_core::domain::SharedClock,
}

impl Desktop for AgentDesktop {
    fn show_state(&self, overview: &views::Overview) {
        if let Some(tray) = &self.tray {
            tray.show(TrayView::from_overview(overview, self.clock.local_offset()));
        }
    }

    fn launch_window(&self, device: Option<&str>) {
        let mut command = std::process::Command::new(&self.window);
        // A WebDriver session that started the first window hands its web
        // view to the driver; a window opened later is the user's own.
        for name in [
            "TAURI_AUTOMATION",
            "TAURI_WEBVIEW_AUTOMATION",
            "WEBKIT_INSPECTOR_SERVER",
        ] {
            command.env_remove(name);
        }
        if let Some(device) = device {
            command.args(["--device", device]);
        }
        match command.stdin(std::process::Stdio::null()).spawn() {
            Ok(mut child) => {
                let ended = Arc::new(std::sync::atomic::AtomicBool::new(false));
                let mut launched = self.launched.lock().unwrap_or_else(|e| e.into_inner());
                launched.retain(|(_, ended)| !ended.load(std::sync::atomic::Ordering::SeqCst));
                launched.push((child.id(), ended.clone()));
                std::thread::spawn(move || {
                    let _ = child.wait();
                    ended.store(true, std::sync::atomic::Ordering::SeqCst);
                });
            }
            Err(e) => tracing::error!("cannot open the window ({}): {e}", self.window.display()),
        }
    }

    fn window_binary(&self) -> Option<PathBuf> {
        Some(self.window.clone())
    }

    fn end_windows(&self) {
        let launched = self.launched.lock().unwrap_or_else(|e| e.into_inner());
        for (pid, ended) in launched.iter() {
            if ended.load(std::sync::atomic::Ordering::SeqCst) {
                continue;
            }
            #[cfg(unix)]
            if let Ok(pid) = i32::try_from(*pid) {
                // SAFETY: kill has no memory effects; the pid is a child not
                // yet reaped (its waiting thread has not seen it end).
                unsafe {
                    libc::kill(pid, libc::SIGTERM);
                }
            }
            #[cfg(not(unix))]
            let _ = pid;
        }
    }
}

/// Leaves the session of the terminal or window that started it, so that
/// closing either does not end the monitoring.
fn detach() {
    #[cfg(unix)]
    // SAFETY: setsid has no memory effects; it fails harmlessly when this
    // process already leads a group.
    unsafe {
        libc::setsid();
    }
}

/// Raises the soft limit on open files to the hard one: the usual soft limit
/// (1,024 on Linux) is small for a process that holds the history, the
/// windows' connections, hook processes and the webhook receiver for days.
fn raise_open_files_limit() {
    #[cfg(unix)]
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => tracing::info!("open files limit: {limit}"),
        Err(e) => tracing::warn!("the open files limit stays as it was: {e}"),
    }
}

#[derive(clap::Parser)]
#[command(
    name = "waping-desk-agent",
    version,
    about = "WAPing Desk in the tray: watches the workspace, notifies, opens the window"
)]
struct AgentCli {
    #[command(subcommand)]
    command: Option<AgentCommand>,
}

#[derive(clap::Subcommand)]
enum AgentCommand {
    /// Print every device with its state, reason and last seen.
    ///
    /// Exit code: 0 all connected, 1 any degraded, unlinked or unknown,
    /// 2 any disconnected, 3 WAPing unreachable or the key rejected
    /// (64 for a mistyped command line).
    Status(status::WorkspaceArgs),
    /// Diagnose the connection to WAPing, for support: for each endpoint the
    /// app uses, its URL, HTTP status and time, whether the answer's shape was
    /// recognised, which fields were read under which name, which were
    /// missing, which unknown fields came and how pages were announced. No
    /// key, phone number, device name or query value is printed.
    ///
    /// Exit code: as `status` (0 all connected, 1 any degraded, unlinked or
    /// unknown, 2 any disconnected), and 3 when WAPing failed, the device
    /// list was partial, or an answer was not recognised.
    Doctor(status::WorkspaceArgs),
    /// Check for a newer version and restart to it, as "Restart to update"
    /// in the window and the tray does.
    ///
    /// Exit code: 0 up to date, or installed (the app restarts into it);
    /// 1 when it could not be checked or installed (the reason on stderr).
    #[command(name = waping_link::updates::COMMAND)]
    Update,
}

/// Entry point of the `waping-desk-agent` binary: the agent, `status` or `doctor`.
pub fn main() -> ExitCode {
    let cli = match status::parse_command_line::<AgentCli>() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    init_logging();
    match cli.command {
        Some(AgentCommand::Status(args)) => return status::run_status(args),
        Some(AgentCommand::Doctor(args)) => return doctor::run_doctor(args),
        Some(AgentCommand::Update) => return update_cli::run_update(),
        None => {}
    }
    let Some(dir) = protocol::data_dir() else {
        eprintln!("waping-desk-agent: no data folder on this system");
        return ExitCode::FAILURE;
    };
    detach();
    raise_open_files_limit();
    // Held for the process's life.
    let lock = match protocol::take_lock(&dir) {
        Ok(Some(lock)) => lock,
        Ok(None) => {
            tracing::info!("another agent watches this workspace already");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("waping-desk-agent: cannot lock {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    // One worker: the agent waits on the network and the clock nearly all
    // the time, and with more than one an idle worker is woken to steal the
    // work each timer or answer brings (one per core by default), doubling
    // the wakeups of a computer that should sleep.
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("waping-desk-agent: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    #[cfg(target_os = "linux")]
    {
        let code = runtime.block_on(async {
            let (actions_tx, actions) = mpsc::unbounded_channel();
            let tray = match tray::start(actions_tx).await {
                Ok(tray) => Some(tray),
                Err(e) => {
                    tracing::warn!("no tray icon: {e}");
                    None
                }
            };
            serve(dir, tray, actions).await
        });
        // Every task is dropped here, the monitor's with its history, which
        // so closes cleanly (its next open need not check it) and before
        // another agent may take the lock.
        runtime.shutdown_timeout(std::time::Duration::from_secs(5));
        drop(lock);
        if code == Served::Restart {
            start_new_version();
        }
        ExitCode::from(code.code())
    }
    #[cfg(not(target_os = "linux"))]
    {
        // The lock is released when the process exits.
        std::mem::forget(lock);
        tray::run_with_event_loop(runtime, move |tray, actions| async move {
            let served = serve(dir, tray, actions).await;
            // The lock goes with this process: the new window waits for it
            // (its agent start retries until the folder is free).
            if served == Served::Restart {
                start_new_version();
            }
            i32::from(served.code())
        })
    }
}

/// Watches the workspace and answers windows until Quit (or, with no tray
/// to reopen from, until the last window closes).
async fn serve(
    dir: PathBuf,
    tray: Option<tray::Tray>,
    mut actions: mpsc::UnboundedReceiver<TrayAction>,
) -> Served {
    // Heard from here on, whatever the loop below is doing when it comes.
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);
    let has_tray = tray.is_some();
    let window = std::env::current_exe()
        .map(|exe| exe.with_file_name(format!("{WINDOW_BINARY}{}", std::env::consts::EXE_SUFFIX)))
        .unwrap_or_else(|_| PathBuf::from(WINDOW_BINARY));
    let clock = waping_core::domain::system_clock();
    let desktop = Arc::new(AgentDesktop {
        tray,
        window,
        launched: Default::default(),
        clock: clock.clone(),
    });
    let agent = match start_with_clock(dir.clone(), desktop.clone(), clock).await {
        Ok(agent) => agent,
        Err(e) => {
            tracing::error!("cannot listen for the window: {e}");
            return Served::Quit(1);
        }
    };
    if let Err(e) = protocol::write_discovery(&dir, &agent.server.discovery) {
        tracing::error!("cannot write {}: {e}", protocol::DISCOVERY_FILE);
        return Served::Quit(1);
    }
    let service = agent.service.clone();
    // The tray and alerts do not wait for a window to ask.
    tokio::spawn({
        let service = service.clone();
        async move {
            if let Err(e) = service.overview_or_connect().await {
                tracing::error!("cannot watch the workspace: {e}");
            }
        }
    });
    let mut restarts = service.updates.restarts();
    let mut restart = None;
    let mut windows = service.shell.windows();
    // A window may have come (and gone) since the server started: look once
    // at the count as it is now.
    windows.mark_changed();
    loop {
        tokio::select! {
            Ok(()) = restarts.changed() => {
                restart = restarts.borrow_and_update().clone();
                if restart.is_some() {
                    break;
                }
            }
            Some(action) = actions.recv() => {
                if on_tray_action(&service, action).await.is_break() {
                    break;
                }
            }
            Ok(()) = windows.changed() => {
                let count = *windows.borrow_and_update();
                if !has_tray && count.opened > 0 && count.open == 0 {
                    tracing::info!("the window closed and there is no tray to reopen it from: quitting");
                    break;
                }
            }
            () = &mut shutdown => break,
        }
    }
    service.shell.emit(Event::Quit(()));
    protocol::remove_discovery(&dir, &agent.server.discovery);
    // Let the quit reach the windows before the connections close; a window
    // still starting has no connection to hear it on.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    // What was watched up to now is written before the process ends.
    service.connection.stop().await;
    desktop.end_windows();
    match restart {
        Some(updates::Restart::Installed(version)) => {
            tracing::info!("restarting into version {version}");
            Served::Restart
        }
        Some(updates::Restart::ForInstaller(version)) => {
            tracing::info!("quitting for the installer of version {version}");
            Served::Quit(0)
        }
        None => Served::Quit(0),
    }
}

/// How `serve` ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Served {
    Quit(u8),
    /// An update is installed: the new version's window starts once this
    /// agent has let go of the data folder, and starts the new agent.
    Restart,
}

impl Served {
    fn code(self) -> u8 {
        match self {
            Served::Quit(code) => code,
            Served::Restart => 0,
        }
    }
}

/// Starts the window binary, now the new version's, on its own.
fn start_new_version() {
    let window = std::env::current_exe()
        .map(|exe| exe.with_file_name(format!("{WINDOW_BINARY}{}", std::env::consts::EXE_SUFFIX)));
    match window.and_then(|w| {
        std::process::Command::new(&w)
            .stdin(std::process::Stdio::null())
            .spawn()
    }) {
        Ok(_) => {}
        Err(e) => tracing::error!("cannot start the new version: {e}"),
    }
}

async fn on_tray_action(service: &Service, action: TrayAction) -> std::ops::ControlFlow<()> {
    let shell = &service.shell;
    match action {
        TrayAction::Open => shell.open_window(None),
        TrayAction::Device(id) => shell.open_window(Some(id)),
        TrayAction::Snooze(duration) => {
            let now = shell.clock.moment();
            let end = duration.end(now.at, now.offset);
            service.connection.snooze(shell, None, end).await;
        }
        TrayAction::Resume => service.connection.resume(shell, None).await,
        TrayAction::InstallUpdate => {
            if let Err(e) = service.updates.install(service).await {
                // Shown where the user looks: the window, on its banner.
                tracing::warn!("not restarting to update: {e}");
                shell.open_window(None);
            }
        }
        TrayAction::Quit => return std::ops::ControlFlow::Break(()),
    }
    std::ops::ControlFlow::Continue(())
}

/// Ctrl+C, or the session ending (SIGTERM). The handler is in place when
/// this returns, and one future hears every signal after that: a future made
/// afresh on each turn of a loop would miss a signal that came between turns
/// (tokio's signal streams see only what comes after they are made).
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate());
    let interrupt = tokio::signal::ctrl_c();
    async move {
        #[cfg(unix)]
        if let Ok(mut term) = term {
            tokio::select! {
                _ = term.recv() => {}
                _ = interrupt => {}
            }
            return;
        }
        let _ = interrupt.await;
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::shutdown_signal;
    use std::time::Duration;

    #[tokio::test]
    async fn a_sigterm_before_the_first_wait_is_heard() {
        let shutdown = shutdown_signal();
        // SAFETY: raise has no memory effects; the handler is installed.
        assert_eq!(unsafe { libc::raise(libc::SIGTERM) }, 0);
        // A signal arriving while nobody waits (the loop busy with a window
        // closing) must still end the agent.
        tokio::time::timeout(Duration::from_secs(5), shutdown)
            .await
            .expect("the SIGTERM was lost");
    }
}
