//! The one error type commands return: a stable code and a message a person
//! can act on, serialized as `{code, message}`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waping_core::history::HistoryError;
use waping_core::pairing::AddDeviceError;
use waping_core::settings::SettingsError;
use waping_core::{ErrorCode, GatewayError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{message}")]
#[ts(export)]
pub struct AppError {
    pub code: ErrorCode,
    pub message: String,
}

impl AppError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::InvalidInput, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Internal, message)
    }
}

impl From<AddDeviceError> for AppError {
    fn from(e: AddDeviceError) -> Self {
        Self::new(e.code(), e.to_string())
    }
}

impl From<GatewayError> for AppError {
    fn from(e: GatewayError) -> Self {
        Self::new(e.code(), e.to_string())
    }
}

impl From<HistoryError> for AppError {
    fn from(e: HistoryError) -> Self {
        Self::new(e.code(), e.to_string())
    }
}

impl From<SettingsError> for AppError {
    fn from(e: SettingsError) -> Self {
        Self::invalid(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_code_and_message() {
        let err = AppError::from(GatewayError::Unreachable {
            cause: "connection refused".into(),
        });
        assert_eq!(
            serde_json::to_value(&err).unwrap(),
            serde_json::json!({"code": "UNREACHABLE", "message": "cannot reach WAPing: connection refused"})
        );
    }
}
