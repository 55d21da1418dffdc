//! `doctor`: a diagnosis of the connection to WAPing that a user can send to
//! support. Like `status`, it needs no display and runs in this binary, with
//! `status`'s options and language. `--json` is in English whatever the
//! language, so that scripts read one form.

use crate::status::{run_report, WorkspaceArgs};
use std::process::ExitCode;
use waping_core::doctor::{self, ReportText};
use waping_core::domain::system_clock;
use waping_core::i18n::Locale;
use waping_core::status::Outcome;
use waping_core::text::terminal_json;
use waping_core::GatewayClient;

/// Diagnoses the connection to WAPing, for support. For each endpoint the app
/// uses: its URL, HTTP status and time, whether the answer's shape was
/// recognised, which fields were read under which name, which were missing,
/// which unknown fields came and how pages were announced. No key, phone
/// number, device name or query value is printed. Exits as `status` does, and
/// 3 when WAPing failed, the device list was partial, or an answer was not
/// recognised.
pub fn run_doctor(args: WorkspaceArgs) -> ExitCode {
    run_report("doctor", args, diagnose)
}

async fn diagnose(client: &GatewayClient, json: bool, locale: Locale) -> Outcome {
    let locale = if json { Locale::En } else { locale };
    let diagnosis = doctor::diagnose(client, chrono::Utc::now(), locale).await;
    Outcome {
        stdout: if json {
            format!("{}\n", terminal_json(&diagnosis, true))
        } else {
            diagnosis.to_text(locale, system_clock().local_offset())
        },
        stderr: String::new(),
        code: diagnosis.exit_code,
    }
}
