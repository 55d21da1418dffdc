//! WAPing Desk's core: everything that does not need a window.
//!
//! Data flows one way: the gateway client observes WAPing, the watcher turns
//! observations into snapshots, and the shell only presents them.

pub mod alerts;
pub mod demo;
pub mod doctor;
pub mod domain;
pub mod error_code;
pub mod gateway;
pub mod history;
pub mod hooks;
pub mod monitor;
pub mod pairing;
pub mod qr;
pub mod settings;
pub mod simulator;
pub mod status;
pub mod text;
pub mod wait;
pub mod webhook;

pub use domain::{
    Device, DeviceId, DeviceList, PartialList, Plan, PlanTier, SessionState, UnreadDevice,
    Workspace,
};
pub use error_code::ErrorCode;
pub use gateway::{ApiKey, ClientConfig, GatewayClient, GatewayError};
pub use settings::{Mode, Settings};
