//! Talking to WAPing.

mod client;
mod error;
pub mod wire;

pub use client::{
    error_from_response, parse_base_url, parse_retry_after, ApiKey, ClientConfig, GatewayClient,
    QrPayload, MAX_BODY_BYTES,
};
pub use error::GatewayError;
