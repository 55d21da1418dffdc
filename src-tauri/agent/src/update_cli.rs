//! `waping-desk update`: what "Restart to update" does in the window and the
//! tray, from a terminal or a script. It asks the running agent (starting it
//! if none runs) to check for a newer version and restart to it, then
//! follows the install until the agent quits for the new version (exit 0) or
//! says why it could not (exit 1). Up to date: exit 0. Its words are in the
//! language chosen in Settings, else the system's.

use crate::{settings_file, shell};
use std::process::ExitCode;
use std::time::Duration;
use waping_core::i18n::Catalog;
use waping_core::ErrorCode;
use waping_link::client::{self, AgentClient};
use waping_link::contract::args::{CheckForUpdate, GetOverview, InstallUpdate};
use waping_link::protocol;
use waping_link::updates::UpdateProgress;
use waping_link::AppError;

/// How often the install's progress is looked at.
const FOLLOW_EVERY: Duration = Duration::from_millis(250);

pub fn run_update() -> ExitCode {
    let settings = protocol::data_dir()
        .map(|dir| settings_file::load(&settings_file::path(&dir)))
        .unwrap_or_default();
    let catalog = Catalog::of(settings.language.unwrap_or_else(shell::system_locale));
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("waping-desk update: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(update(catalog)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", e.code.words(catalog));
            eprintln!("({})", e.message);
            ExitCode::FAILURE
        }
    }
}

async fn update(catalog: &Catalog) -> Result<(), AppError> {
    let (Some(dir), Some(agent)) = (protocol::data_dir(), client::agent_binary()) else {
        return Err(AppError::new(
            ErrorCode::NoDataFolder,
            "no data folder or agent on this system",
        ));
    };
    let (client, _events) = client::connect_or_start(&dir, &agent, false).await?;
    let Some(offer) = client.ask(CheckForUpdate {}).await? else {
        println!("{}", catalog.text("update-up-to-date"));
        return Ok(());
    };
    let version = [("version", offer.version.as_str().into())];
    println!("{}", catalog.with("update-available", &version));
    client.ask(InstallUpdate {}).await?;
    println!("{}", catalog.with("update-installing", &version));
    follow(&client).await
}

/// Waits until the agent quits for the new version (its connection closes)
/// or the offer says the install failed.
async fn follow(client: &AgentClient) -> Result<(), AppError> {
    loop {
        let overview = match client.ask(GetOverview {}).await {
            Ok(overview) => overview,
            // The agent quit to restart into the new version.
            Err(_) if client.is_closed() => return Ok(()),
            Err(e) if e.code == ErrorCode::AgentGone => return Ok(()),
            Err(e) => return Err(e),
        };
        if let Some(UpdateProgress::Failed { error }) = overview.update.map(|u| u.progress) {
            return Err(error);
        }
        tokio::time::sleep(FOLLOW_EVERY).await;
    }
}
