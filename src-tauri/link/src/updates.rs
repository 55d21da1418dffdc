//! Updates of the app itself, as the agent and the window binary speak of
//! them. The window binary links Tauri and its updater, so it is the one that
//! asks the release manifest and installs (`waping-desk update check`,
//! `waping-desk update install`); the agent, which runs all day, decides
//! when, offers the result in the tray and the overview, and restarts the app
//! afterwards. Between them: one JSON line per step on the command's stdout.

use crate::AppError;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The window binary's subcommand, and its two actions.
pub const COMMAND: &str = "update";
pub const CHECK: &str = "check";
pub const INSTALL: &str = "install";

/// What an update command reports, one line each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "camelCase")]
pub enum UpdateStep {
    /// The manifest offers nothing newer than `current`.
    UpToDate {
        current: String,
    },
    /// The manifest offers `version`.
    Available {
        current: String,
        version: String,
        notes: Option<String>,
    },
    /// `version` was downloaded and its signature matches the app's public
    /// key. `install` then waits for a line on stdin (go on), or the end of
    /// stdin (the agent quit to let the installer replace it).
    Verified {
        version: String,
    },
    /// `version` is installed: the next start runs it.
    Installed {
        version: String,
    },
    Failed {
        error: AppError,
    },
}

impl UpdateStep {
    /// The line written for this step.
    pub fn line(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| {
            format!(r#"{{"step":"failed","error":{{"code":"INTERNAL","message":"{e}"}}}}"#)
        })
    }

    /// A step as the command wrote it; a line that is not one is an error
    /// of the command's.
    pub fn read(line: &str) -> Result<UpdateStep, AppError> {
        serde_json::from_str(line.trim()).map_err(|e| {
            AppError::new(
                waping_model::ErrorCode::UpdateFailed,
                format!(
                    "the update command said something unexpected ({e}): {:.200}",
                    line.trim()
                ),
            )
        })
    }
}

/// A newer version, as the overview carries it to the window and the tray.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct UpdateOffer {
    pub version: String,
    /// What the release says of itself: plain text from the manifest, cut
    /// to `NOTES_MAX` characters, without control characters but line breaks.
    pub notes: Option<String>,
    pub progress: UpdateProgress,
}

/// Where the offer stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "camelCase")]
#[ts(export)]
pub enum UpdateProgress {
    /// Waiting for the user to restart to it.
    Available,
    /// Downloading, checking its signature and installing.
    Installing,
    /// The last try failed; the user may try again.
    Failed { error: AppError },
}

/// How much of the release notes is kept.
pub const NOTES_MAX: usize = 2000;

/// Release notes as the app shows them: no control characters but line
/// breaks, at most `NOTES_MAX` characters, nothing when blank.
pub fn clean_notes(raw: Option<&str>) -> Option<String> {
    let text: String = raw?
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .take(NOTES_MAX)
        .collect();
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use waping_model::ErrorCode;

    #[test]
    fn a_step_reads_back_as_it_was_written() {
        for step in [
            UpdateStep::UpToDate {
                current: "0.1.0".into(),
            },
            UpdateStep::Available {
                current: "0.1.0".into(),
                version: "0.2.0".into(),
                notes: Some("Faster".into()),
            },
            UpdateStep::Verified {
                version: "0.2.0".into(),
            },
            UpdateStep::Failed {
                error: AppError::new(ErrorCode::UpdateRefused, "bad signature"),
            },
        ] {
            assert_eq!(UpdateStep::read(&step.line()).unwrap(), step);
        }
    }

    #[test]
    fn a_line_that_is_no_step_is_an_update_failure() {
        let err = UpdateStep::read("Gtk-WARNING: cannot open display").unwrap_err();
        assert_eq!(err.code, ErrorCode::UpdateFailed);
        assert!(err.message.contains("Gtk-WARNING"));
    }

    #[test]
    fn notes_keep_their_lines_and_lose_terminal_codes() {
        let notes = clean_notes(Some("  Fixes\n\u{1b}]0;title\u{7}- one\r\n")).unwrap();
        assert_eq!(notes, "Fixes\n]0;title- one");
        assert_eq!(clean_notes(Some(" \n ")), None);
        let long = "x".repeat(NOTES_MAX + 10);
        assert_eq!(clean_notes(Some(&long)).unwrap().chars().count(), NOTES_MAX);
    }
}
