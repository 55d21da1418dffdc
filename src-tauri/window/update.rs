//! `waping-desk update check` and `waping-desk update install --version V`,
//! run by the agent: tauri-plugin-updater asks the release manifest named in
//! tauri.conf.json, downloads the file for this system and bundle, and
//! refuses it unless its minisign signature matches the public key there
//! and was made for the version announced. Each step is one JSON line on
//! stdout (`waping_link::updates::UpdateStep`); what the package tool prints
//! while installing (dpkg) comes between them, and the agent skips it.

use std::io::BufRead;
use std::process::ExitCode;
use std::time::Duration;
use tauri::{AppHandle, Runtime};
use tauri_plugin_updater::{Error as UpdaterError, Updater, UpdaterExt};
use waping_link::updates::{clean_notes, UpdateStep};
use waping_link::AppError;
use waping_model::ErrorCode;

/// The update subcommand's action.
#[derive(clap::Subcommand, Debug, Clone)]
pub enum Action {
    /// Ask the release manifest whether a newer version is out.
    #[command(name = waping_link::updates::CHECK)]
    Check,
    /// Download `version`, check its signature, wait for a line on stdin
    /// (or its end), then install it.
    #[command(name = waping_link::updates::INSTALL)]
    Install {
        #[arg(long)]
        version: String,
    },
}

/// Runs `action` in a Tauri app that opens no window.
pub fn run(action: Action) -> ExitCode {
    // Without a display GTK cannot start, and Tauri panics rather than
    // failing: either way the agent reads a failed step.
    let built = std::panic::catch_unwind(|| {
        tauri::Builder::default()
            .plugin(tauri_plugin_updater::Builder::new().build())
            .build(crate::context())
    });
    let app = match built {
        Ok(Ok(app)) => app,
        Ok(Err(e)) => return cannot_start(&e.to_string()),
        Err(_) => return cannot_start("no display to start on"),
    };
    let handle = app.handle().clone();
    let steps = tauri::async_runtime::block_on(async move {
        match action {
            Action::Check => vec![check(&handle).await],
            Action::Install { version } => install(&handle, &version).await,
        }
    });
    report(&steps)
}

fn cannot_start(why: &str) -> ExitCode {
    report(&[UpdateStep::Failed {
        error: AppError::new(ErrorCode::UpdateFailed, format!("cannot start: {why}")),
    }])
}

/// Prints what is left to print; fails when the last step did.
fn report(steps: &[UpdateStep]) -> ExitCode {
    for step in steps {
        say(step);
    }
    match steps.last() {
        Some(UpdateStep::Failed { .. }) | None => ExitCode::FAILURE,
        Some(_) => ExitCode::SUCCESS,
    }
}

fn say(step: &UpdateStep) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", step.line());
    let _ = out.flush();
}

fn updater<R: Runtime>(app: &AppHandle<R>) -> Result<Updater, AppError> {
    #[allow(unused_mut)]
    let mut builder = app
        .updater_builder()
        // A stalled download fails instead of leaving "Installing" forever.
        .timeout(Duration::from_secs(300));
    // Debug builds only: the tests serve a manifest signed with a key of
    // their own. A release build knows its manifest and key from its config.
    #[cfg(debug_assertions)]
    {
        if let Ok(url) = std::env::var("WAPING_DESK_UPDATE_ENDPOINT") {
            let url = url
                .parse()
                .map_err(|e| AppError::new(ErrorCode::UpdateFailed, format!("{url}: {e}")))?;
            builder = builder.endpoints(vec![url]).map_err(failure)?;
        }
        if let Ok(key) = std::env::var("WAPING_DESK_UPDATE_PUBKEY") {
            builder = builder.pubkey(key);
        }
    }
    builder.build().map_err(failure)
}

async fn check<R: Runtime>(app: &AppHandle<R>) -> UpdateStep {
    let found = match updater(app) {
        Ok(updater) => updater.check().await.map_err(failure),
        Err(e) => Err(e),
    };
    match found {
        Ok(Some(update)) => UpdateStep::Available {
            current: update.current_version.clone(),
            version: update.version.clone(),
            notes: clean_notes(update.body.as_deref()),
        },
        Ok(None) => UpdateStep::UpToDate {
            current: app.package_info().version.to_string(),
        },
        Err(error) => UpdateStep::Failed { error },
    }
}

/// The steps of installing `version`: the last says how it ended. The
/// verified step is printed as soon as it is known, as the agent waits for
/// it before letting the install go on.
async fn install<R: Runtime>(app: &AppHandle<R>, version: &str) -> Vec<UpdateStep> {
    let failed = |error| vec![UpdateStep::Failed { error }];
    let update = match updater(app) {
        Ok(updater) => updater.check().await.map_err(failure),
        Err(e) => Err(e),
    };
    let update = match update {
        Ok(Some(update)) if update.version == version => update,
        Ok(Some(update)) => {
            return failed(AppError::new(
                ErrorCode::UpdateFailed,
                format!(
                    "the release manifest now offers {}, not {version}",
                    update.version
                ),
            ))
        }
        Ok(None) => {
            return failed(AppError::new(
                ErrorCode::UpdateFailed,
                format!("the release manifest no longer offers {version}"),
            ))
        }
        Err(e) => return failed(e),
    };
    // Verified inside: a file whose signature does not match is an error here.
    let bytes = match update.download(|_, _| {}, || {}).await {
        Ok(bytes) => bytes,
        Err(e) => return failed(failure(e)),
    };
    say(&UpdateStep::Verified {
        version: version.to_owned(),
    });
    // The agent's word to go on: a line (it stays and restarts the app
    // after), or the end of stdin (it quit, so the installer may replace it).
    let mut go = String::new();
    let _ = std::io::stdin().lock().read_line(&mut go);
    match update.install(&bytes) {
        Ok(()) => vec![UpdateStep::Installed {
            version: version.to_owned(),
        }],
        Err(e) => failed(package_manager_failure(failure(e))),
    }
}

/// A system package that could not be installed from here (no pkexec or
/// sudo, the password refused, no such tool): the user updates it with the
/// package manager, which the message says how.
fn package_manager_failure(error: AppError) -> AppError {
    use tauri::utils::config::BundleType;
    let system_package = matches!(
        tauri::utils::platform::bundle_type(),
        Some(BundleType::Deb | BundleType::Rpm)
    );
    if system_package && error.code == ErrorCode::UpdateFailed {
        AppError::new(ErrorCode::UpdateNeedsPackageManager, error.message)
    } else {
        error
    }
}

/// The updater's error as the app's: the code says what the user can do.
fn failure(e: UpdaterError) -> AppError {
    use UpdaterError as E;
    let code = match &e {
        E::Minisign(_)
        | E::Base64(_)
        | E::SignatureUtf8(_)
        | E::SignedVersionMismatch { .. }
        | E::MissingSignedVersion
        | E::InvalidUpdaterFormat => ErrorCode::UpdateRefused,
        E::AuthenticationFailed | E::DebInstallFailed | E::PackageInstallFailed => {
            ErrorCode::UpdateNeedsPackageManager
        }
        E::Reqwest(_)
        | E::Network(_)
        | E::ReleaseNotFound
        | E::Serialization(_)
        | E::TargetNotFound(_)
        | E::TargetsNotFound(_) => ErrorCode::UpdateUnavailable,
        _ => ErrorCode::UpdateFailed,
    };
    AppError::new(code, e.to_string())
}
