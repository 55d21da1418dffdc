//! Talking to WAPing.

mod client;
mod error;
pub mod wire;

pub use client::{
    error_from_response, parse_base_url, parse_retry_after, ApiKey, ClientConfig, GatewayClient,
    RequestRecord, MAX_BODY_BYTES, MAX_LISTED_DEVICES, MAX_LIST_TIME, MAX_MESSAGE_CHARS, MAX_PAGES,
};
pub use error::GatewayError;
pub use wire::QrPayload;
