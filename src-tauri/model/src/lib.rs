//! WAPing Desk's model: what the app knows and decides, with no I/O. The
//! domain, the state machine, the alert policy, timeline maths, settings and
//! their rules, and the types the contract carries between the agent, the
//! window and the UI. Core does the talking, storing and running.

pub mod alerts;
pub mod app_error;
pub mod base_url;
pub mod doctor_report;
pub mod domain;
pub mod error_code;
pub mod history_change;
pub mod history_views;
pub mod hook_settings;
pub mod i18n;
pub mod machine;
pub mod pairing_state;
pub mod settings;
pub mod snapshot;
pub mod status_code;
pub mod text;
pub mod timeline;

pub use app_error::AppError;
pub use domain::{
    Device, DeviceId, DeviceList, PartialList, Plan, PlanTier, SessionState, UnreadDevice,
    Workspace,
};
pub use error_code::ErrorCode;
pub use settings::{Mode, Settings};
