//! WAPing Desk's core: everything that does not need a window.
//!
//! Data flows one way: the gateway client observes WAPing, the watcher turns
//! observations into snapshots, and the shell only presents them. The pure
//! parts (domain, state machine, alert policy, timeline maths, settings) are
//! `waping-model`'s, re-exported here at their usual paths.

pub mod columns;
pub mod demo;
pub mod doctor;
pub mod gateway;
pub mod history;
pub mod hooks;
pub mod monitor;
pub mod pairing;
pub mod qr;
pub mod simulator;
pub mod status;
pub mod wait;
pub mod webhook;

pub use waping_model::{alerts, domain, error_code, i18n, text};

/// The user's settings (the model's), and the monitor configuration they become.
pub mod settings {
    pub use crate::monitor::MonitorSettings;
    pub use waping_model::settings::*;
}

pub use domain::{
    Device, DeviceId, DeviceList, PartialList, Plan, PlanTier, SessionState, UnreadDevice,
    Workspace,
};
pub use error_code::ErrorCode;
pub use gateway::{ApiKey, ClientConfig, GatewayClient, GatewayError};
pub use settings::{Mode, Settings};
