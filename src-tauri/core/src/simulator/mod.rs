//! A WAPing-compatible HTTP server for the demo workspace, tests and anyone
//! who wants to try the client without an account.
//!
//! It serves the assumed contract under `/v1` and a control API under
//! `/_sim` (change a device's status, scan a QR code, inject faults).

pub mod control;
mod model;

pub use control::SimControl;
pub use model::{ModelError, QrTiming, Scenario};

use crate::domain::PlanTier;
use crate::gateway::wire::{self, codes, routes, ErrorEnvelope};
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use model::Model;
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

pub const DEFAULT_API_KEY: &str = "sim_demo_key";

#[derive(Debug, Clone)]
pub struct SimConfig {
    pub plan: PlanTier,
    pub devices: u32,
    pub scenario: Scenario,
    pub api_key: String,
    pub qr_timing: QrTiming,
    /// How often the demo's devices take a random step; `None` keeps them still.
    pub churn_every: Option<Duration>,
    /// Push session events here as WAPing's webhooks would.
    pub webhook: Option<SimWebhook>,
    pub seed: u64,
}

impl Default for SimConfig {
    fn default() -> Self {
        Self {
            plan: PlanTier::Growth,
            devices: 3,
            scenario: Scenario::Steady,
            api_key: DEFAULT_API_KEY.to_owned(),
            qr_timing: QrTiming::default(),
            churn_every: None,
            webhook: None,
            seed: 7,
        }
    }
}

impl SimConfig {
    /// The built-in demo workspace: every state on show, some life, and room
    /// for one more phone on its Growth plan.
    pub fn demo() -> Self {
        Self {
            devices: 4,
            scenario: Scenario::Demo,
            churn_every: Some(Duration::from_secs(10)),
            seed: rand::random(),
            ..Self::default()
        }
    }
}

/// A fault applied to the next `/v1` requests.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fault {
    /// 429 with `Retry-After` in seconds, or as an HTTP-date when `http_date`.
    RateLimit {
        retry_after_secs: u64,
        #[serde(default)]
        http_date: bool,
    },
    ServerError {
        status: u16,
    },
    Slow {
        delay_ms: u64,
    },
    /// WAPing's error envelope with any status and code (known or not).
    Error {
        status: u16,
        code: String,
    },
    /// 200 with a truncated JSON body.
    Malformed,
    /// 200 with a body far over any sane size.
    Huge {
        bytes: usize,
    },
}

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct FaultRule {
    #[serde(flatten)]
    pub fault: Fault,
    /// How many requests it hits; `None` until cleared.
    #[serde(default)]
    pub count: Option<u32>,
    /// Only requests to this path (`/v1/workspace`, say); `None` hits any.
    #[serde(default)]
    pub path: Option<String>,
}

impl FaultRule {
    /// `fault` on every request until the faults are cleared.
    pub fn always(fault: Fault) -> Self {
        Self {
            fault,
            count: None,
            path: None,
        }
    }

    /// `fault` on the next `count` requests.
    pub fn times(fault: Fault, count: u32) -> Self {
        Self {
            count: Some(count),
            ..Self::always(fault)
        }
    }

    /// Only on requests to `path`.
    pub fn on_path(self, path: impl Into<String>) -> Self {
        Self {
            path: Some(path.into()),
            ..self
        }
    }
}

/// Where the simulator pushes `session.status` events, signed like WAPing's.
#[derive(Clone, serde::Deserialize, serde::Serialize)]
pub struct SimWebhook {
    pub url: String,
    pub secret: String,
    #[serde(default = "default_signature_header")]
    pub header: String,
}

fn default_signature_header() -> String {
    wire::DEFAULT_SIGNATURE_HEADER.to_owned()
}

impl std::fmt::Debug for SimWebhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimWebhook")
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

pub(crate) struct Shared {
    model: Mutex<Model>,
    webhook: Mutex<Option<SimWebhook>>,
    http: reqwest::Client,
    faults: Mutex<Vec<FaultRule>>,
    api_key: String,
    requests: std::sync::atomic::AtomicU64,
}

impl Shared {
    fn model(&self) -> MutexGuard<'_, Model> {
        // A panic while holding the lock cannot leave the model half-written
        // in a way that matters to a simulator: keep serving.
        self.model.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn authorized(&self, request: &Request) -> bool {
        let expected = format!("Bearer {}", self.api_key);
        request
            .headers()
            .get(header::AUTHORIZATION)
            .is_some_and(|v| v.as_bytes() == expected.as_bytes())
    }

    /// Pushes queued session events to the webhook, if one is set.
    fn flush_events(&self) {
        let events = std::mem::take(&mut self.model().events);
        let Some(hook) = self
            .webhook
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
        else {
            return;
        };
        if events.is_empty() {
            return;
        }
        let http = self.http.clone();
        tokio::spawn(async move {
            for event in events {
                let Ok(body) = serde_json::to_vec(&event) else {
                    continue;
                };
                let signature = crate::webhook::sign(hook.secret.as_bytes(), &body);
                let sent = http
                    .post(&hook.url)
                    .header(hook.header.as_str(), signature)
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(body)
                    .send()
                    .await;
                if let Err(e) = sent {
                    tracing::warn!("simulator webhook to {} failed: {e}", hook.url);
                }
            }
        });
    }

    fn set_webhook(&self, hook: Option<SimWebhook>) {
        self.model().emit_events = hook.is_some();
        *self.webhook.lock().unwrap_or_else(|e| e.into_inner()) = hook;
    }

    fn next_fault(&self, path: &str) -> Option<Fault> {
        let mut faults = self.faults.lock().unwrap_or_else(|e| e.into_inner());
        let index = faults
            .iter()
            .position(|rule| rule.path.as_deref().is_none_or(|p| p == path))?;
        let rule = &mut faults[index];
        let fault = rule.fault.clone();
        if let Some(count) = rule.count.as_mut() {
            *count = count.saturating_sub(1);
            if *count == 0 {
                faults.remove(index);
            }
        }
        Some(fault)
    }
}

/// A running simulator; dropping it stops the server.
pub struct SimHandle {
    addr: SocketAddr,
    api_key: String,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl SimHandle {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn api_key(&self) -> &str {
        &self.api_key
    }

    /// `/v1` requests served so far (including faulted ones).
    pub fn request_count(&self) -> u64 {
        self.shared
            .requests
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Stops serving and waits for the server task to end.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }
}

impl Drop for SimHandle {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Starts a simulator on `addr` (port 0 picks a free one).
pub async fn start(config: SimConfig, addr: SocketAddr) -> std::io::Result<SimHandle> {
    let listener = TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let mut model = Model::new(
        config.plan,
        config.devices,
        config.scenario,
        config.seed,
        Utc::now(),
    );
    model.qr_timing = config.qr_timing;
    model.emit_events = config.webhook.is_some();
    let shared = Arc::new(Shared {
        model: Mutex::new(model),
        webhook: Mutex::new(config.webhook.clone()),
        http: reqwest::Client::new(),
        faults: Mutex::new(Vec::new()),
        api_key: config.api_key.clone(),
        requests: Default::default(),
    });
    let router = router(shared.clone());
    let (tx, rx) = oneshot::channel::<()>();
    let churn = config.churn_every.map(|every| {
        let shared = shared.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.tick().await;
            loop {
                tick.tick().await;
                shared.model().churn(Utc::now());
                shared.flush_events();
            }
        })
    });
    let task = tokio::spawn(async move {
        let served = axum::serve(listener, router).with_graceful_shutdown(async {
            let _ = rx.await;
        });
        if let Err(e) = served.await {
            tracing::error!("simulator stopped: {e}");
        }
        if let Some(churn) = churn {
            churn.abort();
        }
    });
    Ok(SimHandle {
        addr,
        api_key: config.api_key,
        shared,
        shutdown: Some(tx),
        task,
    })
}

fn router(shared: Arc<Shared>) -> Router {
    let api = Router::new()
        .route(routes::DEVICES, get(list_devices).post(create_device))
        .route(routes::DEVICE, get(get_device).delete(delete_device))
        .route(routes::DEVICE_QR, get(get_qr))
        .route(routes::DEVICE_LOGOUT, post(logout))
        .route(routes::WORKSPACE, get(get_workspace))
        .route(routes::MESSAGES, post(send_message))
        .layer(middleware::from_fn_with_state(shared.clone(), gate));
    api.merge(control::router(shared.clone()))
        .fallback(|| async {
            api_error(StatusCode::NOT_FOUND, codes::NOT_FOUND, "no such endpoint")
        })
        .with_state(shared)
}

pub(crate) fn api_error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(ErrorEnvelope::new(code, message))).into_response()
}

pub(crate) fn unauthorized() -> Response {
    api_error(
        StatusCode::UNAUTHORIZED,
        codes::UNAUTHORIZED,
        "invalid API key",
    )
}

pub(crate) fn model_error(err: ModelError) -> Response {
    use ModelError::*;
    match err {
        NotFound => api_error(StatusCode::NOT_FOUND, codes::NOT_FOUND, "device not found"),
        PlanLimit { plan, limit } => api_error(
            StatusCode::FORBIDDEN,
            codes::FORBIDDEN,
            &format!("the {plan} plan allows {limit} linked devices"),
        ),
        AlreadyConnected => api_error(
            StatusCode::CONFLICT,
            codes::ALREADY_CONNECTED,
            "device is already connected",
        ),
        NoActiveCode => api_error(
            StatusCode::CONFLICT,
            codes::VALIDATION_ERROR,
            "no QR code is showing",
        ),
        CodeExpired => api_error(StatusCode::GONE, codes::VALIDATION_ERROR, "QR code expired"),
        WrongCode => api_error(
            StatusCode::BAD_REQUEST,
            codes::VALIDATION_ERROR,
            "not this device's QR code",
        ),
        Invalid(message) => api_error(StatusCode::BAD_REQUEST, codes::VALIDATION_ERROR, &message),
        SessionDisconnected => api_error(
            StatusCode::CONFLICT,
            codes::SESSION_DISCONNECTED,
            "the device's session is not connected",
        ),
        QuotaReached => api_error(
            StatusCode::FORBIDDEN,
            codes::FORBIDDEN,
            "monthly message quota reached",
        ),
    }
}

/// Auth, plan access and injected faults for every `/v1` request.
async fn gate(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    shared
        .requests
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    if !shared.authorized(&request) {
        return unauthorized();
    }
    if !shared.model().plan.api_access() {
        return api_error(
            StatusCode::FORBIDDEN,
            codes::FORBIDDEN,
            "API access is not available on the Free plan",
        );
    }
    match shared.next_fault(request.uri().path()) {
        None => next.run(request).await,
        Some(Fault::Slow { delay_ms }) => {
            tokio::time::sleep(Duration::from_millis(delay_ms)).await;
            next.run(request).await
        }
        Some(Fault::RateLimit {
            retry_after_secs,
            http_date,
        }) => {
            let value = if http_date {
                httpdate::fmt_http_date(
                    std::time::SystemTime::now() + Duration::from_secs(retry_after_secs),
                )
            } else {
                retry_after_secs.to_string()
            };
            let mut response = api_error(
                StatusCode::TOO_MANY_REQUESTS,
                codes::RATE_LIMITED,
                "slow down",
            );
            if let Ok(value) = HeaderValue::from_str(&value) {
                response.headers_mut().insert(wire::RETRY_AFTER, value);
            }
            response
        }
        Some(Fault::ServerError { status }) => api_error(
            StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            codes::SERVER_ERROR,
            "injected server error",
        ),
        Some(Fault::Error { status, code }) => api_error(
            StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            &code,
            "injected error",
        ),
        Some(Fault::Malformed) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"data":[{"id":"dev_0"#,
        )
            .into_response(),
        Some(Fault::Huge { bytes }) => {
            let body = format!(r#"{{"data":[],"padding":"{}"}}"#, "x".repeat(bytes));
            (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "application/json")],
                body,
            )
                .into_response()
        }
    }
}

/// Real gateways add fields this app does not use; so does the simulator,
/// to keep the client honest about ignoring them.
fn with_extras(device: &model::SimDevice) -> Value {
    let mut value = serde_json::to_value(device.to_wire()).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        map.insert("platform".into(), json!("android"));
        map.insert(
            "engine".into(),
            json!({"name": "waping-sim", "version": env!("CARGO_PKG_VERSION")}),
        );
    }
    value
}

async fn list_devices(State(shared): State<Arc<Shared>>) -> Response {
    let mut model = shared.model();
    model.touch(Utc::now());
    let data: Vec<Value> = model.devices.values().map(with_extras).collect();
    Json(json!({"data": data, "meta": {"count": data.len()}})).into_response()
}

async fn get_device(State(shared): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let mut model = shared.model();
    model.touch(Utc::now());
    match model.device(&id) {
        Ok(device) => Json(with_extras(device)).into_response(),
        Err(e) => model_error(e),
    }
}

async fn create_device(State(shared): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    let Ok(create) = serde_json::from_slice::<wire::CreateDevice>(&body) else {
        return api_error(
            StatusCode::BAD_REQUEST,
            codes::VALIDATION_ERROR,
            "body must be {\"name\": string}",
        );
    };
    match shared.model().create(&create.name, Utc::now()) {
        Ok(device) => (StatusCode::CREATED, Json(with_extras(device))).into_response(),
        Err(e) => model_error(e),
    }
}

async fn delete_device(State(shared): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    match shared.model().remove(&id) {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => model_error(e),
    }
}

async fn get_qr(State(shared): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    match shared.model().qr(&id, Utc::now()) {
        Ok(qr) => Json(qr).into_response(),
        Err(e) => model_error(e),
    }
}

async fn logout(State(shared): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let result = shared.model().logout(&id, Utc::now());
    shared.flush_events();
    match result {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => model_error(e),
    }
}

async fn get_workspace(State(shared): State<Arc<Shared>>) -> Response {
    Json(shared.model().workspace()).into_response()
}

async fn send_message(State(shared): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    let Ok(message) = serde_json::from_slice::<wire::SendMessage>(&body) else {
        return api_error(
            StatusCode::BAD_REQUEST,
            codes::VALIDATION_ERROR,
            "invalid message",
        );
    };
    match shared.model().send_message(&message.device_id) {
        Ok(n) => (
            StatusCode::ACCEPTED,
            Json(wire::MessageAccepted {
                id: format!("msg_{n:06}"),
                status: "queued".into(),
                device_id: message.device_id,
            }),
        )
            .into_response(),
        Err(e) => model_error(e),
    }
}
