//! Session monitoring: observations in, transitions out.

pub mod machine;

pub use machine::{Known, Machine, MachineConfig, Observation, Source, Transition};
