//! The app's own updates, as the agent runs them: it asks the window binary
//! (`waping-desk update check`, which links Tauri's updater) at start and
//! daily, offers what it finds in the overview and the tray, and when the
//! user restarts to it, has the binary download it, check its signature and
//! install it, then quits so that the new version starts in its place.
//!
//! Nothing installs by itself: a failed install stays on offer with its
//! error until the user tries again, so it can never fail in a loop.

use crate::connection::PairingProbe;
use crate::service::Service;
use crate::shell::Shell;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::process::{Child, ChildStdin, Command};
use tokio::sync::watch;
use waping_core::ErrorCode;
use waping_link::updates::{self, UpdateOffer, UpdateProgress, UpdateStep};
use waping_link::AppError;

/// The first check waits this long after start, so it never slows it.
pub const FIRST_CHECK_AFTER: chrono::Duration = chrono::Duration::seconds(60);
/// Then one check a day.
pub const CHECK_EVERY: chrono::Duration = chrono::Duration::hours(24);
/// A check that takes longer than this has failed.
const CHECK_TIMEOUT: Duration = Duration::from_secs(120);

/// What the agent does once an update is installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Restart {
    /// The new version is installed: quit, then start its window.
    Installed(String),
    /// The installer needs the agent gone to replace it (Windows): quit,
    /// and the installer starts the new version.
    ForInstaller(String),
}

/// The agent's side of updates: one check or install at a time.
#[derive(Default)]
pub struct Updates {
    busy: Arc<tokio::sync::Mutex<()>>,
    restart: watch::Sender<Option<Restart>>,
}

impl Updates {
    /// Fires once an installed update needs the agent to quit.
    pub fn restarts(&self) -> watch::Receiver<Option<Restart>> {
        self.restart.subscribe()
    }

    /// Asks whether a newer version is out, and offers it. An install
    /// under way is left alone.
    pub async fn check(&self, shell: &Shell) -> Result<Option<UpdateOffer>, AppError> {
        let program = program(shell)?;
        let _one = self.busy.lock().await;
        let steps = tokio::time::timeout(CHECK_TIMEOUT, run_to_end(&program, &[updates::CHECK]))
            .await
            .map_err(|_| {
                AppError::new(
                    ErrorCode::UpdateUnavailable,
                    "the update check did not answer in two minutes",
                )
            })??;
        match steps.last() {
            Some(UpdateStep::Available { version, notes, .. }) => {
                let offer = UpdateOffer {
                    version: version.clone(),
                    notes: notes.clone(),
                    progress: UpdateProgress::Available,
                };
                shell.offer_update(Some(offer.clone()));
                Ok(Some(offer))
            }
            Some(UpdateStep::UpToDate { .. }) => {
                shell.offer_update(None);
                Ok(None)
            }
            Some(UpdateStep::Failed { error }) => Err(error.clone()),
            _ => Err(ended_without_word()),
        }
    }

    /// Installs the update on offer, unless a pairing is on screen. The
    /// download and install go on after this returns; the overview tells
    /// how they end.
    pub async fn install(self: &Arc<Self>, service: &Service) -> Result<(), AppError> {
        let shell = service.shell.clone();
        let pairing = service.connection.pairing_probe();
        let program = program(&shell)?;
        let offer = shell.update_offer().ok_or_else(|| {
            AppError::new(ErrorCode::UpdateFailed, "no newer version is on offer")
        })?;
        if offer.progress == UpdateProgress::Installing {
            return Ok(());
        }
        if let Err(error) = refuse_while_pairing(&pairing).await {
            // Said on the offer too, for a restart asked from the tray.
            set_progress(
                &shell,
                &offer.version,
                UpdateProgress::Failed {
                    error: error.clone(),
                },
            );
            return Err(error);
        }
        let one = self.busy.clone().lock_owned().await;
        set_progress(&shell, &offer.version, UpdateProgress::Installing);
        let this = self.clone();
        tokio::spawn(async move {
            let _one = one;
            let version = offer.version.clone();
            match this.run_install(&pairing, &program, &version).await {
                Ok(restart) => {
                    tracing::info!(?restart, "update installed; restarting");
                    this.restart.send_replace(Some(restart));
                }
                Err(error) => {
                    tracing::warn!("update to {version} not installed: {error}");
                    set_progress(&shell, &version, UpdateProgress::Failed { error });
                }
            }
        });
        Ok(())
    }

    async fn run_install(
        &self,
        pairing: &PairingProbe,
        program: &Path,
        version: &str,
    ) -> Result<Restart, AppError> {
        let mut child = spawn(program, &[updates::INSTALL, "--version", version])?;
        let mut stdin = child.stdin.take();
        let mut lines = BufReader::new(child.stdout.take().ok_or_else(ended_without_word)?).lines();
        while let Some(line) = lines.next_line().await.map_err(read_failed)? {
            let Some(step) = step_of(&line) else {
                continue;
            };
            match step {
                UpdateStep::Verified { .. } => {
                    // The download may have taken minutes: a pairing begun
                    // meanwhile keeps the app as it is.
                    if let Err(e) = refuse_while_pairing(pairing).await {
                        let _ = child.kill().await;
                        return Err(e);
                    }
                    if cfg!(windows) {
                        // The installer replaces this binary: quit, and the
                        // end of the command's stdin, when this process has
                        // ended, tells it to go on.
                        std::mem::forget(stdin);
                        std::mem::forget(child);
                        return Ok(Restart::ForInstaller(version.to_owned()));
                    }
                    go_on(stdin.take()).await?;
                }
                UpdateStep::Installed { version } => {
                    let _ = child.wait().await;
                    return Ok(Restart::Installed(version));
                }
                UpdateStep::Failed { error } => {
                    let _ = child.wait().await;
                    return Err(error);
                }
                UpdateStep::UpToDate { .. } | UpdateStep::Available { .. } => {}
            }
        }
        let _ = child.wait().await;
        Err(ended_without_word())
    }
}

/// Checks at start (after `FIRST_CHECK_AFTER`) and then daily, on the
/// agent's clock, so that a day asleep is a day. A failed check is logged
/// and tried again the next day.
pub fn check_daily(service: Arc<Service>) -> impl std::future::Future<Output = ()> {
    // Read now, not when the task first runs: "a minute after start".
    let first = service.shell.clock.now() + FIRST_CHECK_AFTER;
    check_from(service, first)
}

async fn check_from(service: Arc<Service>, first: chrono::DateTime<chrono::Utc>) {
    let shell = &service.shell;
    let mut next = first;
    loop {
        waping_core::wait::sleep_until(&*shell.clock, next).await;
        // A day after this one was due, set before checking (which takes
        // its time); after days asleep, a day from now.
        let now = shell.clock.now();
        next = if next + CHECK_EVERY > now {
            next + CHECK_EVERY
        } else {
            now + CHECK_EVERY
        };
        match service.updates.check(shell).await {
            Ok(Some(offer)) => tracing::info!("version {} is out", offer.version),
            Ok(None) => tracing::info!("the app is up to date"),
            Err(e) => tracing::warn!("update check failed: {e}"),
        }
    }
}

/// A pairing's code on screen is never pulled away by a restart.
async fn refuse_while_pairing(pairing: &PairingProbe) -> Result<(), AppError> {
    if pairing.on_screen().await {
        return Err(AppError::new(
            ErrorCode::UpdateWhilePairing,
            "a pairing is on screen; restart to update once it is done",
        ));
    }
    Ok(())
}

fn set_progress(shell: &Shell, version: &str, progress: UpdateProgress) {
    let offer = shell.update_offer().filter(|o| o.version == version);
    if let Some(offer) = offer {
        shell.offer_update(Some(UpdateOffer { progress, ..offer }));
    }
}

fn program(shell: &Shell) -> Result<PathBuf, AppError> {
    shell.window_binary().ok_or_else(|| {
        AppError::new(
            ErrorCode::UpdateUnavailable,
            "updates are checked by the installed app only",
        )
    })
}

fn spawn(program: &Path, action: &[&str]) -> Result<Child, AppError> {
    let mut command = Command::new(program);
    // A session a WebDriver started is no reason for the update command to
    // hand itself to the driver.
    for name in [
        "TAURI_AUTOMATION",
        "TAURI_WEBVIEW_AUTOMATION",
        "WEBKIT_INSPECTOR_SERVER",
    ] {
        command.env_remove(name);
    }
    command
        .arg(updates::COMMAND)
        .args(action)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| {
            AppError::new(
                ErrorCode::UpdateFailed,
                format!("cannot run {}: {e}", program.display()),
            )
        })
}

/// Every step a command reports until it ends.
async fn run_to_end(program: &Path, action: &[&str]) -> Result<Vec<UpdateStep>, AppError> {
    let mut child = spawn(program, action)?;
    let mut lines = BufReader::new(child.stdout.take().ok_or_else(ended_without_word)?).lines();
    let mut steps = Vec::new();
    while let Some(line) = lines.next_line().await.map_err(read_failed)? {
        steps.extend(step_of(&line));
    }
    let _ = child.wait().await;
    Ok(steps)
}

/// The step a line of the command's stdout reports. What the programs it
/// runs print there too (dpkg, while installing) is no step: logged, skipped.
fn step_of(line: &str) -> Option<UpdateStep> {
    UpdateStep::read(line)
        .inspect_err(|_| tracing::debug!("update command: {line}"))
        .ok()
}

async fn go_on(stdin: Option<ChildStdin>) -> Result<(), AppError> {
    let mut stdin = stdin.ok_or_else(ended_without_word)?;
    stdin.write_all(b"install\n").await.map_err(read_failed)?;
    stdin.flush().await.map_err(read_failed)
}

fn ended_without_word() -> AppError {
    AppError::new(
        ErrorCode::UpdateFailed,
        "the update command ended without saying how",
    )
}

fn read_failed(e: std::io::Error) -> AppError {
    AppError::new(
        ErrorCode::UpdateFailed,
        format!("cannot talk to the update command: {e}"),
    )
}
