//! The agent's answers to the contract's requests (`waping_link::contract`).
//! They translate between the window and the core; the decisions are the
//! core's.

use crate::secrets::{self, Secrets};
use crate::service::Service;
use crate::settings_file;
use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::Value;
use waping_core::doctor::{self, DiagnosisReport};
use waping_core::history::export;
use waping_core::i18n::Catalog;
use waping_core::monitor::UserAction;
use waping_core::pairing::{self, PairingState};
use waping_core::ErrorCode;
use waping_core::{qr, ApiKey, ClientConfig, DeviceId, GatewayClient, Mode, Settings};
use waping_link::contract::{args, Call, Request};
use waping_link::views::{
    ConnectionReport, DeviceView, ExportFile, KeyStorage, QrPng, SettingsView,
};
use waping_link::AppError;

/// Answers a request. Each arm's reply is typed by the contract (`answer`
/// serializes the command's own reply type); the window's own commands are
/// not the agent's to answer.
pub async fn handle(service: &Service, request: Request) -> Result<Value, AppError> {
    match request {
        Request::GetOverview(_) => args::GetOverview::answer(service.overview_or_connect().await),
        Request::Refresh(_) => {
            service.connection.refresh().await;
            args::Refresh::answer(Ok(()))
        }
        Request::GetSettings(_) => args::GetSettings::answer(settings_view(service).await),
        Request::SaveSettings(a) => {
            args::SaveSettings::answer(save_settings(service, a.input).await)
        }
        Request::SetApiKey(a) => {
            args::SetApiKey::answer(set_api_key(service, a.key, a.session_only).await)
        }
        Request::ClearApiKey(_) => args::ClearApiKey::answer(
            async {
                secrets::off_thread(&service.secrets, Secrets::clear).await??;
                service.reconnect().await?;
                settings_view(service).await
            }
            .await,
        ),
        Request::TestConnection(a) => {
            args::TestConnection::answer(test_connection(service, a.base_url, a.api_key).await)
        }
        Request::Diagnose(a) => {
            args::Diagnose::answer(diagnose(service, a.base_url, a.api_key).await)
        }
        Request::LastDiagnosis(_) => {
            args::LastDiagnosis::answer(service.last_diagnosis().ok_or_else(|| {
                AppError::new(
                    ErrorCode::NoDiagnosis,
                    "nothing to copy yet: press Diagnose first",
                )
            }))
        }
        Request::SnoozeAlerts(a) => {
            let now = service.shell.clock.moment();
            let end = a.duration.end(now.at, now.offset);
            service
                .connection
                .snooze(&service.shell, a.device_id, end)
                .await;
            args::SnoozeAlerts::answer(Ok(Some(end.instant(now.offset))))
        }
        Request::ResumeAlerts(a) => {
            service.connection.resume(&service.shell, a.device_id).await;
            args::ResumeAlerts::answer(Ok(()))
        }
        Request::SetWebhookSecret(a) => args::SetWebhookSecret::answer(
            set_webhook_secret(service, a.secret, a.session_only).await,
        ),
        Request::ClearWebhookSecret(_) => args::ClearWebhookSecret::answer(
            async {
                secrets::off_thread(&service.secrets, Secrets::clear_webhook_secret).await??;
                service.reconnect().await?;
                settings_view(service).await
            }
            .await,
        ),
        Request::GetHookRuns(_) => {
            args::GetHookRuns::answer(Ok(service.connection.hook_runs().await))
        }
        Request::AddDevice(a) => args::AddDevice::answer(add_device(service, a.name).await),
        Request::StartPairing(a) => args::StartPairing::answer(
            service
                .connection
                .start_pairing(&service.shell, a.device_id)
                .await,
        ),
        Request::CheckForUpdate(_) => {
            args::CheckForUpdate::answer(service.updates.check(&service.shell).await)
        }
        Request::InstallUpdate(_) => {
            args::InstallUpdate::answer(service.updates.install(service).await)
        }
        Request::GetPairing(_) => args::GetPairing::answer(Ok(service.connection.pairing().await)),
        Request::QrPng(_) => args::QrPng::answer(qr_on_screen(service).await),
        Request::CancelPairing(_) => {
            service.connection.cancel_pairing().await;
            args::CancelPairing::answer(Ok(()))
        }
        Request::SimulateScan(a) => {
            args::SimulateScan::answer(simulate_scan(service, a.device_id).await)
        }
        Request::LogoutDevice(a) => args::LogoutDevice::answer(
            async {
                let (client, _, _) = service.connection.workspace().await?;
                client.logout(&a.device_id).await?;
                service
                    .connection
                    .user_acted(a.device_id, UserAction::LoggedOut)
                    .await;
                Ok(())
            }
            .await,
        ),
        Request::RemoveDevice(a) => args::RemoveDevice::answer(
            async {
                let (client, _, _) = service.connection.workspace().await?;
                client.remove_device(&a.device_id).await?;
                service
                    .connection
                    .user_acted(a.device_id, UserAction::Removed)
                    .await;
                Ok(())
            }
            .await,
        ),
        Request::DeviceStrips(a) => args::DeviceStrips::answer(device_strips(service, a).await),
        Request::DeviceHistory(a) => args::DeviceHistory::answer(
            async {
                let (from, to) = range(a.from, a.to)?;
                let min_ms = resolution(to - from, a.width)?;
                let id = a.device_id;
                let query_id = id.clone();
                let found = service
                    .connection
                    .read_history(move |h, live| {
                        h.device_history(&query_id, from, to, live, min_ms)
                    })
                    .await?;
                let words = Catalog::of(service.shell.locale());
                found.map(|h| h.reword(words)).ok_or_else(|| unknown(&id))
            }
            .await,
        ),
        Request::DeviceUptime(a) => args::DeviceUptime::answer(
            async {
                let id = a.device_id;
                let query_id = id.clone();
                let found = service
                    .connection
                    .read_history(move |h, live| h.uptime_periods(&query_id, live))
                    .await?;
                found.ok_or_else(|| unknown(&id))
            }
            .await,
        ),
        Request::WorkspaceRanking(a) => args::WorkspaceRanking::answer(
            async {
                if !(1..=MAX_RANGE_DAYS as u32).contains(&a.days) {
                    return Err(AppError::invalid(format!(
                        "the ranking covers 1 to {MAX_RANGE_DAYS} days"
                    )));
                }
                let days = Duration::days(i64::from(a.days));
                let ranking = service
                    .connection
                    .read_history(move |h, live| h.ranking(live.now - days, live.now))
                    .await?;
                let words = Catalog::of(service.shell.locale());
                Ok(ranking.into_iter().map(|r| r.reword(words)).collect())
            }
            .await,
        ),
        Request::RenderExport(a) => args::RenderExport::answer(render_export(service, a).await),
        window @ (Request::TakeFocusRequest(_)
        | Request::GetAutostart(_)
        | Request::SetAutostart(_)
        | Request::SaveQrPng(_)
        | Request::CopyQrPng(_)
        | Request::CopyDiagnosis(_)
        | Request::OpenDashboard(_)
        | Request::ExportHistory(_)
        | Request::SystemLocale(_)) => Err(AppError::new(
            ErrorCode::UnknownRequest,
            format!(
                "{} is the window's to answer, not the agent's",
                window.command().name()
            ),
        )),
    }
}

/// Asks this agent in-process, typed as the window would over the link
/// (the reply goes through JSON, as it does there).
pub async fn ask<C: Call>(service: &Service, args: C) -> Result<C::Reply, AppError>
where
    C::Reply: serde::de::DeserializeOwned,
{
    waping_link::contract::reply_from::<C>(handle(service, args.into()).await?)
}

fn bad_key() -> AppError {
    AppError::invalid(format!(
        "the API key must be 1 to {} characters, without spaces",
        ApiKey::MAX_LEN
    ))
}

async fn settings_view(service: &Service) -> Result<SettingsView, AppError> {
    let settings = service.settings();
    let (key, storage, webhook) = secrets::off_thread(&service.secrets, |s| {
        let (key, storage) = s.load();
        (key, storage, s.webhook_secret().1)
    })
    .await?;
    Ok(SettingsView {
        settings,
        api_key_masked: key.map(|k| k.masked()),
        key_storage: storage,
        webhook_secret_storage: webhook,
        poll_limits: waping_core::settings::POLL_LIMITS,
    })
}

async fn save_settings(service: &Service, input: Settings) -> Result<SettingsView, AppError> {
    let settings = input.validated()?;
    // A new language is words only: the overview, the tray and the next
    // notification follow the shell's locale at once. Restarting the
    // monitor for it would reconnect, leave a gap in history and tell the
    // start-up alerts again.
    let before = service.settings();
    let words_only = before.language != settings.language
        && Settings {
            language: settings.language,
            ..before
        } == settings;
    settings_file::save_then(&service.shell.settings_path(), &settings, || {
        service.set_settings(settings.clone())
    })
    .map_err(|e| {
        AppError::new(
            ErrorCode::SettingsNotSaved,
            format!("the settings could not be saved: {e}"),
        )
    })?;
    if !words_only {
        service.reconnect().await?;
    }
    settings_view(service).await
}

async fn set_api_key(
    service: &Service,
    key: String,
    session_only: bool,
) -> Result<SettingsView, AppError> {
    let key = ApiKey::new(key).ok_or_else(bad_key)?;
    let stored =
        secrets::off_thread(&service.secrets, move |s| s.store(key, session_only)).await??;
    tracing::info!(?stored, "API key stored");
    service.reconnect().await?;
    let view = settings_view(service).await?;
    debug_assert_ne!(view.key_storage, KeyStorage::None);
    Ok(view)
}

async fn set_webhook_secret(
    service: &Service,
    secret: String,
    session_only: bool,
) -> Result<SettingsView, AppError> {
    let secret = waping_core::webhook::check_secret(&secret).map_err(AppError::invalid)?;
    secrets::off_thread(&service.secrets, move |s| {
        s.store_webhook_secret(secret, session_only)
    })
    .await??;
    service.reconnect().await?;
    settings_view(service).await
}

/// The stored key goes only to the saved base URL: a page (or anyone who
/// can send commands) must not be able to have it sent to an address of its
/// choosing. Another address is tried with a key typed in, or not at all.
fn stored_key_may_go_to(base_url: &str, saved: &str) -> Result<(), AppError> {
    let url = waping_core::gateway::parse_base_url(base_url)?;
    let same = waping_core::gateway::parse_base_url(saved).is_ok_and(|saved| saved == url);
    if same {
        Ok(())
    } else {
        Err(AppError::new(
            ErrorCode::KeyNeeded,
            "Type the API key to test it against another address; the stored key is sent only to the saved base URL.",
        ))
    }
}

/// Tries a base URL and key without saving them. With no key given, the
/// stored one is used, and only at the saved base URL.
async fn test_connection(
    service: &Service,
    base_url: String,
    api_key: Option<String>,
) -> Result<ConnectionReport, AppError> {
    let key = match api_key.filter(|k| !k.trim().is_empty()) {
        Some(raw) => Some(ApiKey::new(raw).ok_or_else(bad_key)?),
        None => {
            let stored = secrets::off_thread(&service.secrets, Secrets::load)
                .await?
                .0;
            if stored.is_some() {
                stored_key_may_go_to(&base_url, &service.settings().base_url)?;
            }
            stored
        }
    };
    let client = GatewayClient::new(ClientConfig::new(base_url, key))?;
    let workspace = client.workspace().await?;
    let list = client.list_devices().await?;
    Ok(ConnectionReport {
        workspace,
        problem: waping_core::domain::read_problem(
            Catalog::of(service.shell.locale()),
            &list.unread,
            list.partial.as_ref(),
        ),
        devices: list
            .devices
            .into_iter()
            .map(|device| DeviceView::at(device, service.shell.clock.now(), service.shell.locale()))
            .collect(),
        unread: list.unread,
        partial: list.partial,
    })
}

/// Diagnoses a base URL and key without saving them, as `test_connection`
/// tries them. With no key given: the stored one and the saved settings, or
/// the demo workspace when that is what the app watches.
async fn diagnose(
    service: &Service,
    base_url: Option<String>,
    api_key: Option<String>,
) -> Result<DiagnosisReport, AppError> {
    let given = api_key
        .filter(|k| !k.trim().is_empty())
        .map(|raw| ApiKey::new(raw).ok_or_else(bad_key))
        .transpose()?;
    let base_url = base_url.filter(|u| !u.trim().is_empty());
    let settings = service.settings();
    let config = match given {
        Some(key) => ClientConfig::new(base_url.unwrap_or(settings.base_url), Some(key)),
        None => {
            let stored = secrets::off_thread(&service.secrets, Secrets::load)
                .await?
                .0;
            match settings.mode(stored.is_some()) {
                Mode::Demo => service.connection.demo().await?.client_config(),
                Mode::Live => {
                    let base_url = base_url.unwrap_or_else(|| settings.base_url.clone());
                    if stored.is_some() {
                        stored_key_may_go_to(&base_url, &settings.base_url)?;
                    }
                    ClientConfig::new(base_url, stored)
                }
            }
        }
    };
    let client = GatewayClient::new(config)?;
    // In the language the window is told the agent speaks, verdict and all.
    let locale = service.shell.locale();
    let clock = &service.shell.clock;
    let report = doctor::report(
        doctor::diagnose(&client, clock.now(), locale).await,
        locale,
        clock.local_offset(),
    );
    service.keep_diagnosis(&report.text);
    Ok(report)
}

/// Creates a device to pair; a full plan is refused without asking WAPing.
async fn add_device(service: &Service, name: String) -> Result<waping_core::Device, AppError> {
    let (client, _, snapshot) = service.connection.workspace().await?;
    let plan = snapshot
        .workspace
        .as_ref()
        .map(|w| w.plan.clone())
        .ok_or_else(|| {
            AppError::new(
                ErrorCode::NotConnected,
                "the plan is not known yet; try again in a moment",
            )
        })?;
    let device = pairing::add_device(&client, &name, &plan, snapshot.devices.len()).await?;
    service.connection.refresh().await;
    Ok(device)
}

/// In the demo only: the phone scans the code on screen.
async fn simulate_scan(service: &Service, id: DeviceId) -> Result<(), AppError> {
    let (_, mode, _) = service.connection.workspace().await?;
    if mode != Mode::Demo {
        return Err(AppError::new(
            ErrorCode::NotDemo,
            "scans can only be simulated in the demo workspace",
        ));
    }
    let demo = service.connection.demo().await?;
    demo.control().scan(id.as_str(), None).await.map_err(|e| {
        AppError::new(
            ErrorCode::ScanFailed,
            format!("the simulated scan failed: {e}"),
        )
    })
}

/// The code on screen as a PNG, with the device it links.
async fn qr_on_screen(service: &Service) -> Result<QrPng, AppError> {
    let no_code = || AppError::new(ErrorCode::NoCode, "no QR code is showing");
    let view = service.connection.pairing().await.ok_or_else(no_code)?;
    let PairingState::Code { payload, .. } = view.state else {
        return Err(no_code());
    };
    let png =
        qr::png(&payload).map_err(|e| AppError::new(ErrorCode::QrUnreadable, e.to_string()))?;
    Ok(QrPng {
        device_id: view.device_id,
        png_hex: hex::encode(png),
    })
}

/// Records a change the user made here, so it is in history at once.
/// Longer than any retention the settings allow.
const MAX_RANGE_DAYS: i64 = 800;
const MAX_WIDTH: u32 = 10_000;

fn instant(ms: f64, what: &str) -> Result<DateTime<Utc>, AppError> {
    if !ms.is_finite() {
        return Err(AppError::invalid(format!(
            "the {what} of the range is not a time"
        )));
    }
    Utc.timestamp_millis_opt(ms as i64)
        .single()
        .ok_or_else(|| AppError::invalid(format!("the {what} of the range is out of bounds")))
}

/// A validated `[from, to)` range.
fn range(from: f64, to: f64) -> Result<(DateTime<Utc>, DateTime<Utc>), AppError> {
    let (from, to) = (instant(from, "start")?, instant(to, "end")?);
    if from >= to {
        return Err(AppError::invalid("the range must end after it starts"));
    }
    if to - from > Duration::days(MAX_RANGE_DAYS) {
        return Err(AppError::invalid(format!(
            "the range can cover at most {MAX_RANGE_DAYS} days"
        )));
    }
    Ok((from, to))
}

/// The shortest stretch worth drawing on `width` pixels.
fn resolution(span: Duration, width: u32) -> Result<i64, AppError> {
    if width == 0 || width > MAX_WIDTH {
        return Err(AppError::invalid(format!(
            "the drawing width must be 1 to {MAX_WIDTH} pixels"
        )));
    }
    Ok(span.num_milliseconds() / i64::from(width))
}

fn unknown(id: &DeviceId) -> AppError {
    AppError::new(
        ErrorCode::NotFound,
        format!("there is no history for device {id} yet"),
    )
}

/// Every card's strip over the last `hours`, drawn on `width` pixels, or
/// only those of the devices named.
async fn device_strips(
    service: &Service,
    a: args::DeviceStrips,
) -> Result<Vec<waping_core::history::Strip>, AppError> {
    if !(1..=24 * 31).contains(&a.hours) {
        return Err(AppError::invalid("a strip covers 1 hour to 31 days"));
    }
    let span = Duration::hours(i64::from(a.hours));
    let min_ms = resolution(span, a.width)?;
    let only = a.device_ids;
    let strips = service
        .connection
        .read_history(move |h, live| h.strips_of(live.now - span, live, min_ms, only.as_deref()))
        .await?;
    let words = Catalog::of(service.shell.locale());
    Ok(strips.into_iter().map(|s| s.reword(words)).collect())
}

/// One device's history over `[from, to)`, every change, as a file to save.
async fn render_export(service: &Service, a: args::RenderExport) -> Result<ExportFile, AppError> {
    let id = a.device_id;
    let (from, to) = range(a.from, a.to)?;
    let query_id = id.clone();
    let history = service
        .connection
        .read_history(move |h, live| h.device_history(&query_id, from, to, live, 0))
        .await?
        .ok_or_else(|| unknown(&id))?;
    let contents = export::render(&history, a.format)
        .map_err(|e| AppError::new(ErrorCode::ExportFailed, e.to_string()))?;
    let contents = String::from_utf8(contents).map_err(|e| {
        AppError::new(
            ErrorCode::ExportFailed,
            format!("the export is not text: {e}"),
        )
    })?;
    Ok(ExportFile {
        file_name: export::file_name(&history, a.format),
        contents,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_checked() {
        let day = 86_400_000.0;
        assert!(range(0.0, day).is_ok());
        for (from, to) in [
            (day, day),
            (day, 0.0),
            (f64::NAN, day),
            (0.0, f64::INFINITY),
            (0.0, 900.0 * day),
            (0.0, 1e300),
        ] {
            let err = range(from, to).unwrap_err();
            assert_eq!(err.code, ErrorCode::InvalidInput, "{from}..{to}: {err}");
        }
        let (from, to) = range(0.0, day).unwrap();
        assert_eq!(resolution(to - from, 1200).unwrap(), 72_000);
        assert!(resolution(to - from, 0).is_err());
        assert!(resolution(to - from, MAX_WIDTH + 1).is_err());
    }
}
