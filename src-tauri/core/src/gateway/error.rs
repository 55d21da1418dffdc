//! What can go wrong talking to WAPing, typed so that the UI, the CLI and the
//! monitor can each react precisely.

use crate::ErrorCode;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use std::time::Duration;
use waping_model::snapshot::PollFailure;
use waping_model::AppError;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GatewayError {
    #[error("WAPing rejected the API key ({message})")]
    Unauthorized { message: String },
    /// A 403 on a read: every role may read, so only the plan can refuse it.
    #[error("your plan has no API access ({message})")]
    NoApiAccess { message: String },
    /// A 403 on a write: the plan's limit or the key's scope.
    #[error("WAPing refused the request: {message}")]
    Forbidden { message: String },
    #[error("not found on WAPing ({message})")]
    NotFound { message: String },
    #[error("WAPing rejected the request as invalid: {message}")]
    Validation { message: String },
    #[error("WAPing reported a conflict: {message}")]
    Conflict { code: String, message: String },
    #[error("WAPing asks to slow down{}", retry_hint(*.retry_after))]
    RateLimited {
        retry_after: Option<Duration>,
        message: String,
    },
    #[error("the phone's session is disconnected; re-scan the QR code ({message})")]
    SessionDisconnected { message: String },
    #[error("WAPing had a server error (HTTP {status}): {message}")]
    Server { status: u16, message: String },
    /// An error code this app does not know, kept as WAPing sent it.
    #[error("WAPing answered HTTP {status} {code}: {message}")]
    Api {
        status: u16,
        code: String,
        message: String,
    },
    #[error("cannot reach WAPing: {cause}")]
    Unreachable { cause: String },
    #[error("cannot reach WAPing: no answer within {} s", .after.as_secs())]
    Timeout { after: Duration },
    #[error("WAPing sent a response this app cannot read: {cause}")]
    Malformed { cause: String },
    #[error("WAPing sent a response larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("no API key is configured")]
    NoApiKey,
    #[error("invalid WAPing base URL: {cause}")]
    InvalidBaseUrl { cause: String },
}

fn retry_hint(retry_after: Option<Duration>) -> String {
    retry_after.map_or_else(String::new, |d| format!(" (retry in {} s)", d.as_secs()))
}

impl GatewayError {
    /// A stable code for the UI and scripts.
    pub fn code(&self) -> ErrorCode {
        match self {
            GatewayError::Unauthorized { .. } => ErrorCode::Unauthorized,
            GatewayError::NoApiKey => ErrorCode::NoApiKey,
            GatewayError::NoApiAccess { .. } => ErrorCode::NoApiAccess,
            GatewayError::Forbidden { .. } => ErrorCode::Forbidden,
            GatewayError::NotFound { .. } => ErrorCode::NotFound,
            GatewayError::Validation { .. } => ErrorCode::ValidationError,
            GatewayError::Conflict { .. } => ErrorCode::Conflict,
            GatewayError::RateLimited { .. } => ErrorCode::RateLimited,
            GatewayError::SessionDisconnected { .. } => ErrorCode::SessionDisconnected,
            GatewayError::Server { .. } => ErrorCode::ServerError,
            GatewayError::Api { .. } => ErrorCode::ApiError,
            GatewayError::Unreachable { .. } => ErrorCode::Unreachable,
            GatewayError::Timeout { .. } => ErrorCode::Timeout,
            GatewayError::Malformed { .. } => ErrorCode::MalformedResponse,
            GatewayError::TooLarge { .. } => ErrorCode::ResponseTooLarge,
            GatewayError::InvalidBaseUrl { .. } => ErrorCode::InvalidBaseUrl,
        }
    }

    /// The key or plan is the problem: retrying will not help.
    pub fn is_auth(&self) -> bool {
        matches!(
            self,
            GatewayError::Unauthorized { .. }
                | GatewayError::NoApiAccess { .. }
                | GatewayError::NoApiKey
        )
    }

    /// WAPing (or the path to it) is down: device states may be stale, and
    /// nothing about the phones themselves should be concluded.
    pub fn is_outage(&self) -> bool {
        matches!(
            self,
            GatewayError::Unreachable { .. }
                | GatewayError::Timeout { .. }
                | GatewayError::Server { .. }
                | GatewayError::RateLimited { .. }
                | GatewayError::Malformed { .. }
                | GatewayError::TooLarge { .. }
        )
    }

    /// Worth retrying later with backoff.
    pub fn is_transient(&self) -> bool {
        self.is_outage()
    }

    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            GatewayError::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// A read endpoint's 403 can only mean the plan lacks API access.
    pub(crate) fn on_read(self) -> Self {
        match self {
            GatewayError::Forbidden { message } => GatewayError::NoApiAccess { message },
            other => other,
        }
    }
}

/// `{ "code": "...", "message": "...", "retryAfterSecs": n? }` for the UI.
impl Serialize for GatewayError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let retry = self.retry_after();
        let mut s =
            serializer.serialize_struct("GatewayError", 2 + usize::from(retry.is_some()))?;
        s.serialize_field("code", &self.code())?;
        s.serialize_field("message", &self.to_string())?;
        if let Some(retry) = retry {
            s.serialize_field("retryAfterSecs", &retry.as_secs())?;
        }
        s.end()
    }
}

impl From<GatewayError> for AppError {
    fn from(e: GatewayError) -> Self {
        Self::new(e.code(), e.to_string())
    }
}

impl PollFailure for GatewayError {
    fn code(&self) -> ErrorCode {
        GatewayError::code(self)
    }
    fn is_auth(&self) -> bool {
        GatewayError::is_auth(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn becomes_an_app_error_with_its_code_and_words() {
        let err = AppError::from(GatewayError::Unreachable {
            cause: "connection refused".into(),
        });
        assert_eq!(
            err,
            AppError::new(
                ErrorCode::Unreachable,
                "cannot reach WAPing: connection refused"
            )
        );
    }

    #[test]
    fn serializes_to_code_and_message() {
        let err = GatewayError::Unauthorized {
            message: "invalid key".into(),
        };
        assert_eq!(
            serde_json::to_value(&err).unwrap(),
            serde_json::json!({"code": "UNAUTHORIZED", "message": "WAPing rejected the API key (invalid key)"})
        );
        let limited = GatewayError::RateLimited {
            retry_after: Some(Duration::from_secs(7)),
            message: String::new(),
        };
        assert_eq!(
            serde_json::to_value(&limited).unwrap(),
            serde_json::json!({"code": "RATE_LIMITED", "message": "WAPing asks to slow down (retry in 7 s)", "retryAfterSecs": 7})
        );
    }

    #[test]
    fn forbidden_on_a_read_means_no_api_access() {
        let err = GatewayError::Forbidden {
            message: "Free plan".into(),
        }
        .on_read();
        assert_eq!(err.code(), ErrorCode::NoApiAccess);
        assert!(err.to_string().starts_with("your plan has no API access"));
        assert!(err.is_auth() && !err.is_outage());
    }
}
