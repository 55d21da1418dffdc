//! A WAPing-compatible HTTP server for the demo workspace, tests and anyone
//! who wants to try the client without an account.
//!
//! It serves the assumed contract under `/v1` and a control API under
//! `/_sim` (change a device's status, scan a QR code, inject faults). What
//! `/v1` sends (names, nesting, time forms, envelopes, pages, error bodies,
//! pushed events) follows a [`WireProfile`]: the contract's canonical shape
//! by default, or one of the variants real gateways use, so that the whole
//! app can be tested against each. The control API is the same in every
//! profile.
//!
//! The demo's simulator runs inside the agent, so it serves only what the
//! demo needs over HTTP ([`HttpControls::ScanOnly`], a random key), answers
//! only to its loopback names, and bounds every size and delay a caller
//! asks for ([`limits`]).

pub mod control;
mod host;
pub mod limits;
mod model;
mod profile;

pub use control::{HttpControls, SimControl};
pub use model::{ModelError, QrTiming, Scenario};
pub use profile::{Paging, TimeForm, WireProfile, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};

use crate::domain::PlanTier;
use crate::domain::SharedClock;
use crate::gateway::wire::{self, aliases, codes, routes, ErrorEnvelope};
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use model::Model;
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// The standalone simulator's and the tests' key: public, so never the
/// embedded demo's.
pub const DEFAULT_API_KEY: &str = "sim_demo_key";

/// A key no one else knows: 32 random bytes in hex.
pub fn random_key() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

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
    /// How `/v1` answers are spelled and paged (canonical by default).
    pub wire: WireProfile,
    /// Where every moment the simulator stamps (status changes, last seen,
    /// QR expiry, events) comes from: a `ManualClock` that is not moved gives
    /// answers that compare across runs and profiles, one that is moved
    /// follows the app's clock in tests. `None` follows the real clock.
    pub clock: Option<SharedClock>,
    /// Which `/_sim` controls answer over HTTP (all but in the demo).
    pub controls: HttpControls,
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
            wire: WireProfile::default(),
            clock: None,
            controls: HttpControls::All,
        }
    }
}

impl SimConfig {
    /// The built-in demo workspace: every state on show, some life, and room
    /// for one more phone on its Growth plan. Its key is new on each start
    /// and its HTTP controls are only the scan the demo's pairing needs: the
    /// agent drives the rest in-process ([`SimHandle::control`]).
    pub fn demo() -> Self {
        Self {
            devices: 4,
            scenario: Scenario::Demo,
            churn_every: Some(Duration::from_secs(10)),
            seed: rand::random(),
            api_key: random_key(),
            controls: HttpControls::ScanOnly,
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
    /// The device list's first page again, whatever page was asked for: a
    /// list that loops (its next cursor or link names a page already read).
    RepeatFirstPage,
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
    /// Only this page (1-based) of the device list (`GET /v1/devices`), as
    /// the wire profile pages it; a profile that does not page serves the
    /// whole list as page 1. `None` hits any request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
}

impl FaultRule {
    /// `fault` on every request until the faults are cleared.
    pub fn always(fault: Fault) -> Self {
        Self {
            fault,
            count: None,
            path: None,
            page: None,
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

    /// Only on page `page` (1-based) of the device list.
    pub fn on_page(self, page: u32) -> Self {
        Self {
            page: Some(page),
            ..self
        }
    }

    fn hits(&self, path: &str, page: Option<u32>) -> bool {
        self.path.as_deref().is_none_or(|p| p == path)
            && self.page.is_none_or(|wanted| page == Some(wanted))
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
    wire: WireProfile,
    clock: Option<SharedClock>,
    addr: SocketAddr,
    controls: HttpControls,
    /// The `Host` values served; `None` serves any.
    hosts: Option<Vec<String>>,
}

impl Shared {
    fn now(&self) -> DateTime<Utc> {
        self.clock.as_ref().map_or_else(Utc::now, |c| c.now())
    }

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
        let bodies: Vec<Vec<u8>> = events
            .iter()
            .filter_map(|event| {
                if self.wire.is_canonical() {
                    serde_json::to_vec(event).ok()
                } else {
                    let event = self.wire.event(serde_json::to_value(event).ok()?);
                    serde_json::to_vec(&event).ok()
                }
            })
            .collect();
        let http = self.http.clone();
        tokio::spawn(async move {
            for body in bodies {
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

    /// The fault for a request to `path`; `page` is the page of the device
    /// list it asks for, if it asks for one.
    fn next_fault(&self, path: &str, page: Option<u32>) -> Option<Fault> {
        let mut faults = self.faults.lock().unwrap_or_else(|e| e.into_inner());
        let index = faults.iter().position(|rule| rule.hits(path, page))?;
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

    /// An error answer of `/v1` in the wire profile's form (the control
    /// API's keep the contract's).
    fn respell_error(&self, response: Response) -> Response {
        if self.wire.canonical_errors() {
            return response;
        }
        let Some(error) = response.extensions().get::<ApiError>().cloned() else {
            return response;
        };
        let Ok(body) = serde_json::to_vec(&self.wire.error(&error.code, &error.message)) else {
            return response;
        };
        let (mut head, _) = response.into_parts();
        head.headers.remove(header::CONTENT_LENGTH);
        Response::from_parts(head, axum::body::Body::from(body))
    }
}

/// What an error answer said, kept with it so that it can be re-spelled.
#[derive(Debug, Clone)]
struct ApiError {
    code: String,
    message: String,
}

/// A running simulator; dropping it stops the server.
pub struct SimHandle {
    addr: SocketAddr,
    api_key: String,
    shared: Arc<Shared>,
    shutdown: Mutex<Option<oneshot::Sender<()>>>,
    task: Mutex<Option<tokio::task::JoinHandle<()>>>,
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

    /// Drives this simulator from the same process, every control on,
    /// whatever its HTTP controls are.
    pub fn control(&self) -> SimControl {
        SimControl::in_process(self.shared.clone())
    }

    /// Stops serving and waits for the server task to end.
    pub async fn stop(self) {
        self.shut_down().await;
    }

    /// Closes the port, then gives requests in flight a few seconds to end.
    pub async fn shut_down(&self) {
        if let Some(tx) = lock(&self.shutdown).take() {
            let _ = tx.send(());
        }
        let Some(mut task) = lock(&self.task).take() else {
            return;
        };
        // The listener is dropped as soon as the signal is seen; only
        // connections still answering are waited for, and not for ever.
        if tokio::time::timeout(Duration::from_secs(5), &mut task)
            .await
            .is_err()
        {
            task.abort();
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Drop for SimHandle {
    fn drop(&mut self) {
        if let Some(tx) = lock(&self.shutdown).take() {
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
        config.clock.as_ref().map_or_else(Utc::now, |c| c.now()),
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
        wire: config.wire.clone(),
        clock: config.clock.clone(),
        addr,
        controls: config.controls,
        hosts: host::allowed_hosts(addr),
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
                let now = shared.now();
                shared.model().churn(now);
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
        shutdown: Mutex::new(Some(tx)),
        task: Mutex::new(Some(task)),
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
        .layer(middleware::from_fn_with_state(shared.clone(), gate))
        .layer(middleware::from_fn_with_state(
            shared.clone(),
            respell_errors,
        ));
    api.merge(control::router(shared.clone()))
        .fallback(no_such_endpoint)
        // Outermost last: the Host is checked before anything else runs,
        // then the body's size before it is read.
        .layer(DefaultBodyLimit::max(limits::MAX_REQUEST_BODY))
        .layer(middleware::from_fn(limits::refuse_large_bodies))
        .layer(middleware::from_fn_with_state(
            shared.clone(),
            host::check_host,
        ))
        .with_state(shared)
}

async fn no_such_endpoint(State(shared): State<Arc<Shared>>, uri: Uri) -> Response {
    let response = api_error(StatusCode::NOT_FOUND, codes::NOT_FOUND, "no such endpoint");
    if uri.path().starts_with(control::paths::PREFIX) {
        response
    } else {
        shared.respell_error(response)
    }
}

/// `/v1` error answers in the wire profile's form.
async fn respell_errors(
    State(shared): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    let response = next.run(request).await;
    shared.respell_error(response)
}

pub(crate) fn api_error(status: StatusCode, code: &str, message: &str) -> Response {
    let mut response = (status, Json(ErrorEnvelope::new(code, message))).into_response();
    response.extensions_mut().insert(ApiError {
        code: code.to_owned(),
        message: message.to_owned(),
    });
    response
}

pub(crate) fn unauthorized() -> Response {
    api_error(
        StatusCode::UNAUTHORIZED,
        codes::UNAUTHORIZED,
        "invalid API key",
    )
}

pub(crate) fn model_error(err: ModelError) -> Response {
    let (status, code, message) = model_error_parts(err);
    api_error(status, code, &message)
}

/// How the API answers a model error: status, code and message.
pub(crate) fn model_error_parts(err: ModelError) -> (StatusCode, &'static str, String) {
    use ModelError::*;
    let (status, code, message) = match err {
        NotFound => (
            StatusCode::NOT_FOUND,
            codes::NOT_FOUND,
            "device not found".into(),
        ),
        PlanLimit { plan, limit } => (
            StatusCode::FORBIDDEN,
            codes::FORBIDDEN,
            format!("the {plan} plan allows {limit} linked devices"),
        ),
        AlreadyConnected => (
            StatusCode::CONFLICT,
            codes::ALREADY_CONNECTED,
            "device is already connected".into(),
        ),
        NoActiveCode => (
            StatusCode::CONFLICT,
            codes::VALIDATION_ERROR,
            "no QR code is showing".into(),
        ),
        CodeExpired => (
            StatusCode::GONE,
            codes::VALIDATION_ERROR,
            "QR code expired".into(),
        ),
        WrongCode => (
            StatusCode::BAD_REQUEST,
            codes::VALIDATION_ERROR,
            "not this device's QR code".into(),
        ),
        Invalid(message) => (StatusCode::BAD_REQUEST, codes::VALIDATION_ERROR, message),
        SessionDisconnected => (
            StatusCode::CONFLICT,
            codes::SESSION_DISCONNECTED,
            "the device's session is not connected".into(),
        ),
        QuotaReached => (
            StatusCode::FORBIDDEN,
            codes::FORBIDDEN,
            "monthly message quota reached".into(),
        ),
    };
    (status, code, message)
}

/// Auth, plan access and injected faults for every `/v1` request.
async fn gate(State(shared): State<Arc<Shared>>, mut request: Request, next: Next) -> Response {
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
    let path = request.uri().path();
    let page = (request.method() == Method::GET && path == routes::DEVICES)
        .then(|| {
            let model = shared.model();
            shared.wire.page_number(
                model.devices.keys().map(String::as_str),
                request.uri().query(),
            )
        })
        .flatten();
    match shared.next_fault(path, page) {
        None => next.run(request).await,
        Some(Fault::RepeatFirstPage) => {
            if let Ok(first) = request.uri().path().parse::<Uri>() {
                *request.uri_mut() = first;
            }
            next.run(request).await
        }
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

/// The device list, or the page of it the query asks for (`?page=N`,
/// `?cursor=…`) in a paged profile; devices come in id order.
async fn list_devices(State(shared): State<Arc<Shared>>, uri: Uri, headers: HeaderMap) -> Response {
    let entries: Vec<(String, Value)> = {
        let mut model = shared.model();
        model.touch(shared.now());
        model
            .devices
            .iter()
            .map(|(id, device)| (id.clone(), with_extras(device)))
            .collect()
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .map_or_else(|| shared.addr.to_string(), str::to_owned);
    let origin = format!("http://{host}");
    match shared.wire.list(entries, uri.query(), &origin) {
        Ok(answer) => {
            let mut response = Json(answer.body).into_response();
            if let Some(link) = answer.link.and_then(|l| HeaderValue::from_str(&l).ok()) {
                response
                    .headers_mut()
                    .insert(aliases::page::LINK_HEADER, link);
            }
            response
        }
        Err(message) => api_error(StatusCode::BAD_REQUEST, codes::VALIDATION_ERROR, &message),
    }
}

async fn get_device(State(shared): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let mut model = shared.model();
    model.touch(shared.now());
    match model.device(&id) {
        Ok(device) => Json(shared.wire.one_device(with_extras(device))).into_response(),
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
    let now = shared.now();
    match shared.model().create(&create.name, now) {
        Ok(device) => (
            StatusCode::CREATED,
            Json(shared.wire.one_device(with_extras(device))),
        )
            .into_response(),
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
    let now = shared.now();
    let qr = shared.model().qr(&id, now);
    match qr {
        Ok(qr) if shared.wire.is_canonical() => Json(qr).into_response(),
        Ok(qr) => {
            let canonical = serde_json::to_value(qr).unwrap_or(Value::Null);
            Json(shared.wire.qr(canonical, now)).into_response()
        }
        Err(e) => model_error(e),
    }
}

async fn logout(State(shared): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let now = shared.now();
    let result = shared.model().logout(&id, now);
    shared.flush_events();
    match result {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => model_error(e),
    }
}

async fn get_workspace(State(shared): State<Arc<Shared>>) -> Response {
    let workspace = shared.model().workspace();
    if shared.wire.is_canonical() {
        Json(workspace).into_response()
    } else {
        let canonical = serde_json::to_value(workspace).unwrap_or(Value::Null);
        Json(shared.wire.workspace(canonical)).into_response()
    }
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
