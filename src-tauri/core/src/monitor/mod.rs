//! Session monitoring: observations in, transitions, history and alerts out.

pub mod machine;
mod runtime;
mod snapshot;

pub use machine::{
    Known, Machine, MachineConfig, Observation, ObservedBy, Source, Transition, UserAction,
};
pub use runtime::{backoff, Monitor, MonitorConfig, MonitorEvent};
pub use snapshot::{GatewayHealth, Overall, Snapshot};
