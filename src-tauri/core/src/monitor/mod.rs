//! Session monitoring: observations in, transitions, history and alerts out.

mod from_settings;
mod runtime;
mod watching;

pub use from_settings::MonitorSettings;
pub use machine::{
    Known, Machine, MachineConfig, Observation, ObservedBy, Source, Transition, UserAction,
};
pub use runtime::{backoff, Monitor, MonitorConfig, MonitorEvent};
pub use snapshot::{GatewayHealth, Overall, Snapshot};
pub use waping_model::{machine, snapshot};
