//! `/_sim/…`: the simulator's control API, for tests, the demo and scripts.
//! It takes the same bearer key as `/v1`, so a web page cannot drive it, and
//! speaks the same JSON whatever wire profile `/v1` follows.

use super::{api_error, model_error, unauthorized, FaultRule, Shared, SimWebhook};
use crate::domain::PlanTier;
use crate::gateway::wire::codes;
use axum::extract::{Path, Request, State};
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

async fn require_key(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    if shared.authorized(&request) {
        next.run(request).await
    } else {
        unauthorized()
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
    let now = shared.now();
    let result = shared
        .model()
        .set_status(&id, &body.status, body.reason, now);
    shared.flush_events();
    match result {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => model_error(e),
    }
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
    match shared.model().freeze(&id, body.frozen) {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => model_error(e),
    }
}

#[derive(Deserialize)]
struct SetName {
    name: String,
}

/// Any name, as a hostile or careless gateway might send it: no length or
/// character rules, unlike `POST /v1/devices`.
async fn set_name(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    Json(body): Json<SetName>,
) -> Response {
    match shared.model().devices.get_mut(&id) {
        Some(device) => {
            device.name = body.name;
            StatusCode::NO_CONTENT.into_response()
        }
        None => model_error(super::ModelError::NotFound),
    }
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
    let now = shared.now();
    let result = shared.model().scan(&id, scan.payload.as_deref(), now);
    shared.flush_events();
    match result {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => model_error(e),
    }
}

async fn add_fault(State(shared): State<Arc<Shared>>, Json(rule): Json<FaultRule>) -> Response {
    shared
        .faults
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(rule);
    StatusCode::NO_CONTENT.into_response()
}

async fn clear_faults(State(shared): State<Arc<Shared>>) -> Response {
    shared
        .faults
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clear();
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
            shared.model().plan = plan;
            StatusCode::NO_CONTENT.into_response()
        }
        None => api_error(
            StatusCode::BAD_REQUEST,
            codes::VALIDATION_ERROR,
            "unknown plan",
        ),
    }
}

/// Drives a running simulator's control API over HTTP.
#[derive(Debug, Clone)]
pub struct SimControl {
    http: reqwest::Client,
    base: String,
    key: String,
}

impl SimControl {
    pub fn new(base_url: &str, api_key: &str) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: base_url.trim_end_matches('/').to_owned(),
            key: api_key.to_owned(),
        }
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        id: Option<&str>,
        body: serde_json::Value,
    ) -> Result<(), String> {
        let path = match id {
            Some(id) => path.replace("{id}", id),
            None => path.to_owned(),
        };
        let response = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.key)
            .json(&body)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if response.status().is_success() {
            Ok(())
        } else {
            let status = response.status();
            Err(format!(
                "{status}: {}",
                response.text().await.unwrap_or_default()
            ))
        }
    }

    /// Sets a device's raw status string (any string, known or not).
    pub async fn set_status(
        &self,
        id: &str,
        status: &str,
        reason: Option<&str>,
    ) -> Result<(), String> {
        let body = serde_json::json!({"status": status, "reason": reason});
        self.call(reqwest::Method::POST, paths::STATUS, Some(id), body)
            .await
    }

    /// Renames a device to anything at all (any length, any characters).
    pub async fn set_name(&self, id: &str, name: &str) -> Result<(), String> {
        let body = serde_json::json!({ "name": name });
        self.call(reqwest::Method::PUT, paths::NAME, Some(id), body)
            .await
    }

    /// The phone scans the code on screen, or the given payload.
    pub async fn scan(&self, id: &str, payload: Option<&str>) -> Result<(), String> {
        let body = serde_json::json!({"payload": payload});
        self.call(reqwest::Method::POST, paths::SCAN, Some(id), body)
            .await
    }

    /// Freezes a device's last-seen while it stays "connected" (a zombie session).
    pub async fn freeze(&self, id: &str, frozen: bool) -> Result<(), String> {
        let body = serde_json::json!({ "frozen": frozen });
        self.call(reqwest::Method::POST, paths::FREEZE, Some(id), body)
            .await
    }

    pub async fn add_fault(&self, rule: &FaultRule) -> Result<(), String> {
        let body = serde_json::to_value(rule).map_err(|e| e.to_string())?;
        self.call(reqwest::Method::POST, paths::FAULTS, None, body)
            .await
    }

    pub async fn clear_faults(&self) -> Result<(), String> {
        self.call(
            reqwest::Method::DELETE,
            paths::FAULTS,
            None,
            serde_json::Value::Null,
        )
        .await
    }

    /// Makes the simulator push signed `session.status` events to `url`.
    pub async fn set_webhook(&self, hook: &SimWebhook) -> Result<(), String> {
        let body = serde_json::to_value(hook).map_err(|e| e.to_string())?;
        self.call(reqwest::Method::PUT, paths::WEBHOOK, None, body)
            .await
    }

    pub async fn set_plan(&self, plan: PlanTier) -> Result<(), String> {
        let body = serde_json::json!({"plan": plan.label()});
        self.call(reqwest::Method::PUT, paths::PLAN, None, body)
            .await
    }
}
