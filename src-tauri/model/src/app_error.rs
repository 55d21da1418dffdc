//! The one error type commands return: a stable code and a message a person
//! can act on, serialized as `{code, message}`. Each I/O error of core turns
//! into one beside its own definition.

use crate::settings::SettingsError;
use crate::ErrorCode;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
        let err = AppError::new(ErrorCode::Unreachable, "cannot reach WAPing");
        assert_eq!(
            serde_json::to_string(&err).unwrap(),
            r#"{"code":"UNREACHABLE","message":"cannot reach WAPing"}"#
        );
    }
}
