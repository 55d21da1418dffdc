//! `/_sim/…`: the simulator's control API, for tests, the demo and scripts.
//! It takes the same bearer key as `/v1`, so a web page cannot drive it, and
//! speaks the same JSON whatever wire profile `/v1` follows. The embedded
//! demo answers only its scan over HTTP ([`HttpControls::ScanOnly`]); the
//! agent and tests drive the rest in-process through [`SimControl`].

use super::limits::MAX_FAULT_RULES;
use super::{
    api_error, model_error, model_error_parts, unauthorized, FaultRule, ModelError, Shared,
    SimWebhook,
};
use crate::domain::PlanTier;
use crate::gateway::wire::codes;
use axum::extract::{MatchedPath, Path, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{post, put};
use axum::{Json, Router};
use serde::Deserialize;
use std::sync::Arc;

pub mod paths {
    /// Every control path starts with it.
    pub const PREFIX: &str = "/_sim";
    pub const STATUS: &str = "/_sim/devices/{id}/status";
    pub const SCAN: &str = "/_sim/devices/{id}/scan";
    pub const FREEZE: &str = "/_sim/devices/{id}/freeze";
    pub const NAME: &str = "/_sim/devices/{id}/name";
    pub const FAULTS: &str = "/_sim/faults";
    pub const PLAN: &str = "/_sim/plan";
    pub const WEBHOOK: &str = "/_sim/webhook";
}

/// Which controls answer over HTTP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HttpControls {
    /// Every control: tests, scripts and the standalone binary.
    #[default]
    All,
    /// Only a phone scanning the code on screen, as the demo's pairing
    /// does; the others (faults, a webhook to any address, states, names,
    /// the plan) answer 403. The embedded demo's: whoever can reach its
    /// port must not make the agent allocate, wait or post elsewhere.
    ScanOnly,
}

impl HttpControls {
    fn allows(self, route: Option<&str>) -> bool {
        match self {
            HttpControls::All => true,
            HttpControls::ScanOnly => route == Some(paths::SCAN),
        }
    }
}

pub(super) fn router(shared: Arc<Shared>) -> Router<Arc<Shared>> {
    Router::new()
        .route(paths::STATUS, post(set_status))
        .route(paths::SCAN, post(scan))
        .route(paths::FREEZE, post(freeze))
        .route(paths::NAME, put(set_name))
        .route(paths::FAULTS, post(add_fault).delete(clear_faults))
        .route(paths::PLAN, put(set_plan))
        .route(paths::WEBHOOK, put(set_webhook).delete(clear_webhook))
        .layer(middleware::from_fn_with_state(shared, require_key))
}

/// The key, then whether this control is on over HTTP.
async fn require_key(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    if !shared.authorized(&request) {
        return unauthorized();
    }
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(MatchedPath::as_str);
    if !shared.controls.allows(route) {
        return api_error(
            StatusCode::FORBIDDEN,
            codes::FORBIDDEN,
            "this control is off in the built-in demo",
        );
    }
    next.run(request).await
}

/// What the controls do, over HTTP or in-process alike.
impl Shared {
    fn set_status(&self, id: &str, status: &str, reason: Option<String>) -> Result<(), ModelError> {
        let now = self.now();
        let result = self.model().set_status(id, status, reason, now);
        self.flush_events();
        result
    }

    /// Any name, as a hostile or careless gateway might send it: no length
    /// or character rules, unlike `POST /v1/devices`.
    fn set_name(&self, id: &str, name: &str) -> Result<(), ModelError> {
        let mut model = self.model();
        let device = model.devices.get_mut(id).ok_or(ModelError::NotFound)?;
        device.name = name.to_owned();
        Ok(())
    }

    fn scan(&self, id: &str, payload: Option<&str>) -> Result<(), ModelError> {
        let now = self.now();
        let result = self.model().scan(id, payload, now);
        self.flush_events();
        result
    }

    fn freeze(&self, id: &str, frozen: bool) -> Result<(), ModelError> {
        self.model().freeze(id, frozen)
    }

    /// Keeps the rule with its sizes and delays clamped, and answers it.
    fn add_fault(&self, rule: FaultRule) -> Result<FaultRule, String> {
        let mut faults = self.faults.lock().unwrap_or_else(|e| e.into_inner());
        if faults.len() >= MAX_FAULT_RULES {
            return Err(format!(
                "at most {MAX_FAULT_RULES} fault rules wait at once; clear them first"
            ));
        }
        let rule = rule.clamped();
        faults.push(rule.clone());
        Ok(rule)
    }

    fn clear_faults(&self) {
        self.faults
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }

    fn set_plan(&self, plan: PlanTier) {
        self.model().plan = plan;
    }
}

fn done(result: Result<(), ModelError>) -> Response {
    match result {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => model_error(e),
    }
}

#[derive(Deserialize)]
struct SetStatus {
    status: String,
    #[serde(default)]
    reason: Option<String>,
}

async fn set_status(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    Json(body): Json<SetStatus>,
) -> Response {
    done(shared.set_status(&id, &body.status, body.reason))
}

#[derive(Deserialize)]
struct Freeze {
    frozen: bool,
}

async fn freeze(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    Json(body): Json<Freeze>,
) -> Response {
    done(shared.freeze(&id, body.frozen))
}

#[derive(Deserialize)]
struct SetName {
    name: String,
}

async fn set_name(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    Json(body): Json<SetName>,
) -> Response {
    done(shared.set_name(&id, &body.name))
}

#[derive(Deserialize, Default)]
struct Scan {
    #[serde(default)]
    payload: Option<String>,
}

async fn scan(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let scan: Scan = serde_json::from_slice(&body).unwrap_or_default();
    done(shared.scan(&id, scan.payload.as_deref()))
}

/// Answers the rule as kept: sizes and delays clamped.
async fn add_fault(State(shared): State<Arc<Shared>>, Json(rule): Json<FaultRule>) -> Response {
    match shared.add_fault(rule) {
        Ok(kept) => Json(kept).into_response(),
        Err(message) => api_error(StatusCode::TOO_MANY_REQUESTS, codes::RATE_LIMITED, &message),
    }
}

async fn clear_faults(State(shared): State<Arc<Shared>>) -> Response {
    shared.clear_faults();
    StatusCode::NO_CONTENT.into_response()
}

async fn set_webhook(State(shared): State<Arc<Shared>>, Json(hook): Json<SimWebhook>) -> Response {
    shared.set_webhook(Some(hook));
    StatusCode::NO_CONTENT.into_response()
}

async fn clear_webhook(State(shared): State<Arc<Shared>>) -> Response {
    shared.set_webhook(None);
    StatusCode::NO_CONTENT.into_response()
}

#[derive(Deserialize)]
struct SetPlan {
    plan: String,
}

async fn set_plan(State(shared): State<Arc<Shared>>, Json(body): Json<SetPlan>) -> Response {
    match PlanTier::from_name(&body.plan) {
        Some(plan) => {
            shared.set_plan(plan);
            StatusCode::NO_CONTENT.into_response()
        }
        None => api_error(
            StatusCode::BAD_REQUEST,
            codes::VALIDATION_ERROR,
            "unknown plan",
        ),
    }
}

/// A model error as the HTTP control would report it.
fn described(result: Result<(), ModelError>) -> Result<(), String> {
    result.map_err(|e| {
        let (status, _, message) = model_error_parts(e);
        format!("{status}: {message}")
    })
}

/// Drives a running simulator: over HTTP ([`SimControl::new`]), or from the
/// same process ([`super::SimHandle::control`]), where every control is on
/// whatever the simulator's HTTP controls are.
#[derive(Clone)]
pub struct SimControl {
    via: Via,
}

#[derive(Clone)]
enum Via {
    Http {
        http: reqwest::Client,
        base: String,
        key: String,
    },
    InProcess(Arc<Shared>),
}

impl std::fmt::Debug for SimControl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.via {
            Via::Http { base, .. } => f
                .debug_struct("SimControl")
                .field("base", base)
                .finish_non_exhaustive(),
            Via::InProcess(shared) => f
                .debug_struct("SimControl")
                .field("in_process", &shared.addr)
                .finish(),
        }
    }
}

impl SimControl {
    pub fn new(base_url: &str, api_key: &str) -> Self {
        Self {
            via: Via::Http {
                http: reqwest::Client::new(),
                base: base_url.trim_end_matches('/').to_owned(),
                key: api_key.to_owned(),
            },
        }
    }

    pub(super) fn in_process(shared: Arc<Shared>) -> Self {
        Self {
            via: Via::InProcess(shared),
        }
    }

    /// Calls a control over HTTP; `Ok` holds the answer's body.
    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        id: Option<&str>,
        body: serde_json::Value,
    ) -> Result<axum::body::Bytes, String> {
        let Via::Http { http, base, key } = &self.via else {
            return Err("not an HTTP control".into());
        };
        let path = match id {
            Some(id) => path.replace("{id}", id),
            None => path.to_owned(),
        };
        let response = http
            .request(method, format!("{base}{path}"))
            .bearer_auth(key)
            .json(&body)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let status = response.status();
        let text = response.bytes().await.unwrap_or_default();
        if status.is_success() {
            Ok(text)
        } else {
            Err(format!("{status}: {}", String::from_utf8_lossy(&text)))
        }
    }

    /// Sets a device's raw status string (any string, known or not).
    pub async fn set_status(
        &self,
        id: &str,
        status: &str,
        reason: Option<&str>,
    ) -> Result<(), String> {
        if let Via::InProcess(shared) = &self.via {
            return described(shared.set_status(id, status, reason.map(str::to_owned)));
        }
        let body = serde_json::json!({"status": status, "reason": reason});
        self.call(reqwest::Method::POST, paths::STATUS, Some(id), body)
            .await
            .map(drop)
    }

    /// Renames a device to anything at all (any length, any characters).
    pub async fn set_name(&self, id: &str, name: &str) -> Result<(), String> {
        if let Via::InProcess(shared) = &self.via {
            return described(shared.set_name(id, name));
        }
        let body = serde_json::json!({ "name": name });
        self.call(reqwest::Method::PUT, paths::NAME, Some(id), body)
            .await
            .map(drop)
    }

    /// The phone scans the code on screen, or the given payload.
    pub async fn scan(&self, id: &str, payload: Option<&str>) -> Result<(), String> {
        if let Via::InProcess(shared) = &self.via {
            return described(shared.scan(id, payload));
        }
        let body = serde_json::json!({"payload": payload});
        self.call(reqwest::Method::POST, paths::SCAN, Some(id), body)
            .await
            .map(drop)
    }

    /// Freezes a device's last-seen while it stays "connected" (a zombie session).
    pub async fn freeze(&self, id: &str, frozen: bool) -> Result<(), String> {
        if let Via::InProcess(shared) = &self.via {
            return described(shared.freeze(id, frozen));
        }
        let body = serde_json::json!({ "frozen": frozen });
        self.call(reqwest::Method::POST, paths::FREEZE, Some(id), body)
            .await
            .map(drop)
    }

    /// Adds a fault rule; answers it as kept, its sizes and delays clamped
    /// ([`super::limits`]).
    pub async fn add_fault(&self, rule: &FaultRule) -> Result<FaultRule, String> {
        if let Via::InProcess(shared) = &self.via {
            return shared.add_fault(rule.clone());
        }
        let body = serde_json::to_value(rule).map_err(|e| e.to_string())?;
        let answer = self
            .call(reqwest::Method::POST, paths::FAULTS, None, body)
            .await?;
        serde_json::from_slice(&answer).map_err(|e| format!("unreadable fault rule: {e}"))
    }

    pub async fn clear_faults(&self) -> Result<(), String> {
        if let Via::InProcess(shared) = &self.via {
            shared.clear_faults();
            return Ok(());
        }
        self.call(
            reqwest::Method::DELETE,
            paths::FAULTS,
            None,
            serde_json::Value::Null,
        )
        .await
        .map(drop)
    }

    /// Makes the simulator push signed `session.status` events to `url`.
    pub async fn set_webhook(&self, hook: &SimWebhook) -> Result<(), String> {
        if let Via::InProcess(shared) = &self.via {
            shared.set_webhook(Some(hook.clone()));
            return Ok(());
        }
        let body = serde_json::to_value(hook).map_err(|e| e.to_string())?;
        self.call(reqwest::Method::PUT, paths::WEBHOOK, None, body)
            .await
            .map(drop)
    }

    pub async fn set_plan(&self, plan: PlanTier) -> Result<(), String> {
        if let Via::InProcess(shared) = &self.via {
            shared.set_plan(plan);
            return Ok(());
        }
        let body = serde_json::json!({"plan": plan.label()});
        self.call(reqwest::Method::PUT, paths::PLAN, None, body)
            .await
            .map(drop)
    }
}
