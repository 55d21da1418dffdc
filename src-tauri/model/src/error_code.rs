//! Every error code the app gives the UI and scripts: one enum, exported to
//! TypeScript as a union of its names, so that a code compared in the UI is
//! checked when it is compiled.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[ts(export)]
pub enum ErrorCode {
    // Input and the app itself.
    InvalidInput,
    UnknownRequest,
    // The agent and its link.
    AgentUnavailable,
    AgentGone,
    NoDataFolder,
    SettingsNotSaved,
    KeyringUnavailable,
    NotConnected,
    NotDemo,
    DemoUnavailable,
    NoDiagnosis,
    // History.
    HistoryLocked,
    HistoryError,
    HistoryMigration,
    HistoryUnavailable,
    /// Changes are shown but cannot be written (a full disk, a lock).
    HistoryNotSaved,
    /// The file could not be read; it was set aside and a new one started.
    HistoryRecovered,
    ExportFailed,
    // Pairing and the QR code.
    PlanLimit,
    NoCode,
    QrUnreadable,
    ScanFailed,
    NoDashboard,
    // The desktop session (the window's own commands).
    NoFolder,
    NotSaved,
    NoClipboard,
    NotOpened,
    Autostart,
    // WAPing.
    Unauthorized,
    NoApiKey,
    /// The stored key is sent only to the saved base URL; another needs one typed in.
    KeyNeeded,
    NoApiAccess,
    Forbidden,
    NotFound,
    ValidationError,
    Conflict,
    RateLimited,
    SessionDisconnected,
    ServerError,
    ApiError,
    Unreachable,
    /// The OS says this computer has no network: WAPing is not at fault.
    ComputerOffline,
    Timeout,
    MalformedResponse,
    ResponseTooLarge,
    InvalidBaseUrl,
    AlreadyConnected,
    // Updates of the app itself.
    /// The release manifest or its file could not be fetched.
    UpdateUnavailable,
    /// The downloaded file's signature did not match: nothing was installed.
    UpdateRefused,
    /// The system's package manager would not install it from here.
    UpdateNeedsPackageManager,
    UpdateFailed,
    /// A pairing is on screen: the restart waits until it is done.
    UpdateWhilePairing,
    /// A fault of the app itself; also what a code from a newer agent reads as.
    #[serde(other)]
    Internal,
}

impl ErrorCode {
    /// The code as it is written on the wire and printed (`NOT_FOUND`).
    pub fn as_str(self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(s)) => s,
            _ => format!("{self:?}"),
        }
    }

    /// The id of the message that says this code in words: `error-<code>`
    /// (`error-not-found`), which every code has in every catalog.
    pub fn message_id(self) -> String {
        format!(
            "error-{}",
            self.as_str().to_ascii_lowercase().replace('_', "-")
        )
    }

    /// What went wrong, in a sentence of `catalog`'s language.
    pub fn words(self, catalog: &crate::i18n::Catalog) -> String {
        catalog.text(&self.message_id())
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_as_its_sentence_in_the_language_asked() {
        use crate::i18n::{Catalog, Locale};
        let en = ErrorCode::Unauthorized.words(Catalog::of(Locale::En));
        let pt = ErrorCode::Unauthorized.words(Catalog::of(Locale::PtBr));
        assert!(en.contains("API key"), "{en}");
        assert!(pt.contains("chave de API"), "{pt}");
        assert_ne!(
            ErrorCode::NotFound.words(Catalog::of(Locale::De)),
            "error-not-found"
        );
    }

    #[test]
    fn codes_are_written_in_screaming_snake_case() {
        assert_eq!(ErrorCode::NoApiAccess.to_string(), "NO_API_ACCESS");
        let back: ErrorCode = serde_json::from_str("\"RESPONSE_TOO_LARGE\"").unwrap();
        assert_eq!(back, ErrorCode::ResponseTooLarge);
    }

    #[test]
    fn a_code_this_build_does_not_know_reads_as_internal() {
        let back: ErrorCode = serde_json::from_str("\"SOMETHING_NEW\"").unwrap();
        assert_eq!(back, ErrorCode::Internal);
    }
}
