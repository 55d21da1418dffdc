//! Every request a window can make of the agent, by name, with its arguments
//! as the window's commands received them (camelCase JSON). They translate
//! between the window and the core; the decisions are the core's.

use crate::error::AppError;
use crate::ipc::{ConnectionReport, ExportFile, KeyStorage, QrPng, SettingsView};
use crate::secrets::{self, Secrets};
use crate::service::Service;
use crate::settings_file;
use chrono::{DateTime, Duration, TimeZone, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use waping_core::alerts::SnoozeFor;
use waping_core::doctor::{self, DiagnosisReport};
use waping_core::history::export::{self, Format};
use waping_core::monitor::{Observation, Source};
use waping_core::pairing::{self, AddDeviceError, PairingState};
use waping_core::{
    qr, ApiKey, ClientConfig, DeviceId, GatewayClient, Mode, SessionState, Settings,
};

/// Runs the request `method` with `args`, answering JSON.
pub async fn handle(service: &Service, method: &str, args: Value) -> Result<Value, AppError> {
    match method {
        "get_overview" => reply(service.overview_or_connect().await),
        "refresh" => {
            service.connection.refresh().await;
            reply(Ok(()))
        }
        "get_settings" => reply(settings_view(service).await),
        "save_settings" => {
            let Input { input } = parse(args)?;
            reply(save_settings(service, input).await)
        }
        "set_api_key" => {
            let a: SecretArgs<KeyField> = parse(args)?;
            reply(set_api_key(service, a.value.key, a.session_only).await)
        }
        "clear_api_key" => {
            secrets::off_thread(&service.secrets, Secrets::clear).await??;
            service.reconnect().await?;
            reply(settings_view(service).await)
        }
        "test_connection" => {
            let a: TestArgs = parse(args)?;
            reply(test_connection(service, a.base_url, a.api_key).await)
        }
        "diagnose" => {
            let a: DiagnoseArgs = parse(args)?;
            reply(diagnose(service, a.base_url, a.api_key).await)
        }
        "last_diagnosis" => reply(service.last_diagnosis().ok_or_else(|| {
            AppError::new("NO_DIAGNOSIS", "nothing to copy yet: press Diagnose first")
        })),
        "snooze_alerts" => {
            let a: SnoozeArgs = parse(args)?;
            let device = optional_device(a.device_id)?;
            let until = a.duration.until(Utc::now(), *chrono::Local::now().offset());
            service
                .connection
                .snooze(&service.shell, device, until)
                .await;
            reply(Ok(Some(until)))
        }
        "resume_alerts" => {
            let a: OptionalDevice = parse(args)?;
            let device = optional_device(a.device_id)?;
            service.connection.resume(&service.shell, device).await;
            reply(Ok(()))
        }
        "set_webhook_secret" => {
            let a: SecretArgs<SecretField> = parse(args)?;
            reply(set_webhook_secret(service, a.value.secret, a.session_only).await)
        }
        "clear_webhook_secret" => {
            secrets::off_thread(&service.secrets, Secrets::clear_webhook_secret).await??;
            service.reconnect().await?;
            reply(settings_view(service).await)
        }
        "get_hook_runs" => reply(Ok(service.connection.hook_runs().await)),
        "add_device" => {
            let a: NameArgs = parse(args)?;
            reply(add_device(service, a.name).await)
        }
        "start_pairing" => {
            let id = device(args)?;
            reply(service.connection.start_pairing(&service.shell, id).await)
        }
        "get_pairing" => reply(Ok(service.connection.pairing().await)),
        "qr_png" => reply(qr_on_screen(service).await),
        "cancel_pairing" => {
            service.connection.cancel_pairing().await;
            reply(Ok(()))
        }
        "simulate_scan" => reply(simulate_scan(service, device(args)?).await),
        "logout_device" => {
            let id = device(args)?;
            let (client, _, _) = service.connection.workspace().await?;
            client.logout(&id).await?;
            user_change(service, id, "logged out from WAPing Desk").await;
            reply(Ok(()))
        }
        "remove_device" => {
            let id = device(args)?;
            let (client, _, _) = service.connection.workspace().await?;
            client.remove_device(&id).await?;
            user_change(service, id, "removed from WAPing Desk").await;
            reply(Ok(()))
        }
        "device_strips" => {
            let a: StripArgs = parse(args)?;
            reply(device_strips(service, a.hours, a.width).await)
        }
        "device_history" => {
            let a: RangeArgs = parse(args)?;
            let id = device_id(&a.device_id)?;
            let (from, to) = range(a.from, a.to)?;
            let min_ms = resolution(to - from, a.width)?;
            let query_id = id.clone();
            let found = service
                .connection
                .read_history(move |h, live| h.device_history(&query_id, from, to, live, min_ms))
                .await?;
            reply(found.ok_or_else(|| unknown(&id)))
        }
        "device_uptime" => {
            let id = device(args)?;
            let query_id = id.clone();
            let found = service
                .connection
                .read_history(move |h, live| h.uptime_periods(&query_id, live))
                .await?;
            reply(found.ok_or_else(|| unknown(&id)))
        }
        "workspace_ranking" => {
            let DaysArgs { days } = parse(args)?;
            if !(1..=MAX_RANGE_DAYS as u32).contains(&days) {
                return Err(AppError::invalid(format!(
                    "the ranking covers 1 to {MAX_RANGE_DAYS} days"
                )));
            }
            reply(
                service
                    .connection
                    .read_history(move |h, live| {
                        h.ranking(live.now - Duration::days(i64::from(days)), live.now)
                    })
                    .await,
            )
        }
        "export_history" => {
            let a: ExportArgs = parse(args)?;
            reply(export_history(service, a).await)
        }
        other => Err(AppError::new(
            "UNKNOWN_REQUEST",
            format!("the agent does not know the request {other:?}"),
        )),
    }
}

fn reply<T: Serialize>(result: Result<T, AppError>) -> Result<Value, AppError> {
    let value = result?;
    serde_json::to_value(value).map_err(|e| AppError::new("INTERNAL", e.to_string()))
}

fn parse<T: DeserializeOwned>(args: Value) -> Result<T, AppError> {
    let args = if args.is_null() {
        Value::Object(Default::default())
    } else {
        args
    };
    serde_json::from_value(args).map_err(|e| AppError::invalid(format!("bad arguments: {e}")))
}

#[derive(Deserialize)]
struct Input {
    input: Settings,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SecretArgs<T> {
    #[serde(flatten)]
    value: T,
    #[serde(default)]
    session_only: bool,
}

#[derive(Deserialize)]
struct KeyField {
    key: String,
}

#[derive(Deserialize)]
struct SecretField {
    secret: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TestArgs {
    base_url: String,
    api_key: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DiagnoseArgs {
    #[serde(default)]
    base_url: Option<String>,
    #[serde(default)]
    api_key: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SnoozeArgs {
    device_id: Option<String>,
    duration: SnoozeFor,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct OptionalDevice {
    device_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DeviceArgs {
    device_id: String,
}

#[derive(Deserialize)]
struct NameArgs {
    name: String,
}

#[derive(Deserialize)]
struct StripArgs {
    hours: u32,
    width: u32,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RangeArgs {
    device_id: String,
    from: f64,
    to: f64,
    width: u32,
}

#[derive(Deserialize)]
struct DaysArgs {
    days: u32,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ExportArgs {
    device_id: String,
    from: f64,
    to: f64,
    format: Format,
}

/// A device id from the window, checked before it goes near a URL.
pub fn device_id(raw: &str) -> Result<DeviceId, AppError> {
    DeviceId::parse(raw).ok_or_else(|| AppError::invalid(format!("not a device id: {raw:?}")))
}

fn device(args: Value) -> Result<DeviceId, AppError> {
    let DeviceArgs { device_id: raw } = parse(args)?;
    device_id(&raw)
}

/// One device, or all of them for a `deviceId` of null.
fn optional_device(device_id: Option<String>) -> Result<Option<DeviceId>, AppError> {
    device_id.as_deref().map(self::device_id).transpose()
}

fn bad_key() -> AppError {
    AppError::invalid(format!(
        "the API key must be 1 to {} characters, without spaces",
        ApiKey::MAX_LEN
    ))
}

impl From<AddDeviceError> for AppError {
    fn from(e: AddDeviceError) -> Self {
        AppError::new(e.code(), e.to_string())
    }
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
    })
}

async fn save_settings(service: &Service, input: Settings) -> Result<SettingsView, AppError> {
    let settings = input.validated()?;
    settings_file::save(&service.shell.settings_path(), &settings).map_err(|e| {
        AppError::new(
            "SETTINGS_NOT_SAVED",
            format!("the settings could not be saved: {e}"),
        )
    })?;
    service.set_settings(settings);
    service.reconnect().await?;
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

/// Tries a base URL and key without saving them. With no key given, the
/// stored one is used.
async fn test_connection(
    service: &Service,
    base_url: String,
    api_key: Option<String>,
) -> Result<ConnectionReport, AppError> {
    let key = match api_key.filter(|k| !k.trim().is_empty()) {
        Some(raw) => Some(ApiKey::new(raw).ok_or_else(bad_key)?),
        None => {
            secrets::off_thread(&service.secrets, Secrets::load)
                .await?
                .0
        }
    };
    let client = GatewayClient::new(ClientConfig::new(base_url, key))?;
    let workspace = client.workspace().await?;
    let list = client.list_devices().await?;
    Ok(ConnectionReport {
        workspace,
        problem: waping_core::domain::read_problem(&list.unread, list.partial.as_ref()),
        devices: list.devices,
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
            match settings.mode(stored.as_ref()) {
                Mode::Demo => service.connection.demo().await?.client_config(),
                Mode::Live => ClientConfig::new(base_url.unwrap_or(settings.base_url), stored),
            }
        }
    };
    let client = GatewayClient::new(config)?;
    let report = DiagnosisReport::from(doctor::diagnose(&client, Utc::now()).await);
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
                "NOT_CONNECTED",
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
            "NOT_DEMO",
            "scans can only be simulated in the demo workspace",
        ));
    }
    let demo = service.connection.demo().await?;
    demo.control()
        .scan(id.as_str(), None)
        .await
        .map_err(|e| AppError::new("SCAN_FAILED", format!("the simulated scan failed: {e}")))
}

/// The code on screen as a PNG, with the device it links.
async fn qr_on_screen(service: &Service) -> Result<QrPng, AppError> {
    let no_code = || AppError::new("NO_CODE", "no QR code is showing");
    let view = service.connection.pairing().await.ok_or_else(no_code)?;
    let PairingState::Code { payload, .. } = view.state else {
        return Err(no_code());
    };
    let png = qr::png(&payload).map_err(|e| AppError::new("QR_UNREADABLE", e.to_string()))?;
    Ok(QrPng {
        device_id: view.device_id,
        png_hex: hex::encode(png),
    })
}

/// Records a change the user made here, so it is in history at once.
async fn user_change(service: &Service, id: DeviceId, reason: &str) {
    service
        .connection
        .user_changed(Observation {
            device_id: id,
            name: None,
            state: SessionState::Unlinked,
            reason: Some(reason.to_owned()),
            since: None,
            last_seen: None,
            source: Source::User,
            at: Utc::now(),
        })
        .await;
}

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
        "NOT_FOUND",
        format!("there is no history for device {id} yet"),
    )
}

/// Every card's strip over the last `hours`, drawn on `width` pixels.
async fn device_strips(
    service: &Service,
    hours: u32,
    width: u32,
) -> Result<Vec<waping_core::history::Strip>, AppError> {
    if !(1..=24 * 31).contains(&hours) {
        return Err(AppError::invalid("a strip covers 1 hour to 31 days"));
    }
    let span = Duration::hours(i64::from(hours));
    let min_ms = resolution(span, width)?;
    service
        .connection
        .read_history(move |h, live| h.strips(live.now - span, live, min_ms))
        .await
}

/// One device's history over `[from, to)`, every change, as a file to save.
async fn export_history(service: &Service, a: ExportArgs) -> Result<ExportFile, AppError> {
    let id = device_id(&a.device_id)?;
    let (from, to) = range(a.from, a.to)?;
    let query_id = id.clone();
    let history = service
        .connection
        .read_history(move |h, live| h.device_history(&query_id, from, to, live, 0))
        .await?
        .ok_or_else(|| unknown(&id))?;
    let contents = export::render(&history, a.format)
        .map_err(|e| AppError::new("EXPORT_FAILED", e.to_string()))?;
    let contents = String::from_utf8(contents)
        .map_err(|e| AppError::new("EXPORT_FAILED", format!("the export is not text: {e}")))?;
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
            assert_eq!(err.code, "INVALID_INPUT", "{from}..{to}: {err}");
        }
        let (from, to) = range(0.0, day).unwrap();
        assert_eq!(resolution(to - from, 1200).unwrap(), 72_000);
        assert!(resolution(to - from, 0).is_err());
        assert!(resolution(to - from, MAX_WIDTH + 1).is_err());
    }

    #[test]
    fn arguments_are_read_as_the_window_sends_them() {
        let a: SecretArgs<KeyField> =
            parse(serde_json::json!({"key": "k", "sessionOnly": true})).unwrap();
        assert_eq!((a.value.key.as_str(), a.session_only), ("k", true));
        let none: OptionalDevice = parse(Value::Null).unwrap();
        assert!(none.device_id.is_none());
        match parse::<StripArgs>(serde_json::json!({"hours": "x"})) {
            Err(bad) => assert_eq!(bad.code, "INVALID_INPUT"),
            Ok(_) => panic!("a string is no number of hours"),
        }
    }
}
